import CaseModel
import Foundation
import GRDB

/// A record named by an event that changes no record: what was consulted, disclosed or
/// linked.
public struct AuditSubject: Sendable, Hashable {
  public let entity: EntityKind
  public let id: UUID
  /// Code, handle or short reference.
  public let ref: String
  /// The operation the record is under, whose stated purpose applies to it.
  public let operationID: UUID?

  public init(entity: EntityKind, id: UUID, ref: String, operationID: UUID? = nil) {
    self.entity = entity
    self.id = id
    self.ref = ref
    self.operationID = operationID
  }
}

/// The details of a consultation or a disclosure: why, to whom, which records.
private struct AccessDetails {
  struct Record {
    let entity: String
    let id: String
    let ref: String
  }

  let purpose: String
  let recipients: [String]?
  let records: [Record]

  /// JSON with its keys sorted, written directly: `JSONEncoder` costs a command-line
  /// consultation a third of a millisecond, mostly in setting itself up, and a list records
  /// one on every run.
  var json: String {
    var out = "{\"purpose\":" + jsonString(purpose)
    if let recipients {
      out += ",\"recipients\":[" + recipients.map(jsonString).joined(separator: ",") + "]"
    }
    out += ",\"records\":["
    for (index, record) in records.enumerated() {
      if index > 0 { out += "," }
      out += "{\"entity\":" + jsonString(record.entity) + ",\"id\":" + jsonString(record.id)
      out += ",\"ref\":" + jsonString(record.ref) + "}"
    }
    return out + "]}"
  }
}

/// Accountability under Directive (EU) 2016/680, Art. 25: consultation, disclosure and
/// sessions are logged in the same hash-chained trail as changes, each with the officer, the
/// operating-system user and the time, and (for consultation and disclosure) the purpose the
/// officer stated. A purpose is stated once, in general or for one operation, and kept until
/// changed: never asked for each record.
extension Store {
  /// What a consultation records when the officer has stated no purpose.
  public static let noPurpose = "no purpose stated"

  /// The purpose the officer stated for the operation, else the one they stated in general.
  public func purpose(of officer: UUID, operation: UUID? = nil) throws(StoreError) -> String? {
    try read { db in try Accountability.purpose(db, officer: officer, operation: operation) }
  }

  /// States why the officer consults records, in general or for one operation; nil withdraws
  /// it. Kept in this database until changed; stating it is an event of the trail.
  public func statePurpose(
    _ text: String?, operation: JointOperation? = nil, as officer: ActingOfficer
  ) throws(StoreError) {
    try writeAudit(as: officer) { w in
      let purpose = try text.map { try TextRules.line($0, field: "purpose", limit: 500) }
      let key = LocalState.purposeKey(officer: officer.id, operation: operation?.id)
      try LocalState.set(w.db, key, purpose)
      let scope = operation.map { " for \($0.code)" } ?? ""
      try w.logEvent(
        .purpose,
        purpose.map { "stated the purpose\(scope): \($0)" } ?? "withdrew the purpose\(scope)",
        entity: operation.map { _ in .operation }, id: operation?.id, ref: operation?.code)
    }
  }

  /// Records that the officer was shown `records` (a record opened, a list, search results).
  public func recordConsultation(
    _ summary: String, of records: [AuditSubject], as officer: ActingOfficer
  ) throws(StoreError) {
    try recordAccess(.consult, summary, records, recipients: nil, as: officer)
  }

  /// Records that `records` left the program (an export, a printout) for `recipients`.
  public func recordDisclosure(
    _ summary: String, of records: [AuditSubject], to recipients: [String],
    as officer: ActingOfficer
  ) throws(StoreError) {
    try recordAccess(.disclose, summary, records, recipients: recipients, as: officer)
  }

  /// Records the start or the end of a console session.
  public func recordSession(starting: Bool, as officer: ActingOfficer) throws(StoreError) {
    try writeAudit(as: officer) { w in
      try w.logEvent(
        starting ? .sessionStart : .sessionEnd,
        starting ? "opened the console on \(path)" : "closed the console")
    }
  }

  private func recordAccess(
    _ kind: AuditKind, _ summary: String, _ records: [AuditSubject], recipients: [String]?,
    as officer: ActingOfficer
  ) throws(StoreError) {
    try writeAudit(as: officer) { w in
      let main = records.count == 1 ? records.first : nil
      let purpose =
        try Accountability.purpose(
          w.db, officer: officer.id, operation: records.lazy.compactMap(\.operationID).first)
        ?? Self.noPurpose
      let details = AccessDetails(
        purpose: purpose, recipients: recipients,
        records: records.map { .init(entity: $0.entity.rawValue, id: $0.id.text, ref: $0.ref) })
      try w.logEvent(
        kind, summary, entity: main?.entity, id: main?.id, ref: main?.ref, details: details.json)
    }
  }
}

enum Accountability {
  static func purpose(_ db: Database, officer: UUID, operation: UUID?) throws -> String? {
    if let operation,
      let stated: String = try LocalState.get(
        db, LocalState.purposeKey(officer: officer, operation: operation))
    {
      return stated
    }
    return try LocalState.get(db, LocalState.purposeKey(officer: officer, operation: nil))
  }
}
