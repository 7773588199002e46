import CaseModel
import Foundation
import Storage
import Synchronization
import Testing

@testable import Console

/// The day's backup holds back while the officer types: every key reaches the pace.
@Suite("The day's backup beside the keys")
@MainActor
struct BackupBesideKeysTests {
  @Test func keysHoldTheBackupBackUntilTheyStop() throws {
    let h = try ConsoleHarness()
    let destination = h.folder.appendingPathComponent("beside-keys.sqlite").path
    let finished = Mutex<Bool>(false)
    let (store, pace) = (h.store, h.app.backupPace)
    h.press(.char("j"))
    Thread.detachNewThread {
      try? store.backup(to: destination, pace: pace)
      finished.withLock { $0 = true }
    }
    let started = Date()
    while Date().timeIntervalSince(started) < 0.6 {
      h.press(.char(Date().timeIntervalSince(started) < 0.3 ? "j" : "k"))
      #expect(!finished.withLock { $0 }, "the backup waits while keys come in")
      Thread.sleep(forTimeInterval: 0.05)
    }
    while !finished.withLock({ $0 }) && Date().timeIntervalSince(started) < 30 {
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(finished.withLock { $0 })
    #expect(FileManager.default.fileExists(atPath: destination))
  }
}
