import Foundation
import Testing

extension LiaisonCLI {
  @Suite("need-to-know on the command line")
  struct NeedToKnowTests {
    /// The demo's operations that ribeiro (PJ, Portugal) takes no part in, as their leads see
    /// them: every id under them.
    private func unseen(
      _ db: TestDatabase
    ) async throws -> (
      codes: [String], names: [String], ids: Set<String>
    ) {
      let mine = Set(try await db.json("op", "list", "--status", "all").refs)
      var codes: [String] = []
      var names: [String] = []
      var ids = Set<String>()
      for lead in ["ferrari", "herrero", "salazar", "moreau.t", "vandamme"] {
        let theirs = try await db.json("op", "list", "--status", "all", "--as", lead)
        for item in theirs.items {
          guard let code = item["code"]?.string, !mine.contains(code), !codes.contains(code)
          else { continue }
          codes.append(code)
          names.append(item["codename"]?.string ?? code)
          ids.insert(item["id"]?.string ?? "")
          for period in [[], ["--past"]] {
            let meetings = try await db.json(
              ["meeting", "list", "--op", code, "--limit", "1000", "--as", lead] + period)
            // A meeting ribeiro attends (the plenary) is his to see, whatever it deals with;
            // the operation's other meetings are not.
            for meeting in meetings.items {
              let shown = try await db.json(
                "meeting", "show", meeting["ref"]?.string ?? "", "--as", lead)
              let attendees = (shown["meeting"]?["attendance"]?.array ?? []).compactMap {
                $0["officer"]?.string
              }
              if !attendees.contains("ribeiro") {
                ids.insert(meeting["id"]?.string ?? "")
                let minutes = shown["meeting"]?["minutes"]?.array ?? []
                ids.formUnion(minutes.compactMap { $0["id"]?.string })
              }
            }
          }
          let actions = try await db.json(
            "action", "list", "--op", code, "--status", "all", "--limit", "1000", "--as", lead)
          ids.formUnion(actions.items.compactMap { $0["id"]?.string })
        }
      }
      return (codes, names, ids)
    }

    @Test("an operation ribeiro takes no part in is absent from every list, count and search")
    func absentEverywhere() async throws {
      let db = try await TestDatabase.demo()
      // The leads list the operation's records first: their consultations are in the trail.
      let (codes, names, secret) = try await unseen(db)
      try #require(!codes.isEmpty, "the demo has an operation ribeiro does not see")
      try #require(secret.count > 5, "with its meetings and items")
      var seen = Set<String>()
      let lists: [[String]] = [
        ["op", "list", "--status", "all"], ["meeting", "list", "--limit", "1000"],
        ["meeting", "list", "--past", "--limit", "1000"],
        ["action", "list", "--status", "all", "--limit", "1000"],
        ["seizure", "list", "--limit", "1000"], ["audit", "list", "--limit", "100000"],
      ]
      for list in lists {
        let page = try await db.json(list)
        seen.formUnion(page.items.compactMap { $0["id"]?.string })
        seen.formUnion(page.items.compactMap { $0["entityID"]?.string })
        seen.formUnion(page.items.compactMap { $0["operationID"]?.string })
        // An audit event names records in its details too: what a change touched, what a
        // consultation showed.
        let events = list.first == "audit" ? page.items : []
        for details in events.compactMap({ $0["details"]?.string }) {
          let records = try JSON.parse(Data(details.utf8))["records"]?.array ?? []
          seen.formUnion(records.compactMap { $0["id"]?.string })
        }
      }
      for (code, codename) in zip(codes, names) {
        let found = try await db.json("search", codename, "--limit", "1000")
        let hits = found["results"]?.array ?? []
        seen.formUnion(hits.compactMap { $0["id"]?.string })
        #expect(!hits.contains { $0["ref"]?.string == code })
      }
      #expect(seen.intersection(secret).isEmpty)
    }

    @Test("op show answers an unseen operation as one that never existed")
    func sameAnswer() async throws {
      let db = try await TestDatabase.demo()
      let (codes, _, _) = try await unseen(db)
      let code = try #require(codes.first { $0.contains("-FIN-") })
      let never = String(code.dropLast(3)) + "999"
      let hidden = try await db.expectRefusal(["op", "show", code])
      let missing = try await db.expectRefusal(["op", "show", never])
      #expect(hidden.err.replacingOccurrences(of: code, with: never) == missing.err)
      let lead = try await db.json("op", "show", code, "--as", "ferrari")
      let id = try #require(lead["operation"]?["id"]?.string)
      let byID = try await db.expectRefusal(["op", "show", id])
      let unknownID = "01a2298c-0000-7000-8000-000000000000"
      let byUnknownID = try await db.expectRefusal(["op", "show", unknownID])
      #expect(byID.err.replacingOccurrences(of: id, with: unknownID) == byUnknownID.err)
    }
  }
}
