import CaseModel
import Foundation
import GRDB

/// Appends events to the hash-chained audit trail.
enum AuditTrail {
  static func append(
    _ db: Database, kind: AuditKind, officerID: String?, osUser: String, at: Date,
    entity: String?, entityID: String?, ref: String?, summary: String, details: String
  ) throws {
    let previousSeq: Int64 = try LocalState.get(db, .auditHeadSeq) ?? 0
    let previous: String = try LocalState.get(db, .auditHeadHash) ?? AuditChain.genesis
    let content = AuditChain.Content(
      seq: previousSeq + 1, id: UUID.v7(at: at).text, at: timestamp(at),
      officerID: officerID, osUser: osUser, kind: kind.rawValue, entity: entity,
      entityID: entityID, ref: ref, summary: summary, details: details)
    let hash = AuditChain.hash(content, previous: previous)
    try db.cachedStatement(
      sql: """
        INSERT INTO audit_event(seq, id, at, officer_id, os_user, kind, entity, entity_id, ref,
          summary, details, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        content.seq, content.id, content.at, officerID, osUser, content.kind, entity, entityID,
        ref, summary, details, previous, hash,
      ])
    try LocalState.set(db, .auditHeadSeq, content.seq)
    try LocalState.set(db, .auditHeadHash, hash)
  }

  /// Audit times are ISO 8601 in UTC, to the millisecond: `2026-11-29T16:40:20.123Z`.
  static func timestamp(_ date: Date) -> String {
    date.formatted(
      Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
  }
}
