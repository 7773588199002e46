import CaseModel
import Foundation
import Storage

/// The triage moves, one key each, shared by the board and an item's own screen so that both
/// behave alike: a move applies to the marked rows or else the current one, asks what it needs
/// through an overlay, and ends in one write through the store's change path.
struct TriageMove: Sendable {
  /// The actions that are triage moves.
  static let actions: Set<ActionID> = [
    .nextStatus, .done, .postpone, .reassign, .priority, .note, .drop,
  ]

  /// The items the move under way applies to, kept while an overlay asks.
  private(set) var targets: [ActionItem] = []
  /// Officer handles by id, from the reassign picker, to name the new owner afterwards.
  private var handles: [String: String] = [:]

  /// Whether an overlay reply belongs to a triage move.
  static func owns(_ reply: Reply) -> Bool {
    switch reply {
    case .text(let tag, _), .confirmed(let tag), .picked(let tag, _): tag.hasPrefix(Tag.prefix)
    }
  }

  /// Starts a move on `items`; nil if `action` is not a triage move.
  mutating func begin(_ action: ActionID, on items: [ActionItem], _ env: Environment) -> [Effect]? {
    guard Self.actions.contains(action) else { return nil }
    if env.readOnly { return [.error("read-only: this database cannot be changed from here")] }
    guard let first = items.first else { return [.message("no action item here to change")] }
    targets = items
    switch action {
    case .nextStatus:
      let next = Self.status(after: first.status)
      if items.contains(where: { !$0.status.isOpen }) { return [reopenPrompt(next)] }
      return change(ActionChange(status: next), done: "\(subject) \(next.label)")
    case .done:
      return [prompt(Tag.done, "Done: \(subject) — a note for the log (optional)")]
    case .postpone:
      return [.overlay(.picker(PostponeChoice.picker(for: items, title: subject, env.today)))]
    case .reassign:
      return [.query(.officerChoices)]
    case .priority:
      var picker = PickerOverlay(
        tag: Tag.priority, title: "Priority of \(subject)",
        items: Self.priorities.map { priority in
          PickerOverlay.Item(
            id: priority.rawValue, label: priority.label,
            detail: priority == first.priority ? "current" : "")
        })
      picker.cursor = Self.priorities.firstIndex(of: first.priority) ?? 0
      return [.overlay(.picker(picker))]
    case .note:
      return [prompt(Tag.note, "Note on \(subject)")]
    case .drop:
      let question =
        items.count == 1
        ? "Drop \(first.ref) “\(first.title)”?"
        : "Drop \(items.count) action items (\(refs))?"
      return [
        .overlay(.confirm(ConfirmOverlay(tag: Tag.drop, question: question, confirmLabel: "Drop")))
      ]
    default:
      return nil
    }
  }

  /// Finishes a move with an overlay's answer; nil if the reply is not a triage move's.
  mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect]? {
    guard Self.owns(reply) else { return nil }
    guard !targets.isEmpty else { return [] }
    switch reply {
    case .text(Tag.done, let text):
      return change(ActionChange(status: .done), note: text, done: "\(subject) done")
    case .text(Tag.note, let text):
      guard !Self.isBlank(text) else { return [.message("nothing noted")] }
      return change(ActionChange(), note: text, done: "noted on \(subject)")
    case .text(let tag, let text) where tag.hasPrefix(Tag.reopen):
      let next = ActionStatus(rawValue: String(tag.dropFirst(Tag.reopen.count))) ?? .open
      guard !Self.isBlank(text) else {
        return [
          reopenPrompt(next),
          .error("a note is required: the log must say why a closed item was reopened"),
        ]
      }
      return change(
        ActionChange(status: next), note: text, done: "\(subject) reopened as \(next.label)")
    case .text(Tag.due, let text):
      return dueDate(text, env)
    case .picked(Tag.postpone, let id):
      guard let days = PostponeChoice.days(id) else { return [dueDatePrompt()] }
      return postpone(by: days, env)
    case .picked(Tag.owner, let id):
      guard let owner = UUID(uuidString: id) else { return [] }
      let name = handles[id] ?? "another officer"
      return change(ActionChange(ownerID: owner), done: "\(subject) reassigned to \(name)")
    case .picked(Tag.priority, let id):
      guard let priority = Priority(rawValue: id) else { return [] }
      return change(ActionChange(priority: priority), done: "\(subject) priority \(priority.label)")
    case .confirmed(Tag.drop):
      return change(ActionChange(status: .dropped), done: "\(subject) dropped")
    default:
      return []
    }
  }

  /// Takes the officers for the reassign picker; nil for any other result.
  mutating func receive(_ result: QueryResult) -> [Effect]? {
    guard case .officerChoices(let rows) = result else { return nil }
    guard !targets.isEmpty else { return [] }
    handles = Dictionary(rows.map { ($0.officer.id.uuidString, $0.officer.handle) }) { a, _ in a }
    let items = rows.map { row in
      PickerOverlay.Item(
        id: row.officer.id.uuidString, label: row.officer.name,
        detail: "\(row.officer.handle) · \(row.organisationAcronym) \(row.countryCode)")
    }
    return [
      .overlay(
        .picker(PickerOverlay(tag: Tag.owner, title: "Reassign \(subject) to", items: items)))
    ]
  }

  // MARK: - Moves

  /// Open → in progress → blocked → open; a closed item comes back as open.
  static func status(after status: ActionStatus) -> ActionStatus {
    switch status {
    case .open: .inProgress
    case .inProgress: .blocked
    case .blocked, .done, .dropped: .open
    }
  }

  /// Urgent first: the picker reads from the most pressing down.
  static let priorities: [Priority] = Priority.allCases.reversed()

  private mutating func postpone(by days: Int, _ env: Environment) -> [Effect] {
    let label = days == 1 ? "a day" : days == 7 ? "a week" : "\(days) days"
    let groups = Dictionary(grouping: targets) {
      PostponeChoice.date(for: $0, days: days, env.today)
    }
    let done =
      targets.count == 1
      ? "\(subject) due \(groups.keys.first!)" : "\(subject) postponed by \(label)"
    // One write per new date: items due on different days move by the same span.
    let effects: [Effect] = groups.keys.sorted().map { date in
      .change(
        .actions(groups[date]!.map(\.id), ActionChange(due: .some(date)), note: nil), done: done)
    }
    targets = []
    return effects
  }

  private mutating func dueDate(_ text: String, _ env: Environment) -> [Effect] {
    if text.trimmingCharacters(in: .whitespaces).lowercased() == "none" {
      return change(ActionChange(due: .some(nil)), done: "\(subject): due date removed")
    }
    do {
      let date = try DateExpression.parse(text, today: env.today, field: "due date")
      return change(ActionChange(due: .some(date)), done: "\(subject) due \(date)")
    } catch {
      // The prompt stays open with the text typed, and the status bar says what is wrong.
      return [dueDatePrompt(text: text), .error(error.message)]
    }
  }

  private mutating func change(
    _ change: ActionChange, note: String? = nil, done: String
  ) -> [Effect] {
    let note = note.flatMap { Self.isBlank($0) ? nil : $0 }
    let ids = targets.map(\.id)
    targets = []
    return [.change(.actions(ids, change, note: note), done: done)]
  }

  // MARK: - Questions

  private func prompt(_ tag: String, _ label: String, help: String = "") -> Effect {
    .overlay(.prompt(PromptOverlay(tag: tag, label: label, help: help)))
  }

  private func reopenPrompt(_ next: ActionStatus) -> Effect {
    prompt(
      Tag.reopen + next.rawValue, "Reopen \(subject) as \(next.label): why? (a note is required)",
      help: "done and dropped items reopen only with a note; Esc cancels")
  }

  private func dueDatePrompt(text: String = "") -> Effect {
    .overlay(
      .prompt(
        PromptOverlay(
          tag: Tag.due, label: "New due date for \(subject): YYYY-MM-DD, fri, +3d or none",
          text: text, help: "YYYY-MM-DD, today, tomorrow, +3d, +2w, a weekday (fri), or none")))
  }

  /// How messages name the targets: the ref of one item, or the count.
  private var subject: String {
    targets.count == 1 ? targets[0].ref : "\(targets.count) items"
  }

  private var refs: String {
    let shown = targets.prefix(4).map(\.ref).joined(separator: ", ")
    return targets.count > 4 ? shown + ", …" : shown
  }

  private static func isBlank(_ text: String) -> Bool {
    text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
  }

  /// Overlay tags, all under one prefix so that screens can pass the replies on.
  enum Tag {
    static let prefix = "triage."
    static let done = "triage.done"
    static let note = "triage.note"
    /// Followed by the status the items reopen as.
    static let reopen = "triage.reopen."
    static let postpone = "triage.postpone"
    static let due = "triage.due"
    static let owner = "triage.owner"
    static let priority = "triage.priority"
    static let drop = "triage.drop"
  }
}
