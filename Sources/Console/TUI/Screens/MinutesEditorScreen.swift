import CaseModel
import Foundation
import Storage

/// The minutes editor: a meeting's minutes typed live, one entry line at a time.
///
/// The entry line at the bottom has the focus when the editor opens, so an officer can type
/// as people talk: `d `, `a ` or Tab choose the kind, an action takes `@owner` and
/// `due:DATE`, `# Title` moves to an agenda heading, and Enter adds the entry in one write.
/// ↑ on an empty line (or Esc) moves to the list above — the items carried over from the
/// previous meeting and the entries under their agenda headings — where entries are
/// reordered, corrected and deleted, and carried-over items are updated with the triage keys.
/// Enter or `i` goes back to the line; Enter never leaves the editor, so the minute-taker
/// stays where the meeting is (the read view opens actions).
///
/// What the line holds is a draft until it is added: kept in the database as it is typed and
/// given back after a crash (``init(restoring:)``).
public struct MinutesEditorScreen: Screen {
  public static let draftPrefix = "minutes:"
  public let meetingID: UUID
  public internal(set) var detail: MeetingDetail? {
    didSet { laidOut = LayoutCache() }
  }
  /// The minutes laid out as last drawn, kept while the meeting, the agenda heading, the day
  /// and the width stay the same: typing a line laid out every entry again at each key, in
  /// time that grew with the minutes. A reload gets a new box, so a copy of the screen keeps
  /// the layout of its own meeting.
  var laidOut = LayoutCache<MinutesLayout.Key, MinutesLayout>()
  /// Whom `@` can name, for completion and for owners.
  var officers: [Officer] = []
  var line = EntryLine()
  var focus = Focus.line
  var selection: MinutesTarget?
  /// The first row of the list shown while it has focus.
  var listTop = 0
  /// The line as Enter sent it: cleared when the write succeeds, which the program says by
  /// reloading at once. A refused write never reloads, so the line stays to be fixed.
  var pending: String?
  /// The agenda heading is chosen from the meeting once, when it first loads (or by a draft).
  var agendaChosen = false
  var triage = TriageMove()
  /// The entry a delete confirmation is about.
  var deleting: UUID?
  var findText: String?
  /// The meeting's reference from a draft, until the meeting loads.
  var draftRef: String?

  public enum Focus: Sendable, Equatable {
    case line
    case list
  }

  public init(meetingID: UUID) { self.meetingID = meetingID }

  /// The editor as it was when liaison stopped, its line put back with the cursor at the end.
  public init?(restoring draft: Draft) {
    guard draft.key.hasPrefix(Self.draftPrefix),
      let id = UUID(uuidString: String(draft.key.dropFirst(Self.draftPrefix.count)))
    else { return nil }
    self.init(meetingID: id)
    let saved = MinutesDraft.read(draft.payload)
    line = saved.line
    draftRef = saved.meetingRef
    agendaChosen = true
  }

  // MARK: - What the program shows

  var meeting: Meeting? { detail?.row.meeting }
  var ref: String? { meeting?.ref ?? draftRef }

  public var title: String { ref.map { "Minutes \($0)" } ?? "Minutes" }

  public var contexts: [KeyContext] {
    guard focus == .list else { return [.minutes] }
    if case .carried = selection { return [.minutes, .triage, .list] }
    return [.minutes, .list]
  }

  public var hints: [ActionID] {
    if focus == .line { return [.submit, .cycleKind, .help] }
    if case .carried = selection { return [.done, .postpone, .note, .back, .help] }
    return [.edit, .moveDown, .moveUp, .remove, .back, .help]
  }

  public var hintWords: [ActionID: String] {
    [
      .submit: line.editing == nil ? "add" : "save",
      .cycleKind: line.mention == nil ? "kind" : "complete",
      .edit: "correct", .moveDown: "down", .moveUp: "up", .remove: "delete", .back: "leave",
    ]
  }

  public var position: String? {
    guard let detail else { return nil }
    let state = detail.row.meeting.minutesState.label
    if focus == .list, let selection, let index = targets.firstIndex(of: selection) {
      return "\(index + 1)/\(targets.count) · \(state)"
    }
    let count = detail.entries.count
    return "\(count) \(count == 1 ? "entry" : "entries") · \(state)"
  }

  public var markings: [Markings] { detail.map(MeetingDocument.markings) ?? [] }

  public var draft: DraftContent? {
    guard !line.isBlank else { return nil }
    return DraftContent(
      key: Self.draftPrefix + meetingID.uuidString,
      payload: MinutesDraft(line, meetingRef: ref).payload,
      description: MinutesDraft.description(meetingRef: ref, editing: line.editing != nil))
  }

  // MARK: - Data

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.meetingDetail(meetingID)), .query(.officerChoices)]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    if let sent = pending {
      // The write went through: the line starts over (an edit gives the line back).
      pending = nil
      if line.editing != nil {
        line.endEditing()
        focus = .list
      } else if line.text == sent {
        line.clear()
      }
    }
    return [.query(.meetingDetail(meetingID))]
      + (officers.isEmpty ? [.query(.officerChoices)] : [])
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .meetingDetail(let loaded) where loaded.row.meeting.id == meetingID:
      let before = targets
      detail = loaded
      if !agendaChosen {
        agendaChosen = true
        line.agenda = Self.startingAgenda(loaded)
      }
      keepSelection(before)
    case .officerChoices(let rows):
      if !triage.targets.isEmpty, let effects = triage.receive(result) { return effects }
      officers = rows.map(\.officer)
    default:
      break
    }
    return []
  }

  /// Where entries go when the editor opens: under the agenda item of the latest entry, or
  /// the first item of a meeting not minuted yet.
  static func startingAgenda(_ detail: MeetingDetail) -> String? {
    let latest = detail.entries.max { $0.entry.position < $1.entry.position }
    if let id = latest?.entry.agendaItemID {
      return detail.agenda.first { $0.id == id }?.title
    }
    return latest == nil ? detail.agenda.first?.title : nil
  }

  /// What the list can select, in the order it shows them.
  var targets: [MinutesTarget] {
    guard let detail else { return [] }
    return detail.carriedOver.map { .carried($0.item.id) }
      + MinutesOutline(detail).entries.map { .entry($0.entry.id) }
  }

  // MARK: - Keys

  public mutating func type(_ key: Key, _ env: Environment) -> [Effect]? {
    pending = nil
    return focus == .line ? typeInLine(key, env) : typeInList(key, env)
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    pending = nil
    if focus == .list, let effects = performInList(action, env) { return effects }
    switch action {
    case .submit: return focus == .line ? submit(env) : focusLine()
    case .cycleKind: return cycleKind()
    case .attendance: return [.push(MinutesAttendanceScreen(meetingID: meetingID))]
    case .circulate: return moveMinutes(to: .circulated)
    case .approve: return moveMinutes(to: .approved)
    case .create: return focusLine()
    case .nextMatch, .previousMatch: return find(nil, direction: action == .nextMatch ? 1 : -1, env)
    default: return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    pending = nil
    if let effects = triage.reply(reply, env) { return effects }
    switch reply {
    case .confirmed(tag: Tag.delete):
      return deleteConfirmed()
    case .confirmed(tag: Tag.approve):
      return [
        .change(
          .changeMinutesState(meetingID: meetingID, .approved),
          done: "the minutes of \(ref ?? "the meeting") are approved: read-only from now on")
      ]
    case .text(tag: "find", let text):
      return find(text, direction: 1, env)
    default:
      return []
    }
  }

  /// Overlay tags of the editor's own questions.
  enum Tag {
    static let delete = "minutes.delete"
    static let approve = "minutes.approve"
  }
}
