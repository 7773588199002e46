import CaseModel
import Foundation
import Testing

@testable import Storage

/// The benchmark's database, at a size a test can afford: built through the write path, it
/// must obey the same rules as any other writer, and be complete.
@Suite("the bench dataset")
struct BenchDatasetTests {
  @Test func aSmallDatasetIsCompleteAndItsOfficerSeesPartOfIt() throws {
    let temp = try TemporaryStore()
    let store = temp.store
    let size = BenchDataset.Size(actions: 300, minutes: 600, operations: 10, officers: 40)
    try BenchDataset.generate(into: store, size: size, today: .today())
    #expect(try store.verifyAudit().isIntact)
    #expect(try store.check() == [])
    let all = OperationFilter(statuses: Set(OperationStatus.allCases))
    let everything = try store.operations(all, today: .today(), page: PageRequest(limit: 100))
    #expect(everything.rows.count == 10)
    // Every fifth operation is concluded, by its lead.
    #expect(everything.rows.filter { $0.operation.status == .concluded }.count == 2)
    let officer = try store.officer(BenchDataset.profileHandle)
    store.viewer = .officer(officer.id)
    let seen = try store.operations(all, today: .today(), page: PageRequest(limit: 100)).rows
    #expect(!seen.isEmpty && seen.count < 10, "the bench officer sees part of the network")
    // The benchmark's searches find something the officer may see: they time real results.
    for term in [BenchDataset.rareTerm, BenchDataset.prefixTerm, BenchDataset.commonTerm, "bogota"]
    {
      #expect(try store.search(term).count > 0, "\(term)")
    }
  }

  /// The load drops indexes and triggers and tunes the search indexes' merging while it runs:
  /// afterwards the file must be as any other, or later writes would go unindexed.
  @Test func aLoadedFileHasTheSchemaOfAFreshOne() throws {
    let loaded = try TemporaryStore()
    let size = BenchDataset.Size(actions: 200, minutes: 400, operations: 6, officers: 20)
    try BenchDataset.generate(into: loaded.store, size: size, today: .today())
    let fresh = try TemporaryStore()
    func schema(_ store: Store) throws -> [String] {
      try store.pool.read { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name"
        )
      }
    }
    #expect(try schema(loaded.store) == schema(fresh.store))
    for index in FullTextIndex.all {
      let merge = try loaded.store.pool.read { db in
        try Int.fetchOne(db, sql: "SELECT v FROM \(index.ftsTable)_config WHERE k = 'automerge'")
      }
      #expect(merge == 4, "\(index.ftsTable)")
    }
    // What is written afterwards is indexed by the triggers the load put back.
    let me = try loaded.store.actingOfficer(BenchDataset.profileHandle)
    _ = try loaded.store.addAction(
      ActionItem(title: "Quarzwolke after the load", ownerID: me.id, markings: .standard), as: me)
    loaded.store.viewer = .everything
    #expect(try loaded.store.search("quarzwolke").count == 1)
    #expect(try loaded.store.search(BenchDataset.commonTerm).count > 0, "the load filled the index")
  }
}
