import CaseModel
import Foundation
import GRDB

/// The network at a glance: what `liaison summary` prints and the console's start screen shows.
public struct StoreSummary: Sendable {
  public let operationsByStatus: [(status: OperationStatus, count: Int)]
  public let officers: Int
  public let organisations: Int
  public let countries: Int
  public let openActions: Int
  public let overdueActions: Int
  /// Open actions due today or in the six days after.
  public let dueThisWeek: Int
  public let blockedActions: Int
  public let seizures: Int
  /// The most overdue open actions.
  public let overdue: [ActionRow]
  /// The next meetings.
  public let nextMeetings: [MeetingRow]
}

extension Store {
  public func summary(
    today: CalendarDate, now: Date = Date(), listLimit: Int = 5
  )
    throws(StoreError) -> StoreSummary
  {
    try read { db in
      func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
      }
      let rules = AccessRules.reads
      let byStatus = try Row.fetchAll(
        db,
        sql: """
          SELECT status, count(*) AS n FROM operation op
          WHERE deleted_at IS NULL AND \(rules.operation("op.id")) GROUP BY status
          """)
      let counts = Dictionary(
        uniqueKeysWithValues: try byStatus.map { row in
          (
            try row.decode(String.self, forColumn: "status"),
            try row.decode(Int.self, forColumn: "n")
          )
        })
      // Counts only of what the viewer sees: a number is information too. Each is read from
      // the running counts of the operations the viewer sees, less the restricted items they
      // may not see (as the operations list counts them), and the items on no operation are
      // counted one by one under the rules. Counted row by row under the rules, the four made
      // `liaison summary` take 2 to 5 s on the bench file (a million items).
      func items(
        _ statuses: String, tally: String, due: String? = nil, on dates: [String] = []
      ) throws -> Int {
        let onNoOperation = """
          SELECT count(*) FROM action_item a
          WHERE a.operation_id IS NULL AND a.status IN \(statuses) AND a.deleted_at IS NULL
            AND \(rules.actionItem("a"))\(due.map { " AND \($0)" } ?? "")
          """
        // `tally`, the hidden items and the items on no operation each bind `dates`.
        return try count(
          """
          SELECT (SELECT ifnull(sum(\(tally) - \(OperationQueries.hiddenItems(statuses, due: due))), 0)
              FROM operation op WHERE \(rules.operation("op.id")))
            + (\(onNoOperation))
          """, StatementArguments(dates + dates + dates))
      }
      let open = ActionTally.openStatuses
      let (day, weekEnd) = (today.description, today.adding(days: 6).description)
      return StoreSummary(
        operationsByStatus: OperationStatus.allCases.map { ($0, counts[$0.rawValue] ?? 0) },
        officers: try count("SELECT count(*) FROM officer WHERE deleted_at IS NULL"),
        organisations: try count("SELECT count(*) FROM organisation WHERE deleted_at IS NULL"),
        countries: try count("SELECT count(*) FROM country WHERE deleted_at IS NULL"),
        openActions: try items(open, tally: ActionTally.openOfOperation),
        overdueActions: try items(
          open, tally: ActionTally.overdueOfOperation, due: "\(ActionQueries.dueKey) < ?",
          on: [day]),
        dueThisWeek: try items(
          open, tally: ActionTally.ofOperation(open, due: "t.due_key BETWEEN ? AND ?"),
          due: "\(ActionQueries.dueKey) BETWEEN ? AND ?", on: [day, weekEnd]),
        blockedActions: try items(
          "('blocked')", tally: ActionTally.ofOperation("('blocked')")),
        seizures: try count(
          "SELECT count(*) FROM seizure s WHERE s.deleted_at IS NULL AND \(rules.seizure("s"))"),
        overdue: try ActionQueries.query(.overdue(on: today))
          .page(db, PageRequest(limit: listLimit), ActionQueries.row).rows,
        nextMeetings: try MeetingQueries.query(MeetingFilter(period: .upcoming), now: now)
          .page(db, PageRequest(limit: listLimit), MeetingQueries.row).rows)
    }
  }

  /// SQLite's `data_version`: it changes when another connection (another process) commits,
  /// which is how an open screen learns that it should refresh.
  public func dataVersion() throws(StoreError) -> Int {
    do {
      return try pool.writeWithoutTransaction { db in
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
      }
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Whether the database holds no officer and no operation yet.
  public func isEmpty() throws(StoreError) -> Bool {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT (SELECT count(*) FROM officer) + (SELECT count(*) FROM operation)") == 0
    }
  }
}
