import CaseModel
import Foundation

// The life of action items: each gets a plan of updates when it is created, and the updates
// that fall on or before today are logged, in day order, by whoever would have logged them.
extension DemoLoader {
  func addDirectAction(_ item: DemoDirectAction) throws {
    try act(item.by)
    let saved = try w.addAction(
      ActionItem(
        title: item.title, details: item.details, ownerID: try officer(item.owner).id,
        operationID: try item.operation.map { try operation($0).id },
        due: item.due.map { today.adding(days: $0) }, priority: item.priority,
        markings: .standard),
      coOwners: try item.coOwners.map { try officer($0).id }, inheritMarkings: true)
    try w.audit()
    for event in item.log {
      timeline.add(.actionEvent(saved.id, event), on: event.day)
    }
  }

  /// Logs one update, as its author.
  func apply(_ event: DemoActionEvent, to id: UUID) throws {
    let item = try w.live(ActionItem.self, id)
    guard let owner = handles[item.ownerID] else { return }
    try act(event.by ?? owner)
    // An author who may not change the item (a plenary's chair, of another operation) leaves
    // the update to its owner.
    if (try? w.requireParticipation(inAction: item, to: "")) == nil { try act(owner) }
    var change = ActionChange()
    switch event.move {
    case .status(let status): change.status = status
    case .due(let day): change.due = .some(today.adding(days: day))
    case .reassign(let handle): change.ownerID = try officer(handle).id
    case .priority(let priority): change.priority = priority
    case .note: break
    }
    guard !change.isEmpty || !event.note.isEmpty else { return }
    _ = try w.changeAction(id, change, note: event.note.isEmpty ? nil : event.note)
    try w.audit()
  }

  /// Plans the updates of an item made at a meeting on `created`. An item of an operation
  /// that concludes is closed before it does.
  func scheduleLife(
    of id: UUID, key: String, created: Int, due: Int?, owner: String, priority: Priority,
    chair: String, team: [String]
  ) throws {
    let plan = try self.plan(key)
    let horizon = min(0, (plan.concludedDay ?? 1) - 1)
    var life = Life(day: created)
    let roll = rng.below(100)
    switch roll {
    case ..<16:
      break  // nobody has touched it: overdue once its day has passed
    case ..<38:
      life.add(rng.int(in: 1...6), .status(.inProgress), note(.progress, plan))
      life.add(rng.int(in: 3...20), .status(.done), note(.done, plan))
    case ..<50:
      life.add(rng.int(in: 1...8), .status(.inProgress), note(.progress, plan))
      if rng.chance(50) { life.add(rng.int(in: 5...15), .note, note(.chased, plan)) }
    case ..<60:
      life.add(rng.int(in: 1...5), .status(.inProgress), note(.progress, plan))
      life.add(rng.int(in: 3...12), .status(.blocked), note(.blocked, plan))
      if rng.chance(40) {
        life.add(rng.int(in: 10...30), .status(.inProgress), note(.unblocked, plan))
        if rng.chance(50) { life.add(rng.int(in: 5...15), .status(.done), note(.done, plan)) }
      }
    case ..<68:
      life.add(rng.int(in: 1...6), .status(.inProgress), note(.progress, plan))
      let postponeOn = max(life.day + 1, (due ?? life.day + 12) - 2)
      life.at(postponeOn, .due(postponeOn + rng.int(in: 14...35)), note(.postponed, plan))
      if rng.chance(50) { life.add(rng.int(in: 10...25), .status(.done), note(.done, plan)) }
    case ..<76:
      life.add(rng.int(in: 3...25), .status(.dropped), note(.dropped, plan))
    case ..<83:
      let others = team.filter { $0 != owner && officers[$0]?.role != .observer }
      if !others.isEmpty {
        let next = rng.pick(others)
        let names = [
          "old": officers[owner]?.name ?? owner, "new": officers[next]?.name ?? next,
        ]
        life.add(
          rng.int(in: 2...10), by: chair, .reassign(next),
          fill(rng.pick(DemoPhrases.notes(.reassigned)), plan, names))
      }
      if rng.chance(60) {
        life.add(rng.int(in: 1...7), .status(.inProgress), note(.progress, plan))
      }
    case ..<89:
      if let higher = Priority.allCases.first(where: { $0 > priority }) {
        life.add(rng.int(in: 1...7), by: chair, .priority(higher), note(.escalated, plan))
      }
      life.add(rng.int(in: 1...5), .status(.inProgress), note(.progress, plan))
    case ..<95:
      life.add(rng.int(in: 1...5), .status(.inProgress), note(.progress, plan))
      life.add(rng.int(in: 3...15), .status(.done), note(.done, plan))
      life.add(rng.int(in: 4...20), by: chair, .status(.inProgress), note(.reopened, plan))
    default:
      life.add(rng.int(in: 5...15), .note, note(.chased, plan))
      life.add(rng.int(in: 2...10), .status(.done), note(.done, plan))
    }
    var events = life.events.filter { $0.day <= horizon }
    let status = events.reduce(ActionStatus.open) { $1.status(after: $0) }
    if plan.concludedDay != nil, status.isOpen {
      let last = events.last?.day ?? created
      let closing: ActionStatus = rng.chance(70) ? .done : .dropped
      events.append(
        DemoActionEvent(
          max(last, horizon - rng.int(in: 0...4)), by: chair, .status(closing),
          note(.closedWithOperation, plan)))
    }
    for event in events {
      timeline.add(.actionEvent(id, event), on: event.day)
    }
  }

  /// A note of this kind; notes about a vessel only where the operation follows vessels.
  private func note(_ kind: DemoPhrases.NoteKind, _ plan: DemoOperationPlan) -> String {
    let ships = plan.vector == .maritime || plan.vector == .containerPort
    let notes = DemoPhrases.notes(kind).filter { ships || !$0.contains("{vessel}") }
    return fill(rng.pick(notes), plan)
  }

  /// The updates of one item, each a number of days after the one before.
  private struct Life {
    var day: Int
    var events: [DemoActionEvent] = []

    init(day: Int) { self.day = day }

    mutating func add(
      _ gap: Int, by: String? = nil, _ move: DemoActionEvent.Move, _ note: String
    ) {
      at(day + gap, by: by, move, note)
    }

    mutating func at(_ on: Int, by: String? = nil, _ move: DemoActionEvent.Move, _ note: String) {
      day = on
      events.append(DemoActionEvent(on, by: by, move, note))
    }
  }
}
