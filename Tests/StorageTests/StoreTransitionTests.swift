import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// The case model's rules, enforced through the store: a refusal is a `StoreError` with a
/// message an officer can act on, and writes nothing.
@Suite("Transitions through the store")
struct StoreTransitionTests {
  /// Runs `body`, expecting a refusal with `code`, and checks that nothing was written.
  @discardableResult
  func expectRefusal(
    _ store: Store, _ code: StoreError.Code = .conflict,
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
  ) throws -> String {
    let before = try databaseContents(store)
    let error = storeError(body)
    #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(try databaseContents(store) == before, sourceLocation: sourceLocation)
    return error?.message ?? ""
  }

  @Test func approvedMinutesTakeOnlyAmendments() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    _ = try f.store.addMinuteEntry(meeting.id, kind: .decision, text: "Go ahead", as: f.me)
    _ = try f.store.changeMinutesState(meeting.id, to: .circulated, as: f.me)
    _ = try f.store.changeMinutesState(meeting.id, to: .approved, as: f.me)
    let message = try expectRefusal(f.store) {
      _ = try f.store.addMinuteEntry(meeting.id, kind: .information, text: "Late note", as: f.me)
    }
    #expect(message.contains("amendment"))
    try expectRefusal(f.store) {
      _ = try f.store.changeMinutesState(meeting.id, to: .draft, as: f.me)
    }
    let amendment = try f.store.addMinuteEntry(
      meeting.id, kind: .information, text: "Correction: the vessel is MV Esperanza II",
      amendment: true, as: f.me
    ).entry
    #expect(amendment.amendment)
    #expect(amendment.position == 2)
    let entries = try f.store.meetingDetail(meeting.id).entries.map(\.entry)
    #expect(entries.map(\.amendment) == [false, true])
  }

  @Test func anAmendmentNeedsApprovedMinutes() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    for state in [MinutesState.draft, .circulated] {
      _ = try f.store.changeMinutesState(meeting.id, to: state, as: f.me)
      let message = try expectRefusal(f.store) {
        _ = try f.store.addMinuteEntry(
          meeting.id, kind: .information, text: "Too early", amendment: true, as: f.me)
      }
      #expect(message.contains("not approved"))
    }
  }

  @Test func anActionEntryNeedsAnOwner() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    let message = try expectRefusal(f.store) {
      _ = try f.store.addMinuteEntry(
        meeting.id, kind: .action, text: "Somebody should do something", as: f.me)
    }
    #expect(message.contains("owner"))
    // And only action entries take one.
    try expectRefusal(f.store) {
      _ = try f.store.addMinuteEntry(
        meeting.id, kind: .decision, text: "Decided", action: ActionRequest(ownerID: f.luis.id),
        as: f.me)
    }
  }

  @Test func aConcludedOperationTakesNoNewActions() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Closing meeting")
    _ = try f.store.changeOperationStatus(f.operation.id, to: .concluded, as: f.me)
    let message = try expectRefusal(f.store) { _ = try f.action("One more thing") }
    #expect(message.contains("concluded"))
    try expectRefusal(f.store) {
      _ = try f.store.addMinuteEntry(
        meeting.id, kind: .action, text: "One more thing",
        action: ActionRequest(ownerID: f.luis.id), as: f.me)
    }
    // Reopened, it takes them again.
    _ = try f.store.changeOperationStatus(f.operation.id, to: .active, as: f.me)
    #expect(try f.action("One more thing").operationID == f.operation.id)
  }

  @Test func reopeningADoneActionNeedsANote() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    _ = try f.store.changeAction(item.id, ActionChange(status: .done), as: f.me)
    let message = try expectRefusal(f.store) {
      _ = try f.store.changeAction(item.id, ActionChange(status: .open), note: "  ", as: f.me)
    }
    #expect(message.contains("note"))
    let reopened = try f.store.changeAction(
      item.id, ActionChange(status: .inProgress), note: "the registry answered wrongly",
      as: f.me)
    #expect(reopened.status == .inProgress)
    // Both changes may fall in one millisecond, so the log is compared without its order.
    let updates = try f.store.actionDetail(item.id).updates.map(\.update)
    #expect(Set(updates.map(\.status)) == [.done, .inProgress])
    #expect(updates.first { $0.status == .inProgress }?.note == "the registry answered wrongly")
    #expect(updates.first { $0.status == .done }?.note == "")
  }

  @Test func everyChangeToAnActionLeavesAnEntryInItsLog() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner", due: .on("2026-12-04"))
    _ = try f.store.changeAction(item.id, ActionChange(priority: .high), as: f.me)
    _ = try f.store.changeAction(item.id, ActionChange(ownerID: f.ana.id), as: f.me)
    _ = try f.store.changeAction(item.id, ActionChange(due: .some(.on("2026-12-11"))), as: f.me)
    var log = try f.store.actionDetail(item.id).updates
    #expect(log.count == 3)
    #expect(log.contains { $0.update.priority == .high })
    #expect(log.contains { $0.update.ownerID == f.ana.id && $0.newOwnerHandle == "ribeiro" })
    #expect(log.contains { $0.update.due == .on("2026-12-11") })
    #expect(log.allSatisfy { $0.authorHandle == "ribeiro" })

    _ = try f.store.changeAction(item.id, ActionChange(due: .some(nil)), as: f.me)
    #expect(try f.store.action(item.ref).due == nil)
    log = try f.store.actionDetail(item.id).updates
    #expect(log.count == 4)
  }

  /// `addAction` leaves the owner out of the co-owners; sharing an item with its own owner
  /// later should not list them twice either.
  @Test func theOwnerIsNotTheirOwnCoOwner() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    _ = storeError { try f.store.addCoOwner(item.id, officer: f.luis.id, as: f.me) }
    let coOwners = try f.store.actionDetail(item.id).coOwners.map(\.id)
    #expect(!coOwners.contains(f.luis.id))
  }

  @Test func anOperationCannotEndBeforeItStarts() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var edited = f.operation
    edited.startDate = .on("2026-06-01")
    edited.endDate = .on("2026-05-31")
    let message = try expectRefusal(f.store) { _ = try f.store.editOperation(edited, as: f.me) }
    #expect(message.contains("before its start"))
    try expectRefusal(f.store) {
      _ = try f.store.addOperation(
        JointOperation(
          code: "TF-X-1", codename: "Backwards", crimeAreas: [.cybercrime], vector: .postal,
          leadCountryID: Country.id(forCode: "PT"), startDate: .on("2026-02-02"),
          endDate: .on("2026-02-01")), as: f.me)
    }
    edited.endDate = .on("2026-06-01")
    #expect(try f.store.editOperation(edited, as: f.me).endDate == .on("2026-06-01"))
  }

  @Test func operationStatusMovesOnlyAlongItsLifeCycle() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    try expectRefusal(f.store) {
      _ = try f.store.changeOperationStatus(f.operation.id, to: .archived, as: f.me)
    }
    var edited = f.operation
    edited.status = .concluded
    let message = try expectRefusal(f.store) { _ = try f.store.editOperation(edited, as: f.me) }
    #expect(message.contains("status"))
    for status in [OperationStatus.suspended, .concluded, .archived, .concluded] {
      #expect(
        try f.store.changeOperationStatus(f.operation.id, to: status, as: f.me).status == status)
    }
  }

  @Test func seizuresEndConfiscatedOrReleased() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    func seizure(_ description: String) throws -> Seizure {
      try f.store.addSeizure(
        Seizure(
          operationID: f.operation.id, kind: .cash, description: description, value: 250_000,
          currency: "EUR", place: "Lisboa", date: .on("2026-10-10"), markings: .standard),
        as: f.me)
    }
    let cash = try seizure("Cash in a car")
    try expectRefusal(f.store) {
      _ = try f.store.changeSeizureStatus(cash.id, to: .confiscated, as: f.me)
    }
    for status in [AssetStatus.frozen, .seized, .confiscated] {
      #expect(try f.store.changeSeizureStatus(cash.id, to: status, as: f.me).status == status)
    }
    for status in [AssetStatus.identified, .frozen, .seized, .released] {
      let message = try expectRefusal(f.store) {
        _ = try f.store.changeSeizureStatus(cash.id, to: status, as: f.me)
      }
      #expect(message.contains("final"))
    }
    let released = try seizure("Cash returned")
    _ = try f.store.changeSeizureStatus(released.id, to: .released, as: f.me)
    try expectRefusal(f.store) {
      _ = try f.store.changeSeizureStatus(released.id, to: .seized, as: f.me)
    }
  }
}
