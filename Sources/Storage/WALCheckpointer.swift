import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Copies the write-ahead log into the database file on a thread and a connection of its own.
///
/// By default SQLite copies the log inside the commit that takes it past 1,000 pages: that
/// commit writes the pages into the database file and syncs it, tens of milliseconds on a
/// large file, and in the console the key that asked for the write waits for them (the bench
/// saw one `j` in a thousand take 66 ms, and 284 ms once). An interactive store installs this
/// instead, on the same trigger: a commit that leaves the log past 1,000 pages only asks this
/// thread for a passive checkpoint, which copies what no reader still needs and never blocks
/// readers or writers. The log keeps every page until it is copied, so nothing is at stake if
/// a checkpoint is put off or refused; when the last connection closes, SQLite copies the rest.
final class WALCheckpointer: Sendable {
  /// Log pages that make a commit ask for a checkpoint: SQLite's own default.
  static let threshold: CInt = 1_000

  private let path: String
  private let queue = DispatchQueue(label: "liaison.checkpoint")
  private let state = Mutex<State>(State())

  private struct State {
    var asked = false
    var closed = false
    /// Opened at the first checkpoint: most console sessions write little.
    var connection: DatabaseQueue?
    var checkpoints = 0
  }

  init(path: String) { self.path = path }

  /// Checkpoints run so far: for tests.
  var checkpoints: Int { state.withLock { $0.checkpoints } }

  /// Holds checkpoints back until ``resume()``: for tests, to see that commits go on without.
  func pause() { queue.suspend() }
  func resume() { queue.resume() }

  /// Replaces SQLite's automatic checkpoint on the writer connection `db` with a request to
  /// this thread. The hook holds the checkpointer unretained: the store keeps it, and the
  /// writer connection, for as long as either is used.
  func install(on db: Database) {
    sqlite3_wal_hook(
      db.sqliteConnection,
      { context, _, _, pages in
        if pages >= WALCheckpointer.threshold, let context {
          Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().ask()
        }
        return SQLITE_OK
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  private func ask() {
    let start = state.withLock { state in
      guard !state.asked && !state.closed else { return false }
      state.asked = true
      return true
    }
    guard start else { return }
    queue.async { [self] in
      let connection = state.withLock { state -> DatabaseQueue? in
        state.asked = false
        guard !state.closed else { return nil }
        if state.connection == nil { state.connection = try? DatabaseQueue(path: path) }
        return state.connection
      }
      // Refused (the file busy, the disk full): the pages stay in the log, and the next
      // commit past the threshold asks again.
      if let connection,
        (try? connection.writeWithoutTransaction({ try $0.checkpoint(.passive) })) != nil
      {
        state.withLock { $0.checkpoints += 1 }
      }
    }
  }

  /// Waits for a checkpoint under way and closes the connection; asks after this are ignored.
  func close() throws {
    state.withLock { $0.closed = true }
    queue.sync {}
    try state.withLock { state in
      try state.connection?.close()
      state.connection = nil
    }
  }
}
