import CaseModel
import Foundation
import Testing

@Suite("Markings")
struct MarkingsTests {
  /// Every combination of the restricting components.
  static let all: [Markings] = HandlingCode.allCases.flatMap { handling in
    TLP.allCases.flatMap { tlp in
      ([nil] + EUClassification.allCases.map(Optional.some)).map { classification in
        Markings(handling: handling, tlp: tlp, classification: classification)
      }
    }
  }

  @Test("The standard marking is H0, TLP:AMBER, unclassified, unevaluated")
  func standard() {
    let standard = Markings.standard
    #expect(standard.handling == .h0)
    #expect(standard.tlp == .amber)
    #expect(standard.classification == nil)
    #expect(standard.reliability == nil && standard.accuracy == nil)
    #expect(standard == Markings())
  }

  @Test("The banner shows TLP, handling code and classification")
  func banner() {
    #expect(Markings.standard.banner == "TLP:AMBER · H0")
    let restricted = Markings(handling: .h1, tlp: .amberStrict, classification: .restreint)
    #expect(restricted.banner == "TLP:AMBER+STRICT · H1 · RESTREINT UE/EU RESTRICTED")
    // Evaluation codes describe the information, not who may see it.
    let evaluated = Markings(reliability: .b, accuracy: .two)
    #expect(evaluated.banner == "TLP:AMBER · H0")
  }

  @Test("Combining takes the strictest of each restricting component")
  func combined() {
    let a = Markings(handling: .h2, tlp: .green, classification: nil)
    let b = Markings(handling: .h0, tlp: .red, classification: .confidentiel)
    let both = a.combined(with: b)
    #expect(both.handling == .h2)
    #expect(both.tlp == .red)
    #expect(both.classification == .confidentiel)
    let secret = Markings(classification: .secret)
    #expect(both.combined(with: secret).classification == .secret)
    #expect(secret.combined(with: both).classification == .secret)
  }

  @Test("Combining is commutative and idempotent, and covers both sides")
  func combinedLaws() {
    var failures: [String] = []
    for a in Self.all {
      if a.combined(with: a) != a { failures.append("idempotent: \(a.banner)") }
      for b in Self.all {
        let ab = a.combined(with: b)
        if ab != b.combined(with: a) { failures.append("commutative: \(a.banner) | \(b.banner)") }
        if !ab.isAtLeast(a) || !ab.isAtLeast(b) {
          failures.append("covers: \(a.banner) | \(b.banner)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test("isAtLeast compares every restricting component")
  func isAtLeast() {
    let base = Markings(handling: .h1, tlp: .amber)
    #expect(Markings(handling: .h1, tlp: .amber).isAtLeast(base))
    #expect(Markings(handling: .h2, tlp: .red).isAtLeast(base))
    #expect(!Markings(handling: .h0, tlp: .red).isAtLeast(base))
    #expect(!Markings(handling: .h3, tlp: .green).isAtLeast(base))
    let classified = Markings(handling: .h1, tlp: .amber, classification: .confidentiel)
    #expect(!base.isAtLeast(classified))
    #expect(!Markings(handling: .h1, tlp: .amber, classification: .restreint).isAtLeast(classified))
    #expect(Markings(handling: .h1, tlp: .amber, classification: .secret).isAtLeast(classified))
    #expect(classified.isAtLeast(base))
  }

  @Test("isAtLeast is a partial order over all markings")
  func isAtLeastOrder() {
    var failures: [String] = []
    for a in Self.all {
      if !a.isAtLeast(a) { failures.append("reflexive: \(a.banner)") }
      for b in Self.all where a != b && a.isAtLeast(b) && b.isAtLeast(a) {
        failures.append("antisymmetric: \(a.banner) | \(b.banner)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
    #expect(Self.all.count == 4 * 5 * 5)
  }

  @Test("Markings encode with the stored terms and decode back")
  func codable() throws {
    let markings = Markings(
      handling: .h3, tlp: .amberStrict, classification: .tresSecret, reliability: .x,
      accuracy: .four)
    let data = try JSONEncoder().encode(markings)
    let json = try #require(
      JSONSerialization.jsonObject(with: data) as? [String: String])
    #expect(
      json == [
        "handling": "H3", "tlp": "amber+strict", "classification": "tres-secret-ue",
        "reliability": "X", "accuracy": "4",
      ])
    #expect(try JSONDecoder().decode(Markings.self, from: data) == markings)
  }
}
