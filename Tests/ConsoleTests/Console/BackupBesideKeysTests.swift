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

  /// The console closing while its day's backup waits for the keys to stop: the backup is
  /// stopped and its partial copy removed before the program goes on to exit.
  @Test func closingTheConsoleStopsTheBackupAndRemovesItsPartialCopy() throws {
    let h = try ConsoleHarness()
    let backups = (h.store.path as NSString).deletingLastPathComponent + "/backups"
    func files() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: backups)) ?? []
    }
    h.press(.char("j"))
    let running = ConsoleLauncher.backUpToday(
      h.store, notices: h.app.notices, pace: h.app.backupPace)
    let started = Date()
    while !files().contains(where: { $0.hasSuffix(".partial") })
      && Date().timeIntervalSince(started) < 10
    {
      h.press(.char("j"))
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(files().contains { $0.hasSuffix(".partial") }, "the backup has begun: \(files())")
    h.press(.char("k"))
    ConsoleLauncher.stopBackup(running, pace: h.app.backupPace)
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(files().isEmpty, "nothing half-made is left: \(files())")
  }
}
