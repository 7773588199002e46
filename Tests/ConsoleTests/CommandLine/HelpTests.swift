import Foundation
import Testing

extension LiaisonCLI {
  @Suite("--help")
  struct HelpTests {
    /// Every command and subcommand, as typed after `liaison`.
    static let commands: [[String]] = [
      [], ["summary"],
      ["op"], ["op", "list"], ["op", "show"], ["op", "add"], ["op", "edit"], ["op", "status"],
      ["op", "join"], ["op", "leave"],
      ["meeting"], ["meeting", "list"], ["meeting", "show"], ["meeting", "add"],
      ["meeting", "attend"],
      ["minutes"], ["minutes", "add"], ["minutes", "circulate"], ["minutes", "approve"],
      ["minutes", "export"],
      ["action"], ["action", "list"], ["action", "show"], ["action", "add"], ["action", "set"],
      ["action", "note"], ["action", "done"],
      ["officer"], ["officer", "list"], ["officer", "show"], ["officer", "add"],
      ["org"], ["org", "list"], ["org", "add"],
      ["seizure"], ["seizure", "list"], ["seizure", "add"], ["seizure", "status"],
      ["search"], ["whoami"], ["demo"], ["purpose"],
      ["db"], ["db", "info"], ["db", "check"], ["db", "backup"], ["db", "restore"],
      ["audit"], ["audit", "list"], ["audit", "verify"], ["audit", "export"],
      ["bench"], ["bench", "generate"], ["bench", "run"],
    ]

    @Test("--help succeeds and shows the command's usage", arguments: commands)
    func help(command: [String]) async throws {
      // The database must not even be created: help needs none.
      let db = try TestDatabase("help")
      let result = try await db.ok(command + ["--help"])
      let usage = (["USAGE: liaison"] + command).joined(separator: " ")
      #expect(result.out.contains("OVERVIEW: "))
      #expect(result.out.contains(usage), "\(result.out.prefix(400))")
      #expect(result.err.isEmpty)
      #expect(!FileManager.default.fileExists(atPath: db.path))
      // swift-argument-parser prints an option's default itself: help text that names it
      // too says it twice, "(default 20). (default: 20)".
      let twice = try Regex(#"\(default[^)]*\)\.?\s+\(default: "#)
      #expect(!result.out.contains(twice), "\(result.out)")
    }

    @Test("the top-level help lists every command")
    func topLevel() async throws {
      let result = try await TestDatabase("help").ok("--help")
      let listed = Set(Self.commands.compactMap { $0.first })
      for command in listed {
        #expect(result.out.contains("\n  \(command) "), "\(command) is not listed")
      }
    }

    @Test("a group's help lists its subcommands")
    func groups() async throws {
      let groups = Dictionary(grouping: Self.commands.filter { $0.count == 2 }) { $0[0] }
      let db = try TestDatabase("help")
      for (group, members) in groups {
        let result = try await db.ok(group, "--help")
        for member in members {
          #expect(result.out.contains("\n  \(member[1]) "), "\(group) \(member[1])")
        }
      }
    }
  }
}
