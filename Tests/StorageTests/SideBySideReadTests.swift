import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Reads side by side")
struct SideBySideReadTests {
  @Test func bothReadsAnswerEachOnItsOwnConnection() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    _ = try f.action("Courier route check")
    let (first, second) = try temp.store.readSideBySide(
      { db in
        (try Int.fetchOne(db, sql: "SELECT count(*) FROM action_item")!, db.configuration.readonly)
      },
      { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM operation")! })
    #expect(first.0 == 1)
    #expect(first.1, "the first read runs on the read-only side connection")
    #expect(second == 1)
  }

  @Test func aFailedReadFailsTheWholeAndLeavesTheStoreWorking() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    for broken in [0, 1] {
      #expect(throws: StoreError.self) {
        _ = try temp.store.readSideBySide(
          { db in try Int.fetchOne(db, sql: broken == 0 ? "SELECT nonsense(" : "SELECT 1") },
          { db in try Int.fetchOne(db, sql: broken == 1 ? "SELECT * FROM nowhere" : "SELECT 1") })
      }
    }
    _ = try f.action("Written after the failures")
    #expect(try temp.store.search("failures").count == 1)
  }

  /// A search side by side, as on a large file (the threshold lowered to this small one).
  func sideBySide(_ store: Store, _ text: String) throws -> SearchResults {
    try store.search(text, limitPerKind: 20, sideBySideFrom: 0)
  }

  /// The side connection stays open between searches; each search must still see every write
  /// made before it, through either connection.
  @Test func aSearchSeesWhatWasWrittenSinceTheLastOne() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    #expect(try sideBySide(temp.store, "lighthouse").count == 0)
    let item = try f.action("Lighthouse watch rota")
    let found = try sideBySide(temp.store, "lighthouse")
    #expect(found.groups.map(\.kind) == [.action])
    #expect(found.groups.first?.hits.map(\.id) == [item.id])
  }

  /// Both ways of searching answer the same, for the plain store and for the console's,
  /// which reads on a connection of its own besides the side one.
  @Test func sideBySideAndAloneAnswerTheSame() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Esperanza debrief", place: "Lisboa")
    _ = try f.action("Esperanza crew list")
    _ = try f.store.addMinuteEntry(
      meeting.id, kind: .information,
      text: "The Esperanza crew list came from the harbour master.", as: f.me)
    let console = try Store.open(path: temp.path, interactive: true)
    console.viewer = .everything
    for store in [temp.store, console] {
      for text in ["esperanza", "esperanza crew", "lisboa", "nothing-like-this"] {
        let alone = try store.search(text)
        let together = try sideBySide(store, text)
        #expect(together.groups.map(\.kind) == alone.groups.map(\.kind), "\(text)")
        #expect(
          together.groups.map { $0.hits.map(\.id) } == alone.groups.map { $0.hits.map(\.id) },
          "\(text)")
      }
    }
    let kinds = try sideBySide(console, "esperanza").groups.map(\.kind)
    #expect(kinds == [.operation, .meeting, .minute, .action], "\(kinds)")
    try console.close()
  }

  /// Both connections judge for the store's viewer, whoever it is at the moment.
  @Test func eachConnectionJudgesForTheViewerOfTheMoment() throws {
    let t = try AccessTests.TwoOfficers()
    let store = t.store
    let viewers: [(Viewer, Bool)] = [
      (.officer(t.f.ana.id), true), (.officer(t.f.luis.id), false), (.nobody, false),
      (.everything, true), (.officer(t.f.luis.id), false),
    ]
    for (viewer, seesA) in viewers {
      store.viewer = viewer
      let found = try sideBySide(store, AccessTests.TwoOfficers.word)
      let kinds = Set(found.groups.map(\.kind))
      #expect(kinds == (seesA ? [.meeting, .minute, .action] : []), "\(viewer)")
      #expect(Set(found.groups.flatMap(\.hits).map(\.id)).isDisjoint(with: t.secret) == !seesA)
    }
  }
}
