import Foundation
import Testing

extension LiaisonCLI {
  @Suite("--read-only")
  struct ReadOnlyTests {
    @Test("every command that changes records is refused, and the file stays as it was")
    func writesAreRefused() async throws {
      let db = try await TestDatabase.demo()
      let action = try await db.openAction()
      let operation = try await db.activeOperation()
      let meeting = try #require(try await db.json("meeting", "list").refs.first)
      let writes: [[String]] = [
        ["action", "add", "A new item", "--owner", "ribeiro"],
        ["action", "note", action, "spoke to Eurojust"],
        ["action", "done", action, "--note", "sent"],
        ["op", "edit", operation, "--summary", "Rewritten"],
        ["op", "status", operation, "suspended"],
        ["op", "join", operation, "--country", "FR"],
        ["minutes", "add", meeting, "--kind", "information", "A remark"],
        ["org", "add", "--acronym", "UAF", "--name", "UAF Ecuador", "--kind", "judicial"],
        ["whoami", "--set", "nunez"],
        ["db", "restore", db.folder.file("missing.sqlite")],
      ]
      for arguments in writes {
        try await db.expectRefusal(arguments + ["--read-only"], containing: ["read-only"])
      }
      // Reading works, and is recorded like any other.
      let list = try await db.json("action", "list", "--read-only")
      #expect(!list.items.isEmpty)
    }
  }
}
