import GRDB

/// A table liaison derives from the records and keeps in step by triggers (a running count,
/// the action items' scope, a search index): what it holds, and how to derive it again from
/// the records.
struct DerivedTable: Sendable {
  let name: String
  let columns: String
  /// The rows it should hold, counted from the records.
  let derived: String
  /// The rows that count: a tally keeps a row whose count fell to zero.
  var kept: String = "1"

  /// Every table liaison derives from the records, with the SQL that fills it again: the
  /// running counts, the action items' scope and the search indexes (whose own filling
  /// merges the index's segments as it goes).
  static var all: [(table: DerivedTable, rebuild: String)] {
    ActionTally.tables.map { ($0, $0.rebuildSQL) } + [(ActionScope.table, ActionScope.rebuildSQL)]
      + FullTextIndex.all.map { ($0.derived, $0.rebuildSQL) }
  }

  /// The rows out of step: those the table holds that the records do not give, and those
  /// the records give that it does not hold.
  func difference(_ db: Database) throws -> (wrong: Int, missing: Int) {
    let row = try Row.fetchOne(db, sql: differenceSQL)
    return (row?["wrong"] ?? 0, row?["missing"] ?? 0)
  }

  /// Fills the table again from the records, for a bulk load that ran without the triggers.
  var rebuildSQL: String {
    "DELETE FROM \(name);\nINSERT INTO \(name)(\(columns))\n  \(derived);\n"
  }

  /// Two numbers: the rows the table holds that the records do not give (`wrong`), and those
  /// the records give that it does not hold (`missing`). A count that is off is one of each.
  var differenceSQL: String {
    let table = "SELECT \(columns) FROM \(name) WHERE \(kept)"
    return """
      SELECT (SELECT count(*) FROM (\(table) EXCEPT \(derived))) AS wrong,
        (SELECT count(*) FROM (\(derived) EXCEPT \(table))) AS missing
      """
  }
}
