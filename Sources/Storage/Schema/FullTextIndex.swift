/// An FTS5 index over one kind of record, kept in sync by triggers.
///
/// Each index is an ordinary FTS5 table whose rowid is the source row's rowid. Its columns are
/// SQL expressions over the source row `t`, so an action item's index can fold in the notes of
/// its update log. Tombstoned rows leave the index. The `unicode61` tokenizer with
/// `remove_diacritics 2` makes `bogota` find `Bogotá` and `joao` find `João`.
struct FullTextIndex: Sendable {
  /// The kind of record, as search results name it.
  let kind: String
  let table: String
  /// (FTS column, SQL expression over the source row `t`).
  let columns: [(name: String, expression: String)]
  /// Source columns whose change alters the indexed text.
  let watched: [String]
  /// Other tables whose rows alter the indexed text: the table, its column holding the source
  /// row's id, and the columns that matter.
  let dependents: [(table: String, sourceID: String, watched: [String])]

  var ftsTable: String { table + "_fts" }

  static let all: [FullTextIndex] = [
    FullTextIndex(
      kind: "operation", table: "operation",
      columns: [("code", "t.code"), ("codename", "t.codename"), ("summary", "t.summary")],
      watched: ["code", "codename", "summary"], dependents: []),
    FullTextIndex(
      kind: "meeting", table: "meeting",
      columns: [("title", "t.title"), ("place", "ifnull(t.place, '')")],
      watched: ["title", "place"], dependents: []),
    FullTextIndex(
      kind: "minute", table: "minute_entry", columns: [("text", "t.text")], watched: ["text"],
      dependents: []),
    FullTextIndex(
      kind: "action", table: "action_item",
      columns: [
        ("title", "t.title"), ("details", "t.details"),
        (
          "updates",
          "ifnull((SELECT group_concat(u.note, ' ') FROM action_update u "
            + "WHERE u.action_id = t.id AND u.deleted_at IS NULL), '')"
        ),
      ],
      watched: ["title", "details"], dependents: [("action_update", "action_id", ["note"])]),
    FullTextIndex(
      kind: "officer", table: "officer",
      columns: [("handle", "t.handle"), ("name", "t.name"), ("email", "ifnull(t.email, '')")],
      watched: ["handle", "name", "email"], dependents: []),
  ]

  static func named(_ kind: String) -> FullTextIndex? { all.first { $0.kind == kind } }

  /// Re-indexes the source row with id `idExpression`.
  private func refresh(_ idExpression: String) -> String {
    let names = columns.map(\.name).joined(separator: ", ")
    let values = columns.map(\.expression).joined(separator: ", ")
    return """
      DELETE FROM \(ftsTable) WHERE rowid = (SELECT rowid FROM \(table) WHERE id = \(idExpression));
      INSERT INTO \(ftsTable)(rowid, \(names))
        SELECT t.rowid, \(values) FROM \(table) t
        WHERE t.id = \(idExpression) AND t.deleted_at IS NULL;
      """
  }

  var creationSQL: String {
    let names = columns.map(\.name).joined(separator: ", ")
    return """
      CREATE VIRTUAL TABLE \(ftsTable) USING fts5(\(names),
        tokenize = 'unicode61 remove_diacritics 2');

      """ + triggerSQL
  }

  /// The triggers that keep the index in step with its table.
  var triggerSQL: String {
    var sql = """
      CREATE TRIGGER \(ftsTable)_insert AFTER INSERT ON \(table)
        BEGIN \(refresh("new.id")) END;
      CREATE TRIGGER \(ftsTable)_update
        AFTER UPDATE OF \((watched + ["deleted_at"]).joined(separator: ", ")) ON \(table)
        BEGIN \(refresh("new.id")) END;

      """
    for dependent in dependents {
      sql += """
        CREATE TRIGGER \(ftsTable)_\(dependent.table)_insert AFTER INSERT ON \(dependent.table)
          BEGIN \(refresh("new.\(dependent.sourceID)")) END;
        CREATE TRIGGER \(ftsTable)_\(dependent.table)_update
          AFTER UPDATE OF \((dependent.watched + ["deleted_at"]).joined(separator: ", "))
          ON \(dependent.table)
          BEGIN \(refresh("new.\(dependent.sourceID)")) END;

        """
    }
    return sql
  }

  var triggerNames: [String] {
    [ftsTable + "_insert", ftsTable + "_update"]
      + dependents.flatMap { [ftsTable + "_\($0.table)_insert", ftsTable + "_\($0.table)_update"] }
  }

  /// The index as its table gives it, compared with what it holds by `db check`: a trigger
  /// that missed a change leaves a row the search would find wrongly, or not at all.
  var derived: DerivedTable {
    DerivedTable(
      name: ftsTable, columns: "rowid, " + columns.map(\.name).joined(separator: ", "),
      derived: "SELECT t.rowid, " + columns.map(\.expression).joined(separator: ", ")
        + " FROM \(table) t WHERE t.deleted_at IS NULL")
  }

  /// Fills the index from its table in one pass: what the triggers would have made, row by
  /// row, for a bulk load that ran without them. FTS5 merges its segments as it goes; over a
  /// million rows merging them once at the end (`optimize`, into one) is a fifth cheaper, and
  /// the merging as it goes is put back to SQLite's default (4) for the writes that follow.
  var rebuildSQL: String {
    let names = columns.map(\.name).joined(separator: ", ")
    let values = columns.map(\.expression).joined(separator: ", ")
    return """
      DELETE FROM \(ftsTable);
      INSERT INTO \(ftsTable)(\(ftsTable), rank) VALUES ('automerge', 0);
      INSERT INTO \(ftsTable)(rowid, \(names))
        SELECT t.rowid, \(values) FROM \(table) t WHERE t.deleted_at IS NULL;
      INSERT INTO \(ftsTable)(\(ftsTable)) VALUES ('optimize');
      INSERT INTO \(ftsTable)(\(ftsTable), rank) VALUES ('automerge', 4);
      """
  }
}
