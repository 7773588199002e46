import CaseModel
import Foundation
import Testing

@Suite("Identifiers")
struct IdentifierTests {
  func bytes(_ id: UUID) -> [UInt8] {
    withUnsafeBytes(of: id.uuid) { Array($0) }
  }

  // MARK: - Version 7

  @Test("v7 ids carry version 7 and the RFC 9562 variant")
  func v7VersionAndVariant() {
    var rng = SeededGenerator(seed: 7)
    for _ in 0..<500 {
      let b = bytes(UUID.v7(using: &rng))
      #expect(b[6] >> 4 == 0x7)
      #expect(b[8] >> 6 == 0b10)
    }
    let system = UUID.v7()
    #expect(bytes(system)[6] >> 4 == 0x7 && bytes(system)[8] >> 6 == 0b10)
    #expect(system.text.dropFirst(14).first == "7")
  }

  @Test("v7 ids begin with the Unix time in milliseconds, big-endian")
  func v7Timestamp() {
    var rng = ConstantGenerator(word: 0)
    // 2026-03-01T00:00:00.5Z; half a second is exact in binary, so no rounding is involved.
    let instant = Date(timeIntervalSince1970: 1_772_323_200.5)
    let id = UUID.v7(at: instant, using: &rng)
    let millis = bytes(id).prefix(6).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    #expect(millis == 1_772_323_200_500)
    #expect(id.text == "019ca6b1-ddf4-7000-8000-000000000000")
  }

  @Test("Only the version and variant bits are fixed in the random part")
  func v7RandomBits() {
    var zeros = ConstantGenerator(word: 0)
    var ones = ConstantGenerator(word: .max)
    let instant = Date(timeIntervalSince1970: 0)
    #expect(UUID.v7(at: instant, using: &zeros).text == "00000000-0000-7000-8000-000000000000")
    #expect(UUID.v7(at: instant, using: &ones).text == "00000000-0000-7fff-bfff-ffffffffffff")
  }

  @Test("Instants before 1970 get a zero timestamp rather than a crash")
  func v7BeforeEpoch() {
    var rng = ConstantGenerator(word: 0)
    let id = UUID.v7(at: Date(timeIntervalSince1970: -86_400), using: &rng)
    #expect(id.text == "00000000-0000-7000-8000-000000000000")
  }

  @Test("Ids made later sort later, whatever their random bits")
  func v7TimeOrder() {
    var rng = SeededGenerator(seed: 2026)
    let start = Date(timeIntervalSince1970: 1_772_323_200)
    let ids = (0..<1_000).map { step in
      UUID.v7(at: start.addingTimeInterval(Double(step) * 0.001 + 0.0005), using: &rng)
    }
    // Text order and byte order agree for lower-case hex; the store sorts by either.
    #expect(ids.map(\.text) == ids.map(\.text).sorted())
    let raw = ids.map(bytes)
    #expect(raw == raw.sorted { $0.lexicographicallyPrecedes($1) })
    #expect(Set(ids).count == ids.count)
  }

  @Test("Ids made in the same millisecond still differ")
  func v7Unique() {
    let instant = Date()
    let ids = (0..<10_000).map { _ in UUID.v7(at: instant) }
    #expect(Set(ids).count == ids.count)
  }

  // MARK: - Reference ids (version 8)

  @Test("Reference ids are fixed for every laptop and release")
  func referenceStable() {
    // Computed independently from the documented scheme (FNV-1a of "namespace:name", two seeds).
    #expect(UUID.reference("country", "PT").text == "3102d0d0-75e3-8ca5-9087-a2703e8a58d8")
    #expect(UUID.reference("country", "CO").text == "313c25d0-7613-825b-905b-8d703e64fa3e")
    #expect(UUID.reference("country", "PT") == UUID.reference("country", "PT"))
  }

  @Test("Reference ids carry version 8 and the RFC 9562 variant")
  func referenceVersion() {
    for code in CountryCatalogue.entries.map(\.code) {
      let b = bytes(UUID.reference("country", code))
      #expect(b[6] >> 4 == 0x8, "\(code)")
      #expect(b[8] >> 6 == 0b10, "\(code)")
    }
  }

  @Test("Reference ids differ by namespace and by name")
  func referenceDistinct() {
    let codes = CountryCatalogue.entries.map(\.code)
    #expect(Set(codes.map { UUID.reference("country", $0) }).count == codes.count)
    #expect(UUID.reference("country", "PT") != UUID.reference("organisation", "PT"))
    #expect(UUID.reference("country", "PT") != UUID.reference("country", "pt"))
    // The separator is part of the input, so shifting it changes the id.
    #expect(UUID.reference("ab", "c") != UUID.reference("a", "bc"))
  }

  @Test("A country's id comes from its code, whatever the case")
  func countryIDs() {
    #expect(Country.id(forCode: "pt") == Country.id(forCode: "PT"))
    #expect(Country.id(forCode: "PT") == UUID.reference("country", "PT"))
    let portugal = Country(code: "PT", name: "Portugal", bloc: .eu)
    #expect(portugal.id == Country.id(forCode: "PT"))
  }

  @Test("Ids are stored as lower-case text with hyphens")
  func text() throws {
    let id = try #require(UUID(uuidString: "01890A5D-AC96-774B-BCCE-B302099A8057"))
    #expect(id.text == "01890a5d-ac96-774b-bcce-b302099a8057")
  }

  @Test("An id's text is Foundation's, in lower case, for any bits")
  func textMatchesFoundation() {
    var rng = SplitMix64(seed: 30)
    for _ in 0..<10_000 {
      let id = UUID.v7(
        at: Date(timeIntervalSince1970: Double(rng.next() % 4_000_000_000)), using: &rng)
      #expect(id.text == id.uuidString.lowercased())
      let any = UUID()
      #expect(any.text == any.uuidString.lowercased())
    }
  }

  @Test("Hexadecimal text of any bytes, with hyphens where asked")
  func hexadecimal() {
    var rng = SplitMix64(seed: 31)
    for length in 0..<80 {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      let plain = bytes.map { String(format: "%02x", $0) }.joined()
      #expect(Hexadecimal.lowercase(bytes) == plain)
      let mask = rng.next()
      let hyphenated = bytes.enumerated().map { index, byte in
        (index < 64 && mask & (1 << index) != 0 ? "-" : "") + String(format: "%02x", byte)
      }.joined()
      #expect(
        bytes.withUnsafeBytes { Hexadecimal.lowercase($0, hyphensBefore: mask) } == hyphenated)
    }
  }
}
