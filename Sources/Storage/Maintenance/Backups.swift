import CaseModel
import Foundation
import GRDB

/// The automatic backups of a database: one a day at most, made by `VACUUM INTO` into a
/// `backups` folder beside the file (`liaison.sqlite` → `backups/liaison-2026-11-29.sqlite`),
/// the newest seven kept. A backup is a complete database, checked before it is restored.
public struct BackupRotation: Sendable {
  public let folder: String
  let baseName: String
  public static let kept = 7

  public init(databasePath: String) {
    let url = URL(fileURLWithPath: databasePath)
    folder = url.deletingLastPathComponent().appendingPathComponent("backups").path
    baseName = url.deletingPathExtension().lastPathComponent
  }

  /// The backup file of a day.
  public func path(for day: CalendarDate) -> String {
    folder + "/\(baseName)-\(day).sqlite"
  }

  /// The backups there are, oldest first (their names sort by day).
  public func existing() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { name in
      guard name.hasPrefix(baseName + "-"), name.hasSuffix(".sqlite") else { return false }
      let day = name.dropFirst(baseName.count + 1).dropLast(".sqlite".count)
      return (try? CalendarDate(iso: String(day))) != nil
    }.sorted().map { folder + "/" + $0 }
  }
}

/// What checking a backup found.
public struct BackupFacts: Sendable {
  public let path: String
  public let schemaVersion: Int
  public let actions: Int
  public let minuteEntries: Int
  public let auditEvents: Int
}

extension Store {
  /// Makes today's backup unless there is one, then removes all but the newest seven.
  /// Returns the file made, or nil when today's was already there. It reads through its own
  /// connection, so it can run beside the console without holding up its reads and writes.
  ///
  /// `pace`, when given, holds the backup back while the officer is working (the console's).
  @discardableResult
  public func rotateBackups(
    today: CalendarDate, pace: BackupPace? = nil
  ) throws(StoreError) -> String? {
    let rotation = BackupRotation(databasePath: path)
    let target = rotation.path(for: today)
    var made: String?
    if !FileManager.default.fileExists(atPath: target) {
      do {
        try FileManager.default.createDirectory(
          atPath: rotation.folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw StoreError(
          .conflict,
          "cannot make the backup folder \(rotation.folder): \(error.localizedDescription)")
      }
      // Written under a temporary name and renamed, so that a backup cut short (a full disk,
      // a kill) never passes for today's.
      let partial = target + ".partial"
      try? FileManager.default.removeItem(atPath: partial)
      try Self.vacuum(from: path, into: partial, pace: pace)
      guard rename(partial, target) == 0 else {
        try? FileManager.default.removeItem(atPath: partial)
        throw StoreError(
          .conflict, "cannot name the backup \(target): \(String(cString: strerror(errno)))")
      }
      made = target
    }
    for old in rotation.existing().dropLast(BackupRotation.kept) {
      try? FileManager.default.removeItem(atPath: old)
    }
    return made
  }

  /// Checks that a file is a healthy liaison database this program can read: SQLite's
  /// integrity check, the schema version, and the audit chain. Never changes the file.
  public static func checkBackup(at path: String) throws(StoreError) -> BackupFacts {
    guard FileManager.default.fileExists(atPath: path) else {
      throw StoreError(.notFound, "no file \(path)")
    }
    do {
      let queue = try StoreFile.readOnly(path)
      defer { try? queue.close() }
      return try queue.read { db in
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard try db.tableExists("op_log"), try db.tableExists("audit_event"), version > 0 else {
          throw StoreError(.conflict, "\(path) is not a liaison database")
        }
        guard version <= Schema.version else {
          throw StoreError(
            .conflict,
            "\(path) was written by a newer liaison (schema \(version); this one reads up to "
              + "\(Schema.version))")
        }
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        guard integrity == ["ok"] else {
          throw StoreError(
            .conflict, "\(path) is damaged: \(integrity.prefix(3).joined(separator: "; "))")
        }
        if let problem = try AuditChain.verify(db).problem {
          throw StoreError(.conflict, "\(path) has a broken audit trail: \(problem)")
        }
        return BackupFacts(
          path: path, schemaVersion: version,
          actions: try Int.fetchOne(
            db, sql: "SELECT count(*) FROM action_item WHERE deleted_at IS NULL") ?? 0,
          minuteEntries: try Int.fetchOne(
            db, sql: "SELECT count(*) FROM minute_entry WHERE deleted_at IS NULL") ?? 0,
          auditEvents: try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0)
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(
        .conflict, "\(path) cannot be read as a database: \(StoreFile.describe(error))")
    }
  }

  /// Puts a backup's content in place of this database's, after checking the backup. What
  /// the database held first is kept as a backup of its own (returned), so a restore loses
  /// nothing either. The copy goes through SQLite's backup API, inside the database's own
  /// locking, so another process that has the file open sees the restored content.
  public func restore(from backup: String) throws(StoreError) -> (facts: BackupFacts, saved: String)
  {
    try requireWritable()
    let facts = try Self.checkBackup(at: backup)
    let saved = try Self.beforeRestorePath(of: path)
    do {
      try self.backup(to: saved)
    } catch  where error.code == .database {
      // SQLite cannot copy a damaged database; its bytes are kept as they are.
      try Self.keepBytes(of: path, at: saved)
    }
    do {
      let source = try StoreFile.readOnly(backup)
      defer { try? source.close() }
      try source.backup(to: pool)
    } catch {
      throw StoreError(
        .database,
        "restoring \(backup) failed: \(StoreFile.describe(error)); the database as it was is in \(saved)"
      )
    }
    return (facts, saved)
  }

  /// Restores a database too damaged to open, by file: the backup is checked, the damaged
  /// file (and its -wal) kept byte for byte in the backups folder, then the backup copied in
  /// its place.
  public static func restoreDamaged(
    path: String, from backup: String
  ) throws(StoreError) -> (facts: BackupFacts, saved: String) {
    let facts = try checkBackup(at: backup)
    let saved = try beforeRestorePath(of: path)
    try keepBytes(of: path, at: saved)
    let staged = path + ".liaison-restore-\(getpid())"
    try? FileManager.default.removeItem(atPath: staged)
    try vacuum(from: backup, into: staged)
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    guard rename(staged, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: staged)
      throw StoreError(
        .database, "restoring \(backup) failed: \(reason); the database as it was is in \(saved)")
    }
    return (facts, saved)
  }

  /// Where a database's content goes before a restore replaces it: the backups folder.
  private static func beforeRestorePath(of path: String) throws(StoreError) -> String {
    let folder = BackupRotation(databasePath: path).folder
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError(
        .conflict, "cannot make the backup folder \(folder): \(error.localizedDescription)")
    }
    let stamp = StoredDate.text(Date()).replacingOccurrences(of: " ", with: "T")
      .replacingOccurrences(of: ":", with: "")
    return folder + "/" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      + "-before-restore-\(stamp).sqlite"
  }

  /// Copies a database file and its -wal byte for byte, private to the user.
  private static func keepBytes(of path: String, at saved: String) throws(StoreError) {
    do {
      for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
        try FileManager.default.copyItem(atPath: path + suffix, toPath: saved + suffix)
        chmod(saved + suffix, 0o600)
      }
    } catch {
      throw StoreError(
        .conflict, "cannot keep a copy of \(path) before restoring: \(error.localizedDescription)")
    }
  }

  /// `VACUUM INTO` from a read-only connection of its own, into a new file of mode 0600,
  /// at the `pace` given.
  static func vacuum(
    from source: String, into destination: String, pace: BackupPace? = nil
  ) throws(StoreError) {
    let fd = Foundation.open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw StoreError(
        .conflict, "cannot create \(destination): \(String(cString: strerror(errno)))")
    }
    Foundation.close(fd)
    do {
      let queue = try StoreFile.readOnly(source)
      defer { try? queue.close() }
      try queue.writeWithoutTransaction { db in
        try withExtendedLifetime(pace) {
          pace?.install(on: db)
          try db.execute(sql: "VACUUM INTO ?", arguments: [destination])
        }
      }
    } catch {
      try? FileManager.default.removeItem(atPath: destination)
      throw StoreError(
        .database, "backup to \(destination) failed: \(StoreFile.describe(error))")
    }
  }
}
