import Foundation
import Testing

extension LiaisonCLI {
  @Suite("action: list with every filter, show, add, set, note, done")
  struct ActionCommandTests {
    static let openStatuses: Set<String> = ["open", "in-progress", "blocked"]

    @Test("action list shows open items by due date; --status narrows or widens it")
    func listByStatus() async throws {
      let db = try await TestDatabase.demo()
      let open = try await db.json("action", "list", "--limit", "1000")
      #expect(open.items.count > 20)
      #expect(open["more"] == .bool(false))
      let openStatuses = Set(open.items.compactMap { $0["status"]?.string })
      #expect(openStatuses.isSubset(of: Self.openStatuses))
      let dues = open.items.compactMap { $0["due"]?.string }
      #expect(dues == dues.sorted(), "items are listed by due date")
      let summary = try await db.json("summary")
      #expect(Double(open.items.count) == summary["openActions"]?.number)

      let table = try await db.ok("action", "list")
      #expect(table.out.hasPrefix("REF "))
      for word in ["DUE", "STATUS", "PRIO", "OWNER", "OPERATION", "TITLE"] {
        #expect(table.out.contains(word))
      }
      #expect(table.out.contains(open.refs[0]))

      let blocked = try await db.json("action", "list", "--status", "blocked")
      #expect(blocked.items.count > 0)
      #expect(blocked.items.allSatisfy { $0["status"]?.string == "blocked" })
      let closed = try await db.json(
        "action", "list", "--status", "done", "--status", "dropped", "--limit", "1000")
      let closedStatuses = Set(closed.items.compactMap { $0["status"]?.string })
      #expect(closedStatuses == ["done", "dropped"])

      let all = try await db.json("action", "list", "--status", "all", "--limit", "1000")
      #expect(all.items.count == open.items.count + closed.items.count)
      // The file holds more than ribeiro may see: the items of an operation PJ and Portugal
      // do not take part in are not listed.
      let info = try await db.json("db", "info")
      let inFile = try #require(info["records"]?["action_item"]?.number)
      #expect(Double(all.items.count) < inFile)

      // More rows than the limit: the JSON says so, and people are told on stderr.
      let page = try await db.ok("action", "list", "--status", "all", "--json", "--limit", "50")
      #expect(try JSON.parse(page.stdout).items.count == 50)
      #expect(try JSON.parse(page.stdout)["more"] == .bool(true))
      let cut = try await db.ok("action", "list", "--status", "all", "--limit", "5")
      #expect(cut.out.split(separator: "\n").count == 6)
      #expect(cut.err == "(showing the first 5 rows; use --limit to see more)\n")
      // Both streams into one file, as `> list.txt 2>&1` would: the note comes after the table.
      let combined = try await LiaisonProcess.shell(
        #"exec "$LIAISON" action list --status all --limit 5 2>&1"#, environment: db.environment())
      #expect(
        combined.out == cut.out + cut.err, "\(combined.out)")
    }

    @Test("action list --owner, --mine, --op and --meeting keep only matching items")
    func listByPeopleAndPlace() async throws {
      let db = try await TestDatabase.demo()
      let owned = try await db.json("action", "list", "--owner", "ribeiro")
      #expect(owned.items.count > 0)
      #expect(owned.items.allSatisfy { $0["owner"]?.string == "ribeiro" })
      let byAt = try await db.json("action", "list", "--owner", "@ribeiro")
      #expect(byAt.refs == owned.refs)

      // The demo's profile is ribeiro: --mine adds the items ribeiro co-owns.
      let mine = try await db.json("action", "list", "--mine")
      #expect(Set(owned.refs).isSubset(of: mine.refs))
      for item in mine.items where item["owner"]?.string != "ribeiro" {
        let ref = try #require(item["ref"]?.string)
        let coOwners = try await db.json("action", "show", ref)["action"]?["coOwners"]
        #expect(coOwners?.array?.contains(.string("ribeiro")) == true, "\(ref)")
      }
      let hers = try await db.json("action", "list", "--mine", "--as", "gomez.l")
      #expect(hers.refs != mine.refs)
      let herOwn = try await db.json("action", "list", "--owner", "gomez.l")
      #expect(Set(herOwn.refs).isSubset(of: hers.refs))

      let codes = owned.items.compactMap { $0["operation"]?.string }
      let code = try #require(codes.first)
      let ofOperation = try await db.json("action", "list", "--op", code, "--status", "all")
      #expect(ofOperation.items.count > 0)
      #expect(ofOperation.items.allSatisfy { $0["operation"]?.string == code })

      let past = try await db.json("meeting", "list", "--past")
      let meeting = try #require(past.items.first { $0["entries"] != .number(0) })
      let meetingRef = try #require(meeting["ref"]?.string)
      let raised = try await db.json("action", "list", "--meeting", meetingRef, "--status", "all")
      #expect(raised.items.count > 0)
      #expect(raised.items.allSatisfy { $0["meetingID"] == meeting["id"] })
    }

    @Test("action list --overdue and --due-before compare due dates with today")
    func listByDate() async throws {
      let db = try await TestDatabase.demo()
      let overdue = try await db.json("action", "list", "--overdue", "--limit", "1000")
      #expect(overdue.items.count > 0)
      #expect(overdue.items.allSatisfy { $0["overdue"]?.bool == true })
      let overdueStatuses = Set(overdue.items.compactMap { $0["status"]?.string })
      #expect(overdueStatuses.isSubset(of: Self.openStatuses))
      let summary = try await db.json("summary")
      #expect(Double(overdue.items.count) == summary["overdueActions"]?.number)
      let dueBeforeToday = try await db.json(
        "action", "list", "--due-before", "today", "--limit", "1000")
      #expect(Set(dueBeforeToday.refs) == Set(overdue.refs))

      let open = try await db.json("action", "list", "--limit", "1000")
      let dues = open.items.compactMap { $0["due"]?.string }.sorted()
      let cutoff = dues[dues.count / 2]
      let early = try await db.json("action", "list", "--due-before", cutoff, "--limit", "1000")
      #expect(early.items.count > 0)
      #expect(early.items.allSatisfy { ($0["due"]?.string ?? "9999") < cutoff })
      #expect(early.items.count == dues.filter { $0 < cutoff }.count)

      let human = try await db.ok("action", "list", "--overdue")
      #expect(human.out.split(separator: "\n").count == min(overdue.items.count, 100) + 1)
      try await db.expectRefusal(
        ["action", "list", "--overdue", "--status", "done"], containing: ["--overdue"])
    }

    @Test("action add, show, set, note, done; a done item reopens with a note")
    func lifecycle() async throws {
      let db = try await TestDatabase.demo()
      let code = try await db.activeOperation()
      let added = try await db.ok(
        "action", "add", "Request AIS track of MV Esperanza", "--owner", "ribeiro", "--co-owner",
        "gomez.l", "--op", code, "--due", "2027-03-01", "--priority", "high",
        "--details", "From Cabo Verde to the Canaries")
      #expect(added.out.hasPrefix("added action A"))
      let ref = try #require(
        added.out.split(separator: " ").last.map {
          $0.trimmingCharacters(in: .newlines)
        })
      var item = try #require(try await db.json("action", "show", ref)["action"])
      #expect(item["title"]?.string == "Request AIS track of MV Esperanza")
      #expect(item["owner"]?.string == "ribeiro")
      #expect(item["coOwners"]?.array == [.string("gomez.l")])
      #expect(item["operation"]?.string == code)
      #expect(item["due"]?.string == "2027-03-01")
      #expect(item["priority"]?.string == "high")
      #expect(item["status"]?.string == "open")
      #expect(item["details"]?.string == "From Cabo Verde to the Canaries")
      #expect(item["updates"]?.count == 0)

      let set = try await db.ok(
        "action", "set", ref, "--status", "blocked", "--due", "2027-04-15", "--note",
        "waiting for MLA")
      #expect(set.out == "\(ref): blocked, high, due 2027-04-15\n")
      try await db.ok("action", "set", ref, "--owner", "gomez.l", "--priority", "urgent")
      let noted = try await db.ok("action", "note", ref, "called the port authority")
      #expect(noted.out == "noted on \(ref)\n")
      let done = try await db.ok("action", "done", ref, "--note", "track received")
      #expect(done.out == "\(ref) is done\n")
      try await db.expectRefusal(["action", "done", ref], containing: ["already done"])
      try await db.expectRefusal(
        ["action", "set", ref, "--status", "open"], containing: ["needs a note"])
      try await db.ok("action", "set", ref, "--status", "open", "--note", "track incomplete")

      item = try #require(try await db.json("action", "show", ref)["action"])
      #expect(item["status"]?.string == "open")
      #expect(item["owner"]?.string == "gomez.l")
      #expect(item["priority"]?.string == "urgent")
      #expect(item["due"]?.string == "2027-04-15")
      let notes = (item["updates"]?.array ?? []).compactMap { $0["note"]?.string }
      #expect(
        notes == [
          "waiting for MLA", "", "called the port authority", "track received",
          "track incomplete",
        ])
      let statuses = (item["updates"]?.array ?? []).map { $0["status"]?.string }
      #expect(statuses == ["blocked", nil, nil, "done", "open"])

      let human = try await db.ok("action", "show", String(ref.prefix { $0 != "-" }))
      #expect(human.out.contains("Action:    \(ref) — Request AIS track of MV Esperanza"))
      #expect(human.out.contains("Owner:     Lucía Gómez (gomez.l)"))
      #expect(human.out.contains("\nDetails\nFrom Cabo Verde to the Canaries\n"))
      #expect(human.out.contains("\nLog\n"))
      for note in notes where !note.isEmpty { #expect(human.out.contains(note)) }
    }
  }
}
