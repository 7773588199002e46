import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Checking and backing up")
struct MaintenanceTests {
  @Test func aHealthyDatabaseChecksClean() throws {
    let temp = try TemporaryStore()
    #expect(try temp.store.check() == [])
    _ = try RichNetwork(try Fixture(temp.store))
    #expect(try temp.store.check() == [])
    // Checking changes nothing, not even the search indexes it tests.
    let before = try databaseContents(temp.store)
    _ = try temp.store.check()
    #expect(try databaseContents(temp.store) == before)
  }

  @Test func checkFindsADanglingReference() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    _ = try f.action("Trace the vessel's owner")
    // The command-line tool does not enforce foreign keys unless asked.
    let problems = try temp.edited(
      "UPDATE action_item SET owner_id = 'nobody' WHERE ref LIKE 'A1-%';"
    ).check()
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("foreign key: a row of action_item") == true, "\(problems)")
    #expect(problems.first?.contains("missing officer") == true, "\(problems)")
  }

  /// The running counts and the action items' scope are derived from the items: a row that
  /// says otherwise is named, by table.
  @Test func checkFindsDerivedTablesThatDisagreeWithTheItems() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    for index in 0..<3 { _ = try f.action("Item \(index)") }
    let problems = try temp.edited(
      """
      UPDATE action_tally_owner SET n = n + 1 WHERE status = 'open';
      UPDATE action_scope SET operation = 999 WHERE item = 2;
      """
    ).check()
    #expect(
      problems == [
        "action_tally_owner: 1 row(s) the records do not give, 1 missing",
        "action_scope: 1 row(s) the records do not give, 1 missing",
      ], "\(problems)")
  }

  /// The search indexes are compared with their records too: a row a trigger missed, or one
  /// that says something else, is named with its index.
  @Test func checkFindsSearchIndexesThatDisagreeWithTheRecords() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    for index in 0..<3 { _ = try f.action("Trace courier \(index)") }
    let problems = try temp.edited(
      """
      DELETE FROM action_item_fts WHERE rowid = 1;
      UPDATE action_item_fts SET title = 'something else' WHERE rowid = 2;
      INSERT INTO officer_fts(rowid, handle, name, email) VALUES (999, 'ghost', 'Ghost', '');
      """
    ).check()
    #expect(
      problems == [
        "action_item_fts: 1 row(s) the records do not give, 2 missing",
        "officer_fts: 1 row(s) the records do not give, 0 missing",
      ], "\(problems)")
  }

  /// A repair fills again exactly the derived tables out of step, from the records; records,
  /// the operation log and the audit trail are as they were, and search finds again what
  /// its index had lost.
  @Test func repairFillsAgainWhatIsOutOfStepAndNothingElse() throws {
    let temp = try TemporaryStore()
    let network = try RichNetwork(try Fixture(temp.store))
    let item = try network.f.action("Trace the courier's phones")
    #expect(try temp.store.repairDerivedTables() == [], "a healthy file has nothing to repair")
    let store = try temp.edited(
      """
      DELETE FROM action_item_fts;
      UPDATE action_tally_owner SET n = n + 5;
      DELETE FROM action_scope;
      """)
    #expect(try store.search("courier's").count == 0, "the index lost the item")
    // Every table but the derived ones and the action index's own tables (`_data`, …).
    let derived = Set(DerivedTable.all.map(\.table.name))
    let untouched = {
      try databaseContents(store).filter {
        !derived.contains($0.key) && !$0.key.hasPrefix("action_item_fts")
      }
    }
    let before = try untouched()
    #expect(
      try store.repairDerivedTables() == ["action_tally_owner", "action_scope", "action_item_fts"])
    #expect(try store.check() == [])
    #expect(try store.repairDerivedTables() == [])
    #expect(try untouched() == before, "only the derived tables changed")
    #expect(try store.verifyAudit().isIntact)
    #expect(try store.search("courier's").groups.flatMap(\.hits).map(\.id).contains(item.id))
  }

  /// A read-only session repairs nothing.
  @Test func aReadOnlySessionRepairsNothing() throws {
    let temp = try TemporaryStore()
    _ = try Fixture(temp.store)
    temp.store.isReadOnly = true
    #expect(storeError { _ = try temp.store.repairDerivedTables() }?.code == .notPermitted)
  }

  @Test func infoDescribesTheFile() throws {
    let temp = try TemporaryStore()
    let network = try RichNetwork(try Fixture(temp.store))
    let info = try temp.store.info()
    #expect(info.schemaVersion == Store.schemaVersion)
    #expect(info.replicaID == temp.store.replicaID)
    #expect(info.profileHandle == "ribeiro")
    #expect(info.journalMode == "wal")
    #expect(info.synchronous == 2)
    let counts = Dictionary(uniqueKeysWithValues: info.records.map { ($0.kind, $0.count) })
    #expect(counts[.actionItem] == network.actions.count)
    #expect(counts[.seizure] == 3)
    let logs = try temp.store.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT count(*) FROM op_log"),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event")
      )
    }
    #expect(info.operations == logs.0)
    #expect(info.auditEvents == logs.1)
    #expect(info.createdAt != nil)
    // A file rebuilt from the log counts its operations alike.
    let copy = try temp.sibling("rebuilt.sqlite")
    try temp.store.rebuild(into: copy, as: network.f.me)
    let copied = try copy.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log") }
    #expect(try copy.info().operations == copied)
    #expect(copied == logs.0)
  }

  @Test func aBackupIsAPrivateCopyWithTheSameState() throws {
    let temp = try TemporaryStore()
    _ = try RichNetwork(try Fixture(temp.store))
    let destination = temp.file("backup.sqlite")
    try temp.store.backup(to: destination)
    #expect(try permissions(destination) == 0o600)
    let copy = try Store.open(path: destination)
    copy.viewer = .everything
    #expect(try copy.stateDigest() == temp.store.stateDigest())
    #expect(try copy.verifyAudit() == temp.store.verifyAudit())
    #expect(try copy.check() == [])
    #expect(try copy.search("bogota").count == temp.store.search("bogota").count)
  }

  @Test func aBackupNeverOverwrites() throws {
    let temp = try TemporaryStore()
    _ = try Fixture(temp.store)
    let destination = temp.file("precious.sqlite")
    try Data("an earlier backup".utf8).write(to: URL(fileURLWithPath: destination))
    let error = storeError { try temp.store.backup(to: destination) }
    #expect(error?.code == .conflict)
    #expect(try fileBytes(destination) == Data("an earlier backup".utf8))

    let missing = storeError { try temp.store.backup(to: temp.file("gone/backup.sqlite")) }
    // The database is fine; the destination is refused (exit 1 on the command line, not 2).
    #expect(missing?.code == .conflict)
    #expect(!FileManager.default.fileExists(atPath: temp.file("gone")))
  }
}

@Suite("Stored values")
struct StoredValueTests {
  @Test func datesAreStoredAsGRDBWritesThem() {
    var rng = SystemRandomNumberGenerator()
    // Whole milliseconds (as read back) and arbitrary instants (as `Date()` gives), across
    // 1906–2096 and on both sides of 1970.
    for index in 0..<20_000 {
      let seconds =
        index.isMultiple(of: 2)
        ? Double(Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &rng)) / 1000
        : Double.random(in: -2e9...4e9, using: &rng)
      let date = Date(timeIntervalSince1970: seconds)
      #expect(StoredDate.text(date) == String.fromDatabaseValue(date.databaseValue))
      // Audit times, as Foundation's formatter wrote them before.
      #expect(
        StoredDate.iso8601(date)
          == date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)),
        "\(seconds)")
    }
  }

  /// Read back to the same Double as GRDB reads them, and text of any other form left to GRDB.
  @Test func datesAreReadAsGRDBReadsThem() throws {
    var rng = SystemRandomNumberGenerator()
    let queue = try DatabaseQueue()
    for _ in 0..<20_000 {
      let millis = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &rng)
      let text = StoredDate.text(Date(timeIntervalSince1970: Double(millis) / 1000))
      let grdb = try #require(Date.fromDatabaseValue(text.databaseValue))
      let ours = try #require(StoredDate.date(text))
      #expect(ours.timeIntervalSinceReferenceDate == grdb.timeIntervalSinceReferenceDate, "\(text)")
      #expect(StoredDate.text(ours) == text)
    }
    let others = [
      "2026-11-30", "2026-11-30 10:20", "2026-11-30T10:20:30.123", "2026-11-30 10:20:30",
      "2026-02-30 10:20:30.123", "2026-11-30 24:00:00.000", "2026-11-30 10:20:30.1234",
      "２０２６-11-30 10:20:30.123", "2026-11-30 10:20:30.12x", "",
    ]
    for text in others {
      #expect(StoredDate.date(text) == nil, "\(text)")
      let row = try queue.read { db in
        try Row.fetchOne(db, sql: "SELECT ? AS t", arguments: [text])!
      }
      if let grdb = Date.fromDatabaseValue(text.databaseValue) {
        #expect(try row.decodeInstantIfPresent(forColumn: "t") == grdb, "\(text)")
      } else {
        #expect(throws: (any Error).self, "\(text)") {
          try row.decodeInstantIfPresent(forColumn: "t")
        }
      }
    }
    for entry in try HostileCorpus.entries() {
      #expect(StoredDate.date(entry.text) == nil, "\(entry.name)")
    }
    let null = try queue.read { db in try Row.fetchOne(db, sql: "SELECT NULL AS t")! }
    #expect(try null.decodeInstantIfPresent(forColumn: "t") == nil)
    #expect(throws: StoreError.self) { try null.decodeInstant(forColumn: "t") }
  }

  @Test func idsAreLowerCaseWithHyphens() {
    for _ in 0..<2_000 {
      let id = UUID()
      #expect(id.text == id.uuidString.lowercased())
    }
  }

  /// Terms are read from the statement (GRDB's StatementColumnConvertible), with the same
  /// results as from a copied row, which reads them through a `DatabaseValue`: the term, nil
  /// for NULL, an error for anything else. The values are stored in a text column, as terms
  /// are.
  @Test func termsAreReadFromTheStatementAsFromAValue() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE term(t TEXT)")
      for value in ["red", "RED", "", "H0", "one", "decision", "in-progress"] {
        try db.execute(sql: "INSERT INTO term VALUES (?)", arguments: [value])
      }
      try db.execute(
        sql: """
          INSERT INTO term VALUES ('red' || char(0) || 'x'), (1), (5), (x'726564'), (NULL)
          """)
      for entry in try HostileCorpus.entries() {
        try db.execute(sql: "INSERT INTO term VALUES (?)", arguments: [entry.text])
      }
    }
    func check<T: Vocabulary & DatabaseValueConvertible & StatementColumnConvertible>(
      _ type: T.Type
    ) throws {
      try queue.read { db in
        let copied = try Row.fetchAll(db, sql: "SELECT t FROM term ORDER BY rowid")
        let rows = try Row.fetchCursor(db, sql: "SELECT t FROM term ORDER BY rowid")
        var index = 0
        while let row = try rows.next() {
          let value = copied[index]["t"] as DatabaseValue
          let expected = try? copied[index].decode(T?.self, forColumn: "t")
          if let expected {
            #expect(try row.decode(T?.self, forColumn: "t") == expected, "\(value)")
          } else {
            #expect(throws: (any Error).self, "\(value)") { try row.decode(T.self, forColumn: "t") }
          }
          index += 1
        }
        #expect(index == copied.count)
      }
    }
    try check(TLP.self)
    try check(HandlingCode.self)
    try check(EntryKind.self)
    try check(ActionStatus.self)
    try check(InformationAccuracy.self)
  }

  /// Read back by hand as Foundation reads them, and anything else left to GRDB: read as it
  /// reads it, or refused as it refuses it.
  @Test func idsAreReadAsGRDBReadsThem() throws {
    let queue = try DatabaseQueue()
    func row(_ value: (any DatabaseValueConvertible)?) throws -> Row {
      try queue.read { db in try Row.fetchOne(db, sql: "SELECT ? AS t", arguments: [value])! }
    }
    for _ in 0..<2_000 {
      let id = UUID()
      #expect(UUID(text: id.text) == id)
      #expect(UUID(text: id.uuidString) == id)
      #expect(try row(id.text).decodeID(forColumn: "t") as UUID == id)
    }
    let id = UUID()
    let text = id.text
    let tail = String(text.dropFirst())
    var others: [String] = [String(text.dropLast()), text + "0", "{\(text)}", "", "g" + tail]
    others += [" " + text.dropLast(), "+" + tail, "0x" + text.dropFirst(2)]
    others += [text.replacingOccurrences(of: "-", with: "")]
    others += [text.replacingOccurrences(of: "-", with: "_")]
    others += ["00000000-0000-0000-0000-00000000000０"]
    for text in others + (try HostileCorpus.entries()).map(\.text) {
      #expect(UUID(text: text) == nil, "\(text)")
      if let foundation = UUID(uuidString: text) {
        #expect(try row(text).decodeID(forColumn: "t") as UUID == foundation, "\(text)")
      } else {
        #expect(throws: (any Error).self, "\(text)") {
          try row(text).decodeID(forColumn: "t") as UUID
        }
        #expect(throws: (any Error).self, "\(text)") {
          try row(text).decodeID(forColumn: "t") as UUID?
        }
      }
    }
    // GRDB reads a 16-byte blob as an id; ours is text, but a blob is still read.
    let blob = withUnsafeBytes(of: id.uuid) { Data($0) }
    #expect(try row(blob).decodeID(forColumn: "t") as UUID == id)
    #expect(try row(nil).decodeID(forColumn: "t") as UUID? == nil)
    #expect(throws: (any Error).self) { try row(nil).decodeID(forColumn: "t") as UUID }
    // A row without the column: as GRDB answers, nil to an optional, an error otherwise.
    let other = try queue.read { db in try Row.fetchOne(db, sql: "SELECT 1 AS x")! }
    #expect(try other.decode(UUID?.self, forColumn: "t") == nil)
    #expect(try other.decodeID(forColumn: "t") as UUID? == nil)
    #expect(throws: (any Error).self) { try other.decodeID(forColumn: "t") as UUID }
    #expect(try other.decode(Date?.self, forColumn: "t") == nil)
    #expect(try other.decodeInstantIfPresent(forColumn: "t") == nil)
  }
}
