import CaseModel
import Foundation
import GRDB

/// Facts about this database that are not records and never travel to another laptop: the
/// replica id, the local officer profile, the clock, the head of the audit chain.
enum LocalState {
  enum Key: String {
    case replicaID = "replica_id"
    case createdAt = "created_at"
    case actingOfficer = "acting_officer"
    case clock = "hlc"
    case auditHeadSeq = "audit_head_seq"
    case auditHeadHash = "audit_head_hash"
  }

  static func get<Value: DatabaseValueConvertible>(_ db: Database, _ key: Key) throws -> Value? {
    try get(db, key.rawValue)
  }

  static func set(_ db: Database, _ key: Key, _ value: (any DatabaseValueConvertible)?) throws {
    try set(db, key.rawValue, value)
  }

  /// The purpose an officer stated, for one operation or (nil) for everything they consult.
  static func purposeKey(officer: UUID, operation: UUID?) -> String {
    "purpose/\(officer.text)/\(operation?.text ?? "*")"
  }

  static func get<Value: DatabaseValueConvertible>(_ db: Database, _ key: String) throws -> Value? {
    try Value.fetchOne(
      db.cachedStatement(sql: "SELECT value FROM local_state WHERE key = ?"), arguments: [key])
  }

  static func set(_ db: Database, _ key: String, _ value: (any DatabaseValueConvertible)?) throws {
    guard let value else {
      try db.execute(sql: "DELETE FROM local_state WHERE key = ?", arguments: [key])
      return
    }
    try db.cachedStatement(
      sql: "INSERT INTO local_state(key, value) VALUES (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    ).execute(arguments: [key, value])
  }

  /// The replica id, made the first time the database is opened.
  static func replicaID(_ db: Database, new: UUID? = nil) throws -> UUID {
    if let id = try storedReplicaID(db) { return id }
    let id = new ?? UUID.v7()
    try set(db, .replicaID, id.text)
    try set(db, .createdAt, Date())
    return id
  }

  /// The replica id, if the database has been given one.
  static func storedReplicaID(_ db: Database) throws -> UUID? {
    let text: String? = try get(db, .replicaID)
    return text.flatMap(UUID.init(uuidString:))
  }
}
