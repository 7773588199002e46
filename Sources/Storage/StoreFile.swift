import Foundation
import GRDB

/// The database file on disk: creating it privately, and checking a file before opening it
/// for writing, so that a file that is not ours is never modified.
enum StoreFile {
  /// Creates the file (mode 0600) if missing; returns whether it was created.
  static func prepare(path: String, createFolder: Bool) throws(StoreError) -> Bool {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw StoreError(.cannotOpen, "\(path) is a folder, not a database file")
      }
      return false
    }
    let folder = (path as NSString).deletingLastPathComponent
    let folderPath = folder.isEmpty ? "." : folder
    if !manager.fileExists(atPath: folderPath) {
      guard createFolder else {
        throw StoreError(
          .cannotOpen, "cannot create \(path): the folder \(folderPath) does not exist")
      }
      do {
        try manager.createDirectory(
          atPath: folderPath, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw StoreError(.cannotOpen, "cannot create the folder \(folderPath): \(describe(error))")
      }
    }
    let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw StoreError(.cannotOpen, "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    close(fd)
    return true
  }

  /// Whether the file system holding `file` has less than 64 KB left for this user.
  static func diskIsFull(holding file: String) -> Bool {
    var stats = statvfs()
    let folder = (file as NSString).deletingLastPathComponent
    guard statvfs(folder.isEmpty ? "." : folder, &stats) == 0 else { return false }
    return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 65_536
  }

  /// Why liaison cannot use a file it may read but not write (a read-only file, folder or
  /// file system), or nil. Every change and every consultation is written to the file's audit
  /// trail, and SQLite writes its -wal and -shm files beside it: both must be writable.
  static func readOnlyProblem(_ path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    for (what, target) in [("the file", path), ("its folder", folder.isEmpty ? "." : folder)] {
      if access(target, W_OK) != 0 {
        let reason = errno == EROFS ? "on a read-only file system" : "not writable"
        return "cannot use \(path): \(what) is \(reason); liaison records every change and "
          + "every consultation in the file's audit trail, so it must be able to write there "
          + "(copy the file somewhere writable to read it)"
      }
    }
    return nil
  }

  /// A connection that cannot change the file: for inspecting, checking and copying it.
  static func readOnly(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    // Even a reader may find the file busy for a moment: while another process recovers
    // the WAL, or checkpoints it as it closes.
    configuration.busyMode = .timeout(Store.busyTimeout)
    return try DatabaseQueue(path: path, configuration: configuration)
  }

  /// Checks an existing file before liaison opens it for writing: readable, writable, and
  /// (unless it is empty, which migrations will build) one whose contents must then be
  /// checked with ``checkContents(_:path:)`` before anything is written; returns whether so.
  ///
  /// The contents are checked on the connection that will write, before it writes: a second,
  /// read-only connection would parse the schema once more, a millisecond of every command.
  /// Opening a file read-write changes nothing until something is written, with two
  /// exceptions: a rollback journal left by a program that crashed, which SQLite plays back
  /// at the first read, and a write-ahead log, which the last connection to close copies into
  /// the file. A file with either beside it (a liaison file has a log while another liaison
  /// has it open) is checked here instead, on a read-only connection, which can do neither.
  static func inspect(path: String) throws(StoreError) -> Bool {
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw StoreError(.cannotOpen, "cannot read \(path): permission denied")
    }
    if let problem = readOnlyProblem(path) { throw StoreError(.cannotOpen, problem) }
    // `stat` rather than FileManager's attributes, which also look up the owner's and group's
    // names: 0.6 ms of every command.
    var status = stat()
    let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
    if size == 0 { return false }  // An empty file is an empty database: migrations build it.
    guard access(path + "-journal", F_OK) == 0 || access(path + "-wal", F_OK) == 0 else {
      return true
    }
    do {
      let queue = try readOnly(path)
      defer { try? queue.close() }
      _ = try queue.read { db in try checkContents(db, path: path) }
    } catch {
      throw refusal(error, path: path)
    }
    return false
  }

  /// Whether the file is liaison's, in a schema this program knows; throws a ``StoreError``
  /// saying what it is otherwise. Returns whether every migration this program knows has
  /// been applied: then opening it has nothing to migrate.
  @discardableResult
  static func checkContents(_ db: Database, path: String) throws -> Bool {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    if version > Schema.version {
      throw StoreError(
        .newerSchema,
        "\(path) was written by a newer liaison (schema \(version); this program knows "
          + "schema \(Schema.version)); upgrade liaison to open it. The file was not changed.")
    }
    if !tables.isEmpty && !tables.contains("grdb_migrations") {
      throw StoreError(
        .notALiaisonDatabase,
        "\(path) is a SQLite database, but not a liaison database; it was not changed")
    }
    let applied = try Schema.migrator.appliedIdentifiers(db)
    if !applied.isEmpty && !applied.contains(Schema.firstMigration) {
      throw StoreError(
        .notALiaisonDatabase,
        "\(path) belongs to another program (its migrations are not liaison's); it was not "
          + "changed")
    }
    // What GRDB's `hasBeenSuperseded` asks, from the identifiers already read.
    let known = Schema.migrator.migrations
    if applied.contains(where: { !known.contains($0) }) {
      throw StoreError(
        .newerSchema,
        "\(path) was written by a newer liaison; upgrade liaison to open it. "
          + "The file was not changed.")
    }
    return known.allSatisfy(applied.contains)
  }

  /// What to tell the officer when opening or checking an existing file failed.
  static func refusal(_ error: any Error, path: String) -> StoreError {
    switch error {
    case let error as StoreError:
      return error
    case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
      return StoreError(
        .notALiaisonDatabase, "\(path) is not a SQLite database; it was not changed")
    case let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT:
      // A damaged liaison file: `db check` and `db restore` still work on it.
      return StoreError(.database, "cannot read \(path): \(describe(error, file: path))")
    default:
      return StoreError(.cannotOpen, "cannot read \(path): \(describe(error, file: path))")
    }
  }

  /// An error in an officer's words: SQLite's message without GRDB's SQL dump. Given the
  /// file, an input/output error on a disk with no room left is called what it is: SQLite
  /// needs room beside the database (its -wal and -shm files) even to read it.
  static func describe(_ error: any Error, file: String? = nil) -> String {
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_FULL,
        let file, diskIsFull(holding: file)
      {
        return "the disk is full: free some space beside \(file) and try again"
      }
      switch error.resultCode {
      case .SQLITE_FULL: return "the disk is full"
      case .SQLITE_READONLY: return "the database is read-only"
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return "another program kept the database busy for more than \(Int(Store.busyTimeout)) s"
      case .SQLITE_CORRUPT: return "the database file is damaged (run `liaison db check`)"
      case .SQLITE_NOTADB: return "the file is not a SQLite database"
      case .SQLITE_CANTOPEN: return "the file cannot be opened"
      case .SQLITE_IOERR: return "input/output error (\(error.message ?? "no detail"))"
      default: return error.message ?? "\(error.resultCode)"
      }
    }
    if let error = error as? StoreError { return error.message }
    return error.localizedDescription
  }
}
