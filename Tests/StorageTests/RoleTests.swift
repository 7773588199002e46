import CaseModel
import Foundation
import Storage
import Testing

/// Roles on an operation, enforced by the write path: observers read, participants add and
/// change what is under it, leads and co-leads change it and who takes part, only a lead
/// marks it down.
@Suite("roles on an operation")
struct RoleTests {
  struct Team {
    let temp: TemporaryStore
    let f: Fixture
    let luis: ActingOfficer

    init(luisAs role: ParticipantRole) throws {
      temp = try TemporaryStore()
      f = try Fixture(temp.store)
      luis = ActingOfficer(id: f.luis.id, handle: f.luis.handle)
      try f.store.addParticipant(f.operation.id, .officer(f.luis.id), role: role, as: f.me)
    }

    func item(_ title: String, markings: Markings = .standard) -> ActionItem {
      ActionItem(
        title: title, ownerID: f.ana.id, operationID: f.operation.id, markings: markings)
    }
  }

  @Test func anObserverReadsButChangesNothing() throws {
    let t = try Team(luisAs: .observer)
    let store = t.f.store
    let item = try store.addAction(t.item("Check the manifest"), as: t.f.me)
    let before = try store.stateDigest()
    let added = refusal { _ = try store.addAction(t.item("Check the manifest"), as: t.luis) }
    #expect(added?.code == .notPermitted)
    #expect(added?.message.contains("takes the participant role or higher") == true)
    #expect(added?.message.contains("gomez.l takes part as observer") == true)
    let meeting = refusal {
      _ = try store.addMeeting(
        Meeting(
          kind: .technical, title: "Debrief", startsAt: Date(), timeZone: "Europe/Lisbon"),
        operations: [t.f.operation.id], invitees: [], as: t.luis)
    }
    #expect(meeting?.code == .notPermitted)
    #expect(
      refusal { _ = try store.changeAction(item.id, ActionChange(priority: .high), as: t.luis) }?
        .code == .notPermitted)
    #expect(try store.stateDigest() == before, "a refusal changes nothing")
    store.viewer = .officer(t.f.luis.id)
    #expect(try store.actionDetail(item.id).row.item.id == item.id, "an observer reads")
  }

  @Test func aParticipantAddsUnderTheOperationButDoesNotChangeIt() throws {
    let t = try Team(luisAs: .participant)
    let store = t.f.store
    let item = try store.addAction(t.item("Trace the payments"), as: t.luis)
    try store.changeAction(item.id, ActionChange(status: .inProgress), as: t.luis)
    var edited = t.f.operation
    edited.summary = "Rewritten by a participant."
    #expect(refusal { _ = try store.editOperation(edited, as: t.luis) }?.code == .notPermitted)
    #expect(
      refusal { _ = try store.changeOperationStatus(t.f.operation.id, to: .suspended, as: t.luis) }?
        .code == .notPermitted)
    #expect(
      refusal {
        _ = try store.addParticipant(
          t.f.operation.id, .country(Country.id(forCode: "CO")), role: .participant, as: t.luis)
      }?.code == .notPermitted)
  }

  @Test func aCoLeadChangesTheOperationButOnlyALeadMarksItDown() throws {
    let t = try Team(luisAs: .coLead)
    let store = t.f.store
    var edited = try store.operation(t.f.operation.code)
    edited.markings = Markings(handling: .h2, tlp: .amber)
    edited = try store.editOperation(edited, as: t.luis)
    #expect(edited.markings.handling == .h2, "marking up is for a co-lead too")
    try store.addParticipant(
      t.f.operation.id, .country(Country.id(forCode: "CO")), role: .participant, as: t.luis)

    var lowered = edited
    lowered.markings = Markings(handling: .h0, tlp: .green)
    let down = refusal { _ = try store.editOperation(lowered, as: t.luis) }
    #expect(down?.code == .notPermitted)
    #expect(down?.message.contains("marking down in TF-MAR-2026-003 takes its lead") == true)
    #expect(try store.operation(t.f.operation.code).markings.handling == .h2)

    let saved = try store.editOperation(lowered, as: t.f.me)
    #expect(saved.markings == Markings(handling: .h0, tlp: .green))
    let events = try store.auditEvents(AuditFilter(entityID: t.f.operation.id)).rows
    #expect(
      events.contains {
        $0.summary == "marked TF-MAR-2026-003 down from TLP:AMBER · H2 to TLP:GREEN · H0"
      })
    #expect(try store.verifyAudit().isIntact)
  }

  @Test func recordsUnderAnOperationAreNeverMarkedBelowIt() throws {
    let t = try Team(luisAs: .participant)
    let store = t.f.store
    var operation = try store.operation(t.f.operation.code)
    operation.markings = Markings(handling: .h1, tlp: .amber)
    operation = try store.editOperation(operation, as: t.f.me)
    let item = try store.addAction(
      t.item("Ask for the bank records", markings: Markings(handling: .h0, tlp: .green)),
      inheritMarkings: false, as: t.luis)
    #expect(item.markings.handling == .h1)
    #expect(item.markings.tlp == .amber)
    let higher = try store.addAction(
      t.item("Protect the source", markings: Markings(handling: .h3, tlp: .red)),
      inheritMarkings: false, as: t.luis)
    #expect(higher.markings.handling == .h3, "marked higher than its operation, it stays so")
    #expect(higher.markings.tlp == .red)
  }
}
