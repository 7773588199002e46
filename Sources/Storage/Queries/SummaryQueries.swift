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
      // Counts only of what the viewer sees: a number is information too.
      let open = """
        a.status IN ('open', 'in-progress', 'blocked') AND a.deleted_at IS NULL
          AND \(rules.actionItem("a"))
        """
      let weekEnd = today.adding(days: 6)
      return StoreSummary(
        operationsByStatus: OperationStatus.allCases.map { ($0, counts[$0.rawValue] ?? 0) },
        officers: try count("SELECT count(*) FROM officer WHERE deleted_at IS NULL"),
        organisations: try count("SELECT count(*) FROM organisation WHERE deleted_at IS NULL"),
        countries: try count("SELECT count(*) FROM country WHERE deleted_at IS NULL"),
        openActions: try count("SELECT count(*) FROM action_item a WHERE \(open)"),
        overdueActions: try count(
          "SELECT count(*) FROM action_item a WHERE \(open) AND ifnull(a.due, '9999-12-31') < ?",
          [today.description]),
        dueThisWeek: try count(
          """
          SELECT count(*) FROM action_item a WHERE \(open)
            AND ifnull(a.due, '9999-12-31') >= ? AND ifnull(a.due, '9999-12-31') <= ?
          """, [today.description, weekEnd.description]),
        blockedActions: try count(
          """
          SELECT count(*) FROM action_item a
          WHERE a.status = 'blocked' AND a.deleted_at IS NULL AND \(rules.actionItem("a"))
          """),
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
