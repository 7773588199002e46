import CaseModel
import Foundation
import Storage

/// An operation, in tabs switched with ] and [: Overview, Participants, Meetings, Actions,
/// Seizures, Activity. Overview and participants come with the operation; the other tabs are
/// read, a page at a time, when first shown.
public struct OperationDetailScreen: Screen {
  public enum Tab: Int, CaseIterable, Sendable {
    case overview, participants, meetings, actions, seizures, activity

    public var label: String {
      switch self {
      case .overview: "Overview"
      case .participants: "Participants"
      case .meetings: "Meetings"
      case .actions: "Actions"
      case .seizures: "Seizures"
      case .activity: "Activity"
      }
    }
  }

  public let id: UUID
  public private(set) var code: String
  public private(set) var tab = Tab.overview
  public private(set) var detail: OperationDetail?
  public private(set) var overview = ScrollingText()
  public private(set) var participants = ListModel<ParticipantRow>()
  /// The Meetings tab is screen 2 for this operation: the same columns, `t` toggle between
  /// upcoming and past, and Enter. A toggle rather than one list of both: each period is its
  /// own keyset-paged query (soonest first, latest first), and officers learn one key.
  public private(set) var meetings: MeetingsScreen
  public private(set) var actions = ListModel<ActionRow>()
  public private(set) var seizures = ListModel<SeizureRow>()
  public private(set) var activity = ListModel<ActivityRow>()
  /// Tabs read since the last reload; the others are read again when next shown.
  private var fresh: Set<Tab> = [.overview, .participants]

  public init(id: UUID, code: String) {
    self.id = id
    self.code = code
    meetings = MeetingsScreen(operationID: id, code: code)
  }

  public var title: String { code.isEmpty ? "Operation" : "Operation \(code)" }
  /// On the Meetings tab its `t` applies too; no key of it clashes with the detail's.
  public var contexts: [KeyContext] {
    tab == .meetings ? [.detail, .meetings, .list] : [.detail, .list]
  }
  public var hints: [ActionID] {
    tab == .meetings
      ? [.nextTab, .open, .togglePeriod, .back, .help] : [.nextTab, .open, .back, .help]
  }
  public var position: String? {
    switch tab {
    case .overview: detail == nil ? nil : overview.position
    case .participants: Self.position(participants)
    case .meetings: meetings.position
    case .actions: Self.position(actions)
    case .seizures: Self.position(seizures)
    case .activity: Self.position(activity)
    }
  }

  private static func position<Row>(_ list: ListModel<Row>) -> String? {
    list.isLoaded ? list.positionText : nil
  }

  /// The operation's markings and those of the rows on the tab shown.
  public var markings: [Markings] {
    var shown = detail.map { [$0.row.operation.markings] } ?? []
    switch tab {
    case .meetings: shown += meetings.markings
    case .actions: shown += Self.visible(actions).map(\.item.markings)
    case .seizures: shown += Self.visible(seizures).map(\.seizure.markings)
    default: break
    }
    return shown
  }

  /// The rows that can be on screen: enough for the tallest terminal, cheap to scan.
  static func visible<Row>(_ list: ListModel<Row>) -> ArraySlice<Row> {
    let start = min(list.top, list.rows.count)
    return list.rows[start..<min(list.rows.count, start + 60)]
  }

  var actionFilter: ActionFilter { ActionFilter(operationID: id) }
  var seizureFilter: SeizureFilter { SeizureFilter(operationID: id) }

  // MARK: - Loading

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.operationDetail(id))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    fresh = [.overview, .participants]
    return [.query(.operationDetail(id))] + read(tab, env)
  }

  /// Reads a tab's rows; a tab read before keeps its cursor on the same record.
  private mutating func read(_ tab: Tab, _ env: Environment) -> [Effect] {
    guard fresh.insert(tab).inserted else { return [] }
    switch tab {
    case .overview, .participants:
      return []
    case .meetings:
      return meetings.list.isLoaded ? meetings.reload(env) : meetings.start(env)
    case .actions:
      return [
        .query(.actions(actionFilter, actions.isLoaded ? actions.reload() : actions.loadFirst()))
      ]
    case .seizures:
      return [
        .query(
          .seizures(seizureFilter, seizures.isLoaded ? seizures.reload() : seizures.loadFirst()))
      ]
    case .activity:
      return [.query(.history(id))]
    }
  }

  // MARK: - Keys

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    switch action {
    case .nextTab, .previousTab:
      let count = Tab.allCases.count
      let step = action == .nextTab ? 1 : count - 1
      tab = Tab(rawValue: (tab.rawValue + step) % count)!
      return read(tab, env)
    case .nextMatch, .previousMatch:
      return find(nil, direction: action == .nextMatch ? 1 : -1, env)
    case .open:
      return open(env)
    case .remove:
      return askToRemove()
    case .create, .edit:
      return form(action, env)
    default:
      break
    }
    switch tab {
    case .overview:
      _ = overview.move(action)
      return []
    case .participants:
      _ = participants.step(action, env)
      return []
    case .meetings:
      return meetings.perform(action, env)
    case .actions:
      return actions.step(action, env).map { [.query(.actions(actionFilter, $0))] } ?? []
    case .seizures:
      return seizures.step(action, env).map { [.query(.seizures(seizureFilter, $0))] } ?? []
    case .activity:
      _ = activity.step(action, env)
      return []
    }
  }

  private mutating func open(_ env: Environment) -> [Effect] {
    switch tab {
    case .overview:
      return overview.currentLink?.effects ?? []
    case .participants:
      guard let row = participants.current else { return [] }
      guard case .officer(let officerID) = row.participant.party else {
        return [.message("\(row.reference) is a \(row.partyKind); only officers open from here")]
      }
      return Navigate.officer(officerID)
    case .meetings:
      return meetings.perform(.open, env)
    case .actions:
      return actions.current.map { Navigate.action($0.item.id) } ?? []
    case .seizures, .activity:
      return []
    }
  }

  /// `+` adds to the tab shown (a participant with its role, a meeting, an action, a seizure);
  /// `e` edits the seizure or meeting under the cursor on their tabs, the operation elsewhere.
  private mutating func form(_ action: ActionID, _ env: Environment) -> [Effect] {
    let here = FormContext(operationID: id, operationCode: code)
    switch (action, tab) {
    case (.create, .participants): return [.push(FormScreen(new: .participant, context: here))]
    case (.create, .meetings): return [.push(FormScreen(new: .meeting, context: here))]
    case (.create, .seizures): return [.push(FormScreen(new: .seizure, context: here))]
    case (.create, _): return [.push(FormScreen(new: .action, context: here))]
    case (_, .meetings): return meetings.perform(.edit, env)
    case (_, .seizures):
      guard let row = seizures.current else { return [] }
      return [.push(FormScreen(editing: .seizure, id: row.seizure.id, context: here))]
    default: return [.push(FormScreen(editing: .operation, id: id))]
    }
  }

  /// Removing a participant asks first, with Cancel focused.
  private func askToRemove() -> [Effect] {
    guard tab == .participants else { return [.message("only participants are removed here")] }
    guard let row = participants.current else { return [] }
    let question = "Remove \(row.partyKind) \(row.reference) (\(row.name)) from \(code)?"
    return [
      .overlay(
        .confirm(
          ConfirmOverlay(
            tag: Self.removeTag + row.participant.id.uuidString, question: question,
            confirmLabel: "Remove")))
    ]
  }

  static let removeTag = "remove-participant:"

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    switch reply {
    case .confirmed(let tag) where tag.hasPrefix(Self.removeTag):
      guard let participantID = UUID(uuidString: String(tag.dropFirst(Self.removeTag.count)))
      else { return [] }
      let who =
        participants.rows.first { $0.rowID == participantID }.map(\.reference) ?? "participant"
      return [.change(.removeParticipant(participantID), done: "removed \(who) from \(code)")]
    case .text("find", let text):
      return find(text, direction: 1, env)
    default:
      return []
    }
  }

  private mutating func find(_ text: String?, direction: Int, _ env: Environment) -> [Effect] {
    let missing: String?
    switch tab {
    case .overview:
      missing = overview.find(text, direction: direction) ? nil : overview.findText
    case .meetings:
      return text.map { meetings.reply(.text(tag: "find", $0), env) }
        ?? meetings.perform(direction > 0 ? .nextMatch : .previousMatch, env)
    case .participants:
      missing = participants.findRow(text, direction: direction, env).missing
    case .activity:
      missing = activity.findRow(text, direction: direction, env).missing
    case .actions:
      let found = actions.findRow(text, direction: direction, env)
      if let page = found.page { return [.query(.actions(actionFilter, page))] }
      missing = found.missing
    case .seizures:
      let found = seizures.findRow(text, direction: direction, env)
      if let page = found.page { return [.query(.seizures(seizureFilter, page))] }
      missing = found.missing
    }
    return Self.missed(missing)
  }

  /// What a tab says when `/`, n or N found nothing more.
  private static func missed(_ text: String?) -> [Effect] {
    text.map { [.noMoreRows($0)] } ?? []
  }

  // MARK: - Answers

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .operationDetail(let detail) where detail.row.operation.id == id:
      self.detail = detail
      code = detail.row.operation.code
      overview.setLines(OperationOverview.lines(detail))
      participants.receiveWhole(detail.participants, env)
    case .meetings:
      return meetings.receive(result, env)
    case .actions(let page, let request):
      let step = actions.take(page, request, env)
      return (step.page.map { [.query(.actions(actionFilter, $0))] } ?? [])
        + Self.missed(step.missing)
    case .seizures(let page, let request):
      let step = seizures.take(page, request, env)
      return (step.page.map { [.query(.seizures(seizureFilter, $0))] } ?? [])
        + Self.missed(step.missing)
    case .history(let changes):
      activity.receiveWhole(ActivityRow.newestFirst(changes), env)
    default:
      break
    }
    return []
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    OperationTabViews.render(self, in: &canvas, env)
  }
}
