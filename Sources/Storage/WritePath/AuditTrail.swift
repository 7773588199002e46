import CaseModel
import Foundation
import GRDB

/// Appends events to the hash-chained audit trail, for one write transaction.
///
/// The head of the chain (last sequence number and hash) is read when the transaction starts
/// and saved once when it ends, not once per event: a bulk write makes thousands of events.
struct AuditTrail {
  private var seq: Int64
  private var previous: String
  private var dirty = false
  /// Found in the connection's cache at the first event, kept for the others (see `Writer`).
  private var insert: Statement?
  /// The events of a transaction share its time: it is formatted once.
  private var stampedAt: Date?
  private var stamp = ""

  init(_ db: Database) throws {
    seq = try LocalState.get(db, .auditHeadSeq) ?? 0
    previous = try LocalState.get(db, .auditHeadHash) ?? AuditChain.genesis
  }

  mutating func append<R: RandomNumberGenerator>(
    _ db: Database, kind: AuditKind, officerID: String?, osUser: String, at: Date,
    entity: String?, entityID: String?, ref: String?, summary: String, details: String,
    using rng: inout R
  ) throws {
    if at != stampedAt {
      stamp = Self.timestamp(at)
      stampedAt = at
    }
    let content = AuditChain.Content(
      seq: seq + 1, id: UUID.v7(at: at, using: &rng).text, at: stamp,
      officerID: officerID, osUser: osUser, kind: kind.rawValue, entity: entity,
      entityID: entityID, ref: ref, summary: summary, details: details)
    let hash = AuditChain.hash(content, previous: previous)
    let statement =
      try insert
      ?? db.cachedStatement(
        sql: """
          INSERT INTO audit_event(seq, id, at, officer_id, os_user, kind, entity, entity_id, ref,
            summary, details, prev_hash, hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
    insert = statement
    try statement.execute(binding: [
      content.seq.databaseValue, content.id.databaseValue, content.at.databaseValue,
      officerID.databaseValue, osUser.databaseValue, content.kind.databaseValue,
      entity.databaseValue, entityID.databaseValue, ref.databaseValue, summary.databaseValue,
      details.databaseValue, previous.databaseValue, hash.databaseValue,
    ])
    seq = content.seq
    previous = hash
    dirty = true
  }

  /// Saves the head of the chain, in the same transaction as the events.
  mutating func save(_ db: Database) throws {
    guard dirty else { return }
    try LocalState.set(db, .auditHeadSeq, seq)
    try LocalState.set(db, .auditHeadHash, previous)
    dirty = false
  }

  /// Audit times are ISO 8601 in UTC, to the millisecond: `2026-11-29T16:40:20.123Z`. Not
  /// through Foundation's formatter, whose first use costs a command half a millisecond.
  static func timestamp(_ date: Date) -> String {
    StoredDate.iso8601(date)
  }
}
