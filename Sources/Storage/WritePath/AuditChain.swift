import CaseModel
import Crypto
import Foundation
import GRDB

/// The audit trail's hash chain.
///
/// Each event stores the SHA-256 of its content together with the previous event's hash, so
/// editing, deleting or reordering an event breaks every hash after it. The head of the chain
/// (last sequence number and hash) is also kept in local state, so that cutting events off
/// the end is detected too.
enum AuditChain {
  /// The hash before the first event.
  static let genesis = String(repeating: "0", count: 64)

  struct Content {
    var seq: Int64
    var id: String
    var at: String
    var officerID: String?
    var osUser: String
    var kind: String
    var entity: String?
    var entityID: String?
    var ref: String?
    var summary: String
    var details: String
  }

  /// SHA-256 over the previous hash and every field, each length-prefixed so that no two
  /// different events serialise alike.
  static func hash(_ content: Content, previous: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(512)
    for field in [
      previous, String(content.seq), content.id, content.at, content.officerID, content.osUser,
      content.kind, content.entity, content.entityID, content.ref, content.summary,
      content.details,
    ] {
      if let field {
        bytes += String(field.utf8.count).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += field.utf8
        bytes.append(UInt8(ascii: ";"))
      } else {
        bytes += "-;".utf8
      }
    }
    return Hexadecimal.lowercase(SHA256.hash(data: bytes))
  }

  static func verify(_ db: Database) throws -> AuditVerdict {
    typealias Verdict = AuditVerdict
    var previous = genesis
    var expectedSeq: Int64 = 1
    var count = 0
    let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit_event ORDER BY seq")
    while let row = try rows.next() {
      guard let (content, prevHash, stored) = try? decode(row) else {
        return Verdict(
          eventsChecked: count,
          problem: "event #\(expectedSeq): the row is malformed (a field has the wrong type)")
      }
      let name = "event #\(content.seq) (\(content.id))"
      if content.seq != expectedSeq {
        return Verdict(
          eventsChecked: count,
          problem: "\(name): expected event #\(expectedSeq) here; events are missing or reordered")
      }
      if prevHash != previous {
        return Verdict(
          eventsChecked: count,
          problem: "\(name): its link to the previous event is broken")
      }
      if hash(content, previous: previous) != stored {
        return Verdict(
          eventsChecked: count, problem: "\(name): its content does not match its hash")
      }
      previous = stored
      expectedSeq += 1
      count += 1
    }
    let headSeq: Int64 = try LocalState.get(db, .auditHeadSeq) ?? 0
    let headHash: String = try LocalState.get(db, .auditHeadHash) ?? genesis
    if headSeq != expectedSeq - 1 || headHash != previous {
      return Verdict(
        eventsChecked: count,
        problem: "the trail ends at event #\(expectedSeq - 1), but event #\(headSeq) was "
          + "recorded last; events were removed from the end")
    }
    return Verdict(eventsChecked: count, problem: nil)
  }
}

/// The result of checking the audit chain.
public struct AuditVerdict: Sendable, Equatable {
  public let eventsChecked: Int
  /// What is wrong, naming the first broken event; nil when the chain is intact.
  public let problem: String?
  public var isIntact: Bool { problem == nil }
}

extension AuditChain {
  private static func decode(_ row: Row) throws -> (Content, prevHash: String, hash: String) {
    let content = Content(
      seq: try row.decode(forColumn: "seq"), id: try row.decode(forColumn: "id"),
      at: try row.decode(forColumn: "at"), officerID: try row.decode(forColumn: "officer_id"),
      osUser: try row.decode(forColumn: "os_user"), kind: try row.decode(forColumn: "kind"),
      entity: try row.decode(forColumn: "entity"), entityID: try row.decode(forColumn: "entity_id"),
      ref: try row.decode(forColumn: "ref"), summary: try row.decode(forColumn: "summary"),
      details: try row.decode(forColumn: "details"))
    return (content, try row.decode(forColumn: "prev_hash"), try row.decode(forColumn: "hash"))
  }
}
