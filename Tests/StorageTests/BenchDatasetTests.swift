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
  }
}
