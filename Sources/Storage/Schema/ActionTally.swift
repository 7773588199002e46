/// Running counts of live action items, kept by triggers, so that lists can show each
/// operation's open and overdue items and each officer's open items without counting a
/// million rows.
///
/// `action_tally_operation` counts items by operation, status and due date;
/// `action_tally_operation_total` counts them by operation and status, whatever their date;
/// `action_tally_owner` counts them by owner and status. Like the search index, the tallies are
/// derived from the records: they are not logged, not exchanged, and a rebuild recomputes them
/// as rows are inserted.
enum ActionTally {
  static let dueKey = "ifnull(%.due, '9999-12-31')"

  private static func operationChange(_ row: String, _ delta: Int) -> String {
    let due = dueKey.replacingOccurrences(of: "%", with: row)
    return delta > 0
      ? """
      INSERT INTO action_tally_operation(operation_id, status, due_key, n)
        SELECT \(row).operation_id, \(row).status, \(due), 1
        WHERE \(row).operation_id IS NOT NULL AND \(row).deleted_at IS NULL
        ON CONFLICT(operation_id, status, due_key) DO UPDATE SET n = n + 1;
      """
      : """
      UPDATE action_tally_operation SET n = n - 1
        WHERE \(row).deleted_at IS NULL AND operation_id = \(row).operation_id
          AND status = \(row).status AND due_key = \(due);
      """
  }

  private static func totalChange(_ row: String, _ delta: Int) -> String {
    delta > 0
      ? """
      INSERT INTO action_tally_operation_total(operation_id, status, n)
        SELECT \(row).operation_id, \(row).status, 1
        WHERE \(row).operation_id IS NOT NULL AND \(row).deleted_at IS NULL
        ON CONFLICT(operation_id, status) DO UPDATE SET n = n + 1;
      """
      : """
      UPDATE action_tally_operation_total SET n = n - 1
        WHERE \(row).deleted_at IS NULL AND operation_id = \(row).operation_id
          AND status = \(row).status;
      """
  }

  private static func ownerChange(_ row: String, _ delta: Int) -> String {
    delta > 0
      ? """
      INSERT INTO action_tally_owner(owner_id, status, n)
        SELECT \(row).owner_id, \(row).status, 1 WHERE \(row).deleted_at IS NULL
        ON CONFLICT(owner_id, status) DO UPDATE SET n = n + 1;
      """
      : """
      UPDATE action_tally_owner SET n = n - 1
        WHERE \(row).deleted_at IS NULL AND owner_id = \(row).owner_id
          AND status = \(row).status;
      """
  }

  /// The tallies of the first schema, with the triggers that keep them.
  static var creationSQL: String {
    """
    CREATE TABLE action_tally_operation (
      operation_id TEXT NOT NULL,
      status TEXT NOT NULL,
      due_key TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (operation_id, status, due_key)) WITHOUT ROWID;
    CREATE TABLE action_tally_owner (
      owner_id TEXT NOT NULL,
      status TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (owner_id, status)) WITHOUT ROWID;

    """ + firstTriggerSQL
  }

  /// The totals by operation and status (schema 4), counted from the records, with the
  /// triggers that keep them. An operation's open items are then a sum of three rows, where
  /// the counts by date held one row per due date (2,300 an operation on the bench file).
  static var totalsCreationSQL: String {
    """
    CREATE TABLE action_tally_operation_total (
      operation_id TEXT NOT NULL,
      status TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (operation_id, status)) WITHOUT ROWID;
    \(totals.rebuildSQL)
    \(totalsTriggerSQL)
    """
  }

  static let triggerNames = [
    "action_tally_insert", "action_tally_update", "action_tally_total_insert",
    "action_tally_total_update",
  ]

  private static let totals = DerivedTable(
    name: "action_tally_operation_total", columns: "operation_id, status, n",
    derived: """
      SELECT operation_id, status, count(*) FROM action_item
        WHERE deleted_at IS NULL AND operation_id IS NOT NULL GROUP BY 1, 2
      """, kept: "n <> 0")

  /// Every tally, as kept and as counted from the items.
  static let tables = [
    DerivedTable(
      name: "action_tally_operation", columns: "operation_id, status, due_key, n",
      derived: """
        SELECT operation_id, status, ifnull(due, '9999-12-31'), count(*) FROM action_item
          WHERE deleted_at IS NULL AND operation_id IS NOT NULL GROUP BY 1, 2, 3
        """, kept: "n <> 0"),
    DerivedTable(
      name: "action_tally_owner", columns: "owner_id, status, n",
      derived: """
        SELECT owner_id, status, count(*) FROM action_item WHERE deleted_at IS NULL
          GROUP BY 1, 2
        """, kept: "n <> 0"),
    totals,
  ]

  /// Counts everything again in one pass, for a bulk load that ran without the triggers.
  static var rebuildSQL: String { tables.map(\.rebuildSQL).joined() }

  /// Every trigger that keeps the tallies.
  static var triggerSQL: String { firstTriggerSQL + totalsTriggerSQL }

  private static var firstTriggerSQL: String {
    """
    CREATE TRIGGER action_tally_insert AFTER INSERT ON action_item BEGIN
      \(operationChange("new", 1))
      \(ownerChange("new", 1))
    END;
    CREATE TRIGGER action_tally_update
      AFTER UPDATE OF operation_id, owner_id, status, due, deleted_at ON action_item BEGIN
      \(operationChange("old", -1))
      \(ownerChange("old", -1))
      \(operationChange("new", 1))
      \(ownerChange("new", 1))
    END;
    """
  }

  private static var totalsTriggerSQL: String {
    """
    CREATE TRIGGER action_tally_total_insert AFTER INSERT ON action_item BEGIN
      \(totalChange("new", 1))
    END;
    CREATE TRIGGER action_tally_total_update
      AFTER UPDATE OF operation_id, status, deleted_at ON action_item BEGIN
      \(totalChange("old", -1))
      \(totalChange("new", 1))
    END;
    """
  }

  /// The statuses of an item still to do, as an SQL list.
  static let openStatuses = "('open', 'in-progress', 'blocked')"

  /// Live items of an operation `op` (an alias in the outer query) with a status in
  /// `statuses` (an SQL list), and when given `due` (a condition on `t.due_key`) due then:
  /// from the totals without a date, from the counts by date with one, which should then
  /// span few dates.
  static func ofOperation(_ statuses: String, due: String? = nil) -> String {
    guard let due else {
      return """
        (SELECT ifnull(sum(t.n), 0) FROM action_tally_operation_total t
          WHERE t.operation_id = op.id AND t.status IN \(statuses))
        """
    }
    return """
      (SELECT ifnull(sum(t.n), 0) FROM action_tally_operation t
        WHERE t.operation_id = op.id AND t.status IN \(statuses) AND \(due))
      """
  }

  /// Open items of an operation `op`.
  static let openOfOperation = ofOperation(openStatuses)

  /// Open items of an operation `op` due before the date bound to `?`: its open items less
  /// those due on or after it, as an operation that has run for years has far more dates
  /// behind it than ahead.
  static let overdueOfOperation =
    "(\(openOfOperation) - \(ofOperation(openStatuses, due: "t.due_key >= ?")))"

  /// Open items owned by officer `o`.
  static let openOfOwner = """
    (SELECT ifnull(sum(t.n), 0) FROM action_tally_owner t
      WHERE t.owner_id = o.id AND t.status IN \(openStatuses))
    """
}
