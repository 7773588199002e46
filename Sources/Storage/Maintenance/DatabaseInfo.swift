import CaseModel
import Foundation
import GRDB

/// Facts about the database file, for `liaison db info`.
public struct DatabaseInfo: Sendable {
  public let path: String
  public let schemaVersion: Int
  public let replicaID: UUID
  public let replicaTag: String
  public let createdAt: Date?
  public let fileBytes: Int64
  public let journalMode: String
  /// SQLite's `synchronous` on the writer: 2 is FULL.
  public let synchronous: Int
  public let profileHandle: String?
  /// Live records per kind, in schema order.
  public let records: [(kind: EntityKind, count: Int)]
  public let operations: Int
  public let auditEvents: Int
}

extension Store {
  public func info() throws(StoreError) -> DatabaseInfo {
    let synchronous: Int
    do {
      synchronous =
        try pool.writeWithoutTransaction { db in
          try Int.fetchOne(db, sql: "PRAGMA synchronous")
        } ?? -1
    } catch {
      throw StoreError.wrap(error)
    }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
    let profile = try profile()
    return try read { db in
      let records = try EntityKind.allCases.map { kind in
        (
          kind,
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM \(kind.rawValue) WHERE deleted_at IS NULL") ?? 0
        )
      }
      let createdAt: Date? = try LocalState.get(db, .createdAt)
      return DatabaseInfo(
        path: path, schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
        replicaID: replicaID, replicaTag: replicaTag, createdAt: createdAt, fileBytes: bytes,
        journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?",
        synchronous: synchronous, profileHandle: profile?.handle, records: records,
        // The log takes each operation at the next seq and refuses deletes (its triggers):
        // its last seq is its count, read in one look-up. Counting the rows read the whole
        // of an index (1.4 s for the 28 M operations of the bench file, 1.5 GB from disk).
        operations: try Int.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM op_log") ?? 0,
        auditEvents: try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0)
    }
  }

  /// Checks the file: SQLite's integrity check, foreign keys, the full-text indexes, the
  /// running counts and the action items' scope, and the audit chain. Returns the problems
  /// found, in plain words; empty means healthy.
  public func check() throws(StoreError) -> [String] {
    do {
      return try pool.writeWithoutTransaction { db in
        var problems: [String] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] {
          problems += integrity.prefix(20).map { "integrity: \($0)" }
        }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").prefix(20) {
          let table: String = row[0]
          let rowid: Int64? = row[1]
          let parent: String = row[2]
          problems.append(
            "foreign key: a row of \(table) (rowid \(rowid.map(String.init) ?? "?")) refers to a "
              + "missing \(parent)")
        }
        for index in FullTextIndex.all {
          do {
            // The integrity check is written as an INSERT, so it runs in a transaction that
            // is rolled back: checking never changes the file.
            try db.inSavepoint {
              try db.execute(
                sql: "INSERT INTO \(index.ftsTable)(\(index.ftsTable)) VALUES ('integrity-check')")
              return .rollback
            }
          } catch {
            problems.append("search index \(index.ftsTable): \(StoreFile.describe(error))")
          }
        }
        // Counts, the scope and the search indexes, kept by triggers: were they wrong, lists
        // would show wrong counts and search would find wrongly or skip what the officer may
        // see. `repairDerivedTables` fills them again.
        for (table, _) in DerivedTable.all {
          let (wrong, missing) = try table.difference(db)
          if wrong + missing > 0 {
            problems.append(
              "\(table.name): \(wrong) row(s) the records do not give, \(missing) missing")
          }
        }
        let verdict = try AuditChain.verify(db)
        if let problem = verdict.problem { problems.append("audit trail: \(problem)") }
        return problems
      }
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Fills again, in one transaction, each table liaison derives from the records (running
  /// counts, the action items' scope, the search indexes) that ``check()`` finds out of step
  /// with them; returns their names, empty when none was. Records, the operation log and the
  /// audit trail are not touched, and, like the triggers that keep these tables, the rebuild
  /// is not logged. A file whose pages SQLite finds damaged is refused: writing to it could
  /// make it worse, and a backup is the remedy.
  public func repairDerivedTables() throws(StoreError) -> [String] {
    try requireWritable()
    do {
      // Checked before the write, which would hold every other writer back while SQLite
      // reads the whole file.
      let pages = try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
      guard pages == ["ok"] else {
        throw StoreError(
          .conflict,
          "SQLite finds the file damaged (\(pages.first ?? "?")); nothing was rebuilt: "
            + "restore a backup with `liaison db restore FILE`")
      }
      return try pool.write { db in
        var rebuilt: [String] = []
        for (table, rebuild) in DerivedTable.all {
          let (wrong, missing) = try table.difference(db)
          guard wrong + missing > 0 else { continue }
          try db.execute(sql: rebuild)
          rebuilt.append(table.name)
        }
        return rebuilt
      }
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Checks a file too damaged to open as a store, through a connection that cannot write:
  /// SQLite's integrity check, or why it cannot even run. Never empty: the file failed to
  /// open.
  public static func checkDamaged(path: String) -> [String] {
    do {
      let queue = try StoreFile.readOnly(path)
      defer { try? queue.close() }
      let integrity = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
      guard integrity != ["ok"] else {
        return ["the file passes SQLite's integrity check but cannot be opened as a database"]
      }
      return integrity.prefix(20).map { "integrity: \($0)" }
    } catch let error as DatabaseError {
      return [
        "the file is too damaged for SQLite to check (\(error.message ?? "\(error.resultCode)")); "
          + "restore a backup with `liaison db restore FILE`"
      ]
    } catch {
      return ["the file cannot be checked: \(StoreFile.describe(error, file: path))"]
    }
  }

  /// Writes a consistent, compacted copy of the database to `destination` (mode 0600). An
  /// existing file is never overwritten. `pace` holds the copy back while an officer works.
  public func backup(to destination: String, pace: BackupPace? = nil) throws(StoreError) {
    if FileManager.default.fileExists(atPath: destination) {
      throw StoreError(.conflict, "\(destination) already exists; choose a new file name")
    }
    let folder = (destination as NSString).deletingLastPathComponent
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      throw StoreError(
        .conflict, "cannot back up to \(destination): the folder \(folder) does not exist")
    }
    try Self.vacuum(from: path, into: destination, pace: pace)
  }

  /// Closes the database: later calls fail.
  public func close() throws(StoreError) {
    do {
      try closeReads()
      try checkpointer?.close()
      try pool.close()
    } catch {
      throw StoreError.wrap(error)
    }
  }
}
