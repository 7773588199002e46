import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Removing a participant or a co-owner keeps its row, marked deleted, so history and other
/// laptops agree it is gone; adding it again brings the same row back.
@Suite("Tombstones")
struct TombstoneTests {
  func row(_ store: Store, _ table: String, _ id: String) throws -> Row? {
    try store.pool.read {
      try Row.fetchOne($0, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id])
    }
  }

  func count(_ store: Store, _ table: String) throws -> Int {
    try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
  }

  @Test func removingAParticipantKeepsTheRowAndReAddingRevivesIt() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let today = CalendarDate.on("2026-11-29")
    let joined = try f.store.addParticipant(
      f.operation.id, .officer(f.luis.id), role: .participant, as: f.me)
    let rows = try count(f.store, "participant")
    try f.store.removeParticipant(joined.id, as: f.me)

    let tombstone = try #require(try row(f.store, "participant", joined.id.text))
    #expect((tombstone["deleted_at"] as String?) != nil)
    #expect(try count(f.store, "participant") == rows)
    let listed = try f.store.operationDetail(f.operation.id, today: today).participants
    #expect(!listed.contains { $0.participant.id == joined.id })
    #expect(listed.count == 2, "the lead country and organisation stay")
    #expect(try f.store.officerDetail(f.luis.id).operations.isEmpty)
    // Removing it twice is refused: it is already gone.
    #expect(storeError { try f.store.removeParticipant(joined.id, as: f.me) }?.code == .notFound)

    let revived = try f.store.addParticipant(
      f.operation.id, .officer(f.luis.id), role: .observer, as: f.me)
    #expect(revived.id == joined.id)
    #expect(revived.role == .observer)
    #expect(try count(f.store, "participant") == rows)
    let live = try #require(try row(f.store, "participant", joined.id.text))
    #expect((live["deleted_at"] as String?) == nil)
    let again = try f.store.operationDetail(f.operation.id, today: today).participants
    #expect(again.contains { $0.participant.id == joined.id && $0.participant.role == .observer })
  }

  @Test func removingACoOwnerKeepsTheRowAndReAddingRevivesIt() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    try f.store.addCoOwner(item.id, officer: f.ana.id, as: f.me)
    let link = try #require(
      try f.store.pool.read {
        try String.fetchOne(
          $0, sql: "SELECT id FROM action_co_owner WHERE action_id = ?",
          arguments: [item.id.text])
      })
    #expect(try f.store.actionDetail(item.id).coOwners.map(\.id) == [f.ana.id])
    #expect(
      try f.store.actions(ActionFilter(involvingID: f.ana.id)).rows.map(\.item.id) == [item.id])

    try f.store.removeCoOwner(item.id, officer: f.ana.id, as: f.me)
    let tombstone = try #require(try row(f.store, "action_co_owner", link))
    #expect((tombstone["deleted_at"] as String?) != nil)
    #expect(try count(f.store, "action_co_owner") == 1)
    #expect(try f.store.actionDetail(item.id).coOwners.isEmpty)
    #expect(try f.store.actions(ActionFilter(involvingID: f.ana.id)).rows.isEmpty)
    #expect(try f.store.countActions(ActionFilter(involvingID: f.ana.id)) == 0)
    #expect(
      storeError { try f.store.removeCoOwner(item.id, officer: f.ana.id, as: f.me) }?.code
        == .notFound)

    try f.store.addCoOwner(item.id, officer: f.ana.id, as: f.me)
    #expect(try count(f.store, "action_co_owner") == 1)
    let live = try #require(try row(f.store, "action_co_owner", link))
    #expect((live["deleted_at"] as String?) == nil)
    #expect(try f.store.actionDetail(item.id).coOwners.map(\.id) == [f.ana.id])
  }

  @Test func aDeletedRecordStaysInItsTableAndItsHistory() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    try f.store.write(as: f.me) { try $0.delete(item) }
    #expect(try row(f.store, "action_item", item.id.text) != nil)
    #expect(try f.store.actions(ActionFilter(statuses: ActionFilter.allStatuses)).rows.isEmpty)
    #expect(storeError { _ = try f.store.actionDetail(item.id) }?.code == .notFound)
    let history = try f.store.history(of: item.id)
    #expect(history.contains { $0.field == "title" && $0.value == "Trace the vessel's owner" })
    #expect(history.contains { $0.field == "deleted_at" && $0.value != nil })
    let erased = try f.store.auditEvents(AuditFilter(kind: .erase)).rows
    #expect(erased.map(\.entityID) == [item.id])
  }
}
