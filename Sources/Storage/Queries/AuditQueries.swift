import CaseModel
import Foundation
import GRDB

/// Which audit events to list.
public struct AuditFilter: Sendable, Hashable {
  public var officerID: UUID?
  public var kind: AuditKind?
  /// Events about this record.
  public var entityID: UUID?
  /// Events about this operation or any record under it.
  public var operationID: UUID?
  /// Events at or after this instant.
  public var since: Date?

  public init(
    officerID: UUID? = nil, kind: AuditKind? = nil, entityID: UUID? = nil,
    operationID: UUID? = nil, since: Date? = nil
  ) {
    self.officerID = officerID
    self.kind = kind
    self.entityID = entityID
    self.operationID = operationID
    self.since = since
  }
}

/// One audit event, with the officer named.
public struct AuditEventRow: Sendable, Hashable {
  public let seq: Int64
  public let id: UUID
  /// ISO 8601, UTC.
  public let at: String
  public let officerID: UUID?
  public let officerHandle: String?
  public let osUser: String
  public let kind: String
  public let entity: String?
  public let entityID: UUID?
  public let ref: String?
  public let summary: String
  public let details: String
  /// The hash of the event before it, so that an exported trail can be checked on its own.
  public let previousHash: String
  public let hash: String
}

/// One change to one field, from the operation log.
public struct FieldChange: Sendable, Hashable {
  public let at: Date
  public let officerHandle: String?
  public let entity: String
  public let entityID: UUID
  public let field: String
  /// The new value as text; nil for NULL.
  public let value: String?

  public init(
    at: Date, officerHandle: String?, entity: String, entityID: UUID, field: String, value: String?
  ) {
    self.at = at
    self.officerHandle = officerHandle
    self.entity = entity
    self.entityID = entityID
    self.field = field
    self.value = value
  }
}

extension Store {
  /// A page of audit events, newest first.
  public func auditEvents(
    _ filter: AuditFilter = AuditFilter(), page: PageRequest = .first
  )
    throws(StoreError) -> Page<AuditEventRow>
  {
    try read { db in
      try AuditQueries.query(filter, descending: true).page(db, page, AuditQueries.row)
    }
  }

  /// Every audit event of the filter, oldest first, handed over one at a time from a cursor
  /// rather than read into an array first.
  public func forEachAuditEvent(
    _ filter: AuditFilter, _ body: (AuditEventRow) throws -> Void
  ) throws(StoreError) {
    try read { db in
      let query = AuditQueries.query(filter, descending: false)
      let sql =
        "SELECT \(query.select) FROM \(query.from)"
        + (query.conditions.isEmpty ? "" : " WHERE " + query.conditions.joined(separator: " AND "))
        + " ORDER BY e.seq"
      let rows = try Row.fetchCursor(db, sql: sql, arguments: query.arguments)
      while let row = try rows.next() { try body(try AuditQueries.row(row)) }
    }
  }

  /// Recomputes the audit trail's hash chain.
  public func verifyAudit() throws(StoreError) -> AuditVerdict {
    try read { db in try AuditChain.verify(db) }
  }

  /// The field-level history of one record, oldest first.
  public func history(of id: UUID) throws(StoreError) -> [FieldChange] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT l.*, o.handle AS officer_handle FROM op_log l
          LEFT JOIN officer o ON o.id = l.officer_id
          WHERE l.entity_id = ? AND \(AccessRules.reads.subject(entity: "l.entity", id: "l.entity_id"))
          ORDER BY l.hlc, l.replica_id, l.op_id
          """, arguments: [id.text]
      ).map { row in
        let value: DatabaseValue = row["value"]
        return FieldChange(
          at: HybridLogicalClock.date(of: try row.decode(forColumn: "hlc")),
          officerHandle: try row.decode(forColumn: "officer_handle"),
          entity: try row.decode(forColumn: "entity"), entityID: id,
          field: try row.decode(forColumn: "field"),
          value: value.isNull ? nil : String(describing: value.storage.value ?? ""))
      }
    }
  }
}

enum AuditQueries {
  static func query(_ filter: AuditFilter, descending: Bool) -> KeysetQuery {
    var query = KeysetQuery(
      select: "e.*, o.handle AS officer_handle",
      from: "audit_event e LEFT JOIN officer o ON o.id = e.officer_id", order: ["e.seq"],
      descending: descending)
    query.filter(AccessRules.reads.auditEvent("e"))
    if let officer = filter.officerID { query.filter("e.officer_id = ?", [officer.text]) }
    if let kind = filter.kind { query.filter("e.kind = ?", [kind.rawValue]) }
    if let entity = filter.entityID { query.filter("e.entity_id = ?", [entity.text]) }
    if let operation = filter.operationID {
      query.filter(
        """
        e.entity_id = ? OR e.entity_id IN (
          SELECT id FROM action_item WHERE operation_id = ?
          UNION ALL SELECT id FROM seizure WHERE operation_id = ?
          UNION ALL SELECT id FROM participant WHERE operation_id = ?
          UNION ALL SELECT meeting_id FROM meeting_operation WHERE operation_id = ?
          UNION ALL SELECT m.id FROM minute_entry m
            JOIN meeting_operation mo ON mo.meeting_id = m.meeting_id WHERE mo.operation_id = ?)
        """, Array(repeating: operation.text, count: 6))
    }
    if let since = filter.since {
      query.filter("e.at >= ?", [AuditTrail.timestamp(since)])
    }
    return query
  }

  static func row(_ row: Row) throws -> AuditEventRow {
    AuditEventRow(
      seq: try row.decode(forColumn: "seq"), id: try row.decodeID(forColumn: "id"),
      at: try row.decode(forColumn: "at"), officerID: try row.decodeID(forColumn: "officer_id"),
      officerHandle: try row.decode(forColumn: "officer_handle"),
      osUser: try row.decode(forColumn: "os_user"), kind: try row.decode(forColumn: "kind"),
      entity: try row.decode(forColumn: "entity"),
      entityID: try row.decodeID(forColumn: "entity_id"), ref: try row.decode(forColumn: "ref"),
      summary: try row.decode(forColumn: "summary"),
      details: try row.decode(forColumn: "details"),
      previousHash: try row.decode(forColumn: "prev_hash"),
      hash: try row.decode(forColumn: "hash"))
  }
}
