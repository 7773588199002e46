import CaseModel
import Foundation
import Testing

@Suite("State transitions")
struct TransitionTests {
  static let lisbon = Country.id(forCode: "PT")

  func operation(_ status: OperationStatus) -> JointOperation {
    JointOperation(
      code: "TF-MAR-2026-003", codename: "Esperanza", status: status,
      crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: Self.lisbon)
  }

  // MARK: - Joint operations

  /// The life cycle as the design describes it, written out independently of the code.
  static let operationMoves: [OperationStatus: Set<OperationStatus>] = [
    .planned: [.active, .archived],
    .active: [.suspended, .concluded],
    .suspended: [.active, .concluded],
    .concluded: [.active, .archived],
    .archived: [.concluded],
  ]

  @Test("Operation statuses move only along the life cycle", arguments: OperationStatus.allCases)
  func operationLifeCycle(from: OperationStatus) throws {
    let allowed = try #require(Self.operationMoves[from])
    #expect(from.successors == allowed)
    for to in OperationStatus.allCases {
      var op = operation(from)
      let result = outcome { () throws(ValidationError) in try op.changeStatus(to: to) }
      switch result {
      case .success:
        #expect(to == from || allowed.contains(to), "\(from) → \(to)")
        #expect(op.status == to)
      case .failure(let error):
        #expect(!allowed.contains(to) && to != from, "\(from) → \(to)")
        #expect(error.code == .invalidTransition)
        #expect(op.status == from, "a refused move leaves the status alone")
        let list = allowed.map(\.rawValue).sorted().joined(separator: ", ")
        #expect(
          error.message
            == "operation TF-MAR-2026-003 cannot go from \(from) to \(to); "
            + "from \(from) it can go to: \(list)")
      }
    }
  }

  @Test("The refusal names the operation and where it can go")
  func operationMessage() {
    var op = operation(.planned)
    let error = refusal(.invalidTransition) { () throws(ValidationError) in
      try op.changeStatus(to: .concluded)
    }
    #expect(
      error?.message
        == "operation TF-MAR-2026-003 cannot go from planned to concluded; "
        + "from planned it can go to: active, archived")
  }

  @Test("Reopening an archived operation takes two deliberate steps")
  func reopenArchived() throws {
    var op = operation(.archived)
    refusal(.invalidTransition) { () throws(ValidationError) in try op.changeStatus(to: .active) }
    try op.changeStatus(to: .concluded)
    try op.changeStatus(to: .active)
    #expect(op.status == .active)
  }

  @Test(
    "A concluded or archived operation takes no new actions", arguments: OperationStatus.allCases)
  func newActions(status: OperationStatus) {
    let op = operation(status)
    let closed = status == .concluded || status == .archived
    #expect(status.takesNewActions == !closed)
    let result = outcome { () throws(ValidationError) in try op.requireTakesNewActions() }
    switch result {
    case .success:
      #expect(!closed)
    case .failure(let error):
      #expect(closed)
      #expect(error.code == .operationClosed)
      #expect(
        error.message
          == "operation TF-MAR-2026-003 is \(status) and takes no new actions; reopen it first")
    }
  }

  @Test("An operation cannot end before it starts")
  func endBeforeStart() throws {
    var op = operation(.active)
    op.startDate = try date("2026-02-01")
    op.endDate = try date("2026-01-31")
    let error = refusal(.endBeforeStart) { () throws(ValidationError) in try op.validated() }
    #expect(error?.message == "operation end 2026-01-31 is before its start 2026-02-01")
    op.endDate = try date("2026-02-01")
    #expect(try op.validated().endDate == date("2026-02-01"), "a one-day operation")
    op.endDate = nil
    #expect(try op.validated().startDate == date("2026-02-01"))
    op.startDate = nil
    op.endDate = try date("2020-01-01")
    #expect(try op.validated().endDate == date("2020-01-01"))
  }

  // MARK: - Minutes

  func meeting(_ state: MinutesState) -> Meeting {
    Meeting(
      ref: "M4-KQ3M", kind: .technical, title: "Encrypted networks", startsAt: Date(),
      timeZone: "America/Bogota", minutesState: state)
  }

  @Test("Minutes go draft → circulated → approved, and back to draft for corrections")
  func minutesForward() throws {
    var m = meeting(.draft)
    try m.requireEditableMinutes()
    try m.changeMinutesState(to: .circulated)
    try m.requireEditableMinutes()
    try m.changeMinutesState(to: .draft)
    #expect(m.minutesState == .draft)
    try m.changeMinutesState(to: .circulated)
    try m.changeMinutesState(to: .approved)
    #expect(m.minutesState == .approved)
  }

  @Test("Approved minutes are read-only", arguments: MinutesState.allCases)
  func approvedIsFinal(next: MinutesState) {
    var m = meeting(.approved)
    let expected = ValidationError(
      .readOnly,
      "the minutes of M4-KQ3M are approved and read-only; add a correction as an amendment")
    if next == .approved {
      #expect(throws: Never.self) { try m.changeMinutesState(to: next) }
    } else {
      #expect(throws: expected) { try m.changeMinutesState(to: next) }
    }
    #expect(m.minutesState == .approved)
    #expect(throws: expected) { try m.requireEditableMinutes() }
  }

  @Test("Draft minutes cannot be approved without being circulated first")
  func draftCannotSkipCirculation() {
    // The life cycle is draft → circulated → approved; approving a draft skips the
    // circulation in which attendees check the minutes.
    var m = meeting(.draft)
    refusal(.invalidTransition) { () throws(ValidationError) in
      try m.changeMinutesState(to: .approved)
    }
    #expect(m.minutesState == .draft)
  }

  // MARK: - Action items

  func action(_ status: ActionStatus, due: CalendarDate? = nil) -> ActionItem {
    ActionItem(
      ref: "A17-KQ3M", title: "Check vessel AIS history", ownerID: UUID.v7(), due: due,
      status: status, markings: .standard)
  }

  @Test("Reopening a done or dropped item needs a note")
  func reopenNeedsNote() throws {
    for closed in [ActionStatus.done, .dropped] {
      for reopened in ActionStatus.openStatuses {
        for note in [nil, "", "   ", "\n\t"] as [String?] {
          var item = action(closed)
          let error = refusal(.reopenNeedsNote, "\(closed) → \(reopened)") {
            () throws(ValidationError) in
            try item.changeStatus(to: reopened, note: note)
          }
          #expect(
            error?.message
              == "action A17-KQ3M is \(closed.rawValue); reopening it needs a note saying why")
          #expect(item.status == closed)
        }
        var item = action(closed)
        try item.changeStatus(to: reopened, note: "vessel sighted again off Vigo")
        #expect(item.status == reopened)
      }
    }
  }

  @Test("Other moves need no note")
  func movesWithoutNote() throws {
    var item = action(.open)
    try item.changeStatus(to: .inProgress, note: nil)
    try item.changeStatus(to: .blocked, note: nil)
    try item.changeStatus(to: .open, note: nil)
    try item.changeStatus(to: .done, note: nil)
    try item.changeStatus(to: .dropped, note: nil)
    try item.changeStatus(to: .done, note: nil)
    try item.changeStatus(to: .done, note: nil)
    #expect(item.status == .done)
  }

  @Test("An item is overdue when it is open and its due date has passed")
  func overdue() throws {
    let today = try date("2026-03-04")
    #expect(action(.open, due: try date("2026-03-03")).isOverdue(on: today))
    #expect(action(.blocked, due: try date("2026-01-01")).isOverdue(on: today))
    #expect(!action(.open, due: today).isOverdue(on: today))
    #expect(!action(.open, due: try date("2026-03-05")).isOverdue(on: today))
    #expect(!action(.done, due: try date("2026-03-03")).isOverdue(on: today))
    #expect(!action(.dropped, due: try date("2026-03-03")).isOverdue(on: today))
    #expect(!action(.open).isOverdue(on: today))
  }

  // MARK: - Seizures

  static let assetMoves: [AssetStatus: Set<AssetStatus>] = [
    .identified: [.frozen, .seized, .released],
    .frozen: [.seized, .confiscated, .released],
    .seized: [.confiscated, .released],
    .confiscated: [],
    .released: [],
  ]

  func seizure(_ status: AssetStatus) throws -> Seizure {
    Seizure(
      ref: "S3-KQ3M", operationID: UUID.v7(), kind: .vessel, description: "Fishing vessel",
      place: "Vigo", date: try date("2026-02-14"), status: status, markings: .standard)
  }

  @Test("Seizure statuses move only to their successors", arguments: AssetStatus.allCases)
  func seizureLifeCycle(from: AssetStatus) throws {
    let allowed = try #require(Self.assetMoves[from])
    #expect(from.successors == allowed)
    for to in AssetStatus.allCases {
      var item = try seizure(from)
      let result = outcome { () throws(ValidationError) in try item.changeStatus(to: to) }
      switch result {
      case .success:
        #expect(to == from || allowed.contains(to), "\(from) → \(to)")
        #expect(item.status == to)
      case .failure(let error):
        #expect(!allowed.contains(to) && to != from, "\(from) → \(to)")
        #expect(error.code == .invalidTransition)
        #expect(item.status == from)
      }
    }
  }

  @Test("Seizure refusals say where the asset can go, or that it is final")
  func seizureMessages() throws {
    var seized = try seizure(.seized)
    let back = refusal(.invalidTransition) { () throws(ValidationError) in
      try seized.changeStatus(to: .frozen)
    }
    #expect(
      back?.message == "seizure S3-KQ3M cannot go from seized to frozen; it can go to: "
        + "confiscated, released")
    var confiscated = try seizure(.confiscated)
    let final = refusal(.invalidTransition) { () throws(ValidationError) in
      try confiscated.changeStatus(to: .released)
    }
    #expect(
      final?.message
        == "seizure S3-KQ3M cannot go from confiscated to released; confiscated is final")
  }
}
