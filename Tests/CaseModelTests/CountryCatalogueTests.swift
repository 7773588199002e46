import CaseModel
import Foundation
import Testing

@Suite("CountryCatalogue")
struct CountryCatalogueTests {
  @Test("Codes are looked up case-insensitively and trimmed")
  func lookup() throws {
    let portugal = try CountryCatalogue.entry("pt")
    #expect(portugal.code == "PT" && portugal.name == "Portugal" && portugal.bloc == .eu)
    #expect(try CountryCatalogue.entry(" co ").name == "Colombia")
    #expect(try CountryCatalogue.entry("CO").bloc == .clasi)
    #expect(try CountryCatalogue.entry("Us").bloc == .observer)
    #expect(try CountryCatalogue.entry("VE").bloc == .other)
  }

  @Test("Unknown codes are refused with an example", arguments: ["XX", "", "PRT", "P", "E\u{1B}S"])
  func unknown(code: String) {
    let error = refusal(.unknownTerm) { () throws(ValidationError) in
      try CountryCatalogue.entry(code)
    }
    let expected =
      "unknown country code \(quoted(code)); use an ISO 3166 alpha-2 code such as PT, CO or ES"
    #expect(error?.message == expected)
  }

  @Test("The catalogue is well formed")
  func wellFormed() {
    let entries = CountryCatalogue.entries
    let upper = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for entry in entries {
      #expect(entry.code.unicodeScalars.count == 2, "\(entry.code)")
      #expect(entry.code.unicodeScalars.allSatisfy(upper.contains), "\(entry.code)")
      #expect(!entry.name.isEmpty)
      // Names are stored text, so they must already be in NFC.
      #expect(scalars(entry.name) == scalars(entry.name.precomposedStringWithCanonicalMapping))
    }
    #expect(Set(entries.map(\.code)).count == entries.count)
    #expect(entries.filter { $0.bloc == .eu }.count == 27)
    for code in ["ES", "PT", "FR", "NL", "BE", "DE", "IT"] {
      #expect(entries.contains { $0.code == code && $0.bloc == .eu }, "\(code)")
    }
    for code in ["AR", "BR", "CO", "EC", "MX", "PE"] {
      #expect(entries.contains { $0.code == code && $0.bloc == .clasi }, "\(code)")
    }
  }
}
