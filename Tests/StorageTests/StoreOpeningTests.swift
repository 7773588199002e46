import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Opening a database file")
struct StoreOpeningTests {
  @Test func migratesAMissingFileIntoAnEmptyDatabase() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("new.sqlite")
    let store = try Store.open(path: path)
    try store.pool.read { db in
      #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == Store.schemaVersion)
      let tables = Set(
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
      for entity in EntityKind.allCases { #expect(tables.contains(entity.rawValue)) }
      for table in ["op_log", "audit_event", "local_state", "ref_counter", "grdb_migrations"] {
        #expect(tables.contains(table))
      }
      for index in FullTextIndex.all { #expect(tables.contains(index.ftsTable)) }
    }
    #expect(try store.isEmpty())
    #expect(try store.verifyAudit() == AuditVerdict(eventsChecked: 0, problem: nil))
    #expect(store.replicaTag.count == 4)
    // The replica is made once, with the file: reopening must not make a new one, or
    // references and merged logs would split one laptop into two.
    #expect(try Store.open(path: path).replicaID == store.replicaID)
  }

  @Test func aVersion1DatabaseIsMigratedWithItsRecordsKept() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("v1.sqlite")
    do {
      let store = try Store.open(path: path)
      store.viewer = .everything
      let f = try Fixture(store)
      for status in [ActionStatus.open, .blocked, .done] {
        let item = try f.action("Held before the upgrade, \(status)")
        if status != .open {
          try store.changeAction(item.id, ActionChange(status: status), as: f.me)
        }
      }
      // As the first release left it: no v2 migration, schema version 1.
      try store.pool.writeWithoutTransaction { db in
        try db.execute(
          sql: """
            DROP INDEX action_restricted;
            DROP INDEX attendance_meeting_officer;
            DROP INDEX action_owner_due;
            CREATE INDEX action_owner_due ON action_item(owner_id, status,
              ifnull(due, '9999-12-31'), id) WHERE deleted_at IS NULL;
            DROP TRIGGER action_tally_total_insert;
            DROP TRIGGER action_tally_total_update;
            DROP TABLE action_tally_operation_total;
            DROP TRIGGER action_scope_insert;
            DROP TRIGGER action_scope_update;
            DROP TRIGGER action_scope_operation_insert;
            DROP TABLE action_scope;
            DELETE FROM grdb_migrations
              WHERE identifier IN ('v2 restricted items', 'v3 owner index covers the rules',
                'v4 action totals by operation', 'v5 action scope');
            PRAGMA user_version = 1;
            """)
      }
      try store.close()
    }
    let store = try Store.open(path: path)
    store.viewer = .everything
    let indexes = try store.pool.read {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    #expect(indexes.contains("action_restricted"))
    #expect(indexes.contains("attendance_meeting_officer"))
    let ownerIndex = try store.pool.read {
      try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'action_owner_due'")
    }
    #expect(ownerIndex?.contains("tlp, deleted_at") == true, "\(ownerIndex ?? "")")
    #expect(
      try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        == Store.schemaVersion)
    #expect(try store.operation("TF-MAR-2026-003").codename == "Esperanza")
    #expect(try store.verifyAudit().isIntact)
    // The totals are counted from the items the file already held, and kept from then on.
    let totals = {
      try store.pool.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT operation_id, status, n FROM action_tally_operation_total
            WHERE n > 0 ORDER BY 1, 2
            """)
      }
    }
    let counted = {
      try store.pool.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT operation_id, status, count(*) AS n FROM action_item
            WHERE deleted_at IS NULL AND operation_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
            """)
      }
    }
    #expect(try !totals().isEmpty)
    #expect(try totals() == counted())
    try ActionScopeTests.expectScopeMatches(store)
    let operation = try store.operation("TF-MAR-2026-003")
    let me = try store.actingOfficer(nil)
    _ = try store.addAction(
      ActionItem(
        title: "Counted after the upgrade", ownerID: me.id, operationID: operation.id,
        markings: .standard),
      as: me)
    #expect(try totals() == counted())
    try ActionScopeTests.expectScopeMatches(store)
  }

  @Test func migratesAPreCreatedEmptyFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("touched.sqlite")
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let store = try Store.open(path: path)
    store.viewer = .everything
    let version = try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
    #expect(version == Store.schemaVersion)
    let f = try Fixture(store)
    #expect(try store.operation("TF-MAR-2026-003").id == f.operation.id)
  }

  @Test func setsForeignKeysAndWriteAheadLogging() throws {
    let temp = try TemporaryStore()
    let store = temp.store
    let (readerKeys, journal) = try store.pool.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      )
    }
    #expect(readerKeys == 1)
    #expect(journal == "wal")
    let writerKeys = try store.pool.writeWithoutTransaction {
      try Int.fetchOne($0, sql: "PRAGMA foreign_keys")
    }
    #expect(writerKeys == 1)
    // Foreign keys are enforced, not just reported.
    #expect(throws: DatabaseError.self) {
      try store.pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO agenda_item(id, meeting_id, position, title, created_at, created_by,
              updated_at, updated_by) VALUES ('x', 'no-such-meeting', 1, 't', '', '', '', '')
            """)
      }
    }
  }

  @Test func writerSynchronousIsFull() throws {
    let temp = try TemporaryStore()
    // DatabasePool resets `synchronous` after `prepareDatabase`; the store sets FULL again.
    let synchronous = try temp.store.pool.writeWithoutTransaction {
      try Int.fetchOne($0, sql: "PRAGMA synchronous")
    }
    #expect(synchronous == 2)
    #expect(try temp.store.info().synchronous == 2)
    #expect(try temp.store.info().journalMode == "wal")
  }

  @Test func aSecondWriterWaitsForTheFirstInsteadOfFailing() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let first = temp.store
    let second = try temp.reopen()
    let holding = DispatchSemaphore(value: 0)
    let released = DispatchSemaphore(value: 0)
    let hold: TimeInterval = 0.4
    Thread.detachNewThread {
      do {
        try first.pool.write { db in
          try db.execute(sql: "INSERT INTO local_state(key, value) VALUES ('test-lock', 1)")
          holding.signal()
          Thread.sleep(forTimeInterval: hold)
        }
      } catch {
        Issue.record("the first writer failed: \(error)")
        holding.signal()
      }
      released.signal()
    }
    holding.wait()
    let start = Date()
    let item = try second.addAction(
      ActionItem(title: "Written while busy", ownerID: f.luis.id, markings: .standard), as: f.me)
    let waited = Date().timeIntervalSince(start)
    released.wait()
    #expect(waited >= hold * 0.6, "the second write did not wait for the lock: \(waited) s")
    #expect(try first.action(item.ref).title == "Written while busy")
    let locked = try first.pool.read {
      try Int.fetchOne($0, sql: "SELECT value FROM local_state WHERE key = 'test-lock'")
    }
    #expect(locked == 1)
  }

  @Test func aNewFileIsPrivate() throws {
    let temp = try TemporaryStore()
    _ = try Fixture(temp.store)
    #expect(try permissions(temp.path) == 0o600)
    // SQLite gives its side files the main file's mode; check it kept to that.
    if FileManager.default.fileExists(atPath: temp.path + "-wal") {
      #expect(try permissions(temp.path + "-wal") == 0o600)
    }
  }

  @Test func createsAMissingFolderPrivatelyWhenAsked() throws {
    let folder = try TemporaryFolder()
    let parent = folder.path("data")
    let path = parent + "/liaison/liaison.sqlite"
    let store = try Store.open(path: path, createFolder: true)
    _ = try Fixture(store)
    #expect(try permissions(parent + "/liaison") == 0o700)
    #expect(try permissions(path) == 0o600)
    // Every folder the store made holds case data, so every one is private.
    #expect(try permissions(parent) == 0o700)
  }

  @Test func leavesAnExistingFolderAlone() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
    _ = try Store.open(path: folder.path("liaison.sqlite"), createFolder: true)
    #expect(try permissions(folder.url.path) == 0o755)
  }
}

@Suite("Where the database lives")
struct StoreLocationTests {
  let full = [
    "LIAISON_DB": "/env/liaison.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana",
  ]

  @Test func anExplicitPathWins() {
    #expect(
      StoreLocation.resolve(explicit: "/cli/db.sqlite", environment: full) == "/cli/db.sqlite")
  }

  @Test func anEmptyExplicitPathIsIgnored() {
    #expect(StoreLocation.resolve(explicit: "", environment: full) == "/env/liaison.sqlite")
  }

  @Test func theEnvironmentVariableBeatsXDG() {
    #expect(StoreLocation.resolve(explicit: nil, environment: full) == "/env/liaison.sqlite")
  }

  @Test func xdgDataHomeBeatsHome() {
    var environment = full
    environment["LIAISON_DB"] = ""
    #expect(
      StoreLocation.resolve(explicit: nil, environment: environment)
        == "/xdg/liaison/liaison.sqlite")
    #expect(StoreLocation.dataDirectory(environment: environment) == "/xdg/liaison")
  }

  @Test(arguments: ["relative/data", "", "~/data"])
  func aRelativeXDGDataHomeIsIgnored(_ xdg: String) {
    let environment = ["XDG_DATA_HOME": xdg, "HOME": "/home/ana"]
    #expect(
      StoreLocation.resolve(explicit: nil, environment: environment)
        == "/home/ana/.local/share/liaison/liaison.sqlite")
  }

  @Test func homeIsTheFallback() {
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/luis"])
        == "/home/luis/.local/share/liaison/liaison.sqlite")
  }
}
