import CaseModel
import Foundation
import GRDB

/// Which officers the directory shows.
public struct OfficerFilter: Sendable, Hashable {
  public var countryID: UUID?
  public var organisationID: UUID?
  public var role: NetworkRole?

  public init(countryID: UUID? = nil, organisationID: UUID? = nil, role: NetworkRole? = nil) {
    self.countryID = countryID
    self.organisationID = organisationID
    self.role = role
  }
}

/// An officer as the directory shows them.
public struct OfficerRow: Sendable, Hashable {
  public let officer: Officer
  public let organisationAcronym: String
  public let countryCode: String
  /// Open actions the officer owns or shares, as the officer's own page lists them.
  public let openActions: Int

  public init(officer: Officer, organisationAcronym: String, countryCode: String, openActions: Int)
  {
    self.officer = officer
    self.organisationAcronym = organisationAcronym
    self.countryCode = countryCode
    self.openActions = openActions
  }
}

/// An officer as pickers offer them (an owner, a guest, an `@` in the minutes): named, with
/// where they serve, and without the workload that lists show, which counts every officer's
/// items: for the 2,000 officers of the 1M file, 29,000 pages read (a second and more from a
/// cold disk) to open the minutes editor.
public struct OfficerChoice: Sendable, Hashable {
  public let officer: Officer
  public let organisationAcronym: String
  public let countryCode: String

  public init(officer: Officer, organisationAcronym: String, countryCode: String) {
    self.officer = officer
    self.organisationAcronym = organisationAcronym
    self.countryCode = countryCode
  }
}

/// An officer with their open actions and operations.
public struct OfficerDetail: Sendable {
  public let row: OfficerRow
  public let organisation: Organisation
  public let countryName: String
  /// Operations the officer takes part in, directly or through their organisation.
  public let operations: [(operation: JointOperation, role: ParticipantRole)]
  public let openActions: [ActionRow]

  public init(
    row: OfficerRow, organisation: Organisation, countryName: String,
    operations: [(operation: JointOperation, role: ParticipantRole)], openActions: [ActionRow]
  ) {
    self.row = row
    self.organisation = organisation
    self.countryName = countryName
    self.operations = operations
    self.openActions = openActions
  }
}

/// An organisation as lists show it.
public struct OrganisationRow: Sendable, Hashable {
  public let organisation: Organisation
  public let countryCode: String?
  public let officers: Int

  public init(organisation: Organisation, countryCode: String?, officers: Int) {
    self.organisation = organisation
    self.countryCode = countryCode
    self.officers = officers
  }
}

extension Store {
  /// A page of officers, by name.
  public func officers(
    _ filter: OfficerFilter = OfficerFilter(), page: PageRequest = .first
  )
    throws(StoreError) -> Page<OfficerRow>
  {
    try read { db in try OfficerQueries.query(filter).page(db, page, OfficerQueries.row) }
  }

  /// Every officer, by name, for a picker: up to 10,000, the most a page holds.
  public func officerChoices() throws(StoreError) -> [OfficerChoice] {
    try read { db in
      try OfficerQueries.query(OfficerFilter(), workload: false).page(
        db, PageRequest(limit: 10_000), OfficerQueries.choice
      ).rows
    }
  }

  public func officerDetail(_ id: UUID) throws(StoreError) -> OfficerDetail {
    try read { db in
      var query = OfficerQueries.query(OfficerFilter())
      query.filter("o.id = ?", [id.text])
      guard let row = try query.page(db, PageRequest(limit: 1), OfficerQueries.row).rows.first,
        let organisation = try Organisation.fetch(db, id: row.officer.organisationID.text)
      else { throw StoreError(.notFound, "no officer has the id \(id.text)") }
      let countryName =
        try String.fetchOne(
          db, sql: "SELECT name FROM country WHERE id = ?",
          arguments: [row.officer.countryID.text]) ?? row.countryCode
      let operations = try Row.fetchAll(
        db,
        sql: """
          SELECT op.*, max(CASE p.role WHEN 'lead' THEN 3 WHEN 'co-lead' THEN 2
                              WHEN 'participant' THEN 1 ELSE 0 END) AS role_rank
          FROM participant p JOIN operation op ON op.id = p.operation_id
          WHERE p.deleted_at IS NULL AND op.deleted_at IS NULL
            AND (p.officer_id = ? OR p.organisation_id = ?)
            AND \(AccessRules.reads.operation("op.id"))
          GROUP BY op.id ORDER BY op.code
          """, arguments: [id.text, organisation.id.text]
      ).map { row in
        let rank: Int = try row.decode(forColumn: "role_rank")
        let roles: [ParticipantRole] = [.observer, .participant, .coLead, .lead]
        return (try JointOperation(row: row), roles[min(max(rank, 0), 3)])
      }
      let actions = try ActionQueries.query(ActionFilter(involvingID: id))
        .page(db, PageRequest(limit: 200), ActionQueries.row).rows
      return OfficerDetail(
        row: row, organisation: organisation, countryName: countryName, operations: operations,
        openActions: actions)
    }
  }

  /// A page of organisations, by acronym; of one country when `countryID` is given.
  public func organisations(
    countryID: UUID? = nil, page: PageRequest = .first
  )
    throws(StoreError) -> Page<OrganisationRow>
  {
    try read { db in
      var query = KeysetQuery(
        select: """
          g.*, c.code AS country_code,
          (SELECT count(*) FROM officer o WHERE o.organisation_id = g.id AND o.deleted_at IS NULL)
            AS officer_count
          """,
        from: "organisation g LEFT JOIN country c ON c.id = g.country_id",
        order: ["g.acronym", "g.id"])
      query.filter("g.deleted_at IS NULL")
      if let countryID { query.filter("g.country_id = ?", [countryID.text]) }
      return try query.page(db, page) { row in
        OrganisationRow(
          organisation: try Organisation(row: row),
          countryCode: try row.decode(forColumn: "country_code"),
          officers: try row.decode(forColumn: "officer_count"))
      }
    }
  }

  /// The countries records refer to, by code.
  public func countries() throws(StoreError) -> [Country] {
    try read { db in
      try Country.fetchAll(db, sql: "SELECT * FROM country WHERE deleted_at IS NULL ORDER BY code")
    }
  }
}

enum OfficerQueries {
  /// An officer `o`'s open items, owned or co-owned, that the viewer may see: a workload is
  /// information too. The whole file's viewer reads the running counts; an officer's count
  /// reads the officer's own items (a few hundred, from the owner index) with the rules.
  static var openActions: String {
    let rules = AccessRules.reads
    let open = "a.status IN ('open', 'in-progress', 'blocked') AND a.deleted_at IS NULL"
    let coOwned = { (visible: String) in
      """
      (SELECT count(*) FROM action_co_owner c JOIN action_item a ON a.id = c.action_id
        WHERE c.officer_id = o.id AND c.deleted_at IS NULL AND a.owner_id <> o.id
        AND \(open)\(visible))
      """
    }
    return """
      CASE WHEN \(rules.everything) THEN \(ActionTally.openOfOwner) + \(coOwned(""))
      ELSE (SELECT count(*) FROM action_item a WHERE a.owner_id = o.id AND \(open)
          AND \(rules.actionItem("a")))
        + \(coOwned(" AND " + rules.actionItem("a"))) END
      """
  }

  /// `workload`: with each officer's open actions (see ``openActions``).
  static func query(_ filter: OfficerFilter, workload: Bool = true) -> KeysetQuery {
    var query = KeysetQuery(
      select: """
        o.*, g.acronym AS organisation_acronym, c.code AS country_code\(
          workload ? ", \(openActions) AS open_actions" : "")
        """,
      from: """
        officer o JOIN organisation g ON g.id = o.organisation_id
        JOIN country c ON c.id = o.country_id
        """,
      order: ["o.sort_name", "o.id"])
    query.filter("o.deleted_at IS NULL")
    if let country = filter.countryID { query.filter("o.country_id = ?", [country.text]) }
    if let organisation = filter.organisationID {
      query.filter("o.organisation_id = ?", [organisation.text])
    }
    if let role = filter.role { query.filter("o.role = ?", [role.rawValue]) }
    return query
  }

  static func row(_ row: Row) throws -> OfficerRow {
    let choice = try self.choice(row)
    return OfficerRow(
      officer: choice.officer, organisationAcronym: choice.organisationAcronym,
      countryCode: choice.countryCode, openActions: try row.decode(forColumn: "open_actions"))
  }

  static func choice(_ row: Row) throws -> OfficerChoice {
    OfficerChoice(
      officer: try Officer(row: row),
      organisationAcronym: try row.decode(forColumn: "organisation_acronym"),
      countryCode: try row.decode(forColumn: "country_code"))
  }
}
