import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// The day's backups beside the database, and restoring one: checked first, and nothing lost.
@Suite("Backups and restore")
struct BackupTests {
  let today = CalendarDate.on("2026-11-29")

  func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func theDaysBackupIsMadeOnceOwnerOnlyAndTheNewestSevenAreKept() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    _ = try f.action("Ask MAOC-N for the AIS track")
    let rotation = BackupRotation(databasePath: temp.path)
    // Nine older backups, and the remains of one cut short (which must not count).
    try FileManager.default.createDirectory(
      atPath: rotation.folder, withIntermediateDirectories: true)
    for days in 1...9 {
      try f.store.backup(to: rotation.path(for: today.adding(days: -days)))
    }
    try Data("half a file".utf8).write(
      to: URL(fileURLWithPath: rotation.path(for: today) + ".partial"))

    let made = try #require(try f.store.rotateBackups(today: today))
    #expect(made == rotation.path(for: today))
    #expect(try mode(made) == 0o600)
    #expect(try Store.checkBackup(at: made).actions == 1)
    #expect(
      rotation.existing() == (0..<7).reversed().map { rotation.path(for: today.adding(days: -$0)) })
    #expect(!FileManager.default.fileExists(atPath: made + ".partial"))
    // Once a day: a second call the same day makes nothing.
    #expect(try f.store.rotateBackups(today: today) == nil)
    #expect(rotation.existing().count == 7)
  }

  @Test func theBackupFolderIsMadeOwnerOnly() throws {
    let temp = try TemporaryStore()
    _ = try Fixture(temp.store)
    let made = try #require(try temp.store.rotateBackups(today: today))
    #expect(try mode(BackupRotation(databasePath: temp.path).folder) == 0o700)
    #expect(try mode(made) == 0o600)
  }

  @Test func aRestorePutsTheBackupBackAndKeepsWhatWasThere() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    _ = try f.action("Before the backup")
    let backup = try #require(try f.store.rotateBackups(today: today))
    let atBackup = try f.store.stateDigest()
    _ = try f.action("After the backup")
    let beforeRestore = try f.store.stateDigest()

    let (facts, saved) = try f.store.restore(from: backup)
    #expect(facts.actions == 1)
    #expect(try f.store.stateDigest() == atBackup)
    // Another connection (another process) sees the restored content.
    #expect(try temp.reopen().stateDigest() == atBackup)
    // What the database held is kept, whole.
    #expect(try Store.open(path: saved).stateDigest() == beforeRestore)
    #expect(try f.store.check() == [])
    #expect(try mode(saved) == 0o600)
  }

  /// A backup that is not sound is refused before anything changes.
  @Test(arguments: ["random bytes", "damaged pages", "newer schema", "tampered audit", "missing"])
  func aBadBackupIsRefusedAndTheDatabaseIsLeftAsItWas(_ fault: String) throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    for index in 1...200 { _ = try f.action("Item \(index) with some text to fill pages") }
    let backup = temp.file("backup.sqlite")
    try f.store.backup(to: backup)
    switch fault {
    case "random bytes":
      try Data((0..<65_536).map { _ in UInt8.random(in: 0...255) }).write(
        to: URL(fileURLWithPath: backup))
    case "damaged pages":
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: backup))
      let size = try handle.seekToEnd()
      var generator = SystemRandomNumberGenerator()
      for _ in 0..<20 {
        try handle.seek(toOffset: UInt64.random(in: 4_096..<size - 512, using: &generator))
        try handle.write(contentsOf: Data((0..<512).map { _ in UInt8.random(in: 0...255) }))
      }
      try handle.close()
    case "newer schema":
      let queue = try DatabaseQueue(path: backup)
      try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 999") }
      try queue.close()
    case "tampered audit":
      let queue = try DatabaseQueue(path: backup)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "DROP TRIGGER audit_event_no_update")
        try db.execute(sql: "UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 3")
      }
      try queue.close()
    default:
      try FileManager.default.removeItem(atPath: backup)
    }
    let before = try f.store.stateDigest()
    let refused = storeError { _ = try f.store.restore(from: backup) }
    #expect(refused != nil)
    #expect(refused?.message.contains(backup) == true)
    #expect(try f.store.stateDigest() == before)
    #expect(try f.store.check() == [])
    // Nothing was put aside either: a refused restore does nothing at all.
    let folder = BackupRotation(databasePath: temp.path).folder
    #expect((try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty ?? true)
  }
}
