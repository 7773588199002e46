import CaseModel
import Foundation
import Testing

@Suite("ShortRef")
struct ShortRefTests {
  @Test(
    "References parse with or without the replica tag, in any case",
    arguments: [
      ("A17-KQ3M", ShortRef.Prefix.action, 17, "KQ3M" as String?),
      ("a17-kq3m", .action, 17, "KQ3M"), ("a17", .action, 17, nil),
      ("M4-0000", .meeting, 4, "0000"), ("E1", .entry, 1, nil),
      ("S999-ZZZZ", .seizure, 999, "ZZZZ"), ("s3-y2k9", .seizure, 3, "Y2K9"),
    ])
  func parses(text: String, prefix: ShortRef.Prefix, number: Int, tag: String?) throws {
    let ref = try #require(ShortRef(parsing: text))
    #expect(ref.prefix == prefix)
    #expect(ref.number == number)
    #expect(ref.tag == tag)
  }

  @Test("A reference prints as officers write it and reads back the same")
  func description() throws {
    let ref = ShortRef(prefix: .action, number: 17, tag: "KQ3M")
    #expect(ref.description == "A17-KQ3M")
    #expect(ShortRef(parsing: ref.description) == ref)
    let short = try #require(ShortRef(parsing: "m4"))
    #expect(short.description == "M4")
  }

  @Test(
    "Text not shaped like a reference is not one",
    arguments: [
      "", "A", "A0", "A-1", "A-17", "X17", "17", "AA17", "A17-", "A17-KQ3", "A17-KQ3MX",
      "A17-KQ3I", "A17-KQ3L", "A17-KQ3O", "A17-KQ3U", "A17--KQ3M", "A17-KQ3M-", "-A17",
      "A+17", "A１７", "A٣", " A17", "A17 ", "A 17", "A17.5", "A99999999999999999999999",
      "A17-KQ 3", "A17-KQ3\u{1B}", "A\u{202E}17", "Á17", "A17-KQ3M\u{301}",
    ])
  func rejects(text: String) {
    #expect(ShortRef(parsing: text) == nil)
  }

  @Test("Letters that only upper-case into ASCII do not make a reference")
  func caseMappingLookalikes() {
    // "ſ" (long s) upper-cases to "S", "ß" to "SS" and "ﬀ" to "FF", so these read as S12,
    // A1-SSSS and A1-FFFF although an officer typed none of those letters.
    #expect(ShortRef(parsing: "ſ12") == nil)
    #expect(ShortRef(parsing: "a1-ßß") == nil)
    #expect(ShortRef(parsing: "a1-ﬀﬀ") == nil)
  }

  @Test("Tags use Crockford's base 32, without I, L, O or U")
  func alphabet() throws {
    for character in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" {
      let text = "A1-" + String(repeating: character, count: 4)
      #expect(ShortRef(parsing: text)?.tag == String(repeating: character, count: 4))
    }
    for character in "ILOU" {
      #expect(ShortRef(parsing: "A1-" + String(repeating: character, count: 4)) == nil)
    }
  }

  @Test("The replica tag comes from the id's random bits, the same on every run")
  func replicaTag() throws {
    let replica = try #require(UUID(uuidString: "01890a5d-ac96-774b-bcce-b302099a8057"))
    #expect(ShortRef.tag(for: replica) == "K6M0")
    let zeros = try #require(UUID(uuidString: "00000000-0000-0000-0000-000000000000"))
    #expect(ShortRef.tag(for: zeros) == "0000")
    let ones = try #require(UUID(uuidString: "00000000-0000-0000-0000-0000ffffff00"))
    #expect(ShortRef.tag(for: ones) == "ZZZZ")
    // The timestamp half of a v7 id does not affect the tag.
    let other = try #require(UUID(uuidString: "ffffffff-ffff-7fff-bfff-ffff099a80ff"))
    #expect(ShortRef.tag(for: other) == "K6M0")
  }

  @Test("Every replica tag is a valid tag")
  func tagsParse() {
    var rng = SeededGenerator(seed: 42)
    var seen = Set<String>()
    for _ in 0..<2_000 {
      let tag = ShortRef.tag(for: UUID.v7(using: &rng))
      seen.insert(tag)
      #expect(ShortRef(parsing: "E5-" + tag)?.tag == tag, "\(tag)")
    }
    // 2,000 draws from 2^20 tags: collisions are possible but almost all must differ.
    #expect(seen.count > 1_990)
  }
}
