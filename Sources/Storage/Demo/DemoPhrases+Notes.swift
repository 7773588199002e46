// Notes officers leave in an action item's log. `{old}` and `{new}` are the names of the
// officers a reassignment moves the item between.
extension DemoPhrases {
  enum NoteKind {
    case progress
    case blocked
    case unblocked
    case postponed
    case dropped
    case done
    case reassigned
    case reopened
    case escalated
    case chased
    case closedWithOperation
  }

  static func notes(_ kind: NoteKind) -> [String] {
    switch kind {
    case .progress: progressNotes
    case .blocked: blockedNotes
    case .unblocked: unblockedNotes
    case .postponed: postponedNotes
    case .dropped: droppedNotes
    case .done: doneNotes
    case .reassigned: reassignedNotes
    case .reopened: reopenedNotes
    case .escalated: escalatedNotes
    case .chased: chasedNotes
    case .closedWithOperation: closingNotes
    }
  }

  private static let progressNotes = [
    "Request sent via SIENA; waiting for {agency}.",
    "First results shared with the Europol analysts.",
    "Spoke with the duty officer at {agency}; data expected this week.",
    "Draft circulated for comments 📎",
    "Two of the four countries have answered so far.",
    "Meeting with the prosecutor in {city} set up.",
    "",
    "",
  ]

  private static let blockedNotes = [
    "Blocked: the MLA request is still with the central authority of {country}.",
    "Blocked until the prosecutor authorises disclosure (H2).",
    "Blocked: the provider has not answered the preservation order.",
    "Blocked: waiting for the court in {country} to rule on admissibility.",
  ]

  private static let unblockedNotes = [
    "Unblocked: authorisation received; work resumed.",
    "Answer received from {agency}; back in progress.",
  ]

  private static let postponedNotes = [
    "Postponed: {vessel} changed course and will not reach {port} before the new date.",
    "Postponed at the request of the prosecutor in {country}.",
    "Moved back: the data delivery from {agency} is late.",
    "Postponed: the officer in charge is deployed for the action day.",
  ]

  private static let droppedNotes = [
    "Dropped: superseded by the JIT's own request.",
    "Dropped: the target left the route; no longer relevant.",
    "Dropped — duplicate of an action from an earlier meeting.",
    "Dropped: {agency} already holds the information.",
  ]

  private static let doneNotes = [
    "Done; report shared via SIENA ✅",
    "Completed; results are in the analytical report.",
    "Done — {agency} confirmed receipt.",
    "Done. Nothing relevant found; negative result recorded.",
    "",
  ]

  private static let reassignedNotes = [
    "Reassigned: {old} is on leave; {new} takes over.",
    "Reassigned to {new}, who handles the contacts with {agency}.",
  ]

  private static let reopenedNotes = [
    "Reopened: the reply from {agency} was incomplete; two accounts are missing.",
    "Reopened — new manifest data contradicts the first result.",
  ]

  private static let escalatedNotes = [
    "Raised: {vessel} expected off {area} within days 🚨",
    "Priority raised after the last seizure at {port}.",
  ]

  private static let chasedNotes = [
    "Chased by e-mail; reply promised for next week.",
    "Reminder sent to {agency}.",
  ]

  private static let closingNotes = [
    "Closed at the end of the operation; follow-up continues in the national case.",
    "Overtaken by the arrests; closed.",
  ]
}
