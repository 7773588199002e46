import CaseModel
import Foundation
import Testing

extension LiaisonCLI {
  /// A liaison file damaged on disk (a bad sector, a copy cut short, a stray write): every
  /// command answers with its result or one clear line, never a crash or a hang, and
  /// `db check` names the damage.
  @Suite("a damaged liaison file")
  struct DamagedFileTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
      case randomPages = "random bytes over pages in the middle"
      case zeroedPages = "pages zeroed"
      case cutShort = "the file cut to half its length"

      var testDescription: String { rawValue }
    }

    static let commands: [[String]] = [
      ["summary"], ["op", "list", "--status", "all"], ["action", "list", "--status", "all"],
      ["meeting", "list", "--past"], ["officer", "list"], ["search", "bogota"],
      ["action", "add", "After the damage", "--owner", "ribeiro"], ["audit", "verify"],
      ["db", "info"],
    ]

    /// Damages the file where the records are, the same way every run.
    static func damage(_ path: String, _ kind: Damage) throws {
      let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      let size = try handle.seekToEnd()
      let page: UInt64 = 4096
      var random = SplitMix64(seed: 2026)
      switch kind {
      case .cutShort:
        try handle.truncate(atOffset: size / 2 / page * page)
      case .randomPages, .zeroedPages:
        let pages = size / page
        for _ in 0..<8 {
          // Not page 0 (the header): a damaged header is an unreadable file, tested elsewhere.
          let target = 1 + UInt64(random.below(Int(pages - 1)))
          try handle.seek(toOffset: target * page)
          let bytes = (0..<Int(page)).map { _ in
            kind == .zeroedPages ? UInt8(0) : UInt8(truncatingIfNeeded: random.next())
          }
          try handle.write(contentsOf: Data(bytes))
        }
      }
    }

    @Test(
      "every command answers a damaged file in one line, and db check names the damage",
      arguments: Damage.allCases)
    func everyCommand(_ kind: Damage) async throws {
      let db = try await TestDatabase.demo("damaged")
      let backup = db.folder.file("before.sqlite")
      try await db.ok("db", "backup", backup)
      try sqlite3(db.path, "PRAGMA wal_checkpoint(TRUNCATE)")
      try Self.damage(db.path, kind)
      for arguments in Self.commands {
        let result = try await db.run(arguments)
        #expect(!result.signalled, "\(arguments): \(result.summary)")
        #expect([0, 1, 2].contains(result.status), "\(arguments): \(result.summary)")
        if result.status != 0 {
          #expect(result.stdout.isEmpty, "\(arguments) printed before failing: \(result.summary)")
          #expect(
            result.err.hasPrefix("liaison: ") && result.errLines.count == 1,
            "\(arguments): \(result.summary)")
        }
      }
      let check = try await db.run("db", "check")
      #expect(!check.signalled)
      #expect(check.status != 0, "db check must find the damage: \(check.summary)")
      #expect(check.err.contains("problem(s) found"), "\(check.summary)")

      // The way back: the backup goes in its place, the damaged file is kept beside it.
      let restored = try await db.run("db", "restore", backup)
      #expect(restored.status == 0, "\(restored.summary)")
      #expect(restored.out.contains("what it held before is in "))
      try await db.ok("db", "check")
      try await db.ok("audit", "verify")
      #expect(
        try await db.json("action", "list", "--status", "all", "--limit", "1000").items.count > 50)
    }
  }
}
