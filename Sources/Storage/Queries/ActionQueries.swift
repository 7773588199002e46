import CaseModel
import Foundation
import GRDB

/// Which action items a list shows. Every filter is backed by an index.
public struct ActionFilter: Sendable, Hashable {
  /// Nil means the open statuses (open, in progress, blocked).
  public var statuses: Set<ActionStatus>?
  public var ownerID: UUID?
  /// Owner or co-owner: the "Mine" view.
  public var involvingID: UUID?
  public var operationID: UUID?
  public var meetingID: UUID?
  /// Only items due strictly before this date.
  public var dueBefore: CalendarDate?
  /// Only items due on or after this date.
  public var dueFrom: CalendarDate?

  public init(
    statuses: Set<ActionStatus>? = nil, ownerID: UUID? = nil, involvingID: UUID? = nil,
    operationID: UUID? = nil, meetingID: UUID? = nil, dueBefore: CalendarDate? = nil,
    dueFrom: CalendarDate? = nil
  ) {
    self.statuses = statuses
    self.ownerID = ownerID
    self.involvingID = involvingID
    self.operationID = operationID
    self.meetingID = meetingID
    self.dueBefore = dueBefore
    self.dueFrom = dueFrom
  }

  /// Open items past their due date on `today`.
  public static func overdue(on today: CalendarDate) -> ActionFilter {
    ActionFilter(dueBefore: today)
  }

  public static let allStatuses = Set(ActionStatus.allCases)
}

/// An action item as lists show it: with its owner and operation named.
public struct ActionRow: Sendable, Hashable {
  public let item: ActionItem
  public let ownerHandle: String
  public let ownerName: String
  public let operationCode: String?

  public init(item: ActionItem, ownerHandle: String, ownerName: String, operationCode: String?) {
    self.item = item
    self.ownerHandle = ownerHandle
    self.ownerName = ownerName
    self.operationCode = operationCode
  }
}

/// An action item with everything around it.
public struct ActionDetail: Sendable {
  public let row: ActionRow
  public let coOwners: [Officer]
  public let meeting: Meeting?
  public let updates: [ActionUpdateRow]

  public init(row: ActionRow, coOwners: [Officer], meeting: Meeting?, updates: [ActionUpdateRow]) {
    self.row = row
    self.coOwners = coOwners
    self.meeting = meeting
    self.updates = updates
  }
}

/// One entry of an action item's log, with its author and any new owner named.
public struct ActionUpdateRow: Sendable, Hashable {
  public let update: ActionUpdate
  public let authorHandle: String
  public let newOwnerHandle: String?

  public init(update: ActionUpdate, authorHandle: String, newOwnerHandle: String?) {
    self.update = update
    self.authorHandle = authorHandle
    self.newOwnerHandle = newOwnerHandle
  }
}

extension Store {
  /// A page of action items, in due-date order (items without a due date last).
  public func actions(
    _ filter: ActionFilter, page: PageRequest = .first
  ) throws(StoreError)
    -> Page<ActionRow>
  {
    try read { db in try ActionQueries.query(filter).page(db, page, ActionQueries.row) }
  }

  /// How many action items match.
  public func countActions(_ filter: ActionFilter) throws(StoreError) -> Int {
    try read { db in try ActionQueries.count(db, filter) }
  }

  public func actionDetail(_ id: UUID) throws(StoreError) -> ActionDetail {
    try read { db in
      let query = ActionQueries.query(ActionFilter(statuses: ActionFilter.allStatuses))
      var single = query
      single.filter("a.id = ?", [id.text])
      guard let row = try single.page(db, PageRequest(limit: 1), ActionQueries.row).rows.first
      else { throw StoreError(.notFound, "no action item has the id \(id.text)") }
      let coOwners = try Officer.fetchAll(
        db,
        sql: """
          SELECT o.* FROM action_co_owner c JOIN officer o ON o.id = c.officer_id
          WHERE c.action_id = ? AND c.deleted_at IS NULL ORDER BY o.sort_name
          """, arguments: [id.text])
      let meeting = try row.item.meetingID.flatMap { id in
        try Meeting.fetchOne(
          db,
          sql: "SELECT * FROM meeting m WHERE m.id = ? AND \(AccessRules.reads.meetingRow("m"))",
          arguments: [id.text])
      }
      let updates = try Row.fetchAll(
        db,
        sql: """
          SELECT u.*, a.handle AS author_handle, n.handle AS new_owner_handle
          FROM action_update u
          JOIN officer a ON a.id = u.created_by
          LEFT JOIN officer n ON n.id = u.owner_id
          WHERE u.action_id = ? AND u.deleted_at IS NULL
          ORDER BY u.created_at, u.rowid
          """, arguments: [id.text]
      ).map {
        ActionUpdateRow(
          update: try ActionUpdate(row: $0),
          authorHandle: try $0.decode(forColumn: "author_handle"),
          newOwnerHandle: try $0.decode(forColumn: "new_owner_handle"))
      }
      return ActionDetail(row: row, coOwners: coOwners, meeting: meeting, updates: updates)
    }
  }
}

enum ActionQueries {
  static let dueKey = "ifnull(a.due, '9999-12-31')"

  static func query(_ filter: ActionFilter) -> KeysetQuery {
    // Open items across the network are read straight off the partial index, in due order;
    // SQLite's planner would otherwise pick the status index and sort every open item.
    let onlyOpen =
      filter.statuses == nil && filter.ownerID == nil && filter.involvingID == nil
      && filter.operationID == nil && filter.meetingID == nil
    var query = KeysetQuery(
      select: """
        a.*, o.handle AS owner_handle, o.name AS owner_name, op.code AS operation_code
        """,
      from: """
        action_item a \(onlyOpen ? "INDEXED BY action_open_due " : "")JOIN officer o ON o.id = a.owner_id
        LEFT JOIN operation op ON op.id = a.operation_id
        """,
      order: [dueKey, "a.id"])
    apply(filter, to: &query)
    return query
  }

  static func count(_ db: Database, _ filter: ActionFilter) throws -> Int {
    var query = KeysetQuery(select: "", from: "action_item a", order: [])
    apply(filter, to: &query)
    let sql =
      "SELECT count(*) FROM action_item a"
      + (query.conditions.isEmpty ? "" : " WHERE " + query.conditions.joined(separator: " AND "))
    return try Int.fetchOne(db, sql: sql, arguments: query.arguments) ?? 0
  }

  private static func apply(_ filter: ActionFilter, to query: inout KeysetQuery) {
    query.filter("a.deleted_at IS NULL")
    query.filter(AccessRules.reads.actionItem("a"))
    let statuses = filter.statuses ?? Set(ActionStatus.openStatuses)
    // An officer's items are found from their own few hundred (owned or co-owned), never by
    // reading every open item for theirs: the `+` keeps SQLite off the status indexes then.
    let status = filter.involvingID == nil ? "a.status" : "+a.status"
    if statuses == Set(ActionStatus.openStatuses) {
      // With `a.deleted_at IS NULL`, exactly the partial index's condition, so that SQLite
      // can use it.
      query.filter("\(status) IN ('open', 'in-progress', 'blocked')")
    } else if statuses != ActionFilter.allStatuses {
      let marks = Array(repeating: "?", count: statuses.count).joined(separator: ", ")
      query.filter("\(status) IN (\(marks))", statuses.map(\.rawValue).sorted())
    }
    if let owner = filter.ownerID { query.filter("a.owner_id = ?", [owner.text]) }
    if let officer = filter.involvingID {
      query.filter(
        """
        a.id IN (SELECT id FROM action_item WHERE owner_id = ? AND deleted_at IS NULL
          UNION ALL SELECT action_id FROM action_co_owner WHERE officer_id = ? AND deleted_at IS NULL)
        """, [officer.text, officer.text])
    }
    if let operation = filter.operationID { query.filter("a.operation_id = ?", [operation.text]) }
    if let meeting = filter.meetingID { query.filter("a.meeting_id = ?", [meeting.text]) }
    if let before = filter.dueBefore { query.filter("\(dueKey) < ?", [before.description]) }
    if let from = filter.dueFrom { query.filter("\(dueKey) >= ?", [from.description]) }
  }

  static func row(_ row: Row) throws -> ActionRow {
    ActionRow(
      item: try ActionItem(row: row), ownerHandle: try row.decode(forColumn: "owner_handle"),
      ownerName: try row.decode(forColumn: "owner_name"),
      operationCode: try row.decode(forColumn: "operation_code"))
  }
}
