import CaseModel
import Foundation

/// The demo's story in the order it happened: operations set up and moved along, meetings
/// held, actions logged, assets seized. Steps run in day order, and in the order they were
/// added within a day, so that a step may schedule later ones (an action's log) as it runs.
struct DemoTimeline {
  enum Step {
    case createOperation(DemoOperationPlan)
    case operationStatus(key: String, OperationStatus)
    case meeting(DemoOperationPlan.Session, keys: [String])
    case minutesState(meeting: UUID, MinutesState, by: String)
    case amendment(meeting: UUID, text: String, by: String)
    case asset(DemoOperationPlan.Asset, key: String)
    case assetStatus(UUID, AssetStatus, by: String)
    case directAction(DemoDirectAction)
    case actionEvent(UUID, DemoActionEvent)
  }

  private var pending: [(day: Int, order: Int, step: Step)] = []
  private var added = 0

  mutating func add(_ step: Step, on day: Int) {
    pending.append((day, added, step))
    added += 1
  }

  /// Removes and returns the earliest step.
  mutating func next() -> (day: Int, step: Step)? {
    guard var best = pending.indices.first else { return nil }
    for index in pending.indices
    where (pending[index].day, pending[index].order) < (pending[best].day, pending[best].order) {
      best = index
    }
    let found = pending.remove(at: best)
    return (found.day, found.step)
  }
}
