import CaseModel
import Foundation
import GRDB
import Synchronization
import Testing

@testable import Storage

/// A backup beside the console holds back while keys come in, and stops when told to.
@Suite("Backups at the officer's pace")
struct BackupPaceTests {
  /// A file large enough that SQLite looks in with the pace many times during its copy.
  func filledStore() throws -> (TemporaryStore, Fixture) {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    try temp.store.write(as: f.me) { w in
      for index in 1...3_000 {
        _ = try w.insert(
          ActionItem(
            title: "Check manifest \(index) of the Esperanza convoy", ownerID: f.ana.id,
            operationID: f.operation.id, markings: .standard))
      }
    }
    return (temp, f)
  }

  func actionCount(_ path: String) throws -> Int {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM action_item") }
      ?? 0
  }

  @Test func theBackupWaitsForTheKeysToBeQuietThenCompletes() throws {
    let (temp, _) = try filledStore()
    let pace = BackupPace()
    let destination = temp.file("paced.sqlite")
    let started = ContinuousClock.now
    let finished = Mutex<ContinuousClock.Instant?>(nil)
    pace.touch()
    let store = temp.store
    Thread.detachNewThread {
      try? store.backup(to: destination, pace: pace)
      finished.withLock { $0 = .now }
    }
    // Keys for 0.8 s: the backup may not finish meanwhile, nor within a second after.
    while ContinuousClock.now - started < .milliseconds(800) {
      pace.touch()
      #expect(finished.withLock { $0 } == nil)
      Thread.sleep(forTimeInterval: 0.05)
    }
    let quietFrom = ContinuousClock.now
    while finished.withLock({ $0 }) == nil && ContinuousClock.now - started < .seconds(30) {
      Thread.sleep(forTimeInterval: 0.02)
    }
    let end = try #require(finished.withLock { $0 })
    #expect(end - quietFrom >= BackupPace.quiet - .milliseconds(100))
    #expect(try actionCount(destination) == 3_000)
  }

  @Test func aStoppedBackupFailsAndLeavesNoCopy() throws {
    let (temp, _) = try filledStore()
    let pace = BackupPace()
    let destination = temp.file("stopped.sqlite")
    pace.touch()
    let outcome = Mutex<StoreError?>(nil)
    let done = DispatchSemaphore(value: 0)
    let store = temp.store
    Thread.detachNewThread {
      do throws(StoreError) {
        try store.backup(to: destination, pace: pace)
      } catch {
        outcome.withLock { $0 = error }
      }
      done.signal()
    }
    Thread.sleep(forTimeInterval: 0.2)
    pace.stop()
    #expect(done.wait(timeout: .now() + 10) == .success)
    #expect(outcome.withLock { $0 } != nil)
    #expect(!FileManager.default.fileExists(atPath: destination))
    #expect(try actionCount(temp.path) == 3_000, "the database itself is untouched")
  }

  @Test func anUntouchedPaceLetsTheBackupRunThrough() throws {
    let (temp, _) = try filledStore()
    let destination = temp.file("unpaced.sqlite")
    try temp.store.backup(to: destination, pace: BackupPace())
    #expect(try actionCount(destination) == 3_000)
  }
}
