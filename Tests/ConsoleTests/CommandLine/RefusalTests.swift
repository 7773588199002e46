import CaseModel
import Foundation
import Testing

extension LiaisonCLI {
  /// Bad input is refused with status 1, one `liaison: ` line on stderr, nothing on stdout,
  /// and a database file identical to the byte.
  @Suite("refusals leave the database untouched")
  struct RefusalTests {
    /// A refused command line and words its message must hold.
    struct Case: Sendable, CustomTestStringConvertible {
      let name: String
      let arguments: [String]
      let fragments: [String]
      var testDescription: String { name }
    }

    static let cases: [Case] = [
      Case(
        name: "unknown status", arguments: ["action", "set", "A1", "--status", "bogus"],
        fragments: ["unknown action status \"bogus\""]),
      Case(
        name: "February 30th as a due date",
        arguments: ["action", "add", "Call Lisbon", "--owner", "ribeiro", "--due", "2026-02-30"],
        fragments: ["\"2026-02-30\" is not a calendar date"]),
      Case(
        name: "February 30th in action set",
        arguments: ["action", "set", "A2", "--due", "2026-02-30"],
        fragments: ["\"2026-02-30\" is not a calendar date"]),
      Case(
        name: "empty title", arguments: ["action", "add", "", "--owner", "ribeiro"],
        fragments: ["title is empty"]),
      Case(
        name: "whitespace-only title",
        arguments: ["action", "add", "  \t  ", "--owner", "ribeiro"],
        fragments: ["title is empty"]),
      Case(
        name: "empty note", arguments: ["action", "note", "A2", "   "], fragments: ["empty"]),
      Case(
        name: "unknown officer", arguments: ["action", "add", "Call", "--owner", "nobody"],
        fragments: ["no such officer \"nobody\""]),
      Case(
        name: "unknown operation",
        arguments: ["action", "add", "Call", "--owner", "ribeiro", "--op", "TF-NOPE-1"],
        fragments: ["no such operation \"TF-NOPE-1\""]),
      Case(
        name: "unknown action", arguments: ["action", "show", "A9999"], fragments: ["A9999"]),
      Case(
        name: "100 KB title",
        arguments: ["action", "add", String(repeating: "x", count: 100_000), "--owner", "ribeiro"],
        fragments: ["100000 characters long", "limit is 200"]),
      Case(
        name: "OSC title change in a title",
        arguments: ["action", "add", "\u{1B}]0;pwned\u{07}", "--owner", "ribeiro"],
        fragments: ["control character U+001B"]),
      Case(
        name: "carriage return in a title",
        arguments: ["action", "add", "SAFE\rEVIL", "--owner", "ribeiro"],
        fragments: ["control character U+000D"]),
      Case(
        name: "backspace in a title",
        arguments: ["action", "add", "admin\u{08}\u{08}guest", "--owner", "ribeiro"],
        fragments: ["control character U+0008"]),
      Case(
        name: "SOH, VT, FF and US in a title",
        arguments: ["action", "add", "a\u{01}b\u{0B}c\u{0C}d\u{1F}", "--owner", "ribeiro"],
        fragments: ["control character U+0001"]),
      Case(
        name: "DEL in a note", arguments: ["action", "note", "A2", "del\u{7F}ete"],
        fragments: ["control character U+007F"]),
      Case(
        name: "line feed in a title",
        arguments: ["action", "add", "one\ntwo", "--owner", "ribeiro"],
        fragments: ["control character U+000A"]),
      Case(
        name: "ESC in an officer's name",
        arguments: [
          "officer", "add", "--handle", "evil", "--name", "Eve\u{1B}[2J", "--org", "PJ",
          "--country",
          "PT",
        ],
        fragments: ["control character U+001B"]),
      Case(
        name: "C1 CSI in a minutes entry",
        arguments: ["minutes", "add", "{meeting}", "--kind", "information", "x\u{9B}2J"],
        fragments: ["control character U+009B"]),
      Case(
        name: "RLO in a title",
        arguments: ["action", "add", "invoice\u{202E}txt.exe", "--owner", "ribeiro"],
        fragments: ["bidirectional control U+202E"]),
      Case(
        name: "bidi isolate in a note", arguments: ["action", "note", "A2", "a\u{2067}b\u{2069}"],
        fragments: ["bidirectional control U+2067"]),
      Case(
        name: "unknown country code",
        arguments: [
          "org", "add", "--acronym", "ZZ", "--name", "Z", "--kind", "police", "--country",
          "XX",
        ],
        fragments: ["unknown country code \"XX\""]),
      Case(
        name: "operation ending before it starts",
        arguments: [
          "op", "add", "--code", "TF-LND-2027-011", "--name", "X", "--crime-area",
          "drug-trafficking", "--vector", "land", "--lead-country", "BR", "--start", "2027-05-01",
          "--end", "2027-04-01",
        ],
        fragments: ["2027-04-01", "before", "2027-05-01"]),
      Case(
        name: "duplicate officer handle",
        arguments: [
          "officer", "add", "--handle", "ribeiro", "--name", "Another Ribeiro", "--org", "PJ",
          "--country", "PT",
        ],
        fragments: ["\"ribeiro\" already exists"]),
      Case(
        name: "duplicate operation code",
        arguments: [
          "op", "add", "--code", "{operation}", "--name", "AGAIN", "--crime-area",
          "drug-trafficking", "--vector", "maritime", "--lead-country", "ES",
        ],
        fragments: ["{operation} already exists"]),
      Case(
        name: "duplicate organisation acronym",
        arguments: ["org", "add", "--acronym", "PJ", "--name", "Again", "--kind", "police"],
        fragments: ["\"PJ\" already exists"]),
      Case(
        name: "action entry without an owner",
        arguments: ["minutes", "add", "{meeting}", "--kind", "action", "Request the AIS track"],
        fragments: ["--owner"]),
      Case(
        name: "--as an unknown officer",
        arguments: ["action", "note", "A2", "checked", "--as", "nobody"],
        fragments: ["no such officer \"nobody\""]),
      Case(
        name: "unknown seizure status", arguments: ["seizure", "status", "S1", "stolen"],
        fragments: ["stolen"]),
      Case(
        name: "unknown attendance",
        arguments: ["meeting", "attend", "{meeting}", "ribeiro", "asleep"],
        fragments: ["asleep"]),
      Case(
        name: "nonexistent time zone",
        arguments: [
          "meeting", "add", "--title", "T", "--start", "2027-01-12 15:00", "--tz",
          "Mars/Olympus",
        ],
        fragments: ["Mars/Olympus"]),
    ]

    @Test("bad input is refused", arguments: cases)
    func refused(_ refusal: Case) async throws {
      let db = try await TestDatabase.demo()
      let meeting = try await db.meetingTakingMinutes()
      let operation = try await db.activeOperation()
      let fill = { (text: String) in
        text.replacingOccurrences(of: "{meeting}", with: meeting)
          .replacingOccurrences(of: "{operation}", with: operation)
      }
      try await db.expectRefusal(
        refusal.arguments.map(fill), containing: refusal.fragments.map(fill))
    }

    @Test("a backup into a missing folder is bad input, not an unusable database")
    func backupIntoMissingFolder() async throws {
      let db = try await TestDatabase.demo()
      let target = db.folder.file("missing/copy.sqlite")
      let before = try db.snapshot()
      let result = try await db.run("db", "backup", target)
      // The database is fine; status 2 would tell a script it cannot be used.
      expectOneLineRefusal(result, status: 1, containing: ["does not exist"])
      #expect(result.status != 0 && result.stdout.isEmpty, "\(result.summary)")
      try db.expectUnchanged(since: before, after: result)
      #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("a reference longer than 50,000 bytes is an unknown record, not a broken database")
    func hugeReference() async throws {
      let db = try await TestDatabase.demo()
      let huge = String(repeating: "a", count: 60_000)
      for arguments in [
        ["officer", "show", huge], ["op", "show", huge], ["action", "show", huge],
        ["meeting", "show", huge], ["action", "list", "--owner", huge],
        ["action", "note", "A2", "checked", "--as", huge],
      ] {
        let before = try db.snapshot()
        let result = try await db.run(arguments)
        // SQLite refuses LIKE patterns over 50,000 bytes; liaison passes its message on
        // ("LIKE or GLOB pattern too complex") with the status of an unusable database.
        expectOneLineRefusal(result, status: 1, containing: ["no such"])
        #expect(!result.signalled && result.stdout.isEmpty, "\(result.summary)")
        try db.expectUnchanged(since: before, after: result)
      }
    }

    @Test("a read changes only the audit trail, where it is recorded as a consultation")
    func readsOnlyAddConsultations() async throws {
      let db = try await TestDatabase.demo()
      let records = try db.query("SELECT count(*) FROM op_log")
      let events = try Int(db.query("SELECT count(*) FROM audit_event")) ?? 0
      for arguments in [["summary"], ["summary"], ["action", "list", "--json"]] {
        try await db.ok(arguments)
      }
      #expect(try db.query("SELECT count(*) FROM op_log") == records)
      #expect(try Int(db.query("SELECT count(*) FROM audit_event")) == events + 3)
      let kinds = try db.query(
        "SELECT group_concat(kind) FROM (SELECT kind FROM audit_event ORDER BY seq DESC LIMIT 3)")
      #expect(kinds == "consult,consult,consult")
      // Maintenance reads the file, not records: it is not a consultation.
      let before = try db.snapshot()
      let check = try await db.ok("db", "check")
      try db.expectUnchanged(since: before, after: check)
    }

    @Test("a done action reopens only with a note")
    func reopenWithoutNote() async throws {
      let db = try await TestDatabase.demo()
      let done = try #require(try await db.json("action", "list", "--status", "done").refs.first)
      try await db.expectRefusal(
        ["action", "set", done, "--status", "open"], containing: ["note"])
    }

    @Test("approved minutes take only amendments")
    func approvedMinutes() async throws {
      let db = try await TestDatabase.demo()
      let approved = try #require(
        try await db.json("meeting", "list", "--past").items.first {
          $0["minutesState"]?.string == "approved"
        }?["ref"]?.string)
      try await db.expectRefusal(
        ["minutes", "add", approved, "--kind", "information", "A late remark"],
        containing: ["approved and read-only"])
    }

    @Test("a concluded operation takes no new actions")
    func concludedOperation() async throws {
      let db = try await TestDatabase.demo()
      let concluded = try #require(
        try await db.json("op", "list", "--status", "concluded").refs.first)
      try await db.expectRefusal(
        ["action", "add", "One more thing", "--owner", "ribeiro", "--op", concluded],
        containing: ["concluded"])
    }

    @Test("a write with nobody acting says how to choose an officer")
    func noActingOfficer() async throws {
      let db = try TestDatabase("noactor")
      try await db.ok("summary")  // creates the empty database
      try await db.expectRefusal(
        ["org", "add", "--acronym", "PJ", "--name", "Polícia Judiciária", "--kind", "police"],
        containing: ["no acting officer", "whoami"])
      try await db.expectRefusal(
        ["org", "add", "--acronym", "PJ", "--name", "Polícia Judiciária", "--kind", "police"],
        containing: ["\"ghost\""], env: ["LIAISON_OFFICER": "ghost"])
    }

    @Test("invalid UTF-8 in an argument is refused, not repaired")
    func invalidUTF8() async throws {
      let db = try await TestDatabase.demo()
      let meeting = try await db.meetingTakingMinutes()
      let scripts = [
        #"exec "$LIAISON" action add "$(printf 'a\377b')" --owner ribeiro"#,
        #"exec "$LIAISON" action note A2 "$(printf 'caf\303')""#,
        #"exec "$LIAISON" minutes add "$MEETING" --kind information "$(printf '\300\200')""#,
        #"exec "$LIAISON" search "$(printf 'bogot\341')""#,
      ]
      for script in scripts {
        let before = try db.snapshot()
        let result = try await LiaisonProcess.shell(
          script, environment: db.environment(["MEETING": meeting]))
        expectOneLineRefusal(result, containing: ["not valid UTF-8"])
        try db.expectUnchanged(since: before, after: result)
      }
    }

    @Test(
      "usage errors exit with 64",
      arguments: [
        ["action", "list", "--bogus"], ["action", "show"], ["action", "add", "Title only"],
        ["action", "list", "--limit", "lots"], ["action", "list", "--limit", "0"],
        ["frobnicate"], ["meeting", "attend", "M1"],
      ])
    func usage(arguments: [String]) async throws {
      let db = try await TestDatabase.demo()
      try await db.expectUsageError(arguments)
    }

    /// A text that starts with a dash and holds a space ("- crew list sent") is no option, but
    /// the parser reads it as one, letter by letter: with an `h` among them it printed the help
    /// and exited with 0, the item not added. It is refused, saying how to pass it, and passes
    /// after `--` or with `=`.
    @Test func aTextThatStartsWithADash() async throws {
      let db = try await TestDatabase.demo()
      for arguments in [
        ["action", "add", "- seize the phones", "--owner", "ribeiro"],
        ["action", "add", "Seize", "--owner", "ribeiro", "--details", "- item one"],
        ["search", "-x courier"],
      ] {
        try await db.expectUsageError(arguments)
        let result = try await db.run(arguments)
        #expect(result.errLines.count == 1, "\(result.summary)")
        #expect(result.err.contains("starts with a dash"), "\(result.summary)")
        #expect(result.err.contains("put -- before it"), "\(result.summary)")
      }
      let titled = try await db.ok(
        "action", "add", "--owner", "ribeiro", "--", "- seize the phones")
      let ref = String(titled.out.split(separator: " ").last ?? "").trimmingCharacters(
        in: .newlines)
      let detailed = try await db.ok(
        "action", "add", "Seize", "--owner", "ribeiro", "--details=- item one")
      let detailedRef = String(detailed.out.split(separator: " ").last ?? "")
        .trimmingCharacters(in: .newlines)
      #expect(
        try await db.json("action", "show", ref)["action"]?["title"]?.string == "- seize the phones"
      )
      #expect(
        try await db.json("action", "show", detailedRef)["action"]?["details"]?.string
          == "- item one")
    }

    /// A value that starts with a minus is the option's value: a negative limit is answered as
    /// out of range, not as a missing value, and a date in the past (`-3d`) is a date.
    @Test func aValueMayStartWithAMinus() async throws {
      let db = try await TestDatabase.demo()
      for (arguments, message) in [
        (["action", "list", "--limit", "-5"], "--limit must be between 1 and 100000"),
        (["action", "list", "--limit", "-100001"], "--limit must be between 1 and 100000"),
        (["search", "--limit", "-1", "courier"], "--limit must be between 1 and 1000"),
      ] {
        try await db.expectUsageError(arguments)
        let result = try await db.run(arguments)
        #expect(result.err.contains(message), "\(result.summary)")
        #expect(!result.err.contains("Missing value"), "\(result.summary)")
      }
      try await db.expectRefusal(
        ["action", "list", "--due-before", "-x"], containing: ["\"-x\"", "not a date"])
      let search = try await db.run(["search", "--limit", "-1", "courier"])
      #expect(search.err.contains("Usage: liaison search"), "its own usage: \(search.summary)")
      let missing = try await db.run(["action", "list", "--limit"])
      #expect(
        missing.status == 64 && missing.err.contains("Missing value"), "\(missing.summary)")

      let cutoff = CalendarDate.today().adding(days: -3).description
      let past = try await db.run(["action", "list", "--status", "all", "--due-before", "-3d"])
      #expect(past.status == 0, "\(past.summary)")
      let dues = past.out.split(separator: "\n").dropFirst().map { line in
        String(line.split(separator: " ", omittingEmptySubsequences: true)[1])
      }
      #expect(!dues.isEmpty, "the demo has items due before \(cutoff)")
      #expect(dues.allSatisfy { $0 < cutoff }, "\(dues) before \(cutoff)")
    }
  }
}
