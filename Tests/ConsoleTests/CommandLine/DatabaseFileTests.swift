import Foundation
import Testing

extension LiaisonCLI {
  @Suite("the database file: where it lives, and files liaison must not use")
  struct DatabaseFileTests {
    /// How each unusable file is made.
    enum Unusable: String, CaseIterable, Sendable {
      case randomBytes = "random bytes"
      case newerSchema = "a SQLite file with user_version 99"
      case newerLiaison = "a liaison database from a newer version"
      case foreignSQLite = "another program's SQLite file"

      func make(at path: String) async throws {
        switch self {
        case .randomBytes:
          var generator = SystemRandomNumberGenerator()
          let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
          try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .newerSchema:
          try sqlite3(path, "PRAGMA user_version = 99; CREATE TABLE t(x); INSERT INTO t VALUES(1);")
        case .newerLiaison:
          let result = try await LiaisonProcess.run(
            [
              "whoami", "--register", "--handle", "ribeiro", "--name", "Ana Ribeiro", "--country",
              "PT", "--org", "PJ", "--org-name", "Polícia Judiciária", "--org-kind", "police",
            ],
            environment: LiaisonProcess.environment(home: "/nonexistent", ["LIAISON_DB": path]))
          try #require(result.status == 0, "\(result.summary)")
          try sqlite3(path, "PRAGMA user_version = 99;")
        case .foreignSQLite:
          try sqlite3(path, "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL);")
        }
      }

      var fragment: String {
        switch self {
        case .randomBytes: "is not a SQLite database"
        case .newerSchema, .newerLiaison: "newer liaison"
        case .foreignSQLite: "not a liaison database"
        }
      }
    }

    @Test(
      "a file liaison cannot use is refused with status 2 and left alone",
      arguments: Unusable.allCases)
    func unusable(_ kind: Unusable) async throws {
      let db = try TestDatabase("unusable")
      try await kind.make(at: db.path)
      for arguments in [
        ["summary"], ["action", "list", "--json"],
        [
          "org", "add", "--acronym", "X", "--name", "X",
          "--kind", "police", "--as", "ribeiro",
        ], ["demo"],
      ] {
        let result = try await db.expectRefusal(
          arguments, status: 2, containing: [kind.fragment, db.path])
        #expect(!result.err.contains("GRDB"), "no library internals in the message")
      }
    }

    @Test("--db in a folder that does not exist is refused with status 2, creating nothing")
    func missingFolder() async throws {
      let folder = try ScratchFolder("missing")
      let path = folder.file("nowhere/liaison.sqlite")
      for arguments in [["summary", "--db", path], ["demo", "--db", path]] {
        let result = try await LiaisonProcess.run(
          arguments, environment: LiaisonProcess.environment(home: folder.path, [:]))
        expectOneLineRefusal(result, status: 2, containing: ["folder", "does not exist"])
      }
      let env = LiaisonProcess.environment(home: folder.path, ["LIAISON_DB": path])
      let result = try await LiaisonProcess.run(["summary"], environment: env)
      expectOneLineRefusal(result, status: 2, containing: ["does not exist"])
      #expect(!FileManager.default.fileExists(atPath: folder.file("nowhere")))
    }

    @Test("a folder given as the database is refused with status 2")
    func folderAsDatabase() async throws {
      let folder = try ScratchFolder("folder")
      let result = try await LiaisonProcess.run(
        ["summary", "--db", folder.path],
        environment: LiaisonProcess.environment(home: folder.path, [:]))
      expectOneLineRefusal(result, status: 2, containing: ["is a folder"])
    }

    @Test("--db beats LIAISON_DB")
    func explicitPathWins() async throws {
      let folder = try ScratchFolder("precedence")
      let env = LiaisonProcess.environment(
        home: folder.path, ["LIAISON_DB": folder.file("from-env.sqlite")])
      let result = try await LiaisonProcess.run(
        ["summary", "--db", folder.file("from-option.sqlite")], environment: env)
      #expect(result.status == 0, "\(result.summary)")
      #expect(FileManager.default.fileExists(atPath: folder.file("from-option.sqlite")))
      #expect(!FileManager.default.fileExists(atPath: folder.file("from-env.sqlite")))
    }

    @Test("without --db or LIAISON_DB, the demo goes to $XDG_DATA_HOME/liaison, kept private")
    func xdgDataHome() async throws {
      let folder = try ScratchFolder("xdg")
      let data = folder.file("data")
      let env = LiaisonProcess.environment(
        home: folder.file("home"), ["XDG_DATA_HOME": data])
      let result = try await LiaisonProcess.run(["demo"], environment: env)
      let expected = data + "/liaison/liaison.sqlite"
      #expect(result.status == 0, "\(result.summary)")
      #expect(result.out.hasPrefix("loaded the demo into \(expected):"))
      try expectPrivate(file: expected)
      #expect(!FileManager.default.fileExists(atPath: folder.file("home")))
      let who = try await LiaisonProcess.run(["whoami"], environment: env)
      #expect(who.out.contains(" on \(expected), "))
    }

    @Test("without XDG_DATA_HOME, the database goes to ~/.local/share/liaison")
    func homeFallback() async throws {
      let folder = try ScratchFolder("home")
      let env = LiaisonProcess.environment(home: folder.path, [:])
      let result = try await LiaisonProcess.run(["demo"], environment: env)
      let expected = folder.path + "/.local/share/liaison/liaison.sqlite"
      #expect(result.status == 0, "\(result.summary)")
      #expect(result.out.hasPrefix("loaded the demo into \(expected):"))
      try expectPrivate(file: expected)

      // The XDG specification says to ignore a relative XDG_DATA_HOME.
      let relative = LiaisonProcess.environment(home: folder.path, ["XDG_DATA_HOME": "data"])
      let who = try await LiaisonProcess.run(["whoami"], environment: relative)
      #expect(who.out.contains(" on \(expected), "), "\(who.summary)")
    }

    @Test("a command closes its file before it exits, whether it succeeds or is refused")
    func closedAtExit() async throws {
      // liaison closes its stores itself at the exit (OpenStores), not when they are freed:
      // a path that missed the close would leave the log beside the file, holding the work.
      let db = try await TestDatabase.demo("closed")
      let events = { try db.query("SELECT count(*) FROM audit_event") }
      let before = try events()
      func expectClosed(_ result: ProcessOutput, status: Int32) {
        #expect(result.status == status, "\(result.summary)")
        for suffix in ["-wal", "-shm"] {
          #expect(
            !FileManager.default.fileExists(atPath: db.path + suffix),
            "\(suffix) left beside the file: \(result.summary)")
        }
      }
      expectClosed(try await db.run("action", "list", "--limit", "5"), status: 0)
      // The list's consultation is in the file itself: there is no log left to hold it.
      #expect(try events() == String((Int(before) ?? -1) + 1))
      expectClosed(try await db.run("action", "list", "--op", "NO-SUCH-OP"), status: 1)
      expectClosed(try await db.run("action", "list", "--due-before", "someday"), status: 1)
      expectClosed(try await db.run("summary", "--json"), status: 0)
    }

    private func expectPrivate(
      file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let manager = FileManager.default
      let folder = (file as NSString).deletingLastPathComponent
      let folderMode = try manager.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
      let fileMode = try manager.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(
        folderMode == 0o700, "folder mode \(String(folderMode ?? 0, radix: 8))",
        sourceLocation: sourceLocation)
      #expect(
        fileMode == 0o600, "file mode \(String(fileMode ?? 0, radix: 8))",
        sourceLocation: sourceLocation)
    }
  }
}
