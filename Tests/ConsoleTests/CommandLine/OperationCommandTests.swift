import Foundation
import Testing

extension LiaisonCLI {
  @Suite("op: list, show, add, edit, status, join, leave")
  struct OperationCommandTests {
    @Test("op list prints every operation but archived ones, by code; filters narrow it")
    func list() async throws {
      let db = try await TestDatabase.demo()
      let all = try await db.json("op", "list", "--status", "all")
      let statuses = all.items.compactMap { $0["status"]?.string }
      #expect(statuses.contains("archived"))
      let shown = try await db.json("op", "list")
      #expect(
        shown.refs
          == all.items.filter { $0["status"]?.string != "archived" }.compactMap {
            $0["ref"]?.string
          })
      #expect(shown.refs == shown.refs.sorted())
      // Ribeiro (PJ, Portugal) takes part in four of the demo's five live operations.
      #expect(shown.refs.count >= 4)

      let table = try await db.ok("op", "list")
      #expect(table.out.hasPrefix("CODE "))
      #expect(table.err.isEmpty)
      for code in shown.refs { #expect(table.out.contains(code)) }
      let archived = all.items.first { $0["status"]?.string == "archived" }?["ref"]?.string ?? "?"
      #expect(!table.out.contains(archived))

      let active = try await db.json("op", "list", "--status", "active")
      #expect(!active.items.isEmpty)
      #expect(active.items.allSatisfy { $0["status"]?.string == "active" })
      let maritime = try await db.json("op", "list", "--vector", "maritime")
      #expect(!maritime.items.isEmpty)
      #expect(maritime.items.allSatisfy { $0["vector"]?.string == "maritime" })
      let spanish = try await db.json("op", "list", "--lead", "ES")
      #expect(!spanish.items.isEmpty)
      #expect(spanish.items.allSatisfy { $0["leadCountry"]?.string == "ES" })
    }

    @Test("op show finds an operation by code, part of the code or codename")
    func show() async throws {
      let db = try await TestDatabase.demo()
      let first = try #require(try await db.json("op", "list", "--status", "active").items.first)
      let code = try #require(first["code"]?.string)
      let codename = try #require(first["codename"]?.string)
      let id = try #require(first["id"]?.string)

      let human = try await db.ok("op", "show", code)
      #expect(human.out.contains("Operation:"))
      #expect(human.out.contains("\(code) — \(codename)"))
      #expect(human.out.contains("Participants"))
      #expect(human.out.contains("Id:"))
      #expect(human.out.hasPrefix("[TLP:"))

      let detail = try await db.json("op", "show", code)
      #expect(detail["operation"]?["id"]?.string == id)
      #expect((detail["operation"]?["participants"]?.count ?? 0) > 0)
      #expect(detail["marking"]?["tlp"]?.string != nil)
      let byName = try await db.json("op", "show", codename)
      #expect(byName["operation"]?["id"]?.string == id)
      let codes = try await db.json("op", "list", "--status", "all").refs
      // The shortest prefix that names one operation, of the first code that has one.
      let (prefixed, prefix) = try #require(
        codes.lazy.compactMap { candidate in
          (3..<candidate.count).map { String(candidate.prefix($0)) }
            .first { prefix in codes.filter { $0.hasPrefix(prefix) }.count == 1 }
            .map { (candidate, $0) }
        }.first)
      let byPrefix = try await db.json("op", "show", prefix)
      #expect(byPrefix["operation"]?["code"]?.string == prefixed)
      // `op show --help` and the README promise "a unique part" of the code, not only a
      // prefix; the store matches prefixes only and lists the right operation as a guess.
      let part = String(code.dropFirst(3))
      try #require(codes.filter { $0.contains(part) } == [code])
      let byPart = try await db.run("op", "show", part, "--json")
      let partID = (try? JSON.parse(byPart.stdout))?["operation"]?["id"]?.string
      #expect(byPart.status == 0, "\(byPart.summary)")
      #expect(partID == id)
      let byID = try await db.json("op", "show", id)
      #expect(byID["operation"]?["code"]?.string == code)
    }

    @Test("op add, edit, status, join and leave change the operation")
    func lifecycle() async throws {
      let db = try await TestDatabase.demo()
      let code = "TF-LND-2027-010"
      let added = try await db.ok(
        "op", "add", "--code", code, "--name", "SERRA ALTA", "--crime-area", "drug-trafficking",
        "--vector", "land", "--lead-country", "BR", "--lead-org", "PF", "--start", "2027-01-10",
        "--end", "2027-06-30")
      #expect(added.out == "added operation \(code) (SERRA ALTA)\n")
      var op = try await db.json("op", "show", code)["operation"]
      #expect(op?["status"]?.string == "planned")
      #expect(op?["vector"]?.string == "land")
      #expect(op?["crimeAreas"]?.array == [.string("drug-trafficking")])
      #expect(op?["leadCountry"]?.string == "BR")
      #expect(op?["leadOrganisation"]?.string == "PF")
      #expect(op?["startDate"]?.string == "2027-01-10")
      #expect(op?["endDate"]?.string == "2027-06-30")

      let edited = try await db.ok(
        "op", "edit", code, "--summary", "Cocaine moved overland through Bolivia", "--end",
        "2027-07-31", "--tlp", "red")
      #expect(edited.out == "edited operation \(code)\n")
      op = try await db.json("op", "show", code)["operation"]
      #expect(op?["summary"]?.string == "Cocaine moved overland through Bolivia")
      #expect(op?["endDate"]?.string == "2027-07-31")
      #expect(op?["markings"]?["tlp"]?.string == "red")

      let status = try await db.ok("op", "status", code, "active")
      #expect(status.out == "operation \(code) is now active\n")
      let listed = try await db.json("op", "list", "--status", "active")
      #expect(listed.refs.contains(code))

      let joined = try await db.ok("op", "join", code, "--org", "DIRAN", "--role", "co-lead")
      #expect(joined.out == "DIRAN takes part in \(code) as co-lead\n")
      try await db.ok("op", "join", code, "--officer", "silva.f")
      var parties = try await participants(db, code)
      #expect(parties["DIRAN"] == "co-lead")
      #expect(parties["silva.f"] == "participant")

      let left = try await db.ok("op", "leave", code, "--org", "DIRAN")
      #expect(left.out == "DIRAN no longer takes part in \(code)\n")
      parties = try await participants(db, code)
      #expect(parties["DIRAN"] == nil)
      #expect(parties["silva.f"] == "participant")
      try await db.expectRefusal(
        ["op", "leave", code, "--org", "DIRAN"], containing: ["does not take part"])
    }

    /// Participant reference → role.
    private func participants(_ db: TestDatabase, _ code: String) async throws -> [String: String] {
      let list = try await db.json("op", "show", code)["operation"]?["participants"]?.array ?? []
      var roles: [String: String] = [:]
      for party in list {
        if let ref = party["ref"]?.string { roles[ref] = party["role"]?.string }
      }
      return roles
    }
  }
}
