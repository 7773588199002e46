import CaseModel
import Foundation
import GRDB

/// Which meetings a list shows: upcoming ones soonest first, past ones latest first.
public struct MeetingFilter: Sendable, Hashable {
  public enum Period: Sendable, Hashable {
    case upcoming
    case past
  }

  public var period: Period
  public var operationID: UUID?
  public var kind: MeetingKind?

  public init(period: Period, operationID: UUID? = nil, kind: MeetingKind? = nil) {
    self.period = period
    self.operationID = operationID
    self.kind = kind
  }
}

/// A meeting as lists show it.
public struct MeetingRow: Sendable, Hashable {
  public let meeting: Meeting
  public let operationCodes: [String]
  public let entries: Int
  public let chairHandle: String?

  public init(meeting: Meeting, operationCodes: [String], entries: Int, chairHandle: String?) {
    self.meeting = meeting
    self.operationCodes = operationCodes
    self.entries = entries
    self.chairHandle = chairHandle
  }
}

/// A minute entry with the action it created.
public struct MinuteEntryRow: Sendable, Hashable {
  public let entry: MinuteEntry
  public let authorHandle: String
  public let action: ActionRow?

  public init(entry: MinuteEntry, authorHandle: String, action: ActionRow?) {
    self.entry = entry
    self.authorHandle = authorHandle
    self.action = action
  }
}

/// An invitee or guest, named.
public struct AttendanceRow: Sendable, Hashable {
  public let attendance: Attendance
  public let officer: Officer
  public let organisationAcronym: String

  public init(attendance: Attendance, officer: Officer, organisationAcronym: String) {
    self.attendance = attendance
    self.officer = officer
    self.organisationAcronym = organisationAcronym
  }
}

/// A meeting with its attendance and minutes.
public struct MeetingDetail: Sendable {
  public let row: MeetingRow
  public let operations: [JointOperation]
  public let attendance: [AttendanceRow]
  public let agenda: [AgendaItem]
  public let entries: [MinuteEntryRow]
  /// Open actions from the previous meeting of the same operations: "items from previous
  /// meeting".
  public let carriedOver: [ActionRow]

  public init(
    row: MeetingRow, operations: [JointOperation], attendance: [AttendanceRow],
    agenda: [AgendaItem], entries: [MinuteEntryRow], carriedOver: [ActionRow]
  ) {
    self.row = row
    self.operations = operations
    self.attendance = attendance
    self.agenda = agenda
    self.entries = entries
    self.carriedOver = carriedOver
  }
}

extension Store {
  public func meetings(
    _ filter: MeetingFilter, now: Date = Date(), page: PageRequest = .first
  )
    throws(StoreError) -> Page<MeetingRow>
  {
    try read { db in try MeetingQueries.query(filter, now: now).page(db, page, MeetingQueries.row) }
  }

  public func meetingDetail(_ id: UUID) throws(StoreError) -> MeetingDetail {
    try read { db in try MeetingQueries.detail(db, id) }
  }
}

enum MeetingQueries {
  /// The operation `op` of a meeting's link `mo` is visible. The `+` keeps SQLite from reading
  /// the links from the viewer's visible operations (one look-up in the operation index for
  /// each, a hundred on the bench file) rather than from the meeting's own one or two: for a
  /// page of 200 past meetings the operation codes took 8.2 ms that way, 0.6 ms this way.
  static let visibleOperation = AccessRules.reads.operation("+op.id")

  /// The meeting `m` is visible wherever this is used; its entries marked for named parties
  /// only are counted when the viewer would see the meeting under such a marking.
  static let select = """
    m.*,
    (SELECT group_concat(code, ' ') FROM (SELECT op.code FROM meeting_operation mo
      JOIN operation op ON op.id = mo.operation_id
      WHERE mo.meeting_id = m.id AND mo.deleted_at IS NULL
        AND \(visibleOperation) ORDER BY op.code)) AS operation_codes,
    (SELECT count(*) FROM minute_entry e WHERE e.meeting_id = m.id AND e.deleted_at IS NULL
      AND (e.tlp NOT IN \(AccessRules.namedOnlyTLP)
        OR \(AccessRules.reads.meeting("m.id", restricted: "1")))) AS entry_count,
    (SELECT handle FROM officer WHERE id = m.chair_id) AS chair_handle
    """

  static func query(_ filter: MeetingFilter, now: Date) -> KeysetQuery {
    var query = KeysetQuery(
      select: select, from: "meeting m", order: ["m.starts_at", "m.id"],
      descending: filter.period == .past)
    query.filter("m.deleted_at IS NULL")
    query.filter(AccessRules.reads.meetingRow("m"))
    switch filter.period {
    case .upcoming: query.filter("m.starts_at >= ?", [now])
    case .past: query.filter("m.starts_at < ?", [now])
    }
    if let operation = filter.operationID {
      query.filter(
        """
        m.id IN (SELECT meeting_id FROM meeting_operation
          WHERE operation_id = ? AND deleted_at IS NULL)
        """, [operation.text])
    }
    if let kind = filter.kind { query.filter("m.kind = ?", [kind.rawValue]) }
    return query
  }

  static func row(_ row: Row) throws -> MeetingRow {
    let codes: String? = try row.decode(forColumn: "operation_codes")
    return MeetingRow(
      meeting: try Meeting(row: row),
      operationCodes: codes?.split(separator: " ").map(String.init) ?? [],
      entries: try row.decode(forColumn: "entry_count"),
      chairHandle: try row.decode(forColumn: "chair_handle"))
  }

  static func detail(_ db: Database, _ id: UUID) throws -> MeetingDetail {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT \(select) FROM meeting m WHERE m.id = ? AND m.deleted_at IS NULL
            AND \(AccessRules.reads.meetingRow("m"))
          """, arguments: [id.text])
    else { throw StoreError(.notFound, "no meeting has the id \(id.text)") }
    let meeting = try self.row(row)
    // The meeting is visible; its entries marked for named parties only are too when the
    // viewer would see the meeting under such a marking. Asked once, not once per entry.
    let rules = AccessRules.reads
    let named =
      try Bool.fetchOne(
        db, sql: "SELECT \(rules.meeting("?1", restricted: "1"))", arguments: [id.text]) ?? false
    let entryRule = named ? "1" : "e.tlp NOT IN \(AccessRules.namedOnlyTLP)"
    let operations = try JointOperation.fetchAll(
      db,
      sql: """
        SELECT op.* FROM meeting_operation mo JOIN operation op ON op.id = mo.operation_id
        WHERE mo.meeting_id = ? AND mo.deleted_at IS NULL AND \(visibleOperation)
        ORDER BY op.code
        """, arguments: [id.text])
    let attendance = try Row.fetchAll(
      db,
      sql: """
        SELECT a.*, g.acronym AS organisation_acronym FROM attendance a
        JOIN officer o ON o.id = a.officer_id JOIN organisation g ON g.id = o.organisation_id
        WHERE a.meeting_id = ? AND a.deleted_at IS NULL ORDER BY a.guest, o.sort_name
        """, arguments: [id.text]
    ).map { row in
      let attendance = try Attendance(row: row)
      guard let officer = try Officer.fetch(db, id: attendance.officerID.text) else {
        throw StoreError(.database, "an attendance row refers to a missing officer")
      }
      return AttendanceRow(
        attendance: attendance, officer: officer,
        organisationAcronym: try row.decode(forColumn: "organisation_acronym"))
    }
    let agenda = try AgendaItem.fetchAll(
      db,
      sql:
        "SELECT * FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position",
      arguments: [id.text])
    // The actions the entries made, read in one query rather than one per entry.
    var linked = ActionQueries.query(ActionFilter(statuses: ActionFilter.allStatuses))
    linked.filter(
      "a.id IN (SELECT action_id FROM minute_entry WHERE meeting_id = ? AND deleted_at IS NULL)",
      [id.text])
    let actions = Dictionary(
      try linked.page(db, PageRequest(limit: 10_000), ActionQueries.row).rows.map {
        ($0.item.id, $0)
      }, uniquingKeysWith: { first, _ in first })
    // Decoded from the cursor, as a list page is (see `KeysetQuery.page`): hundreds of rows.
    let entries = try Array(
      Row.fetchCursor(
        db,
        sql: """
          SELECT e.*, o.handle AS author_handle FROM minute_entry e
          JOIN officer o ON o.id = e.created_by
          WHERE e.meeting_id = ? AND e.deleted_at IS NULL AND \(entryRule) ORDER BY e.position
          """, arguments: [id.text]
      ).map { row in
        let entry = try MinuteEntry(row: row)
        return MinuteEntryRow(
          entry: entry, authorHandle: try row.decode(forColumn: "author_handle"),
          action: entry.actionID.flatMap { actions[$0] })
      })
    return MeetingDetail(
      row: meeting, operations: operations, attendance: attendance, agenda: agenda,
      entries: entries, carriedOver: try carriedOver(db, meeting.meeting, operations))
  }

  /// Open actions raised at the latest earlier meeting of each of this meeting's operations.
  private static func carriedOver(
    _ db: Database, _ meeting: Meeting, _ operations: [JointOperation]
  ) throws -> [ActionRow] {
    var rows: [ActionRow] = []
    var seen = Set<UUID>()
    for operation in operations {
      guard
        let previous = try String.fetchOne(
          db,
          sql: """
            SELECT m.id FROM meeting_operation mo JOIN meeting m ON m.id = mo.meeting_id
            WHERE mo.operation_id = ? AND mo.deleted_at IS NULL AND m.deleted_at IS NULL
              AND m.starts_at < ?
            ORDER BY m.starts_at DESC LIMIT 1
            """, arguments: [operation.id.text, meeting.startsAt]),
        let previousID = UUID(uuidString: previous)
      else { continue }
      // Through the filter, not an added condition: the query then reads the meeting's own
      // items instead of every open item in the network for that meeting's.
      let query = ActionQueries.query(ActionFilter(meetingID: previousID))
      for row in try query.page(db, PageRequest(limit: 500), ActionQueries.row).rows
      where seen.insert(row.item.id).inserted {
        rows.append(row)
      }
    }
    return rows
  }
}
