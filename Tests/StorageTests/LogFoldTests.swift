import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Folding the operation log rebuilds the same records on any machine: what later lets
/// laptops exchange logs and agree.
@Suite("Rebuilding state from the operation log")
struct LogFoldTests {
  /// The log as `rebuild(into:)` reads it, in the order it was written.
  func operations(_ store: Store) throws -> [Row] {
    try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT op_id, replica_id, hlc, officer_id, entity, entity_id, field, value
          FROM op_log ORDER BY seq
          """)
    }
  }

  /// The fold order: (HLC, replica id, op id).
  func foldOrder(_ operations: [Row]) -> [Row] {
    operations.sorted { a, b in
      let (ah, bh): (Int64, Int64) = (a["hlc"], b["hlc"])
      if ah != bh { return ah < bh }
      let (ar, br): (String, String) = (a["replica_id"], b["replica_id"])
      if ar != br { return ar < br }
      return (a["op_id"] as String) < (b["op_id"] as String)
    }
  }

  @Test func rebuildIntoAFreshStoreGivesTheSameState() throws {
    let temp = try TemporaryStore()
    let network = try RichNetwork(try Fixture(temp.store))
    let me = network.f.me
    let copy = try temp.sibling("rebuilt.sqlite")
    try temp.store.rebuild(into: copy, as: me)
    #expect(try copy.stateDigest() == temp.store.stateDigest())
    // The copy is a working database: consistent, searchable, with an intact trail.
    #expect(try copy.check() == [])
    #expect(try copy.verifyAudit().isIntact)
    #expect(try copy.search("bogota").groups.map(\.kind).contains(.meeting))
    #expect(try copy.search("registry").groups.map(\.kind) == [.action])
    #expect(try copy.search("Esperanza").count == temp.store.search("Esperanza").count)
    #expect(try copy.action(network.actions[1].ref).status == .inProgress)
    #expect(storeError { _ = try copy.action(network.deletedAction.ref) }?.code == .notFound)
    let expected = try temp.store.actions(ActionFilter(statuses: ActionFilter.allStatuses))
    let rebuilt = try copy.actions(ActionFilter(statuses: ActionFilter.allStatuses))
    #expect(rebuilt.rows == expected.rows)
  }

  @Test func foldingAShuffledArrivalInFoldOrderGivesTheSameState() throws {
    let temp = try TemporaryStore()
    let network = try RichNetwork(try Fixture(temp.store))
    let logged = try operations(temp.store)
    var generator = SystemRandomNumberGenerator()
    let arrived = logged.shuffled(using: &generator)
    let third = try temp.sibling("third.sqlite")
    try third.fold(foldOrder(arrived), as: network.f.me)
    #expect(try third.stateDigest() == temp.store.stateDigest())
    // The log is copied too, so the third store is a full replica.
    let copied = try third.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log") }
    #expect(copied == logged.count)
  }

  /// Guards the tests above: were every field written once, any order would give the same
  /// digest. Folding newest first keeps the oldest value of each field instead.
  @Test func foldOrderMatters() throws {
    let temp = try TemporaryStore()
    let network = try RichNetwork(try Fixture(temp.store))
    let reversed = try temp.sibling("reversed.sqlite")
    try reversed.fold(foldOrder(try operations(temp.store)).reversed(), as: network.f.me)
    #expect(try reversed.stateDigest() != temp.store.stateDigest())
  }

  @Test func rebuildRefusesATargetThatHoldsRecords() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let other = try temp.sibling("other.sqlite")
    _ = try Fixture(other)
    let before = try databaseContents(other)
    let error = storeError { try temp.store.rebuild(into: other, as: f.me) }
    #expect(error?.code == .conflict)
    #expect(try databaseContents(other) == before)
  }

  @Test func theDigestIgnoresLocalStateAndHistory() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let before = try temp.store.stateDigest()
    try temp.store.setProfile(f.luis.id, as: f.me)
    #expect(try temp.store.stateDigest() == before)
    // A change undone leaves more history and, stamp put back, the same records.
    _ = try temp.store.editOperation(f.operation.with { $0.summary = "Something else" }, as: f.me)
    _ = try temp.store.editOperation(f.operation, as: f.me)
    try temp.store.pool.write { db in
      try db.execute(
        sql: "UPDATE operation SET updated_at = ? WHERE id = ?",
        arguments: [f.operation.stamp.updatedAt, f.operation.id.text])
    }
    #expect(try temp.store.history(of: f.operation.id).filter { $0.field == "summary" }.count == 3)
    #expect(try temp.store.stateDigest() == before)
  }

  @Test func theDigestChangesWhenAnyFieldChanges() throws {
    let temp = try TemporaryStore()
    _ = try RichNetwork(try Fixture(temp.store))
    let store = temp.store
    let original = try store.stateDigest()
    var checked = 0
    for entity in EntityKind.allCases {
      let table = entity.rawValue
      let columns = try store.pool.read { try $0.columns(in: table).map(\.name) }
      for column in columns {
        // Foreign keys are off while a field holds a value no record has.
        let saved = try store.pool.writeWithoutTransaction { db -> (Int64, DatabaseValue)? in
          try db.execute(sql: "PRAGMA foreign_keys = OFF")
          guard
            let row = try Row.fetchOne(
              db, sql: "SELECT rowid, \(column) FROM \(table) ORDER BY \(column) IS NULL LIMIT 1")
          else { return nil }
          try db.execute(
            sql: """
              UPDATE \(table) SET \(column) = CASE
                WHEN \(column) IS NULL THEN 'x'
                WHEN typeof(\(column)) IN ('integer', 'real') THEN \(column) + 1
                ELSE \(column) || 'x' END
              WHERE rowid = ?
              """, arguments: [row[0]])
          return (row[0], row[1])
        }
        guard let (rowid, value) = saved else {
          Issue.record("the rich network has no \(table)")
          continue
        }
        #expect(try store.stateDigest() != original, "\(table).\(column)")
        try store.pool.writeWithoutTransaction { db in
          try db.execute(
            sql: "UPDATE \(table) SET \(column) = ? WHERE rowid = ?", arguments: [value, rowid])
          try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        checked += 1
      }
    }
    #expect(checked > 150)
    #expect(try store.stateDigest() == original)
    #expect(try store.check() == [])
  }
}

extension JointOperation {
  /// A copy with a change applied.
  func with(_ change: (inout JointOperation) -> Void) -> JointOperation {
    var copy = self
    change(&copy)
    return copy
  }
}
