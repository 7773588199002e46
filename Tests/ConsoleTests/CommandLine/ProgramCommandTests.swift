import Foundation
import Testing

extension LiaisonCLI {
  @Suite("summary, whoami, demo, db, audit, --version")
  struct ProgramCommandTests {
    @Test("summary counts what the lists show; liaison alone prints the same")
    func summary() async throws {
      let db = try await TestDatabase.demo()
      let summary = try await db.ok("summary")
      let bare = try await db.ok([])
      #expect(bare.out == summary.out)
      #expect(summary.err.isEmpty)
      let counts = try await db.json("summary")
      let open = Int(counts["openActions"]?.number ?? -1)
      let overdue = Int(counts["overdueActions"]?.number ?? -1)
      let officers = Int(counts["officers"]?.number ?? -1)
      #expect(open > 0 && overdue > 0)
      #expect(summary.out.hasPrefix("Operations: "))
      #expect(summary.out.contains("\nActions:    \(open) open, \(overdue) overdue, "))
      #expect(summary.out.contains("\nNetwork:    \(officers) officers, "))
      #expect(summary.out.contains("\nSeizures:   "))
      #expect(summary.out.contains("\nMost overdue\n"))
      #expect(summary.out.contains("\nNext meetings\n"))
      let officerList = try await db.json("officer", "list", "--limit", "1000")
      #expect(officerList.items.count == officers)
      for item in counts["overdue"]?.array ?? [] {
        #expect(summary.out.contains(item["ref"]?.string ?? "?"))
        #expect(item["overdue"]?.bool == true)
      }
      for meeting in counts["nextMeetings"]?.array ?? [] {
        #expect(summary.out.contains(meeting["ref"]?.string ?? "?"))
      }
    }

    @Test("no colour codes when standard output is not a terminal, even with TERM set")
    func noColourWhenPiped() async throws {
      let db = try await TestDatabase.demo()
      let env = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]
      for arguments in [
        ["summary"], ["action", "list", "--overdue"], ["op", "list"], ["search", "bogota"],
      ] {
        let result = try await db.ok(arguments, env: env)
        #expect(!result.stdout.contains(0x1B), "\(arguments): \(result.out.prefix(200))")
        #expect(!result.stderr.contains(0x1B))
      }
    }

    @Test("summary on a new database explains how to start")
    func emptySummary() async throws {
      let db = try TestDatabase("empty")
      let result = try await db.ok("summary")
      #expect(result.out.hasPrefix("This database is empty (\(db.path)).\n"))
      #expect(result.out.contains("liaison demo"))
      #expect(result.out.contains("liaison whoami --register"))
    }

    @Test("whoami shows the profile; --set changes it and later writes use it")
    func whoami() async throws {
      let db = try await TestDatabase.demo()
      let me = try await db.ok("whoami")
      #expect(me.out.hasPrefix("ribeiro (Ana Ribeiro) on \(db.path), OS user "))
      let json = try await db.json("whoami")
      #expect(json["officer"]?["handle"]?.string == "ribeiro")
      #expect(json["database"]?.string == db.path)
      #expect(json["osUser"]?.string?.isEmpty == false)

      let set = try await db.ok("whoami", "--set", "gomez.l")
      #expect(set.out == "the local profile is now gomez.l (Lucía Gómez)\n")
      #expect(try await db.ok("whoami").out.hasPrefix("gomez.l (Lucía Gómez) on "))
      try await db.ok("action", "note", "A2", "checked with the prosecutor")
      let events = try await db.json("audit", "list", "--limit", "1")
      #expect(events.items.first?["officer"]?.string == "gomez.l")
      try await db.expectRefusal(["whoami", "--set", "nobody"], containing: ["no such officer"])
    }

    @Test("whoami --register on a new database makes writes possible")
    func register() async throws {
      let db = try TestDatabase("register")
      try await db.ok("summary")  // creates the empty database
      try await db.expectRefusal(["whoami"], containing: ["whoami"])
      let registered = try await db.ok(
        "whoami", "--register", "--handle", "ribeiro", "--name", "Ana Ribeiro", "--country", "PT",
        "--org", "PJ", "--org-name", "Polícia Judiciária", "--org-kind", "police")
      #expect(registered.out.hasPrefix("ribeiro (Ana Ribeiro) on \(db.path)"))
      let me = try await db.json("whoami")
      #expect(me["officer"]?["handle"]?.string == "ribeiro")

      try await db.ok(
        "org", "add", "--acronym", "GC", "--name", "Guardia Civil", "--kind", "police",
        "--country", "ES")
      try await db.ok(
        "officer", "add", "--handle", "gomez.l", "--name", "Lucía Gómez", "--org", "GC",
        "--country", "ES")
      let added = try await db.ok("action", "add", "Call the Guardia Civil", "--owner", "gomez.l")
      #expect(added.out.hasPrefix("added action A1-"))
      let orgs = try await db.json("org", "list")
      #expect(orgs.refs == ["GC", "PJ"])
      let audit = try await db.json("audit", "list", "--limit", "1000")
      #expect(audit.items.count >= 3)
      #expect(audit.items.allSatisfy { $0["officer"]?.string == "ribeiro" })
      #expect(try await db.ok("audit", "verify").out.hasPrefix("the audit trail is intact: "))
    }

    @Test("demo refuses a database that holds records; --force moves it aside first")
    func demo() async throws {
      let db = try await TestDatabase.demo()
      try await db.ok("action", "note", "A2", "a change that must survive")
      let before = try db.snapshot()
      try await db.expectRefusal(["demo"], containing: ["already holds records", "--force"])

      let forced = try await db.ok("demo", "--force")
      #expect(forced.out.hasPrefix("loaded the demo into \(db.path):\n"))
      #expect(forced.out.contains("you are ribeiro"))
      #expect(forced.err.hasPrefix("moved the previous database to "))
      let files = try FileManager.default.contentsOfDirectory(atPath: db.folder.path)
      let aside = try #require(
        files.first { $0.contains(".before-demo-") && $0.hasSuffix(".sqlite") })
      #expect(forced.err.contains(aside))
      let kept = try FileSnapshot(db.folder.file(aside))
      #expect(kept.main == before.main, "the old database is kept as it was")
      let notes = try await LiaisonProcess.run(
        ["action", "show", "A2", "--json", "--db", db.folder.file(aside)],
        environment: db.environment())
      #expect(notes.out.contains("a change that must survive"))
      let fresh = try await db.json("action", "show", "A2")
      #expect(!"\(fresh)".contains("a change that must survive"))
      #expect(try await db.ok("db", "check").out == "\(db.path): ok\n")
    }

    @Test("db info, check and backup")
    func database() async throws {
      let db = try await TestDatabase.demo()
      let info = try await db.ok("db", "info")
      #expect(info.out.hasPrefix("Database: \(db.path)\n"))
      #expect(info.out.contains("Schema:   version "))
      #expect(info.out.contains("Journal:  wal, synchronous FULL"))
      #expect(info.out.contains("Profile:  ribeiro"))
      #expect(info.out.contains("\nRecords\n"))
      let json = try await db.json("db", "info")
      #expect(json["path"]?.string == db.path)
      #expect(json["journalMode"]?.string == "wal")
      #expect(json["synchronous"]?.number == 2)
      #expect(json["profile"]?.string == "ribeiro")
      #expect((json["schemaVersion"]?.number ?? 0) >= 1)
      #expect((json["auditEvents"]?.number ?? 0) > 0)
      let officers = try await db.json("officer", "list", "--limit", "1000")
      #expect(json["records"]?["officer"]?.number == Double(officers.items.count))

      #expect(try await db.ok("db", "check").out == "\(db.path): ok\n")
      let copy = db.folder.file("copy.sqlite")
      let backup = try await db.ok("db", "backup", copy)
      #expect(backup.out == "backed up \(db.path) to \(copy)\n")
      let original = try await db.json("summary")
      let restored = try await LiaisonProcess.run(
        ["summary", "--json", "--db", copy], environment: db.environment())
      #expect(restored.status == 0)
      #expect(try JSON.parse(restored.stdout) == original)
      try await db.expectRefusal(["db", "backup", copy], containing: ["already exists"])
    }

    /// A search index out of step with its records (someone edited the file with the
    /// `sqlite3` tool) is named by `db check` and filled again by `db check --repair`.
    @Test("db check --repair fills a search index again")
    func repair() async throws {
      let db = try await TestDatabase.demo()
      let (status, output) = try Spawn.run(
        "/usr/bin/sqlite3", [db.path, "DELETE FROM action_item_fts WHERE rowid <= 5"])
      #expect(status == 0, "\(output)")
      let found = try await db.run(["db", "check"])
      #expect(found.status == 1 && found.out.isEmpty, "\(found.summary)")
      #expect(
        found.errLines == [
          "action_item_fts: 0 row(s) the records do not give, 5 missing",
          "liaison: 1 problem(s) found in \(db.path)",
        ], "\(found.summary)")
      let repaired = try await db.ok("db", "check", "--repair")
      #expect(
        repaired.out
          == "filled again from the records: action_item_fts\n\(db.path): ok\n")
      #expect(repaired.err.contains("action_item_fts: 0 row(s)"), "what was found is said")
      #expect(try await db.ok("db", "check").out == "\(db.path): ok\n")
      #expect(try await db.ok("db", "check", "--repair").out == "\(db.path): ok\n")
    }

    @Test(
      "db backup makes the day's backup once; db restore checks a backup and keeps what was there")
    func backupAndRestore() async throws {
      let db = try await TestDatabase.demo()
      let made = try await db.ok("db", "backup")
      let folder = (db.path as NSString).deletingLastPathComponent + "/backups"
      let backups = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(backups.count == 1)
      let backup = folder + "/" + backups[0]
      #expect(made.out == "backed up \(db.path) to \(backup)\n")
      #expect(try await db.ok("db", "backup").out.hasPrefix("today's backup is there already"))
      let before = try await db.json("summary")
      _ = try await db.ok("action", "add", "Added after the backup", "--owner", "ribeiro")
      #expect(try await db.json("summary") != before)

      // A file that is not a sound backup: refused in one line, nothing changed.
      let junk = db.folder.file("junk.sqlite")
      try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: junk))
      let changed = try await db.json("summary")
      try await db.expectRefusal(["db", "restore", junk], containing: [junk])
      #expect(try await db.json("summary") == changed)

      let restore = try await db.ok("db", "restore", backup)
      #expect(restore.out.hasPrefix("restored \(db.path) from \(backup): "))
      #expect(try await db.json("summary") == before)
      #expect(try await db.ok("db", "check").out == "\(db.path): ok\n")
      _ = try await db.ok("audit", "verify")
      // What the database held before the restore is there to go back to.
      let kept = try FileManager.default.contentsOfDirectory(atPath: folder)
        .filter { $0.contains("before-restore") }
      #expect(kept.count == 1)
      let previous = try await LiaisonProcess.run(
        ["summary", "--json", "--db", folder + "/" + kept[0]], environment: db.environment())
      #expect(try JSON.parse(previous.stdout) == changed)
    }

    @Test("audit list filters events; audit verify checks the chain")
    func audit() async throws {
      let db = try await TestDatabase.demo()
      let table = try await db.ok("audit", "list", "--limit", "5")
      let header = table.out.prefix { $0 != "\n" }
      for word in ["#", "WHEN", "WHO", "OS USER", "KIND", "WHAT"] {
        #expect(header.contains(word))
      }
      #expect(table.out.split(separator: "\n").count == 6)
      let events = try await db.json("audit", "list", "--limit", "50")
      let seqs = events.items.compactMap { $0["seq"]?.number }
      #expect(seqs == seqs.sorted(by: >), "newest first")
      let alters = try await db.json("audit", "list", "--kind", "alter")
      #expect(alters.items.count > 0)
      #expect(alters.items.allSatisfy { $0["kind"]?.string == "alter" })
      let hers = try await db.json("audit", "list", "--officer", "gomez.l")
      #expect(hers.items.count > 0)
      #expect(hers.items.allSatisfy { $0["officer"]?.string == "gomez.l" })
      let today = try await db.json("audit", "list", "--since", "today")
      #expect(today.items.count > 0, "the demo was loaded today")
      let future = try await db.json("audit", "list", "--since", "tomorrow")
      #expect(future.items.isEmpty)
      try await db.expectRefusal(["audit", "list", "--kind", "bogus"], containing: ["bogus"])

      let verify = try await db.ok("audit", "verify")
      let total = Int(try await db.json("db", "info")["auditEvents"]?.number ?? -1)
      #expect(verify.out == "the audit trail is intact: \(total) events checked\n")
    }

    @Test("--version prints the version")
    func version() async throws {
      let result = try await TestDatabase("version").ok("--version")
      #expect(result.out.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result.out)")
    }
  }
}
