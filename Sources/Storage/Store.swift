import CaseModel
import Foundation
import GRDB
import Synchronization

/// liaison's database: one SQLite file, opened for reading and writing.
///
/// Writes go one at a time through ``write(as:_:)``, which records every change in the
/// operation log and the audit trail. Two processes may share a file: each waits up to
/// ``busyTimeout`` for the other's write to finish rather than failing. Reads share the
/// writes' connection, unless the store was opened `interactive` (the console, whose writes
/// run on a thread of their own): then a read never waits behind a write, and a write never
/// waits for the log to be copied into the file. A search on a large file also reads on a
/// second, read-only connection, to run its largest kinds side by side.
public final class Store: Sendable {
  /// The file's path.
  public let path: String
  /// This database's replica: created once, with the file.
  public let replicaID: UUID
  /// The tag that ends this replica's short references: `KQ3M`.
  public let replicaTag: String

  /// One connection, serialised: writes are short, and one connection keeps opening the file
  /// free of writes (GRDB's DatabasePool writes a dummy transaction when it opens a file).
  let pool: DatabaseQueue

  /// Where reads run: ``pool``, or a read-only connection of its own. In WAL mode a reader
  /// never waits for a writer, in this process or another.
  private let reads: DatabaseQueue

  /// A second read-only connection, opened the first time a read runs beside another (a
  /// search's kinds run on two connections at once).
  private let sideReads = Mutex<DatabaseQueue?>(nil)

  /// An interactive store's checkpoints, off the writes' thread.
  let checkpointer: WALCheckpointer?

  /// Who reads are for; the connection's `liaison_viewer()` asks it.
  let viewerBox: ViewerBox

  /// Set by `--read-only`: every change of a record is refused; the audit trail still records
  /// what is read.
  private let readOnly = Mutex(false)

  public var isReadOnly: Bool {
    get { readOnly.withLock { $0 } }
    set { readOnly.withLock { $0 = newValue } }
  }

  /// Refuses in a read-only session.
  func requireWritable() throws(StoreError) {
    if isReadOnly {
      throw StoreError(
        .notPermitted, "this session is read-only (--read-only): nothing can be changed")
    }
  }

  /// What the last write changed, for undo.
  let lastChange = Mutex<ChangeSet?>(nil)

  /// What the last write through this store changed, once: the console keeps it for undo.
  public func takeLastChange() -> ChangeSet? {
    lastChange.withLock { change in
      defer { change = nil }
      return change
    }
  }

  /// How long a write waits for another process's write.
  public static let busyTimeout: TimeInterval = 5

  /// Opens the database at `path`, creating it (and, if asked, its folder) when missing.
  ///
  /// A file written by a newer liaison, or a file that is not a liaison database, is refused
  /// without being modified.
  ///
  /// `newReplicaID` names the replica of a database created by this call (tests use it for
  /// stable short references); an existing database keeps its own.
  ///
  /// `interactive` is for a program that must not wait on the database where it can help it
  /// (the console): reads get a read-only connection of their own, so they go on while a
  /// write waits for another process's lock; and the write-ahead log is copied into the file
  /// on a thread of its own (``WALCheckpointer``), so no write waits for that copy.
  public static func open(
    path: String, createFolder: Bool = false, newReplicaID: UUID? = nil,
    interactive: Bool = false
  )
    throws(StoreError) -> Store
  {
    do {
      let created = try StoreFile.prepare(path: path, createFolder: createFolder)
      let unchecked = try !created && StoreFile.inspect(path: path)
      let viewerBox = ViewerBox()
      let pool: DatabaseQueue
      // A file checked here, and found up to date, is not handed to the migrator, which
      // would read the applied migrations twice more; its replica is read in the same go.
      var upToDate: (replica: UUID?, migrated: Bool) = (nil, false)
      do {
        pool = try DatabaseQueue(path: path, configuration: configuration(viewerBox))
        if unchecked {
          upToDate = try pool.read { db in
            try StoreFile.checkContents(db, path: path)
              ? (try LocalState.storedReplicaID(db), true) : (nil, false)
          }
        }
      } catch {
        throw StoreFile.refusal(error, path: path)
      }
      try pool.writeWithoutTransaction { db in
        // WAL lets readers in other processes work while one writes. The mode is stored in
        // the file, so it is set only when needed: GRDB's own WAL set-up writes to the file
        // on every open, and a command refused for bad input must leave the file untouched.
        if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        // A field laptop may lose power mid-write: FULL syncs the WAL at every commit.
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
      if !upToDate.migrated { try Schema.migrator.migrate(pool) }
      let replica =
        try upToDate.replica ?? pool.write { db in try LocalState.replicaID(db, new: newReplicaID) }
      let reads = interactive ? try reader(path: path, viewerBox: viewerBox) : pool
      let checkpointer = interactive ? WALCheckpointer(path: path) : nil
      if let checkpointer {
        pool.writeWithoutTransaction { db in checkpointer.install(on: db) }
      }
      return Store(
        path: path, pool: pool, reads: reads, replicaID: replica, viewerBox: viewerBox,
        checkpointer: checkpointer)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(.cannotOpen, "cannot open \(path): \(StoreFile.describe(error, file: path))")
    }
  }

  private init(
    path: String, pool: DatabaseQueue, reads: DatabaseQueue, replicaID: UUID,
    viewerBox: ViewerBox, checkpointer: WALCheckpointer?
  ) {
    self.checkpointer = checkpointer
    self.path = path
    self.pool = pool
    self.reads = reads
    self.viewerBox = viewerBox
    self.replicaID = replicaID
    self.replicaTag = ShortRef.tag(for: replicaID)
  }

  /// A read-only connection to the file at `path`.
  private static func reader(path: String, viewerBox: ViewerBox) throws -> DatabaseQueue {
    var readOnly = configuration(viewerBox)
    readOnly.readonly = true
    return try DatabaseQueue(path: path, configuration: readOnly)
  }

  private static func configuration(_ viewerBox: ViewerBox) -> Configuration {
    var config = Configuration()
    config.prepareDatabase { db in
      db.add(function: viewerBox.function)
      try SearchRank.register(db)
    }
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(busyTimeout)
    config.label = "liaison"
    return config
  }

  /// The schema version this program writes.
  public static var schemaVersion: Int { Schema.version }

  /// Closes the read connections, when they are separate ones.
  func closeReads() throws {
    if reads !== pool { try reads.close() }
    try sideReads.withLock { side in
      try side?.close()
      side = nil
    }
  }

  /// Runs a read in a snapshot of the database.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try reads.read(body)
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Runs two reads at once, each in a snapshot of its own, on two connections: for
  /// independent queries that each take a while on a large file. The snapshots may differ by
  /// a write that lands between them, as if the reads were made a moment apart.
  func readSideBySide<A: Sendable, B: Sendable>(
    _ first: @Sendable (Database) throws -> A, _ second: @Sendable (Database) throws -> B
  ) throws(StoreError) -> (A, B) {
    let side: DatabaseQueue
    do {
      side = try sideReads.withLock { side in
        if let side { return side }
        let opened = try Self.reader(path: path, viewerBox: viewerBox)
        side = opened
        return opened
      }
    } catch {
      throw StoreError.wrap(error)
    }
    let answers = Mutex<(A?, B?, (any Error)?)>((nil, nil, nil))
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      do {
        if lane == 0 {
          let answer = try side.read(first)
          answers.withLock { $0.0 = answer }
        } else {
          let answer = try reads.read(second)
          answers.withLock { $0.1 = answer }
        }
      } catch {
        answers.withLock { $0.2 = error }
      }
    }
    let (a, b, failure) = answers.withLock { $0 }
    if let failure { throw StoreError.wrap(failure) }
    guard let a, let b else { throw StoreError(.database, "a read gave no answer") }
    return (a, b)
  }
}

extension StoreError {
  /// Passes store and validation errors through; describes SQLite errors in plain words.
  static func wrap(_ error: any Error) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? ValidationError { return StoreError(.conflict, error.message) }
    return StoreError(.database, StoreFile.describe(error))
  }
}
