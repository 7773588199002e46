import CaseModel
import Foundation
import Storage

/// Turns an entry line into the one change that adds it, or says why it cannot be added.
///
/// Everything is checked here, before the write, so that a refusal names the word that is
/// wrong (`@xyz`, `due:2026-02-30`) while the line is still there to fix.
enum EntryRequest {
  /// What the line is added against: the meeting, whom `@` may name, and today for `due:`.
  struct Context {
    var meeting: Meeting
    var operations: [JointOperation]
    var officers: [Officer]
    var today: CalendarDate
  }

  static func change(
    _ line: String, kind: EntryKind, agenda: String?, _ context: Context
  ) -> Result<(change: Change, done: String), EntryRefusal> {
    let parsed = EntrySyntax.parse(line, kind: kind)
    if parsed.kind != .action, let word = EntrySyntax.actionWords(in: parsed.text) {
      return .failure(
        EntryRefusal(
          "\(word) only goes on an action: start the line with “a ” or press Tab for action"))
    }
    guard !parsed.text.isEmpty else {
      return .failure(EntryRefusal("the entry has no text: type what was said, then Enter"))
    }
    var action: ActionRequest?
    if parsed.kind == .action {
      switch request(parsed, context) {
      case .success(let made): action = made
      case .failure(let refusal): return .failure(refusal)
      }
    }
    let meeting = context.meeting
    let amendment = meeting.minutesState.isReadOnly
    let change = Change.addMinuteEntry(
      meetingID: meeting.id, kind: parsed.kind, text: parsed.text, agenda: agenda,
      action: action, amendment: amendment)
    return .success((change, done(parsed, action, meeting, amendment: amendment, context)))
  }

  /// The owner, due date, priority and operation of an action line.
  private static func request(
    _ parsed: EntrySyntax.Parsed, _ context: Context
  ) -> Result<ActionRequest, EntryRefusal> {
    guard let stem = parsed.owner else {
      return .failure(
        EntryRefusal("an action needs an owner: add @handle (Tab after @ completes it)"))
    }
    guard !context.officers.isEmpty else {
      return .failure(EntryRefusal("the officers are still loading; press Enter again"))
    }
    let owner: Officer
    switch EntrySyntax.owner(stem, in: context.officers) {
    case .success(let found): owner = found
    case .failure(let refusal): return .failure(refusal)
    }
    var due: CalendarDate?
    if let text = parsed.due {
      guard !text.isEmpty else {
        return .failure(EntryRefusal("due: needs a date: due:fri, due:+3d, due:2026-12-04"))
      }
      do {
        due = try DateExpression.parse(text, today: context.today, field: "due date")
      } catch {
        return .failure(EntryRefusal(error.message))
      }
    }
    var operationID: UUID?
    if let code = parsed.operation {
      let wanted = Folding.fold(code)
      let matches = context.operations.filter { Folding.fold($0.code).contains(wanted) }
      guard matches.count == 1 else {
        let codes = context.operations.map(\.code).joined(separator: ", ")
        return .failure(
          EntryRefusal(
            "op:\(code) is not one of this meeting's operations"
              + (codes.isEmpty ? " (it has none)" : ": \(codes)")))
      }
      operationID = matches[0].id
    }
    return .success(
      ActionRequest(
        ownerID: owner.id, due: due, priority: parsed.priority ?? .normal,
        operationID: operationID))
  }

  /// What the status bar says once the entry is in.
  private static func done(
    _ parsed: EntrySyntax.Parsed, _ action: ActionRequest?, _ meeting: Meeting,
    amendment: Bool, _ context: Context
  ) -> String {
    var text = "added \(amendment ? "amendment (\(parsed.kind.label))" : parsed.kind.label)"
    if let action {
      let handle = context.officers.first { $0.id == action.ownerID }?.handle ?? "?"
      text += " for @\(handle)" + (action.due.map { ", due \($0)" } ?? ", no due date")
      if action.priority != .normal { text += ", \(action.priority.label)" }
    }
    return text + " to the minutes of \(meeting.ref)"
  }
}
