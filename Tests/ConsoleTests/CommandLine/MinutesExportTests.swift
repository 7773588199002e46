import Foundation
import Testing

extension LiaisonCLI {
  @Suite("minutes export")
  struct MinutesExportTests {
    /// A past meeting with minutes worth reading: several entries, an action among them.
    func minutedMeeting(_ db: TestDatabase) async throws -> String {
      let past = try await db.json("meeting", "list", "--past", "--limit", "100")
      let row = try #require(past.items.first { ($0["entries"]?.number ?? 0) > 10 })
      return try #require(row["ref"]?.string)
    }

    @Test("export prints Markdown with the banner at top and bottom, attendance and actions")
    func markdownToStandardOutput() async throws {
      let db = try await TestDatabase.demo()
      let ref = try await minutedMeeting(db)
      let detail = try #require(try await db.json("meeting", "show", ref)["meeting"])
      let result = try await db.ok("minutes", "export", ref)
      let lines = result.out.split(separator: "\n").map(String.init)
      let banner = try #require(lines.first)
      #expect(banner.hasPrefix("**TLP:"))
      #expect(lines.last == banner)
      #expect(result.out.contains("# Minutes: "))
      #expect(result.out.contains("- **Meeting:** \(ref)"))
      #expect(result.out.contains("## Attendance"))
      #expect(result.out.contains("- **Present ("))
      #expect(result.out.contains("**Decision:**"))
      #expect(result.out.contains("**Action:**"))
      let owner = try #require(
        detail["minutes"]?.array?.compactMap { $0["action"]?["owner"]?.string }.first)
      #expect(result.out.contains("**@\(owner)**"))
      #expect(result.err.isEmpty)
      #expect(RawControl.first(in: result.stdout) == nil)

      let text = try await db.ok("minutes", "export", ref, "--format", "text")
      #expect(text.out.hasPrefix(String(banner.dropFirst(2).dropLast(2)) + "\n"))
      #expect(text.out.contains("ATTENDANCE"))
      #expect(text.out.contains("DECISION"))
    }

    @Test("export --output writes the file once and refuses to overwrite it")
    func outputFile() async throws {
      let db = try await TestDatabase.demo()
      let ref = try await minutedMeeting(db)
      let file = db.folder.file("minutes of \(ref).md")
      let written = try await db.ok("minutes", "export", ref, "--format", "md", "--output", file)
      #expect(written.out.contains("wrote the minutes of \(ref) (Markdown) to \(file)"))
      let first = try String(contentsOfFile: file, encoding: .utf8)
      #expect(first.hasPrefix("**TLP:"))

      try "circulated already".write(toFile: file, atomically: true, encoding: .utf8)
      try await db.expectRefusal(
        ["minutes", "export", ref, "--output", file],
        containing: ["already exists", "does not overwrite"])
      #expect(try String(contentsOfFile: file, encoding: .utf8) == "circulated already")
    }

    @Test("export refuses an unknown meeting, an unknown format and a folder, in one line")
    func refusals() async throws {
      let db = try await TestDatabase.demo()
      try await db.expectRefusal(["minutes", "export", "M9999"], containing: ["M9999"])
      let ref = try await minutedMeeting(db)
      try await db.expectRefusal(
        ["minutes", "export", ref, "--format", "pdf"], containing: ["unknown format", "md or text"])
      try await db.expectRefusal(
        ["minutes", "export", ref, "--output", db.folder.path], containing: ["is a folder"])
    }
  }
}
