/// Each action item's operation, by rowids, in a narrow table of its own: so that search can
/// set aside the matches on operations the viewer does not see without reading their rows.
///
/// Search judges its matches in rowid order, and an action item's row is most of a page: on
/// the bench file a word found in 16,000 items of operations the viewer does not see read
/// 16,000 pages to show nothing (32 ms). A row here is a few bytes, hundreds to a page.
///
/// `item` is a live action item's rowid; `operation` its operation's rowid, or NULL when it
/// has none, or when its operation was not in the file yet (a replica may receive an item
/// before its operation; the operation's arrival fills in its live items, read from an index
/// that holds only those, and an item deleted meanwhile is filled in if it is restored).
/// Search reads an item without a row here as one with NULL, and NULL never skips an item:
/// the table only ever lets search skip an item on an operation the viewer does not see
/// (``AccessRules/actionScope(_:)``). Whether the viewer sees an item is still decided by
/// the rules, on its row. Like the tallies, it is derived from the records: not logged, not
/// exchanged, and filled again by a rebuild.
enum ActionScope {
  private static let operationOfNew =
    "(SELECT rowid FROM operation WHERE id = new.operation_id)"

  /// The table, filled from the items a file already holds, with its triggers (schema 5).
  static var creationSQL: String {
    """
    CREATE TABLE action_scope (
      item INTEGER PRIMARY KEY,
      operation INTEGER);
    \(rebuildSQL)
    \(triggerSQL)
    """
  }

  static let triggerNames = [
    "action_scope_insert", "action_scope_update", "action_scope_operation_insert",
  ]

  /// The table, as kept and as read from the items: its rows for live items. The rows of
  /// deleted items are left as they were, as search never reads them.
  static let table = DerivedTable(
    name: "action_scope", columns: "item, operation",
    derived: """
      SELECT a.rowid, op.rowid FROM action_item a LEFT JOIN operation op ON op.id = a.operation_id
        WHERE a.deleted_at IS NULL
      """, kept: "item IN (SELECT rowid FROM action_item WHERE deleted_at IS NULL)")

  /// Fills the table again from the items, for a bulk load that ran without the triggers.
  static var rebuildSQL: String { table.rebuildSQL }

  static var triggerSQL: String {
    // REPLACE: a rowid freed by a deleted row may be given to a new item.
    """
    CREATE TRIGGER action_scope_insert AFTER INSERT ON action_item BEGIN
      INSERT OR REPLACE INTO action_scope(item, operation) VALUES (new.rowid, \(operationOfNew));
    END;
    CREATE TRIGGER action_scope_update AFTER UPDATE OF operation_id, deleted_at ON action_item
    BEGIN
      INSERT OR REPLACE INTO action_scope(item, operation) VALUES (new.rowid, \(operationOfNew));
    END;
    CREATE TRIGGER action_scope_operation_insert AFTER INSERT ON operation BEGIN
      UPDATE action_scope SET operation = new.rowid
        WHERE item IN (SELECT rowid FROM action_item
          WHERE operation_id = new.id AND deleted_at IS NULL);
    END;
    """
  }
}
