import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Checkpoints off the writes' thread")
struct WALCheckpointerTests {
  func fileSize(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
  }

  /// Writes action items, one commit each, until the log holds more than the threshold.
  func writePastTheThreshold(_ store: Store, _ f: Fixture) throws -> [ActionItem] {
    var items: [ActionItem] = []
    for index in 1...400 {
      items.append(
        try store.addAction(
          ActionItem(
            title: "Check manifest \(index) of the Esperanza convoy", ownerID: f.ana.id,
            operationID: f.operation.id, markings: .standard), as: f.me))
    }
    return items
  }

  @Test func aPlainStoreCopiesTheLogInsideTheCommit() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let before = try fileSize(temp.path)
    _ = try writePastTheThreshold(temp.store, f)
    #expect(try fileSize(temp.path) > before, "the log passed 1,000 pages: SQLite copied it")
  }

  @Test func anInteractiveStoreLeavesTheCopyToItsOwnThread() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let store = try Store.open(path: temp.path, interactive: true)
    store.viewer = .everything
    let checkpointer = try #require(store.checkpointer)
    let before = try fileSize(temp.path)
    checkpointer.pause()
    let items = try writePastTheThreshold(store, f)
    #expect(try fileSize(temp.path) == before, "no commit copied the log itself")
    #expect(checkpointer.checkpoints == 0)
    checkpointer.resume()
    let deadline = Date().addingTimeInterval(10)
    while checkpointer.checkpoints == 0 && Date() < deadline { usleep(10_000) }
    #expect(checkpointer.checkpoints >= 1)
    #expect(try fileSize(temp.path) > before, "the checkpointer copied the log")
    try store.close()
    let reopened = try temp.reopen()
    let listed = try reopened.actions(
      ActionFilter(statuses: ActionFilter.allStatuses), page: .init(limit: 1_000))
    #expect(Set(items.map(\.id)).isSubset(of: Set(listed.rows.map(\.item.id))))
  }
}
