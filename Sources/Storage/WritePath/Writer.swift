import CaseModel
import Foundation
import GRDB

extension Store {
  /// The one write path.
  ///
  /// `body` makes changes through the ``Writer``; in the same SQLite transaction every changed
  /// field is appended to the operation log and every group of changes to the audit trail.
  /// If `body` throws, nothing is written.
  @discardableResult
  public func write<T>(
    as officer: ActingOfficer, _ body: (Writer) throws -> T
  )
    throws(StoreError) -> T
  {
    try requireWritable()
    return try transaction(as: officer, changesRecords: true, body)
  }

  /// Appends to the audit trail alone (a consultation, a disclosure, a stated purpose, a
  /// session), which a read-only session does too: reading is logged whatever the session.
  @discardableResult
  func writeAudit<T>(
    as officer: ActingOfficer, _ body: (Writer) throws -> T
  )
    throws(StoreError) -> T
  {
    try transaction(as: officer, changesRecords: false, body)
  }

  private func transaction<T>(
    as officer: ActingOfficer, changesRecords: Bool, _ body: (Writer) throws -> T
  )
    throws(StoreError) -> T
  {
    do {
      let (result, change) = try pool.write { db in
        let writer = try Writer(
          db: db, replicaID: replicaID, replicaTag: replicaTag, actor: officer,
          changesRecords: changesRecords)
        let result = try body(writer)
        try writer.finish()
        return (
          result, ChangeSet(steps: writer.steps, summary: writer.summaries.joined(separator: "; "))
        )
      }
      lastChange.withLock { $0 = change }
      return result
    } catch {
      throw StoreError.wrap(error)
    }
  }
}

/// Makes changes to records inside one write transaction, logging each changed field and
/// closing each group of changes with an audit event.
public final class Writer {
  let db: Database
  /// The officer the changes are recorded against.
  public private(set) var actor: ActingOfficer
  /// The time of this transaction, to the millisecond.
  public let now: Date
  let replicaID: String
  let replicaTag: String
  private var clock: HybridLogicalClock
  private var trail: AuditTrail
  /// Random bits for the ids of operations and events, seeded once from the system: a system
  /// call per id would cost more than the insert it names.
  private var rng: SplitMix64
  /// The last short reference number of each prefix, read once and saved at the end.
  private var refCounters: [ShortRef.Prefix: Int] = [:]
  private var group: [Touch] = []
  private var groupSummary: String?
  /// Every change of this transaction, with the values it replaced: what undo puts back.
  private(set) var steps: [ChangeSet.Step] = []
  /// The summaries of this transaction's audit events, in order.
  private(set) var summaries: [String] = []
  /// The record the current group is about, if not the first one touched.
  private var groupSubject: Touch?
  /// Statements found in the connection's cache once per transaction and kept: finding one
  /// there hashes its whole text, which cost more than binding its values when thousands of
  /// records are written at once. Inserts by kind of record, and operation-log inserts by row
  /// count. (The cache still spares a one-record write from preparing them again.)
  private var inserts: [EntityKind: (Statement, [String])] = [:]
  private var opInserts = [Statement?](repeating: nil, count: 101)

  /// A record touched in the current audit group.
  private struct Touch {
    var entity: String
    var id: String
    var ref: String
    var change: String
    var fields: [String]?

    /// `{"records":[{"change":…,"entity":…,"fields":[…],"id":…,"ref":…}]}`: keys sorted, as
    /// an encoder with sorted keys would write them, without an encoder's cost per event.
    static func json(_ touches: [Touch]) -> String {
      let records = touches.map { touch in
        "{\"change\":\(jsonString(touch.change)),\"entity\":\(jsonString(touch.entity)),"
          + (touch.fields.map { "\"fields\":[" + $0.map(jsonString).joined(separator: ",") + "]," }
            ?? "")
          + "\"id\":\(jsonString(touch.id)),\"ref\":\(jsonString(touch.ref))}"
      }
      return "{\"records\":[" + records.joined(separator: ",") + "]}"
    }
  }

  /// False for a transaction that only appends to the audit trail: it may change no record.
  let changesRecords: Bool

  init(
    db: Database, replicaID: UUID, replicaTag: String, actor: ActingOfficer,
    changesRecords: Bool = true
  ) throws {
    self.db = db
    self.changesRecords = changesRecords
    self.actor = actor
    self.replicaID = replicaID.text
    self.replicaTag = replicaTag
    let millis = (Date().timeIntervalSince1970 * 1000).rounded(.down)
    self.now = Date(timeIntervalSince1970: millis / 1000)
    self.clock = HybridLogicalClock(last: try LocalState.get(db, .clock) ?? 0)
    self.trail = try AuditTrail(db)
    var system = SystemRandomNumberGenerator()
    self.rng = SplitMix64(seed: system.next())
  }

  // MARK: - Changes

  /// Inserts a new record: validates it, stamps it, gives it a short reference if its kind
  /// has one, and logs every field.
  @discardableResult
  public func insert<R: CaseRecord>(_ record: R) throws -> R {
    try insertStored(stored(record))
  }

  /// Saves changed fields of an existing record, logging only the fields that changed.
  /// Returns the record as saved; an unchanged record is returned as it was, with no log.
  @discardableResult
  public func update<R: CaseRecord>(_ record: R) throws -> R {
    try updateStored(stored(record), change: "alter")
  }

  /// Deletes a record by tombstone: it stays in its table, marked deleted, and in history.
  @discardableResult
  public func delete<R: CaseRecord>(_ record: R) throws -> R {
    var copy = stored(record)
    copy.stamp.deletedAt = now
    return try updateStored(copy, change: "erase")
  }

  /// Brings a deleted record back.
  @discardableResult
  public func restore<R: CaseRecord>(_ record: R) throws -> R {
    var copy = stored(record)
    copy.stamp.deletedAt = nil
    return try updateStored(copy, change: "alter")
  }

  /// Names the current group of changes in the audit trail: `added action A17-KQ3M`.
  public func describe(_ summary: String) { groupSummary = summary }

  /// Names the current group of changes and the record it is about: the audit event is filed
  /// under that record, so the record's history finds it.
  public func describe<R: CaseRecord>(_ summary: String, subject: R) {
    groupSummary = summary
    let record = stored(subject)
    groupSubject = Touch(
      entity: R.entity.rawValue, id: subject.id.text, ref: record.displayName, change: "",
      fields: nil)
  }

  /// Closes the current group of changes with one audit event.
  public func audit() throws {
    guard !group.isEmpty else { return }
    let kind: AuditKind =
      group.contains { $0.change == "erase" }
      ? .erase : group.allSatisfy { $0.change == "collect" } ? .collect : .alter
    let first = groupSubject ?? group[0]
    let summary = groupSummary ?? "\(kind.rawValue) \(first.entity) \(first.ref)"
    summaries.append(summary)
    try trail.append(
      db, kind: kind, officerID: actor.id.text, osUser: actor.osUser, at: now,
      entity: first.entity, entityID: first.id, ref: first.ref, summary: summary,
      details: Touch.json(group), using: &rng)
    group = []
    groupSummary = nil
    groupSubject = nil
  }

  /// Records later changes against another officer: the demo loader writes each record as
  /// the officer who would have made it.
  func act(as officer: ActingOfficer) throws {
    try audit()
    actor = officer
  }

  func finish() throws {
    try audit()
    try trail.save(db)
    for (prefix, last) in refCounters {
      try db.execute(
        sql: """
          INSERT INTO ref_counter(prefix, last) VALUES (?, ?)
          ON CONFLICT(prefix) DO UPDATE SET last = excluded.last
          """, arguments: [prefix.rawValue, last])
    }
    try LocalState.set(db, .clock, clock.last)
  }

  /// Appends an event that changes no record (see `logEvent`).
  func appendEvent(
    _ kind: AuditKind, summary: String, entity: String?, entityID: String?, ref: String?,
    details: String = "{}"
  ) throws {
    try trail.append(
      db, kind: kind, officerID: actor.id.text, osUser: actor.osUser, at: now, entity: entity,
      entityID: entityID, ref: ref, summary: summary, details: details, using: &rng)
  }

  // MARK: - Implementation

  private func requireRecordChanges() throws {
    guard changesRecords else {
      throw StoreError(.notPermitted, "this transaction appends to the audit trail only")
    }
  }

  private func stored<R: CaseRecord>(_ record: R) -> any StoredRecord {
    guard let stored = record as? any StoredRecord else {
      preconditionFailure("\(R.self) has no table")
    }
    return stored
  }

  private func insertStored<S: StoredRecord, R>(_ record: S) throws -> R {
    try requireRecordChanges()
    var copy = try record.validated()
    copy.stamp = Stamp(at: now, by: actor.id)
    if let prefix = S.refPrefix, copy.shortRef.isEmpty {
      copy.shortRef = try nextRef(prefix)
    }
    let values = try copy.databaseDictionary
    let (statement, columns) = try insertion(S.entity, values)
    try statement.execute(binding: columns.map { values[$0]! })
    // A new record's empty fields are not logged: folding the log leaves them empty anyway
    // (no column has a default), and they are a quarter of a record's fields.
    try appendOps(
      S.entity, copy.id, columns.filter { $0 != "id" && !values[$0]!.isNull }, values)
    steps.append(ChangeSet.Step(entity: S.entity, id: copy.id, before: nil, after: values))
    group.append(
      Touch(
        entity: S.entity.rawValue, id: copy.id.text, ref: copy.displayName, change: "collect",
        fields: nil))
    return copy as! R
  }

  private func updateStored<S: StoredRecord, R>(_ record: S, change: String) throws -> R {
    try requireRecordChanges()
    var copy = try record.validated()
    guard let old = try S.fetch(db, id: copy.id.text) else {
      throw StoreError(.notFound, "no such \(S.entity.label) \(copy.displayName)")
    }
    copy.stamp.createdAt = old.stamp.createdAt
    copy.stamp.createdBy = old.stamp.createdBy
    copy.stamp.updatedAt = old.stamp.updatedAt
    copy.stamp.updatedBy = old.stamp.updatedBy
    let before = try old.databaseDictionary
    guard try copy.databaseDictionary != before else { return old as! R }
    copy.stamp.updatedAt = now
    copy.stamp.updatedBy = actor.id
    let after = try copy.databaseDictionary
    let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
    try copy.update(db, columns: changed)
    try appendOps(S.entity, copy.id, changed, after)
    steps.append(
      ChangeSet.Step(
        entity: S.entity, id: copy.id,
        before: before.filter { changed.contains($0.key) },
        after: after.filter { changed.contains($0.key) }))
    group.append(
      Touch(
        entity: S.entity.rawValue, id: copy.id.text, ref: copy.displayName, change: change,
        fields: changed))
    return copy as! R
  }

  /// Writes fields of a record as they are given, without the model's checks: only undo uses
  /// it, to put back values the record held before.
  func setFields(_ entity: EntityKind, _ id: UUID, _ values: [String: DatabaseValue]) throws {
    var values = values
    values["updated_at"] = now.databaseValue
    values["updated_by"] = actor.id.text.databaseValue
    let columns = values.keys.sorted()
    guard
      let before = try Row.fetchOne(
        db, sql: "SELECT * FROM \(entity.rawValue) WHERE id = ?", arguments: [id.text])
    else { throw StoreError(.notFound, "no such \(entity.label) \(id.text)") }
    try db.execute(
      sql: "UPDATE \(entity.rawValue) SET "
        + columns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?",
      arguments: StatementArguments(columns.map { values[$0]! } + [id.text.databaseValue]))
    try appendOps(entity, id, columns, values)
    steps.append(
      ChangeSet.Step(
        entity: entity, id: id,
        before: Dictionary(uniqueKeysWithValues: columns.map { ($0, before[$0] as DatabaseValue) }),
        after: values))
    let ref: String =
      (before["ref"] as String?) ?? (before["code"] as String?)
      ?? (before["handle"] as String?) ?? id.text
    group.append(
      Touch(entity: entity.rawValue, id: id.text, ref: ref, change: "alter", fields: columns))
  }

  /// Appends one operation per field, in the order given, with one statement: a new action
  /// item logs a dozen fields, and a statement each cost more than the rows. What the rows
  /// share (replica, officer, record) is bound once, as numbered parameters ?1–?4.
  private func appendOps(
    _ entity: EntityKind, _ id: UUID, _ fields: [String], _ values: [String: DatabaseValue]
  ) throws {
    for chunk in fields.chunked(100) {
      var arguments: [DatabaseValue] = [
        replicaID.databaseValue, actor.id.text.databaseValue, entity.rawValue.databaseValue,
        id.text.databaseValue,
      ]
      arguments.reserveCapacity(4 + chunk.count * 4)
      for field in chunk {
        arguments += [
          UUID.v7(at: now, using: &rng).text.databaseValue, clock.tick(now: now).databaseValue,
          field.databaseValue, values[field]!,
        ]
      }
      let insert = try statement(&opInserts[chunk.count], Self.opInsertSQL[chunk.count])
      try insert.execute(binding: arguments)
    }
  }

  /// The statement that inserts a record of the kind, found at the first such record of the
  /// transaction, with its columns in order (a kind always encodes the same columns).
  private func insertion(
    _ entity: EntityKind, _ values: [String: DatabaseValue]
  ) throws -> (Statement, [String]) {
    if let known = inserts[entity] { return known }
    let columns = values.keys.sorted()
    let sql =
      "INSERT INTO \(entity.rawValue)(\(columns.joined(separator: ", "))) VALUES ("
      + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    let made = (try db.cachedStatement(sql: sql), columns)
    inserts[entity] = made
    return made
  }

  /// The statement in `slot`, found in the connection's cache by `sql` the first time.
  private func statement(_ slot: inout Statement?, _ sql: String) throws -> Statement {
    if let slot { return slot }
    let made = try db.cachedStatement(sql: sql)
    slot = made
    return made
  }

  /// The statement that appends `n` operations, by `n` (up to a chunk of 100).
  private static let opInsertSQL: [String] = (0...100).map { count in
    "INSERT INTO op_log(op_id, replica_id, hlc, officer_id, entity, entity_id, field, value) VALUES "
      + (0..<count).map { row in
        let n = 4 + row * 4
        return "(?\(n + 1), ?1, ?\(n + 2), ?2, ?3, ?4, ?\(n + 3), ?\(n + 4))"
      }.joined(separator: ", ")
  }

  private func nextRef(_ prefix: ShortRef.Prefix) throws -> String {
    let last =
      try refCounters[prefix]
      ?? Int.fetchOne(
        db, sql: "SELECT last FROM ref_counter WHERE prefix = ?", arguments: [prefix.rawValue])
      ?? 0
    refCounters[prefix] = last + 1
    return ShortRef(prefix: prefix, number: last + 1, tag: replicaTag).description
  }

}

/// A JSON string literal: quotes, backslashes and control characters escaped.
func jsonString(_ text: String) -> String {
  // Most names and references need no escape: they are quoted as they are.
  if !text.utf8.contains(where: {
    $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
  }) {
    return "\"" + text + "\""
  }
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}
