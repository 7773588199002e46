import CaseModel

/// One step in the life of a demo action item, as its owner (or the chair) logs it.
struct DemoActionEvent {
  enum Move {
    case status(ActionStatus)
    /// A new due date, in days from the day the demo is loaded.
    case due(Int)
    case reassign(String)
    case priority(Priority)
    /// A note only.
    case note
  }

  /// Days from the day the demo is loaded.
  let day: Int
  /// The handle of who logs it; nil for the item's owner at that time.
  let by: String?
  let move: Move
  let note: String

  init(_ day: Int, by: String? = nil, _ move: Move, _ note: String = "") {
    self.day = day
    self.by = by
    self.move = move
    self.note = note
  }

  /// The status the item has after this event, given the one it had before.
  func status(after current: ActionStatus) -> ActionStatus {
    if case .status(let next) = move { return next }
    return current
  }
}
