import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Search: sessions on the demo")
struct SearchSessionTests {
  func search(_ text: String, _ size: Size = Size(width: 80, height: 24)) throws -> ConsoleHarness {
    let console = try ConsoleHarness(size: size)
    console.press(.char("5"))
    console.type(text)
    console.press(.enter)
    return console
  }

  func searchScreen(_ console: ConsoleHarness) throws -> SearchScreen {
    try #require(console.app.stacks[4].last as? SearchScreen)
  }

  /// The first cell of `text` in row `y`, counted in cells (a wide character takes two).
  func cell(of text: String, row y: Int, in frame: ScreenBuffer) -> Int? {
    let characters = text.map(String.init)
    return (0..<frame.size.width).first { x in
      characters.indices.allSatisfy {
        x + $0 < frame.size.width && frame[x + $0, y].text == characters[$0]
      }
    }
  }

  @Test func bogotaFindsBogotaWithTheMatchHighlighted() throws {
    let console = try search("bogota")
    #expect(console.screen.contains("Bogotá"))
    #expect(console.screen.contains("MINUTES (1)"))
    #expect(console.statusBar.contains("Search 1/"))
    let styles = console.styles.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0)
    }
    let rows = (0..<console.frame.size.height).filter { console.frame.row($0).contains("Bogotá") }
    try #require(!rows.isEmpty)
    for y in rows {
      let x = try #require(cell(of: "Bogotá", row: y, in: console.frame))
      #expect(styles[y].count >= x + 6)
      #expect(styles[y][x..<min(styles[y].count, x + 6)].allSatisfy { $0 == "*" }, "row \(y)")
    }
  }

  /// Nothing found leaves the query line with the keys, to type again; Esc hands them back to
  /// the screen, so that Q quits instead of being typed into the query, also after the
  /// results were read again (`r`, or a change by another process).
  @Test func afterNothingFoundEscThenQQuits() throws {
    let console = try search("zzzqqqxxx")
    #expect(console.screen.contains("nothing found"))
    #expect(try searchScreen(console).focus == .query)
    console.press(.char("Q"))
    #expect(try searchScreen(console).field.text == "zzzqqqxxxQ", "in the line, Q is text")
    #expect(console.app.isRunning)
    console.press(.escape)
    #expect(console.screen.contains("nothing found for “zzzqqqxxx” · / edits the query"))
    console.press(.char("r"))
    #expect(try searchScreen(console).focus == .results)
    console.press(.char("Q"))
    #expect(!console.app.isRunning)
  }

  @Test func enterOnAMinuteOpensItsMeeting() throws {
    let console = try search("bogota")
    var screen = try searchScreen(console)
    for _ in 0..<5 where screen.current?.kind != .minute {
      console.press(.char("n"))
      screen = try searchScreen(console)
    }
    let hit = try #require(screen.current)
    #expect(hit.kind == .minute)
    let meeting = try #require(hit.meetingID)
    console.press(.enter)
    #expect(console.app.active == .meetings)
    let opened = try #require(console.app.stacks[1].last as? MeetingDetailScreen)
    #expect(opened.id == meeting)
    // The search stays as it was, for the next result.
    console.press(.char("5"))
    #expect(try searchScreen(console).current?.id == hit.id)
  }

  @Test func enterOnAnOfficerOpensThemInTheDirectory() throws {
    let console = try search("ospina")
    // The officers are the last group.
    console.press(.char("G"))
    #expect(try searchScreen(console).current?.kind == .officer)
    console.press(.enter)
    #expect(console.app.active == .directory)
    #expect(console.screen.contains("Andrés Ospina  @ospina"))
  }

  @Test func theSearchCommandRunsTheSearch() throws {
    let console = try ConsoleHarness()
    console.press(.char(":"))
    console.type("search sao paulo")
    console.press(.enter)
    #expect(console.app.active == .search)
    #expect(console.screen.contains("São Paulo"))
    #expect(try searchScreen(console).field.text == "sao paulo")
  }

  @Test func textWithoutLettersGetsTheStoresMessage() throws {
    let console = try search("*** -- ((")
    #expect(console.screen.contains("search needs at least one word with a letter or a digit"))
    #expect(try searchScreen(console).focus == .query)
    let nothing = try search("zzqx")
    #expect(nothing.screen.contains("nothing found for “zzqx”"))
  }

  /// Every hostile string of the corpus, typed and pasted: the screen shows results, "nothing
  /// found" or the store's message, and no control character reaches the frame.
  @Test func hostileTextNeverReachesTheTerminal() throws {
    let console = try ConsoleHarness()
    console.press(.char("5"))
    let texts = try Self.corpus()
    try #require(texts.count > 20)
    let named = ["\"unbalanced AND NEAR( * OR -", "title: secret", "\u{1b}]0;pwned\u{7}\u{1b}[2J"]
    for (index, text) in (named + texts).enumerated() {
      // Esc, then / makes sure the query line has the focus; Ctrl-U empties it.
      console.press(.escape, .char("/"), .ctrl("u"))
      if index < named.count { console.type(text) } else { console.press(.paste(text)) }
      console.press(.enter)
      let shown = console.screen
      #expect(
        shown.contains(" result") || shown.contains("nothing found for")
          || shown.contains("search needs at least one word"), "\(text.debugDescription)")
      for cell in console.frame.cells {
        for scalar in cell.text.unicodeScalars {
          #expect(
            scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value),
            "U+\(String(scalar.value, radix: 16)) shown for \(text.debugDescription)")
        }
      }
    }
  }

  static func corpus() throws -> [String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus/hostile-text.jsonl")
    // The lone-surrogate line does not decode, and is skipped, as the corpus README says.
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return object?["text"] as? String
    }
  }

  @Test func snapshots() throws {
    let start = try ConsoleHarness()
    start.press(.char("5"))
    try start.expectSnapshot("search-start-80x24")
    try search("bogota").expectSnapshot("search-bogota-80x24")
    let large = try search("bogota", Size(width: 120, height: 40))
    try large.expectSnapshot("search-bogota-120x40")
    large.press(.char("n"), .char("n"), .char("j"))
    try large.expectSnapshot("search-bogota-minutes-120x40")
    try search("*** --").expectSnapshot("search-refused-80x24")
    try search("zzqx").expectSnapshot("search-nothing-80x24")
  }
}
