import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Each action item's operation by rowids (`ActionScope`) lets search skip the items of
/// operations the viewer does not see before reading their rows. It must always say what the
/// items say, and it must never change what anyone finds.
@Suite("the action items' scope, as search reads it")
struct ActionScopeTests {
  /// The scope, read from the items: every live item's rowid with its operation's.
  static func expectScopeMatches(
    _ store: Store, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try store.pool.read { db in
      let kept = try Row.fetchAll(
        db,
        sql: """
          SELECT item, operation FROM action_scope
          WHERE item IN (SELECT rowid FROM action_item WHERE deleted_at IS NULL) ORDER BY item
          """)
      let derived = try Row.fetchAll(
        db,
        sql: """
          SELECT a.rowid AS item, op.rowid AS operation FROM action_item a
          LEFT JOIN operation op ON op.id = a.operation_id WHERE a.deleted_at IS NULL
          ORDER BY a.rowid
          """)
      #expect(!kept.isEmpty, sourceLocation: sourceLocation)
      #expect(kept == derived, sourceLocation: sourceLocation)
    }
  }

  /// An item may reach a replica before its operation does: its scope waits for the
  /// operation, and never hides it meanwhile. One deleted before its operation arrives is
  /// filled in when it is restored.
  @Test func anOperationArrivingAfterItsItemFillsItsScope() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Sent ahead of its operation")
    let deleted = try f.action("Sent ahead, deleted, then restored")
    let operationID = UUID.v7().text
    try temp.store.pool.write { db in
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      try db.execute(
        sql: """
          UPDATE action_item SET operation_id = ? WHERE id IN (?, ?);
          UPDATE action_item SET deleted_at = updated_at WHERE id = ?;
          """,
        arguments: [operationID, item.id.text, deleted.id.text, deleted.id.text])
      let unknown = try Int?.fetchOne(
        db,
        sql:
          "SELECT operation FROM action_scope WHERE item = (SELECT rowid FROM action_item WHERE id = ?)",
        arguments: [item.id.text])
      #expect(unknown == .some(nil))
      let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('operation')")
      let copied = columns.map { ["id", "code"].contains($0) ? "?" : $0 }
      try db.execute(
        sql: """
          INSERT INTO operation(\(columns.joined(separator: ", ")))
            SELECT \(copied.joined(separator: ", ")) FROM operation WHERE id = ?
          """,
        arguments: StatementArguments(
          columns.compactMap { $0 == "id" ? operationID : $0 == "code" ? "TF-SEA-2026-099" : nil }
            + [f.operation.id.text]))
      try db.execute(
        sql: "UPDATE action_item SET deleted_at = NULL WHERE id = ?", arguments: [deleted.id.text])
    }
    try Self.expectScopeMatches(temp.store)
    #expect(try temp.store.check() == [])
  }

  /// For every officer of the demo and the whole file, search finds the same with the scope
  /// as with a scope that skips nothing: every operation unknown, or no scope rows at all.
  /// The words are the demo's commonest in action items, found on many operations; a third
  /// of the items are marked for named parties only.
  @Test func everyViewerFindsTheSameAsWithoutTheScope() throws {
    let temp = try TemporaryStore()
    let store = temp.store
    let today = try CalendarDate(year: 2026, month: 3, day: 18)
    _ = try DemoDataset.load(into: store, today: today)
    try store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          UPDATE action_item SET tlp = CASE WHEN rowid % 2 = 0 THEN 'red' ELSE 'amber+strict' END
          WHERE rowid % 3 = 0;
          CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, action_item_fts, row);
          """)
    }
    let words = try store.pool.read { db in
      try String.fetchAll(
        db, sql: "SELECT term FROM temp.words WHERE length(term) > 4 ORDER BY doc DESC LIMIT 6")
    }
    #expect(words.count == 6)
    let officers = try store.read { db in
      try String.fetchAll(db, sql: "SELECT id FROM officer ORDER BY handle")
    }
    let viewers =
      [Viewer.everything] + officers.compactMap { UUID(uuidString: $0) }.map(Viewer.officer)
    func found() throws -> [[UUID]] {
      try viewers.flatMap { viewer in
        store.viewer = viewer
        return try words.map { word in
          try store.search(word, limitPerKind: 1_000).groups.first { $0.kind == .action }?
            .hits.map(\.id) ?? []
        }
      }
    }
    let withScope = try found()
    for emptied in ["UPDATE action_scope SET operation = NULL", "DELETE FROM action_scope"] {
      try store.pool.writeWithoutTransaction { db in try db.execute(sql: emptied) }
      #expect(try found() == withScope, "\(emptied)")
    }
    // The viewers must find different items, or the rules were not put to the test.
    #expect(Set(withScope).count > words.count * 3)
  }

  /// The search of action items reads each match's scope before its row, so that a match the
  /// viewer may not see is skipped without reading the row.
  @Test func searchReadsTheScopeBeforeTheItem() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    _ = try f.action("Courier manifest for the Esperanza")
    temp.store.viewer = .officer(f.ana.id)
    let terms = try SearchQuery.terms("courier")
    let plan = try temp.store.read { db in
      var statement: String?
      db.trace(options: .statement) { event in
        if case .statement(let traced) = event, traced.sql.hasPrefix("WITH candidate") {
          statement = traced.sql
        }
      }
      defer { db.trace(options: [], nil) }
      _ = try SearchQueries.hits(db, .action, terms, limit: 20)
      let sql = try #require(statement)
      #expect(sql.contains(AccessRules.reads.actionScope("s")))
      return try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN " + sql,
        arguments: [SearchQuery.expression(terms), SearchQueries.candidateCap, 20]
      ).map { $0["detail"] as String }
    }
    let scope = plan.firstIndex { $0.hasPrefix("SEARCH s USING INTEGER PRIMARY KEY") }
    let item = plan.firstIndex { $0.hasPrefix("SEARCH t USING INTEGER PRIMARY KEY") }
    #expect(scope != nil && item != nil && scope! < item!, "\(plan)")
  }

  /// The scope does skip: an item whose scope names an operation the viewer does not see is
  /// not searched, though its row names one they do (which no trigger would let happen).
  @Test func searchSkipsTheItemsTheScopePutsOnUnseenOperations() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Courier manifest for the Esperanza")
    let unseen = try f.store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-031", codename: "Unseen", status: .active,
        crimeAreas: [.drugTrafficking], vector: .air, leadCountryID: Country.id(forCode: "PE")),
      as: f.me)
    let store = temp.store
    // Luis sees the fixture's operation as a participant, not the new one.
    _ = try store.addParticipant(f.operation.id, .officer(f.luis.id), role: .participant, as: f.me)
    store.viewer = .officer(f.luis.id)
    let found = { try store.search("courier").groups.flatMap(\.hits).map(\.id) }
    #expect(try found() == [item.id])
    #expect(throws: StoreError.self) { try store.operation(unseen.code) }
    try store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          UPDATE action_scope SET operation = (SELECT rowid FROM operation WHERE id = ?)
          WHERE item = (SELECT rowid FROM action_item WHERE id = ?)
          """, arguments: [unseen.id.text, item.id.text])
    }
    #expect(try found() == [])
    store.viewer = .everything
    #expect(try found() == [item.id])
  }
}
