import CaseModel
import Foundation
import GRDB

/// Which operations a list shows.
public struct OperationFilter: Sendable, Hashable {
  /// Nil means every status but archived.
  public var statuses: Set<OperationStatus>?
  public var vector: Vector?
  public var leadCountryID: UUID?

  public init(
    statuses: Set<OperationStatus>? = nil, vector: Vector? = nil, leadCountryID: UUID? = nil
  ) {
    self.statuses = statuses
    self.vector = vector
    self.leadCountryID = leadCountryID
  }
}

/// How an operation list is ordered. Operations are few (hundreds, not millions), so sorting
/// by a computed column is cheap; the code breaks ties so that pages stay stable.
public enum OperationSort: String, Sendable, CaseIterable, Hashable {
  case code
  case status
  /// Most overdue actions first.
  case overdue
  /// Soonest next meeting first; operations without one last.
  case nextMeeting = "next-meeting"

  public var label: String {
    switch self {
    case .code: "code"
    case .status: "status"
    case .overdue: "overdue actions"
    case .nextMeeting: "next meeting"
    }
  }

  var order: [String] {
    switch self {
    case .code: ["op.code"]
    case .status:
      [
        "CASE op.status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 WHEN 'suspended' THEN 2 "
          + "WHEN 'concluded' THEN 3 ELSE 4 END", "op.code",
      ]
    case .overdue: ["-op.overdue_actions", "op.code"]
    case .nextMeeting: ["ifnull(op.next_meeting, '9999')", "op.code"]
    }
  }
}

/// An operation as lists show it, with its lead and its workload.
public struct OperationRow: Sendable, Hashable {
  public let operation: JointOperation
  public let leadCountryCode: String
  public let leadOrganisationAcronym: String?
  public let openActions: Int
  public let overdueActions: Int
  public let nextMeeting: Date?

  public init(
    operation: JointOperation, leadCountryCode: String, leadOrganisationAcronym: String?,
    openActions: Int, overdueActions: Int, nextMeeting: Date?
  ) {
    self.operation = operation
    self.leadCountryCode = leadCountryCode
    self.leadOrganisationAcronym = leadOrganisationAcronym
    self.openActions = openActions
    self.overdueActions = overdueActions
    self.nextMeeting = nextMeeting
  }
}

/// A participant of an operation, named.
public struct ParticipantRow: Sendable, Hashable {
  public let participant: Participant
  /// `country`, `organisation` or `officer`.
  public let partyKind: String
  /// Code, acronym or handle.
  public let reference: String
  public let name: String

  public init(participant: Participant, partyKind: String, reference: String, name: String) {
    self.participant = participant
    self.partyKind = partyKind
    self.reference = reference
    self.name = name
  }
}

/// An operation with everything around it.
public struct OperationDetail: Sendable {
  public let row: OperationRow
  public let leadCountryName: String
  public let participants: [ParticipantRow]
  public let meetings: Int
  public let seizures: Int

  public init(
    row: OperationRow, leadCountryName: String, participants: [ParticipantRow], meetings: Int,
    seizures: Int
  ) {
    self.row = row
    self.leadCountryName = leadCountryName
    self.participants = participants
    self.meetings = meetings
    self.seizures = seizures
  }
}

extension Store {
  /// A page of operations, by code.
  public func operations(
    _ filter: OperationFilter = OperationFilter(), sort: OperationSort = .code,
    today: CalendarDate, now: Date = Date(), page: PageRequest = .first
  ) throws(StoreError) -> Page<OperationRow> {
    try read { db in
      try OperationQueries.query(filter, sort: sort, today: today, now: now)
        .page(db, page, OperationQueries.row)
    }
  }

  public func operationDetail(
    _ id: UUID, today: CalendarDate, now: Date = Date()
  )
    throws(StoreError) -> OperationDetail
  {
    try read { db in
      var query = OperationQueries.query(
        OperationFilter(statuses: Set(OperationStatus.allCases)), today: today, now: now)
      query.filter("op.id = ?", [id.text])
      guard let row = try query.page(db, PageRequest(limit: 1), OperationQueries.row).rows.first
      else { throw StoreError(.notFound, "no operation has the id \(id.text)") }
      let participants = try Row.fetchAll(
        db,
        sql: """
          SELECT p.*,
            CASE WHEN p.country_id IS NOT NULL THEN 'country'
                 WHEN p.organisation_id IS NOT NULL THEN 'organisation' ELSE 'officer' END
              AS party_kind,
            coalesce(c.code, g.acronym, o.handle) AS party_ref,
            coalesce(c.name, g.name, o.name) AS party_name
          FROM participant p
          LEFT JOIN country c ON c.id = p.country_id
          LEFT JOIN organisation g ON g.id = p.organisation_id
          LEFT JOIN officer o ON o.id = p.officer_id
          WHERE p.operation_id = ? AND p.deleted_at IS NULL
          ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'co-lead' THEN 1
                   WHEN 'participant' THEN 2 ELSE 3 END, party_kind, party_ref
          """, arguments: [id.text]
      ).map {
        ParticipantRow(
          participant: try Participant(row: $0), partyKind: try $0.decode(forColumn: "party_kind"),
          reference: try $0.decode(forColumn: "party_ref"),
          name: try $0.decode(forColumn: "party_name"))
      }
      let leadName =
        try String.fetchOne(
          db, sql: "SELECT name FROM country WHERE id = ?",
          arguments: [row.operation.leadCountryID.text]) ?? row.leadCountryCode
      let meetings =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM meeting_operation mo JOIN meeting m ON m.id = mo.meeting_id
            WHERE mo.operation_id = ? AND mo.deleted_at IS NULL AND m.deleted_at IS NULL
              AND \(AccessRules.reads.meetingRow("m"))
            """, arguments: [id.text]) ?? 0
      let seizures =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM seizure s WHERE s.operation_id = ? AND s.deleted_at IS NULL
              AND \(AccessRules.reads.seizure("s"))
            """, arguments: [id.text]) ?? 0
      return OperationDetail(
        row: row, leadCountryName: leadName, participants: participants, meetings: meetings,
        seizures: seizures)
    }
  }
}

enum OperationQueries {
  /// Items of operation `op` with a status in `statuses` (an SQL list), and when given `due`
  /// (a condition on ``ActionQueries/dueKey``) due then, marked for named parties only, that
  /// the viewer may not see. The running counts hold every item; a count is information too,
  /// so these are taken off, read from the few restricted items.
  static func hiddenItems(
    _ statuses: String = ActionTally.openStatuses, due: String? = nil
  )
    -> String
  {
    let rules = AccessRules.reads
    return """
      (CASE WHEN \(rules.everything) THEN 0 ELSE
        (SELECT count(*) FROM action_item a INDEXED BY action_restricted
          WHERE a.operation_id = op.id AND a.status IN \(statuses)
            AND a.tlp IN \(AccessRules.namedOnlyTLP) AND a.deleted_at IS NULL
            \(due.map { "AND \($0)" } ?? "")
            AND NOT \(rules.actionItem("a"))) END)
      """
  }

  static func query(
    _ filter: OperationFilter, sort: OperationSort = .code, today: CalendarDate, now: Date
  ) -> KeysetQuery {
    // The workload columns are computed in a derived table, so that sort orders and page
    // keys can name them (SQLite does not let one column of a SELECT name another's alias).
    // The next meeting is found from the upcoming meetings, in start order: an operation
    // that has run for years has hundreds of past ones.
    var query = KeysetQuery(
      select: "op.*",
      from: """
        (SELECT op.*, c.code AS lead_country_code, g.acronym AS lead_organisation_acronym,
          \(ActionTally.openOfOperation) - \(hiddenItems()) AS open_actions,
          \(ActionTally.overdueOfOperation) - \(hiddenItems(due: "\(ActionQueries.dueKey) < ?"))
            AS overdue_actions,
          (SELECT m.starts_at FROM meeting m INDEXED BY meeting_start
            WHERE m.starts_at >= ? AND m.deleted_at IS NULL AND EXISTS (
              SELECT 1 FROM meeting_operation mo WHERE mo.meeting_id = m.id
                AND mo.operation_id = op.id AND mo.deleted_at IS NULL)
            ORDER BY m.starts_at LIMIT 1) AS next_meeting
        FROM operation op JOIN country c ON c.id = op.lead_country_id
        LEFT JOIN organisation g ON g.id = op.lead_organisation_id) op
        """,
      arguments: [today.description, today.description, now],
      order: sort.order)
    query.filter("op.deleted_at IS NULL")
    query.filter(AccessRules.reads.operation("op.id"))
    if let statuses = filter.statuses {
      if statuses != Set(OperationStatus.allCases) {
        let marks = Array(repeating: "?", count: statuses.count).joined(separator: ", ")
        query.filter("op.status IN (\(marks))", statuses.map(\.rawValue).sorted())
      }
    } else {
      query.filter("op.status <> 'archived'")
    }
    if let vector = filter.vector { query.filter("op.vector = ?", [vector.rawValue]) }
    if let country = filter.leadCountryID {
      query.filter("op.lead_country_id = ?", [country.text])
    }
    return query
  }

  static func row(_ row: Row) throws -> OperationRow {
    OperationRow(
      operation: try JointOperation(row: row),
      leadCountryCode: try row.decode(forColumn: "lead_country_code"),
      leadOrganisationAcronym: try row.decode(forColumn: "lead_organisation_acronym"),
      openActions: try row.decode(forColumn: "open_actions"),
      overdueActions: try row.decode(forColumn: "overdue_actions"),
      nextMeeting: try row.decode(forColumn: "next_meeting"))
  }
}
