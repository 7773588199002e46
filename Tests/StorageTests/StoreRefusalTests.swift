import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Files that are not ours, or not ours to change, are refused and left exactly as they were.
@Suite("Refusing files without touching them")
struct StoreRefusalTests {
  /// Opens `path`, expecting a refusal with `code`, and checks the file's bytes did not change.
  @discardableResult
  func expectRefusal(
    _ path: String, _ code: StoreError.Code,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> StoreError? {
    let before = try fileBytes(path)
    let error = storeError { _ = try Store.open(path: path) }
    #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(try fileBytes(path) == before, "the file was changed", sourceLocation: sourceLocation)
    return error
  }

  /// A liaison database, closed, as a newer or damaged copy would start.
  func liaisonFile(_ folder: TemporaryFolder) throws -> String {
    let path = folder.path("liaison.sqlite")
    let store = try Store.open(path: path)
    _ = try Fixture(store)
    try store.close()
    return path
  }

  @Test func aBareFileFromANewerSchema() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("future.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
    try queue.close()
    let error = try expectRefusal(path, .newerSchema)
    #expect(error?.message.contains("99") == true)
    #expect(error?.message.contains("not changed") == true)
  }

  @Test func aLiaisonDatabaseFromANewerSchema() throws {
    let folder = try TemporaryFolder()
    let path = try liaisonFile(folder)
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
    try queue.close()
    try expectRefusal(path, .newerSchema)
  }

  @Test func aLiaisonDatabaseWithAnUnknownMigration() throws {
    let folder = try TemporaryFolder()
    let path = try liaisonFile(folder)
    let queue = try DatabaseQueue(path: path)
    try queue.write {
      try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v2 from the future')")
    }
    try queue.close()
    try expectRefusal(path, .newerSchema)
  }

  @Test func aSQLiteDatabaseOfAnotherProgram() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("contacts.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE contact(name TEXT, phone TEXT)")
      try db.execute(sql: "INSERT INTO contact VALUES ('Ana', '+351 000')")
    }
    try queue.close()
    let error = try expectRefusal(path, .notALiaisonDatabase)
    #expect(error?.message.contains("not a liaison database") == true)
    let names = try DatabaseQueue(path: path).read {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master")
    }
    #expect(names == ["contact"])
  }

  /// Another program built on GRDB also has a `grdb_migrations` table; its file is not a
  /// newer liaison database, and saying so would send the officer to upgrade in vain.
  @Test func aDatabaseOfAnotherGRDBProgram() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("players.sqlite")
    var migrator = DatabaseMigrator()
    migrator.registerMigration("create players") { db in
      try db.execute(sql: "CREATE TABLE player(id INTEGER PRIMARY KEY, name TEXT)")
    }
    let queue = try DatabaseQueue(path: path)
    try migrator.migrate(queue)
    try queue.close()
    let before = try fileBytes(path)
    let error = storeError { _ = try Store.open(path: path) }
    #expect(error != nil)
    #expect(try fileBytes(path) == before)
    #expect(error?.code == .notALiaisonDatabase, "\(String(describing: error))")
  }

  /// A file whose write-ahead log still holds its program's last transactions (the program
  /// crashed): the last connection to close a file copies its log into it, so the file is
  /// checked on a connection that cannot, and refused with file and log as they were.
  @Test func aFileOfAnotherProgramWithItsLogLeftBeside() throws {
    let folder = try TemporaryFolder()
    let original = folder.path("other.sqlite")
    let queue = try DatabaseQueue(path: original)
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE note(text TEXT); INSERT INTO note VALUES ('in the log')")
    }
    // As a crash leaves them: the file and its log, copied while the program has them open.
    let path = folder.path("crashed.sqlite")
    try FileManager.default.copyItem(atPath: original, toPath: path)
    try FileManager.default.copyItem(atPath: original + "-wal", toPath: path + "-wal")
    try queue.close()
    let log = try fileBytes(path + "-wal")
    #expect(log.count > 0)
    try expectRefusal(path, .notALiaisonDatabase)
    #expect(try fileBytes(path + "-wal") == log, "the log was copied into the file")
  }

  @Test func aFileOfRandomBytes() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("noise.sqlite")
    var generator = SystemRandomNumberGenerator()
    let noise = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
    try noise.write(to: URL(fileURLWithPath: path))
    try expectRefusal(path, .notALiaisonDatabase)
  }

  @Test func aTextFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("notes.txt")
    try Data("meeting notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
    try expectRefusal(path, .notALiaisonDatabase)
  }

  @Test func aMissingFolderWithoutCreateFolder() throws {
    let folder = try TemporaryFolder()
    let error = storeError { _ = try Store.open(path: folder.path("missing/liaison.sqlite")) }
    #expect(error?.code == .cannotOpen)
    #expect(error?.message.contains("does not exist") == true)
    #expect(try folder.listing().isEmpty)
  }

  @Test func aFolderInsteadOfAFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("liaison.sqlite")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let error = storeError { _ = try Store.open(path: path) }
    #expect(error?.code == .cannotOpen)
    #expect(error?.message.contains("folder") == true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    #expect(try folder.listing() == ["liaison.sqlite"])
  }
}
