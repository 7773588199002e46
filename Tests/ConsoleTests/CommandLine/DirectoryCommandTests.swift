import Foundation
import Testing

extension LiaisonCLI {
  @Suite("officer, org, seizure and search")
  struct DirectoryCommandTests {
    @Test("officer list, show and add")
    func officers() async throws {
      let db = try await TestDatabase.demo()
      let all = try await db.json("officer", "list")
      #expect(all.items.count > 20)
      let table = try await db.ok("officer", "list")
      #expect(table.out.hasPrefix("HANDLE "))
      #expect(table.out.contains("Ana Ribeiro"))
      #expect(table.out.split(separator: "\n").count == all.items.count + 1)
      let colombians = try await db.json("officer", "list", "--country", "CO")
      #expect(colombians.items.count > 0)
      #expect(colombians.items.allSatisfy { $0["country"]?.string == "CO" })
      let federal = try await db.json("officer", "list", "--org", "PF")
      #expect(federal.items.count > 0)
      #expect(federal.items.allSatisfy { $0["organisation"]?.string == "PF" })

      let shown = try await db.ok("officer", "show", "@ribeiro")
      #expect(shown.out.hasPrefix("Officer:"))
      #expect(shown.out.contains("Ana Ribeiro (ribeiro)"))
      #expect(shown.out.contains("Organisation:"))
      #expect(shown.out.contains("\nOpen actions ("))
      let detail = try #require(try await db.json("officer", "show", "ribeiro")["officer"])
      #expect(detail["handle"]?.string == "ribeiro")
      #expect(detail["ref"]?.string == "ribeiro")
      #expect(detail["organisation"]?.string == "PJ")
      // openActions counts what the officer owns or co-owns, as the list of open items does.
      let involved = try await db.json("action", "list", "--mine", "--as", "ribeiro")
      #expect(detail["openActions"]?.number == Double(involved.items.count))
      let listed = (detail["openActionItems"]?.array ?? []).compactMap { $0["ref"]?.string }
      #expect(Set(listed) == Set(involved.refs))

      let added = try await db.ok(
        "officer", "add", "--handle", "torres.a", "--name", "Ana Torres", "--org", "PNE",
        "--country", "EC", "--role", "analyst", "--spec", "maritime", "--lang", "es")
      #expect(added.out == "added officer torres.a (Ana Torres)\n")
      let torres = try #require(try await db.json("officer", "show", "torres.a")["officer"])
      #expect(torres["name"]?.string == "Ana Torres")
      #expect(torres["role"]?.string == "analyst")
      #expect(torres["country"]?.string == "EC")
      #expect(torres["specialisations"]?.array == [.string("maritime")])
      #expect(torres["languages"]?.array == [.string("es")])
      #expect(try await db.json("officer", "list", "--country", "EC").refs.contains("torres.a"))
    }

    @Test("org list and add")
    func organisations() async throws {
      let db = try await TestDatabase.demo()
      let before = try await db.json("org", "list")
      #expect(before.refs == before.refs.sorted { $0.lowercased() < $1.lowercased() })
      let table = try await db.ok("org", "list")
      #expect(table.out.hasPrefix("ACRONYM "))
      #expect(table.out.contains("Polícia Judiciária"))
      let added = try await db.ok(
        "org", "add", "--acronym", "UAF", "--name", "Unidad de Análisis Financiero", "--kind",
        "judicial", "--country", "EC")
      #expect(added.out == "added organisation UAF (Unidad de Análisis Financiero)\n")
      try await db.ok(
        "org", "add", "--acronym", "UNODC", "--name", "UN Office on Drugs and Crime", "--kind",
        "regional-body")
      let after = try await db.json("org", "list")
      #expect(after.items.count == before.items.count + 2)
      let uaf = try #require(after.items.first { $0["ref"]?.string == "UAF" })
      #expect(uaf["country"]?.string == "EC")
      #expect(uaf["kind"]?.string == "judicial")
      #expect(uaf["officers"]?.number == 0)
      let unodc = try #require(after.items.first { $0["ref"]?.string == "UNODC" })
      #expect(unodc["countryID"] == .null)
    }

    @Test("seizure list, add and status")
    func seizures() async throws {
      let db = try await TestDatabase.demo()
      let all = try await db.json("seizure", "list")
      #expect(all.items.count > 0)
      let dates = all.items.compactMap { $0["date"]?.string }
      #expect(dates == dates.sorted(by: >), "latest first")
      let table = try await db.ok("seizure", "list")
      #expect(table.out.hasPrefix("REF "))

      let code = try await db.activeOperation()
      let added = try await db.ok(
        "seizure", "add", "--op", code, "--kind", "drugs", "--description", "Cocaine in a lorry",
        "--substance", "cocaine", "--quantity", "350", "--unit", "kg", "--value", "12500000",
        "--currency", "EUR", "--place", "Corumbá", "--country", "BR", "--date", "2026-11-02")
      #expect(added.out.hasPrefix("added seizure S"))
      #expect(added.out.hasSuffix(" to \(code)\n"))
      let ref = String(added.out.split(separator: " ")[2])
      let ofOperation = try await db.json("seizure", "list", "--op", code)
      #expect(ofOperation.items.allSatisfy { $0["operation"]?.string == code })
      let seizure = try #require(ofOperation.items.first { $0["ref"]?.string == ref })
      #expect(seizure["quantity"]?.number == 350)
      #expect(seizure["unit"]?.string == "kg")
      #expect(seizure["value"]?.number == 12_500_000)
      #expect(seizure["currency"]?.string == "EUR")
      #expect(seizure["place"]?.string == "Corumbá")
      #expect(seizure["country"]?.string == "BR")
      #expect(seizure["date"]?.string == "2026-11-02")
      #expect(seizure["status"]?.string == "identified")
      let listed = try await db.ok("seizure", "list", "--op", code)
      #expect(listed.out.contains("350 kg"))
      #expect(listed.out.contains("Corumbá (BR)"))

      let frozen = try await db.ok("seizure", "status", ref, "frozen")
      #expect(frozen.out == "seizure \(ref) is now frozen\n")
      let byStatus = try await db.json("seizure", "list", "--status", "frozen")
      #expect(byStatus.refs.contains(ref))
      #expect(byStatus.items.allSatisfy { $0["status"]?.string == "frozen" })
      try await db.expectRefusal(
        ["seizure", "status", ref, "identified"], containing: ["cannot go from frozen"])
    }

    @Test(
      "search ignores accents and case",
      arguments: [
        ("bogota", "Bogotá"), ("BOGOTA", "Bogotá"), ("joao", "João"), ("sao paulo", "São Paulo"),
      ])
    func search(query: String, expected: String) async throws {
      let db = try await TestDatabase.demo()
      let words = query.split(separator: " ").map(String.init)
      let found = try await db.json(["search"] + words)
      let hits = found["results"]?.array ?? []
      #expect(hits.count > 0)
      let texts = hits.map { ($0["title"]?.string ?? "") + " " + ($0["snippet"]?.string ?? "") }
      #expect(texts.contains { $0.contains(expected) }, "\(texts)")
      #expect(hits.allSatisfy { $0["id"]?.string != nil && $0["kind"]?.string != nil })
      let human = try await db.ok(["search"] + words)
      #expect(human.out.contains(expected))
      #expect(human.out.contains(" ("), "results are grouped under headings with counts")
    }

    @Test("search for something absent says so and succeeds")
    func searchNothing() async throws {
      let db = try await TestDatabase.demo()
      let none = try await db.ok("search", "zzqxv")
      #expect(none.out == "nothing found for \"zzqxv\"\n")
      let json = try await db.json("search", "zzqxv")
      #expect(json["results"]?.array == [])
    }
  }
}
