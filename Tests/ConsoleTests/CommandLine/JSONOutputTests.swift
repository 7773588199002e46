import Foundation
import Testing

extension LiaisonCLI {
  @Suite("--json: valid, stable keys, lower-case ids, plain dates")
  struct JSONOutputTests {
    /// A list command and the model fields each of its rows must carry.
    struct ListCase: Sendable, CustomTestStringConvertible {
      let arguments: [String]
      let fields: Set<String>
      var testDescription: String { arguments.joined(separator: " ") }
    }

    static let stamp: Set<String> = [
      "id", "ref", "createdAt", "createdBy", "updatedAt", "updatedBy",
    ]

    static let lists: [ListCase] = [
      ListCase(
        arguments: ["op", "list", "--status", "all"],
        fields: stamp.union([
          "code", "codename", "summary", "status", "crimeAreas", "vector", "leadCountryID",
          "leadOrganisationID", "threatAssessment", "empactRef", "jitRef", "startDate", "endDate",
          "markings",
        ])),
      ListCase(
        arguments: ["meeting", "list"],
        fields: stamp.union([
          "kind", "title", "startsAt", "timeZone", "durationMinutes", "place", "videoCall",
          "chairID", "minuteTakerID", "minutesState", "markings",
        ])),
      ListCase(arguments: ["meeting", "list", "--past"], fields: ["id", "ref", "startsAt"]),
      ListCase(
        arguments: ["action", "list", "--status", "all"],
        fields: stamp.union([
          "title", "details", "ownerID", "operationID", "meetingID", "due", "priority", "status",
          "markings",
        ])),
      ListCase(
        arguments: ["officer", "list"],
        fields: stamp.union([
          "handle", "name", "organisationID", "countryID", "role", "specialisations", "languages",
          "email", "phone",
        ])),
      ListCase(
        arguments: ["org", "list"], fields: stamp.union(["acronym", "name", "countryID", "kind"])),
      ListCase(
        arguments: ["seizure", "list"],
        fields: stamp.union([
          "operationID", "kind", "description", "substance", "quantity", "unit", "value",
          "currency", "place", "countryID", "date", "status", "markings",
        ])),
      ListCase(
        arguments: ["audit", "list"],
        fields: [
          "seq", "id", "ref", "at", "officer", "officerID", "osUser", "kind", "summary",
          "hash",
        ]),
    ]

    @Test("lists are {items, marking, more} with the model's field names", arguments: lists)
    func list(_ list: ListCase) async throws {
      let db = try await TestDatabase.demo()
      let json = try await db.json(list.arguments)
      #expect(json.keys == ["items", "marking", "more"])
      #expect(json["more"]?.bool != nil, "more is a boolean")
      let marking = try #require(json["marking"])
      #expect(marking.isNull || marking.keys.isSuperset(of: ["tlp", "handling", "banner"]))
      #expect(json.items.count > 0)
      for item in json.items {
        let missing = list.fields.subtracting(item.keys)
        #expect(missing.isEmpty, "\(list.testDescription): missing \(missing.sorted())")
        if list.arguments[0] != "audit" { #expect(item["ref"]?.string?.isEmpty == false) }
      }
      expectWellFormed(json, at: list.testDescription)
    }

    @Test("show commands wrap the record with its marking")
    func show() async throws {
      let db = try await TestDatabase.demo()
      let code = try await db.activeOperation()
      let shows: [([String], String)] = [
        (["op", "show", code], "operation"), (["meeting", "show", "M3"], "meeting"),
        (["action", "show", "A17"], "action"), (["officer", "show", "ribeiro"], "officer"),
      ]
      for (arguments, key) in shows {
        let json = try await db.json(arguments)
        #expect(json.keys == [key, "marking"], "\(arguments)")
        #expect(json[key]?["id"]?.string != nil && json[key]?["ref"]?.string != nil)
        expectWellFormed(json, at: arguments.joined(separator: " "))
      }
      for arguments in [["summary"], ["db", "info"], ["whoami"], ["search", "bogota"]] {
        let json = try await db.json(arguments)
        #expect(json.object != nil, "\(arguments)")
        expectWellFormed(json, at: arguments.joined(separator: " "))
      }
      // Search results state their marking, each and together.
      let found = try await db.json("search", "bogota")
      let results = found["results"]?.array ?? []
      let tlps = results.compactMap { $0["marking"]?["tlp"]?.string }
      #expect(
        !tlps.isEmpty && tlps.count == results.filter { $0["kind"]?.string != "officer" }.count)
      #expect(found["marking"]?["banner"]?.string?.hasPrefix("TLP:") == true)
    }

    @Test("the same query prints the same bytes, keys in order")
    func stable() async throws {
      let db = try await TestDatabase.demo()
      for arguments in [["op", "list", "--json"], ["action", "show", "A17", "--json"]] {
        let first = try await db.ok(arguments)
        let second = try await db.ok(arguments)
        #expect(first.stdout == second.stdout)
        let keys = Self.keysOfFirstRecord(first.out)
        #expect(keys.count > 10)
        #expect(keys == keys.sorted(), "\(keys)")
      }
    }

    /// The keys of the first object holding `createdAt`, in the order they are written.
    static func keysOfFirstRecord(_ text: String) -> [String] {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let indentOf = { (line: Substring) in line.prefix { $0 == " " }.count }
      guard let anchor = lines.firstIndex(where: { $0.contains("\"createdAt\": ") }) else {
        return []
      }
      let indent = indentOf(lines[anchor])
      var start = anchor
      while start > 0 && indentOf(lines[start - 1]) >= indent { start -= 1 }
      var end = anchor
      while end + 1 < lines.count && indentOf(lines[end + 1]) >= indent { end += 1 }
      return lines[start...end].filter { indentOf($0) == indent }.compactMap { line in
        line.dropFirst(indent).hasPrefix("\"")
          ? String(line.dropFirst(indent + 1).prefix { $0 != "\"" }) : nil
      }
    }

    /// Ids are lower-case UUIDs, dates `YYYY-MM-DD` and real, timestamps ISO 8601 in UTC.
    private func expectWellFormed(
      _ json: JSON, at path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      switch json {
      case .array(let values):
        for (index, value) in values.enumerated() {
          expectWellFormed(value, at: "\(path)[\(index)]", sourceLocation: sourceLocation)
        }
      case .object(let fields):
        for (key, value) in fields {
          let here = "\(path).\(key)"
          if let text = value.string {
            if key == "id" || key.hasSuffix("ID") || key == "createdBy" || key == "updatedBy" {
              #expect(
                text.wholeMatch(of: Self.uuid) != nil, "\(here) = \(text)",
                sourceLocation: sourceLocation)
            }
            if ["due", "date", "startDate", "endDate"].contains(key) {
              #expect(
                Self.isCalendarDate(text), "\(here) = \(text)", sourceLocation: sourceLocation)
            }
            if ["createdAt", "updatedAt", "startsAt", "at"].contains(key) {
              #expect(
                text.wholeMatch(of: Self.timestamp) != nil, "\(here) = \(text)",
                sourceLocation: sourceLocation)
            }
          }
          expectWellFormed(value, at: here, sourceLocation: sourceLocation)
        }
      default: break
      }
    }

    nonisolated(unsafe) static let uuid =
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
    nonisolated(unsafe) static let timestamp =
      /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z/

    static func isCalendarDate(_ text: String) -> Bool {
      guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
        let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
      else { return false }
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC")!
      let components = DateComponents(year: year, month: month, day: day)
      guard let date = calendar.date(from: components) else { return false }
      return calendar.dateComponents([.year, .month, .day], from: date) == components
    }
  }
}
