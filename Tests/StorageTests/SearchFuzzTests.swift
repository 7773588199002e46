import CaseModel
import Foundation
import Fuzzing
import Testing

@testable import Storage

/// Whatever is typed in the search box is text to find, never query syntax: every input
/// gives results or the one refusal for text with no word in it, never an SQLite error.
@Suite("Search under fuzz")
struct SearchFuzzTests {
  @Test func anyTextIsSearchedAsText() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    // Something to find, so that matching inputs reach ranking and snippets too.
    for text in ["NEAR(esperanza) AND \"crew\" OR *", "Bogotá 東京 🚢 São Luís", "a b c d e f"] {
      _ = try f.action(text)
    }
    var inputs = FuzzText(seed: 0x5EA4C4)
    var found = 0
    for _ in 0..<FuzzText.rounds / 10 {
      let text = inputs.next()
      do {
        found += try f.store.search(text).count
      } catch {
        #expect(
          error.code == .conflict && error.message.contains("at least one word"),
          "\(text.debugDescription): \(error.message)")
      }
    }
    #expect(found > 0, "the inputs should find something now and then")
  }

  /// What the fuzz found first: a quote with a combining mark on it is one Character to
  /// Swift and two scalars to SQLite.
  @Test func aQuoteCarryingACombiningMarkIsText() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Seal \"\u{0E48}ok\" found in the hold")
    #expect(try f.store.search("悫\"\u{0E48}ˠ").count == 0)
    let hits = try f.store.search("\"\u{0E48}ok")
    #expect(hits.groups.first { $0.kind == .action }?.hits.map(\.id) == [item.id])
  }
}
