import Foundation
import Testing

extension LiaisonCLI {
  @Suite("every write records who made it, in a chain that shows tampering")
  struct AuditTrailTests {
    @Test("--as, LIAISON_OFFICER and the profile name the officer in the audit trail")
    func whoWrote() async throws {
      let db = try await TestDatabase.demo()
      // An item of the network, under no operation: every officer named below may see it.
      let network = try await db.json("action", "list", "--limit", "1000")
      let action = try #require(
        network.items.first { $0["operation"] == nil || $0["operation"] == .null }?["ref"]?.string)
      let set = try await db.ok(
        "action", "set", action, "--status", "blocked", "--note", "waiting for MLA", "--as",
        "gomez.l")
      let ref = try #require(set.out.split(separator: ":").first.map(String.init))
      var last = try #require(try await db.json("audit", "list", "--limit", "1").items.first)
      #expect(last["officer"]?.string == "gomez.l")
      #expect(last["ref"]?.string == ref)
      #expect(last["kind"]?.string == "alter")
      #expect(last["entity"]?.string == "action_item")
      #expect(last["summary"]?.string?.contains("blocked") == true)
      let gomez = try await db.json("officer", "show", "gomez.l")
      #expect(last["officerID"] == gomez["officer"]?["id"])
      let hers = try await db.json("audit", "list", "--officer", "gomez.l", "--limit", "1")
      #expect(hers.items.first?["id"] == last["id"])
      let log = try await db.json("action", "show", ref)
      #expect(log["action"]?["updates"]?.array?.last?["by"]?.string == "gomez.l")
      #expect(log["action"]?["updatedBy"] == gomez["officer"]?["id"])

      // --as does not change the profile.
      #expect(try await db.ok("whoami").out.hasPrefix("ribeiro "))

      try await db.ok("action", "note", ref, "spoke to Eurojust", env: ["LIAISON_OFFICER": "rojas"])
      last = try #require(try await db.json("audit", "list", "--limit", "1").items.first)
      #expect(last["officer"]?.string == "rojas")
      try await db.ok(
        "action", "note", ref, "as beats the environment", "--as", "nunez",
        env: ["LIAISON_OFFICER": "rojas"])
      last = try #require(try await db.json("audit", "list", "--limit", "1").items.first)
      #expect(last["officer"]?.string == "nunez")
      try await db.ok(
        "org", "add", "--acronym", "UAF", "--name", "UAF Ecuador", "--kind", "judicial")
      last = try #require(try await db.json("audit", "list", "--limit", "1").items.first)
      #expect(last["officer"]?.string == "ribeiro")
      #expect(last["kind"]?.string == "collect")

      let verify = try await db.ok("audit", "verify")
      #expect(verify.out.hasPrefix("the audit trail is intact: "))
    }

    @Test("an edited audit event breaks the chain, and verify names it")
    func editedEvent() async throws {
      let db = try await TestDatabase.demo()
      try await db.ok("audit", "verify")
      try sqlite3(
        db.path,
        "DROP TRIGGER audit_event_no_update; "
          + "UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 42;")
      try await db.expectRefusal(["audit", "verify"], containing: ["event #42", "hash"])
      let check = try await db.run("db", "check")
      #expect(check.status == 1, "\(check.summary)")
      #expect(check.err.contains("event #42"))
    }

    @Test("an event deleted from the middle of the trail is noticed, and named")
    func deletedEvent() async throws {
      let db = try await TestDatabase.demo()
      try sqlite3(
        db.path,
        "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE seq = 42;")
      try await db.expectRefusal(
        ["audit", "verify"], containing: ["event #43", "expected event #42", "missing"])
    }

    @Test("two events swapped in the trail are noticed, and named")
    func reorderedEvents() async throws {
      let db = try await TestDatabase.demo()
      try sqlite3(
        db.path,
        "DROP TRIGGER audit_event_no_update; "
          + "UPDATE audit_event SET seq = -1 WHERE seq = 42; "
          + "UPDATE audit_event SET seq = 42 WHERE seq = 43; "
          + "UPDATE audit_event SET seq = 43 WHERE seq = -1;")
      try await db.expectRefusal(["audit", "verify"], containing: ["event #42"])
    }

    @Test("a consultation and an export are events, with the stated purpose and recipients")
    func consultationAndDisclosure() async throws {
      let db = try await TestDatabase.demo()
      try await db.ok("purpose", "preparing", "the", "12", "Dec", "technical", "meeting")
      let shown = try await db.json("action", "list", "--overdue")
      let meeting = try #require(
        try await db.json("meeting", "list", "--past").items.first?["ref"]?.string)
      let file = db.folder.file("minutes.md")
      try await db.ok(
        "minutes", "export", meeting, "--output", file, "--to", "Eurojust", "--to", "MAOC-N")
      let events = try await db.json("audit", "list", "--limit", "4").items
      #expect(events.map { $0["kind"]?.string } == ["disclose", "consult", "consult", "purpose"])
      let disclosed = try JSON.parse(Data((events[0]["details"]?.string ?? "").utf8))
      #expect(disclosed["recipients"] == .array([.string("Eurojust"), .string("MAOC-N")]))
      #expect(disclosed["purpose"]?.string == "preparing the 12 Dec technical meeting")
      #expect(disclosed["records"]?.array?.first?["ref"]?.string == meeting)
      let consulted = try JSON.parse(Data((events[2]["details"]?.string ?? "").utf8))
      #expect(consulted["purpose"]?.string == "preparing the 12 Dec technical meeting")
      #expect(consulted["records"]?.array?.compactMap { $0["ref"]?.string } == shown.refs)
      #expect(events[2]["summary"]?.string?.hasSuffix("action list --overdue --json") == true)
      #expect(events[2]["osUser"]?.string?.isEmpty == false)

      // The supervisory authority's copy: JSON Lines, oldest first, every hash in it.
      let export = try await db.ok("audit", "export", "--kind", "disclose")
      let lines = export.out.split(separator: "\n")
      #expect(lines.count == 1)
      let line = try JSON.parse(Data(lines[0].utf8))
      #expect(line["hash"] == events[0]["hash"])
      #expect(line["previousHash"]?.string?.count == 64)
      try await db.ok("audit", "verify")
    }

    @Test("an event cut off the end of the trail is noticed")
    func truncatedTrail() async throws {
      let db = try await TestDatabase.demo()
      try sqlite3(
        db.path,
        "DROP TRIGGER audit_event_no_delete; "
          + "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event);")
      try await db.expectRefusal(["audit", "verify"], containing: ["event #"])
    }
  }
}
