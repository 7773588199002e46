import Foundation
import Testing

extension LiaisonCLI {
  @Suite("meeting and minutes")
  struct MeetingCommandTests {
    @Test("meeting list shows upcoming meetings soonest first, --past latest first, --op filters")
    func list() async throws {
      let db = try await TestDatabase.demo()
      let upcoming = try await db.json("meeting", "list")
      let past = try await db.json("meeting", "list", "--past")
      let upcomingStarts = upcoming.items.compactMap { $0["startsAt"]?.string }
      let pastStarts = past.items.compactMap { $0["startsAt"]?.string }
      #expect(upcomingStarts.count >= 3)
      #expect(pastStarts.count >= 3)
      // ISO 8601 in UTC with fixed width: text order is time order.
      #expect(upcomingStarts == upcomingStarts.sorted())
      #expect(pastStarts == pastStarts.sorted(by: >))
      #expect(pastStarts[0] < upcomingStarts[0])
      #expect(Set(upcoming.refs).isDisjoint(with: past.refs))

      let table = try await db.ok("meeting", "list")
      #expect(table.out.hasPrefix("REF "))
      #expect(table.out.contains("START"))
      for ref in upcoming.refs { #expect(table.out.contains(ref)) }
      let pastTable = try await db.ok("meeting", "list", "--past")
      #expect(pastTable.out.contains(past.refs[0]))
      #expect(!pastTable.out.contains(upcoming.refs[0] + " "))

      let code = try #require(upcoming.items.first?["operations"]?.array?.first?.string)
      let ofOperation = try await db.json("meeting", "list", "--past", "--op", code)
      #expect(ofOperation.items.count > 0)
      #expect(
        ofOperation.items.allSatisfy { $0["operations"]?.array?.contains(.string(code)) == true })
    }

    @Test("meeting show prints attendance and minutes; --json has them as arrays")
    func show() async throws {
      let db = try await TestDatabase.demo()
      let past = try await db.json("meeting", "list", "--past", "--limit", "1000")
      let approved = try #require(
        past.items.first {
          $0["minutesState"]?.string == "approved" && ($0["entries"]?.number ?? 0) > 3
        })
      let ref = try #require(approved["ref"]?.string)
      let short = String(ref.prefix { $0 != "-" })

      let human = try await db.ok("meeting", "show", short)
      #expect(human.out.hasPrefix("[TLP:"))
      #expect(human.out.contains("Meeting:"))
      #expect(human.out.contains("\(ref) — \(approved["title"]?.string ?? "?")"))
      #expect(human.out.contains("Minutes:    approved"))
      #expect(human.out.contains("\nAttendance\n"))
      #expect(human.out.contains("\nMinutes\n"))
      #expect(human.err.isEmpty)

      let detail = try #require(try await db.json("meeting", "show", short)["meeting"])
      #expect(detail["ref"]?.string == ref)
      #expect(detail["minutes"]?.count == Int(approved["entries"]?.number ?? -1))
      #expect(detail["attendance"]?.count ?? 0 > 0)
      for entry in detail["minutes"]?.array ?? [] {
        let entryRef = try #require(entry["ref"]?.string)
        #expect(human.out.contains(entryRef))
        #expect(["information", "decision", "action"].contains(entry["kind"]?.string ?? ""))
        if entry["kind"]?.string == "action" {
          #expect(entry["action"]?["ref"]?.string != nil, "an action entry links its action")
        }
      }
    }

    @Test("meeting add, attend, minutes add (every kind), circulate and approve")
    func workflow() async throws {
      let db = try await TestDatabase.demo()
      let code = try await db.activeOperation()
      let added = try await db.ok(
        "meeting", "add", "--title", "Serra Alta kick-off", "--start", "2027-01-12 15:00",
        "--tz", "America/Sao_Paulo", "--op", code, "--invite", "silva.f", "--invite", "ribeiro",
        "--chair", "silva.f", "--kind", "operational", "--duration", "90")
      let words = added.out.split(separator: " ")
      #expect(added.out.hasPrefix("added meeting M"))
      #expect(added.out.hasSuffix(" on 2027-01-12 15:00 America/Sao_Paulo\n"))
      let meeting = try #require(words.count > 2 ? String(words[2]) : nil)

      var detail = try #require(try await db.json("meeting", "show", meeting)["meeting"])
      #expect(detail["title"]?.string == "Serra Alta kick-off")
      #expect(detail["kind"]?.string == "operational")
      #expect(detail["timeZone"]?.string == "America/Sao_Paulo")
      #expect(detail["startsAt"]?.string == "2027-01-12T18:00:00.000Z")
      #expect(detail["durationMinutes"]?.number == 90)
      #expect(detail["operations"]?.array == [.string(code)])
      #expect(detail["chair"]?.string == "silva.f")
      #expect(try await db.json("meeting", "list", "--op", code).refs.contains(meeting))

      let present = try await db.ok("meeting", "attend", meeting, "ribeiro", "present")
      #expect(present.out == "\(meeting): ribeiro present\n")
      let guest = try await db.ok("meeting", "attend", meeting, "gomez.l", "present")
      #expect(guest.out == "\(meeting): gomez.l present (guest)\n")
      detail = try #require(try await db.json("meeting", "show", meeting)["meeting"])
      let attendance = detail["attendance"]?.array ?? []
      let byHandle = Dictionary(
        attendance.map { ($0["officer"]?.string ?? "?", $0) }, uniquingKeysWith: { $1 })
      #expect(byHandle["ribeiro"]?["status"]?.string == "present")
      #expect(byHandle["ribeiro"]?["guest"]?.bool == false)
      #expect(byHandle["gomez.l"]?["guest"]?.bool == true)
      #expect(byHandle["silva.f"]?["status"]?.string == "invited")

      let info = try await db.ok(
        "minutes", "add", meeting, "--kind", "information", "Route mapped up to Corumbá",
        "--agenda", "Situation")
      #expect(info.out.hasPrefix("added information E"))
      let decision = try await db.ok("minutes", "add", meeting, "--kind", "decision", "Go ahead")
      #expect(decision.out.hasPrefix("added decision E"))
      let action = try await db.ok(
        "minutes", "add", meeting, "--kind", "action", "Request AIS track of MV Esperanza",
        "--owner", "ribeiro", "--due", "2027-02-01", "--priority", "high")
      #expect(action.out.contains("; created action A"))
      let actionRef = try #require(
        action.out.split(separator: " ").last.map {
          $0.trimmingCharacters(in: .whitespacesAndNewlines)
        })

      let raised = try await db.json("action", "list", "--meeting", meeting)
      #expect(raised.refs == [actionRef])
      let item = try #require(raised.items.first)
      #expect(item["title"]?.string == "Request AIS track of MV Esperanza")
      #expect(item["owner"]?.string == "ribeiro")
      #expect(item["due"]?.string == "2027-02-01")
      #expect(item["priority"]?.string == "high")
      #expect(item["status"]?.string == "open")
      #expect(item["operation"]?.string == code, "an action entry takes the meeting's operation")
      #expect(try await db.json("action", "list").refs.contains(actionRef))

      detail = try #require(try await db.json("meeting", "show", meeting)["meeting"])
      let minutes = detail["minutes"]?.array ?? []
      #expect(minutes.compactMap { $0["kind"]?.string } == ["information", "decision", "action"])
      #expect(minutes.first?["agenda"]?.string == "Situation")
      #expect(minutes.last?["action"]?["ref"]?.string == actionRef)
      let shown = try await db.ok("meeting", "show", meeting)
      #expect(shown.out.contains("Route mapped up to Corumbá"))
      #expect(shown.out.contains("→ \(actionRef) @ribeiro due 2027-02-01 [open]"))

      let circulated = try await db.ok("minutes", "circulate", meeting)
      #expect(circulated.out == "the minutes of \(meeting) are circulated\n")
      let approved = try await db.ok("minutes", "approve", meeting)
      #expect(approved.out == "the minutes of \(meeting) are approved\n")
      try await db.expectRefusal(
        ["minutes", "approve", meeting], containing: ["already approved"])
      try await db.expectRefusal(
        ["minutes", "add", meeting, "--kind", "decision", "Changed our mind"],
        containing: ["approved and read-only", "amendment"])
      let amendment = try await db.ok(
        "minutes", "add", meeting, "--kind", "information", "Corrected: Corumbá, not Cáceres",
        "--amendment")
      #expect(amendment.out.hasPrefix("added information E"))
      let final = try await db.ok("meeting", "show", meeting)
      #expect(final.out.contains("INFORMATION (amendment)  Corrected: Corumbá, not Cáceres"))
    }
  }
}
