import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// The summary's counts of action items, and each operation's in the operations list, come
/// from the running counts, less what the viewer may not see: they must equal the items
/// counted one by one under the rules, for every viewer, including items on no operation,
/// restricted items and deleted operations.
@Suite("counts of action items, as each viewer sees them")
struct SummaryCountTests {
  /// The counts of the summary, counted row by row under the rules.
  func countedOneByOne(_ store: Store, today: CalendarDate) throws -> [Int] {
    let rules = AccessRules.reads
    let open = """
      a.status IN ('open', 'in-progress', 'blocked') AND a.deleted_at IS NULL
        AND \(rules.actionItem("a"))
      """
    let due = "ifnull(a.due, '9999-12-31')"
    let (day, weekEnd) = (today.description, today.adding(days: 6).description)
    return try store.read { db in
      try [
        ("SELECT count(*) FROM action_item a WHERE \(open)", []),
        ("SELECT count(*) FROM action_item a WHERE \(open) AND \(due) < ?", [day]),
        (
          "SELECT count(*) FROM action_item a WHERE \(open) AND \(due) BETWEEN ? AND ?",
          [day, weekEnd]
        ),
        (
          """
          SELECT count(*) FROM action_item a
          WHERE a.status = 'blocked' AND a.deleted_at IS NULL AND \(rules.actionItem("a"))
          """, []
        ),
      ].map { sql, dates in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(dates))! }
    }
  }

  /// Each operation's open and overdue items in the operations list, and counted one by one.
  func operationCounts(
    _ store: Store, today: CalendarDate
  ) throws -> (listed: [Int], counted: [Int]) {
    let everyStatus = OperationFilter(statuses: Set(OperationStatus.allCases))
    let rows = try store.operations(everyStatus, today: today, page: PageRequest(limit: 1_000)).rows
    let counted = try store.read { db in
      try rows.flatMap { row in
        try ["", "AND ifnull(a.due, '9999-12-31') < ?"].map { due in
          try Int.fetchOne(
            db,
            sql: """
              SELECT count(*) FROM action_item a
              WHERE a.operation_id = ? AND a.status IN ('open', 'in-progress', 'blocked')
                AND a.deleted_at IS NULL AND \(AccessRules.reads.actionItem("a")) \(due)
              """,
            arguments: due.isEmpty
              ? [row.operation.id.text] : [row.operation.id.text, today.description])!
        }
      }
    }
    return (rows.flatMap { [$0.openActions, $0.overdueActions] }, counted)
  }

  func fromTheSummary(_ store: Store, today: CalendarDate) throws -> [Int] {
    let summary = try store.summary(today: today)
    return [
      summary.openActions, summary.overdueActions, summary.dueThisWeek, summary.blockedActions,
    ]
  }

  /// Every officer of `store`, and the whole file.
  func expectEveryViewerCountsAlike(
    _ store: Store, today: CalendarDate, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let officers = try store.read { db in
      try String.fetchAll(db, sql: "SELECT id FROM officer ORDER BY handle")
    }
    var viewers: [Viewer] = [.everything]
    viewers += try officers.map { .officer(try #require(UUID(uuidString: $0))) }
    var differ = Set<[Int]>()
    for viewer in viewers {
      store.viewer = viewer
      let counted = try countedOneByOne(store, today: today)
      #expect(
        try fromTheSummary(store, today: today) == counted, "\(viewer)",
        sourceLocation: sourceLocation)
      differ.insert(counted)
      let operations = try operationCounts(store, today: today)
      #expect(operations.listed == operations.counted, "\(viewer)", sourceLocation: sourceLocation)
    }
    // The viewers must see different numbers, or the rules were not put to the test.
    #expect(differ.count > 3, sourceLocation: sourceLocation)
  }

  @Test func theDemoCountsAlikeForEveryViewer() throws {
    let temp = try TemporaryStore()
    let today = try CalendarDate(year: 2026, month: 3, day: 18)
    _ = try DemoDataset.load(into: temp.store, today: today)
    let withoutOperation = try temp.store.read { db in
      try Int.fetchOne(
        db,
        sql: "SELECT count(*) FROM action_item WHERE operation_id IS NULL AND deleted_at IS NULL")!
    }
    #expect(withoutOperation > 0, "items on no operation are counted too")
    // Items marked for named parties only, which many who see their operation may not see.
    try temp.store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql:
          "UPDATE action_item SET tlp = CASE WHEN rowid % 2 = 0 THEN 'red' ELSE 'amber+strict' END WHERE rowid % 3 = 0"
      )
    }
    try expectEveryViewerCountsAlike(temp.store, today: today)
    // A deleted operation's items stay where the rules put them.
    temp.store.viewer = .everything
    let me = try temp.store.actingOfficer(nil)
    let code = try temp.store.read { db in
      try String.fetchOne(
        db, sql: "SELECT code FROM operation WHERE status = 'active' ORDER BY code LIMIT 1")!
    }
    let operation = try temp.store.operation(code).id
    try temp.store.write(as: me) { w in try w.delete(try w.live(JointOperation.self, operation)) }
    try expectEveryViewerCountsAlike(temp.store, today: today)
  }

  @Test func theBenchDatasetCountsAlikeForEveryViewer() throws {
    let temp = try TemporaryStore()
    let size = BenchDataset.Size(actions: 400, minutes: 300, operations: 12, officers: 30)
    try BenchDataset.generate(into: temp.store, size: size, today: .today())
    try expectEveryViewerCountsAlike(temp.store, today: .today())
  }
}
