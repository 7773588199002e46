import Foundation
import GRDB

/// Where a page of a list starts: just after the last row of the previous page.
///
/// Lists are read by key (keyset pagination), never with `OFFSET`, so reading page 1,000 of
/// a million rows costs the same as reading page 1.
public struct PageKey: Sendable, Hashable {
  let values: [DatabaseValue]
}

/// Which page of a list to read.
public struct PageRequest: Sendable, Hashable {
  public var after: PageKey?
  public var limit: Int

  public init(after: PageKey? = nil, limit: Int = 50) {
    self.after = after
    self.limit = max(1, min(limit, 10_000))
  }

  public static let first = PageRequest()
}

/// One page of rows and the key of the next page, if there is one.
public struct Page<Row: Sendable>: Sendable {
  public let rows: [Row]
  public let next: PageKey?
}

/// A keyset-paginated query: filters, a sort order that ends in a unique column, and a row
/// decoder.
struct KeysetQuery {
  /// `SELECT` list, without the sort keys (added as `_k0`, `_k1`, …).
  var select: String
  /// `FROM` clause with joins.
  var from: String
  var conditions: [String] = []
  var arguments: StatementArguments = []
  /// Sort expressions; the last must be unique (the id) so that keys are total.
  var order: [String]
  var descending = false

  mutating func filter(_ condition: String, _ values: [any DatabaseValueConvertible] = []) {
    conditions.append("(\(condition))")
    arguments += StatementArguments(values.map { $0.databaseValue })
  }

  func page<T>(
    _ db: Database, _ request: PageRequest, _ decode: (GRDB.Row) throws -> T
  ) throws
    -> Page<T>
  {
    var conditions = self.conditions
    var arguments = self.arguments
    if let after = request.after, after.values.count == order.count {
      let columns = "(" + order.joined(separator: ", ") + ")"
      let marks = "(" + Array(repeating: "?", count: order.count).joined(separator: ", ") + ")"
      conditions.append("\(columns) \(descending ? "<" : ">") \(marks)")
      arguments += StatementArguments(after.values)
    }
    let keys = order.enumerated().map { "\($0.element) AS _k\($0.offset)" }
    let direction = descending ? " DESC" : ""
    let sql = """
      SELECT \(select), \(keys.joined(separator: ", "))
      FROM \(from)
      \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY \(order.map { $0 + direction }.joined(separator: ", "))
      LIMIT \(request.limit + 1)
      """
    var rows = try GRDB.Row.fetchAll(db, sql: sql, arguments: arguments)
    var next: PageKey?
    if rows.count > request.limit {
      rows.removeLast()
      let last = rows[rows.count - 1]
      next = PageKey(values: order.indices.map { last["_k\($0)"] as DatabaseValue })
    }
    return Page(rows: try rows.map(decode), next: next)
  }
}
