/// A table liaison derives from the records and keeps in step by triggers (a running count,
/// the action items' scope): what it holds, and how to count it again from the records.
struct DerivedTable: Sendable {
  let name: String
  let columns: String
  /// The rows it should hold, counted from the records.
  let derived: String
  /// The rows that count: a tally keeps a row whose count fell to zero.
  var kept: String = "1"

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
