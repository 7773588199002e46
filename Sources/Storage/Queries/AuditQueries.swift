import CaseModel
import Foundation
import GRDB

/// Which audit events to list.
public struct AuditFilter: Sendable, Hashable {
  public var officerID: UUID?
  public var kind: AuditKind?
  /// Events about this record.
  public var entityID: UUID?
  /// Events at or after this instant.
  public var since: Date?

  public init(
    officerID: UUID? = nil, kind: AuditKind? = nil, entityID: UUID? = nil, since: Date? = nil
  ) {
    self.officerID = officerID
    self.kind = kind
    self.entityID = entityID
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
      var query = KeysetQuery(
        select: "e.*, o.handle AS officer_handle",
        from: "audit_event e LEFT JOIN officer o ON o.id = e.officer_id", order: ["e.seq"],
        descending: true)
      // Events about records the viewer may not see are not theirs to read: their summaries
      // name those records.
      query.filter(AccessRules.reads.subject(entity: "e.entity", id: "e.entity_id"))
      if let officer = filter.officerID { query.filter("e.officer_id = ?", [officer.text]) }
      if let kind = filter.kind { query.filter("e.kind = ?", [kind.rawValue]) }
      if let entity = filter.entityID { query.filter("e.entity_id = ?", [entity.text]) }
      if let since = filter.since {
        query.filter("e.at >= ?", [AuditTrail.timestamp(since)])
      }
      return try query.page(db, page) { row in
        AuditEventRow(
          seq: try row.decode(forColumn: "seq"), id: try row.decode(forColumn: "id"),
          at: try row.decode(forColumn: "at"), officerID: try row.decode(forColumn: "officer_id"),
          officerHandle: try row.decode(forColumn: "officer_handle"),
          osUser: try row.decode(forColumn: "os_user"), kind: try row.decode(forColumn: "kind"),
          entity: try row.decode(forColumn: "entity"),
          entityID: try row.decode(forColumn: "entity_id"), ref: try row.decode(forColumn: "ref"),
          summary: try row.decode(forColumn: "summary"),
          details: try row.decode(forColumn: "details"), hash: try row.decode(forColumn: "hash"))
      }
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
