import CaseModel
import Foundation
import GRDB
import Testing

@testable import Console
@testable import Storage

/// `bench run` writes into the bench database; what it writes must not change what it
/// measures next time.
@MainActor
@Suite("the benchmark's writes")
struct BenchWritesTests {
  @Test func theLongMeetingKeepsItsFiveHundredEntriesRunAfterRun() throws {
    let folder = try ScratchFolder("bench-writes")
    let store = try Store.open(path: folder.file("bench.sqlite"))
    let size = BenchDataset.Size(actions: 200, minutes: 600, operations: 6, officers: 20)
    try BenchDataset.generate(into: store, size: size, today: .today())
    store.viewer = .officer(try store.officer(BenchDataset.profileHandle).id)
    let runner = BenchRunner(store: store, repetitions: 2, today: .today())
    for _ in 1...2 {
      let results = try runner.writes()
      #expect(results.map(\.name) == ["one action change", "append a minute entry"])
    }
    // Read as the whole file sees it: the counts are of rows, whoever may see them.
    let counts = try DatabaseQueue(path: folder.file("bench.sqlite")).read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT m.title, count(e.id) AS entries FROM meeting m
          LEFT JOIN minute_entry e ON e.meeting_id = m.id
          WHERE m.title IN (?, ?) GROUP BY m.id ORDER BY m.title
          """,
        arguments: [BenchDataset.longMeetingTitle, BenchDataset.writesMeetingTitle]
      ).map { row in "\(row["title"] as String): \(row["entries"] as Int)" }
    }
    // Each run appends three entries (a warm-up and two timed), all to one meeting of its own.
    #expect(counts == ["Benchmark writes: 6", "Plenary with 500 entries: 500"])
    // Behind the generated meetings: the latest past one, which the bench lists actions of,
    // is still one of theirs.
    let latest = try store.meetings(MeetingFilter(period: .past), page: PageRequest(limit: 1))
    #expect(latest.rows.first?.meeting.title != BenchDataset.writesMeetingTitle)
  }
}
