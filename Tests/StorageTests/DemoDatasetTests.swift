import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Demo dataset")
struct DemoDatasetTests {
  /// A fixed day, so that failures reproduce.
  static let today = try! CalendarDate(year: 2026, month: 3, day: 18)

  // MARK: - Content

  @Test("loads a realistic dataset through the write path")
  func loadsTheDemo() throws {
    try inScratchFolder { folder in
      let store = try Store.open(path: folder.file("demo.sqlite"))
      let clock = ContinuousClock()
      var summary: DemoDataset.Summary?
      let elapsed = try clock.measure {
        summary = try DemoDataset.load(into: store, today: Self.today)
      }
      let figures = try #require(summary)
      print("DemoDataset.load: \(elapsed) for \(figures)")

      #expect(figures.countries >= 12)
      #expect(figures.organisations >= 20)
      #expect(figures.officers >= 40)
      #expect(figures.operations >= 8)
      #expect(figures.meetings >= 20)
      #expect(figures.minuteEntries > figures.meetings * 5)
      #expect(figures.actions >= 150)
      #expect(figures.seizures >= 15)
      #expect(try store.profile()?.handle == DemoDataset.profileHandle)

      try store.pool.read { db throws in
        let count = { (sql: String) in try Int.fetchOne(db, sql: sql) ?? 0 }
        let values = { (sql: String) in Set(try String.fetchAll(db, sql: sql)) }

        #expect(try count("SELECT count(DISTINCT country_id) FROM officer") >= 12)
        #expect(try count("SELECT count(*) FROM organisation WHERE country_id IS NULL") >= 6)
        #expect(
          try values("SELECT DISTINCT status FROM operation")
            == Set(OperationStatus.rawValues))
        #expect(
          try values("SELECT DISTINCT vector FROM operation").isSuperset(of: [
            "maritime", "container-port", "air", "online-encrypted", "financial",
          ]))
        #expect(try values("SELECT DISTINCT tlp FROM operation").isSuperset(of: ["green", "red"]))
        #expect(try count("SELECT count(*) FROM operation WHERE classification IS NOT NULL") >= 1)
        #expect(try count("SELECT count(DISTINCT role) FROM participant") == 4)

        #expect(
          try values("SELECT DISTINCT status FROM action_item") == Set(ActionStatus.rawValues))
        #expect(
          try values("SELECT DISTINCT priority FROM action_item") == Set(Priority.rawValues))
        let today = Self.today.description
        let weekAhead = Self.today.adding(days: 6).description
        let open = "status IN ('open', 'in-progress', 'blocked')"
        #expect(
          try count("SELECT count(*) FROM action_item WHERE status = 'open' AND due < '\(today)'")
            >= 3)
        #expect(
          try count(
            "SELECT count(*) FROM action_item WHERE \(open) AND due BETWEEN '\(today)' "
              + "AND '\(weekAhead)'") >= 3)
        #expect(try count("SELECT count(*) FROM action_item WHERE due IS NULL") >= 5)
        #expect(try count("SELECT count(*) FROM action_item WHERE meeting_id IS NULL") >= 10)
        #expect(try count("SELECT count(*) FROM action_co_owner") >= 10)

        // The update log holds notes, postponements, reassignments and a reopening.
        #expect(try count("SELECT count(*) FROM action_update WHERE note != ''") >= 50)
        #expect(try count("SELECT count(*) FROM action_update WHERE due IS NOT NULL") >= 3)
        #expect(try count("SELECT count(*) FROM action_update WHERE owner_id IS NOT NULL") >= 3)
        #expect(try count("SELECT count(*) FROM action_update WHERE priority IS NOT NULL") >= 1)
        #expect(
          try count(
            """
            SELECT count(*) FROM action_update r WHERE r.note LIKE 'Reopened%'
            AND r.status IN ('open', 'in-progress')
            AND EXISTS (SELECT 1 FROM action_update d WHERE d.action_id = r.action_id
              AND d.status = 'done')
            """) >= 2)

        #expect(
          try values("SELECT DISTINCT kind FROM minute_entry") == Set(EntryKind.rawValues))
        #expect(
          try count(
            """
            SELECT count(*) FROM minute_entry e LEFT JOIN action_item a ON a.id = e.action_id
            WHERE e.kind = 'action' AND (a.id IS NULL OR a.meeting_id IS NOT e.meeting_id)
            """) == 0)
        #expect(try count("SELECT count(*) FROM minute_entry WHERE kind = 'action'") >= 120)
        #expect(try count("SELECT count(*) FROM minute_entry WHERE amendment = 1") >= 1)
        #expect(
          try values("SELECT DISTINCT minutes_state FROM meeting")
            == ["draft", "circulated", "approved"])
        #expect(try values("SELECT DISTINCT time_zone FROM meeting").count >= 8)
        #expect(try count("SELECT count(*) FROM meeting WHERE video_call = 1") >= 5)
        #expect(
          try count("SELECT count(*) FROM meeting WHERE starts_at > '\(weekAhead)'") >= 5)
        #expect(
          try values("SELECT DISTINCT status FROM attendance").isSuperset(of: [
            "present", "excused", "absent",
          ]))
        #expect(try count("SELECT count(*) FROM attendance WHERE guest = 1") >= 3)

        // Every open item of a meeting comes up again at a later meeting of its operation.
        #expect(
          try count(
            """
            SELECT count(*) FROM action_item a JOIN meeting m ON m.id = a.meeting_id
            WHERE a.status IN ('open', 'in-progress', 'blocked')
            AND NOT EXISTS (
              SELECT 1 FROM meeting_operation l JOIN meeting n ON n.id = l.meeting_id
              WHERE l.operation_id = a.operation_id AND n.starts_at > m.starts_at)
            """) == 0)
        // Ended operations have no open items left.
        #expect(
          try count(
            """
            SELECT count(*) FROM action_item a JOIN operation o ON o.id = a.operation_id
            WHERE o.status IN ('concluded', 'archived') AND a.status IN ('open', 'in-progress',
              'blocked')
            """) == 0)

        #expect(try values("SELECT DISTINCT status FROM seizure") == Set(AssetStatus.rawValues))
        #expect(
          try values("SELECT DISTINCT currency FROM seizure WHERE currency IS NOT NULL")
            .isSuperset(of: ["EUR", "USD", "BRL", "COP"]))
        #expect(try values("SELECT DISTINCT kind FROM seizure").count >= 7)
        #expect(
          try count(
            """
            SELECT count(*) FROM seizure WHERE kind = 'drugs'
            AND (substance IS NULL OR unit != 'kg' OR quantity IS NULL)
            """) == 0)
      }
    }
  }

  @Test("records each change as the officer who made it, one audit event per change")
  func auditsEveryChange() throws {
    try inScratchFolder { folder in
      let store = try Store.open(path: folder.file("demo.sqlite"))
      _ = try DemoDataset.load(into: store, today: Self.today)
      try store.pool.read { db throws in
        let count = { (sql: String) in try Int.fetchOne(db, sql: sql) ?? 0 }
        let events = try count("SELECT count(*) FROM audit_event")
        #expect(events > 300)
        #expect(try count("SELECT count(*) FROM op_log") > events)
        #expect(try AuditChain.verify(db).isIntact)
        // Each of these records is the subject of a change of its own.
        let changes = try count(
          """
          SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM officer)
            + (SELECT count(*) FROM operation) + (SELECT count(*) FROM participant)
            + (SELECT count(*) FROM meeting) + (SELECT count(*) FROM attendance)
            + (SELECT count(*) FROM minute_entry) + (SELECT count(*) FROM action_update)
            + (SELECT count(*) FROM seizure)
          """)
        #expect(events >= changes)
        // One event per change, named by the write path: an added record, an entry (with
        // the action it creates), an update of an action's log.
        let named: [(String, String)] = [
          ("added organisation %", "organisation"), ("added officer %", "officer"),
          ("added operation %", "operation"), ("added meeting %", "meeting"),
          ("added seizure %", "seizure"), ("minutes of % added %", "minute_entry"),
        ]
        for (summary, table) in named {
          #expect(
            try count("SELECT count(*) FROM audit_event WHERE summary LIKE '\(summary)'")
              == (try count("SELECT count(*) FROM \(table)")), "\(summary)")
        }
        #expect(
          try count(
            """
            SELECT count(*) FROM audit_event WHERE summary LIKE 'action %: %'
            AND summary NOT LIKE '%co-owner%'
            """) == (try count("SELECT count(*) FROM action_update")))
        #expect(try count("SELECT count(DISTINCT officer_id) FROM audit_event") >= 30)
        // The minute-taker types the minutes; the chair adds amendments to approved ones.
        #expect(
          try count(
            """
            SELECT count(*) FROM minute_entry e JOIN meeting m ON m.id = e.meeting_id
            WHERE (e.amendment = 0 AND e.created_by != m.minute_taker_id)
              OR (e.amendment = 1 AND e.created_by != m.chair_id)
            """) == 0)
        // Meetings are set up by their chair.
        #expect(
          try count("SELECT count(*) FROM meeting WHERE created_by != chair_id") == 0)
      }
    }
  }

  // MARK: - Determinism and refusal

  @Test("the same day gives the same content")
  func isDeterministic() throws {
    try inScratchFolder { folder in
      let first = try Store.open(path: folder.file("first.sqlite"))
      let second = try Store.open(path: folder.file("second.sqlite"))
      let a = try DemoDataset.load(into: first, today: Self.today)
      let b = try DemoDataset.load(into: second, today: Self.today)
      #expect(a == b)
      let left = try fingerprint(first)
      let right = try fingerprint(second)
      #expect(left.count == right.count)
      for (x, y) in zip(left, right) where x != y {
        Issue.record("differs: \(x.prefix(200)) ≠ \(y.prefix(200))")
        break
      }
    }
  }

  @Test("refuses a store that already holds officers", arguments: [false, true])
  func refusesNonEmptyStore(registerFirst: Bool) throws {
    try inScratchFolder { folder in
      let store = try Store.open(path: folder.file("used.sqlite"))
      if registerFirst {
        let organisation = Organisation(
          acronym: "PSP", name: "Polícia de Segurança Pública",
          countryID: Country.id(forCode: "PT"), kind: .police)
        try store.registerSelf(
          Officer(
            handle: "santos.a", name: "Artur Santos", organisationID: organisation.id,
            countryID: Country.id(forCode: "PT"), role: .participant),
          newOrganisation: organisation)
      } else {
        _ = try DemoDataset.load(into: store, today: Self.today)
      }
      let before = try store.pool.read { db throws in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0
      }
      let error = #expect(throws: StoreError.self) {
        try DemoDataset.load(into: store, today: Self.today)
      }
      #expect(error?.code == .conflict)
      let after = try store.pool.read { db throws in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_event") ?? 0
      }
      #expect(before == after)
    }
  }

  @Test(
    "keeps overdue and upcoming items on any day",
    arguments: ["2024-02-29", "2027-01-01", "2031-07-05"])
  func staysCurrent(day: String) throws {
    let today = try CalendarDate(iso: day)
    try inScratchFolder { folder in
      let store = try Store.open(path: folder.file("demo.sqlite"))
      let figures = try DemoDataset.load(into: store, today: today)
      #expect(figures.actions >= 150)
      try store.pool.read { db throws in
        let overdue =
          try Int.fetchOne(
            db,
            sql: "SELECT count(*) FROM action_item WHERE status = 'open' AND due < ?",
            arguments: [today.description]) ?? 0
        #expect(overdue >= 3)
        // Codes carry the year each operation was set up, counted back from `today`.
        let years = try String.fetchAll(db, sql: "SELECT substr(code, 8, 4) FROM operation")
          .compactMap { Int($0) }
        #expect(years.count == figures.operations)
        #expect(years.allSatisfy { (today.year - 2...today.year).contains($0) })
      }
    }
  }

  // MARK: - Helpers

  /// The content of a store without ids, timestamps or replica tags, in a stable order.
  private func fingerprint(_ store: Store) throws -> [String] {
    try store.pool.read { db throws in
      var lines: [String] = []
      func add(_ label: String, _ sql: String) throws {
        lines += try String.fetchAll(db, sql: sql).map { label + ": " + $0 }
      }
      // `A17-KQ3M` → `A17`: the tag names the replica, which differs between the files.
      func short(_ column: String) -> String { "substr(\(column), 1, instr(\(column), '-') - 1)" }
      try add(
        "officer",
        "SELECT handle || '|' || name || '|' || role || '|' || languages FROM officer ORDER BY 1")
      try add(
        "operation",
        "SELECT code || '|' || codename || '|' || status || '|' || tlp FROM operation ORDER BY 1")
      try add(
        "meeting",
        """
        SELECT \(short("ref")) || '|' || title || '|' || starts_at || '|' || minutes_state
        FROM meeting ORDER BY 1
        """)
      try add(
        "entry",
        """
        SELECT \(short("e.ref")) || '|' || \(short("m.ref")) || '|' || e.position || '|'
          || e.kind || '|' || e.text
        FROM minute_entry e JOIN meeting m ON m.id = e.meeting_id ORDER BY 1
        """)
      try add(
        "action",
        """
        SELECT \(short("a.ref")) || '|' || a.title || '|' || a.status || '|' || a.priority
          || '|' || ifnull(a.due, '-') || '|' || o.handle
          || '|' || (SELECT count(*) FROM action_update u WHERE u.action_id = a.id)
        FROM action_item a JOIN officer o ON o.id = a.owner_id ORDER BY 1
        """)
      try add(
        "update",
        """
        SELECT \(short("a.ref")) || '|' || o.handle || '|' || ifnull(u.status, '-') || '|'
          || ifnull(u.due, '-') || '|' || ifnull(u.priority, '-') || '|' || u.note
        FROM action_update u JOIN action_item a ON a.id = u.action_id
        JOIN officer o ON o.id = u.created_by ORDER BY 1
        """)
      try add(
        "seizure",
        """
        SELECT \(short("ref")) || '|' || description || '|' || status || '|' || date
        FROM seizure ORDER BY 1
        """)
      return lines
    }
  }
}

/// Runs `body` with a fresh folder, removed afterwards with the database files in it.
private func inScratchFolder<T>(_ body: (DemoScratchFolder) throws -> T) throws -> T {
  let folder = try DemoScratchFolder()
  defer { try? FileManager.default.removeItem(at: folder.url) }
  return try body(folder)
}

private struct DemoScratchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-demo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { url.appendingPathComponent(name).path }
}
