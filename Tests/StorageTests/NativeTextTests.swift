import CaseModel
import Foundation
import Testing

@testable import Storage

/// The commands' hot paths read some text without Foundation (whose first use costs a
/// command a fifth of a millisecond each time): each of these readers must answer as the
/// Foundation call it replaces.
@Suite("Text read without Foundation")
struct NativeTextTests {
  /// Every scalar: letters, marks and numbers, as `CharacterSet.alphanumerics` says. Left out:
  /// characters assigned since Unicode 15.0, which Swift's tables know and Foundation's do
  /// not, and the Tangut ideographs, letters that Foundation's set misses.
  @Test func alphanumericIsFoundationsCharacterSet() {
    var differ: [String] = []
    var compared = 0
    let tangut: [ClosedRange<UInt32>] = [0x17000...0x187F7, 0x18D00...0x18D08]
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if let age = scalar.properties.age, age.major > 15 || (age.major == 15 && age.minor > 0) {
        continue
      }
      if tangut.contains(where: { $0.contains(value) }) {
        #expect(scalar.properties.generalCategory == .otherLetter)
        continue
      }
      compared += 1
      if SearchQuery.isAlphanumeric(scalar) != CharacterSet.alphanumerics.contains(scalar) {
        differ.append(String(value, radix: 16))
      }
    }
    #expect(differ.isEmpty, "\(differ.prefix(20))")
    #expect(compared > 1_000_000)
  }

  /// Stars around a word are dropped and say whether it is a prefix; a word with no letter or
  /// digit is no term.
  @Test func searchTermsDropTheirStars() throws {
    let terms = try SearchQuery.terms("**guaya** *x ** bogotá* ¿? 3 ✱")
    #expect(terms.map(\.word) == ["guaya", "x", "bogotá", "3"])
    #expect(terms.map(\.isPrefix) == [true, false, true, false])
  }

  /// A list as liaison writes it is read without JSONDecoder, to the same strings; any other
  /// text is left to JSONDecoder, which reads or refuses it.
  @Test func plainListsReadAsJSONDecoderReadsThem() throws {
    let corpus = try HostileCorpus.entries().map(\.text)
    var lists: [[String]] = [[], [""], ["en"], ["en", "pt"], ["drug-trafficking", "money"]]
    lists += corpus.map { [$0] } + corpus.indices.dropFirst().map { [corpus[$0 - 1], corpus[$0]] }
    var plain = 0
    for list in lists {
      let text = StoredList.encode(list)
      let decoded = try JSONDecoder().decode([String].self, from: Data(text.utf8))
      #expect(decoded == list, "\(text)")
      if let read = StoredList.plain(text) {
        #expect(read == list, "\(text)")
        plain += 1
      }
      #expect(try StoredList.decode(text, column: "test") == list, "\(text)")
    }
    #expect(plain > lists.count / 2, "most lists hold nothing to escape")
    #expect(StoredList.plain(#"["en","pt"]"#) == ["en", "pt"])
    #expect(StoredList.plain("[]") == [])
    // Text the plain reader does not take: another writer's spacing, escapes, numbers, and
    // text that is not a list at all.
    let others = [
      #"["en", "pt"]"#, #"[ "en"]"#, #"["a\"b"]"#, #"["a\u00e9"]"#, "[1]", #"["a",]"#,
      #"[,"a"]"#, #"["a""b"]"#, #"["a"]x"#, #"x["a"]"#, "[", "]", "", #"[""#, #"["a"#,
      "[\"a\u{1}\"]", "[\"a\nb\"]", "{}", "null",
    ]
    for text in others {
      #expect(StoredList.plain(text) == nil, "\(text)")
      let decoded = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
      #expect((try? StoredList.decode(text, column: "test")) == decoded, "\(text)")
    }
    #expect(throws: StoreError.self) { try StoredList.decode("[1]", column: "languages") }
  }

  /// A snippet is cut at its markers, whatever text lies around them.
  @Test func snippetsAreCutAtTheirMarkers() throws {
    let (open, close) = (SearchQueries.open, SearchQueries.close)
    // Stored text holds no control character, so no marker.
    let texts = try HostileCorpus.entries().map(\.text).filter {
      !$0.unicodeScalars.contains { $0.value < 0x20 }
    }
    #expect(texts.count > 10)
    func part(_ text: String, _ isMatch: Bool) -> SnippetPart {
      SnippetPart(text: text, isMatch: isMatch)
    }
    for (before, word) in zip(texts, texts.dropFirst()) {
      let after = "… " + before
      #expect(
        SearchQueries.parts(before + open + word + close + after)
          == (before.isEmpty ? [] : [part(before, false)]) + [
            part(word, true), part(after, false),
          ],
        "\(before) | \(word)")
      #expect(
        SearchQueries.parts(open + word + close + open + before + close)
          == [part(word, true), part(before, true)])
      #expect(
        SearchQueries.parts(before + open + word)
          == (before.isEmpty ? [] : [part(before, false)]) + [part(word, true)],
        "a marker left open runs to the end")
    }
    #expect(SearchQueries.parts("") == [])
    #expect(SearchQueries.parts("plain") == [part("plain", false)])
    #expect(SearchQueries.parts(open + close) == [part("", true)])
  }
}
