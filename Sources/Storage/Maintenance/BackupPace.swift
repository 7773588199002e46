import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// How a backup made beside a running console paces itself: it holds back while the officer
/// is working, and stops when told to.
///
/// A backup reads the whole file and writes a copy of it: on a large file, minutes of disk
/// and processor that the console's own queries and writes would otherwise queue behind (on
/// the 13.6 GB bench file a backup running beside the console took its `j` from 4.8 to 101 ms
/// at p99). The console touches the pace at every key; the backup, which SQLite lets look in
/// every few thousand steps, waits until the keys have been quiet for ``quiet``.
public final class BackupPace: Sendable {
  /// How long after the last key the backup resumes.
  public static let quiet: Duration = .seconds(1)

  private let state = Mutex<(lastActivity: ContinuousClock.Instant?, stopped: Bool)>((nil, false))

  public init() {}

  /// The officer did something: the backup holds back for a while.
  public func touch() { state.withLock { $0.lastActivity = .now } }

  /// Stops the backup at its next look: it fails, and its partial copy is removed.
  public func stop() { state.withLock { $0.stopped = true } }

  /// Waits while the officer is working; true when the backup must stop.
  func waitForQuiet() -> Bool {
    while true {
      let (last, stopped) = state.withLock { ($0.lastActivity, $0.stopped) }
      if stopped { return true }
      guard let last, ContinuousClock.now - last < Self.quiet else { return false }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Makes the statements of connection `db` look in with this pace every few thousand steps.
  /// The pace is held unretained: the caller keeps it until the statements are done.
  func install(on db: Database) {
    sqlite3_progress_handler(
      db.sqliteConnection, 10_000,
      { context in
        guard let context else { return 0 }
        return Unmanaged<BackupPace>.fromOpaque(context).takeUnretainedValue().waitForQuiet()
          ? 1 : 0
      }, Unmanaged.passUnretained(self).toOpaque())
  }
}
