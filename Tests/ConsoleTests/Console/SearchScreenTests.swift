import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Search: pure updates")
struct SearchScreenTests {
  let env = DirectoryFixtures.env

  static func hit(_ kind: SearchKind, _ ref: String, meeting: UUID? = nil) -> SearchHit {
    SearchHit(
      kind: kind, id: UUID(), ref: ref, title: "\(kind.label) \(ref)",
      snippet: [
        SnippetPart(text: "plenary in ", isMatch: false),
        SnippetPart(text: "Bogotá", isMatch: true),
        SnippetPart(text: " next week", isMatch: false),
      ], rank: -1, meetingID: meeting)
  }

  static let meetingID = UUID()
  static let results = SearchResults(
    query: "bogota",
    groups: [
      (.operation, [hit(.operation, "TF-MAR-2026-001")]),
      (.meeting, [hit(.meeting, "M1-KQ3M"), hit(.meeting, "M2-KQ3M")]),
      (.minute, [hit(.minute, "E4-KQ3M", meeting: meetingID)]),
      (.action, [hit(.action, "A7-KQ3M")]),
      (.officer, [hit(.officer, "gomez.c")]),
    ])

  /// A screen that searched for "bogota" and got ``results``.
  func searched() -> SearchScreen {
    var screen = SearchScreen()
    _ = screen.reply(.text(tag: "search", "bogota"), env)
    _ = screen.receive(.search(Self.results), env)
    return screen
  }

  @Test func typingThenEnterSearches() {
    var screen = SearchScreen()
    #expect(screen.start(env).isEmpty)
    #expect(screen.focus == .query)
    for character in "bogota" { #expect(screen.type(.char(character), env)?.isEmpty == true) }
    let effects = screen.type(.enter, env) ?? []
    guard case .query(.search(let text)) = effects.first else {
      Issue.record("expected a search, got \(effects)")
      return
    }
    #expect(text == "bogota")
    #expect(screen.focus == .results)
  }

  @Test func theQueryLineTakesKeysTheActionTableWouldOtherwise() {
    var screen = SearchScreen()
    // q, digits, ? and / are text while typing; Tab and arrows are not.
    for key in [Key.char("q"), .char("4"), .char("?"), .char("/"), .backspace, .ctrl("w")] {
      #expect(screen.type(key, env) != nil, "\(key)")
    }
    #expect(screen.type(.tab, env) == nil)
    #expect(screen.type(.down, env) == nil)
    // An empty line searches for nothing.
    guard case .error = screen.type(.enter, env)?.first else {
      Issue.record("expected an error for an empty search")
      return
    }
  }

  @Test func escAndSlashMoveTheFocus() {
    var screen = searched()
    #expect(screen.focus == .results)
    // In the results, only / is the screen's; j, k, Enter go to the action table.
    #expect(screen.type(.char("j"), env) == nil)
    #expect(screen.type(.char("/"), env)?.isEmpty == true)
    #expect(screen.focus == .query)
    #expect(screen.field.text == "bogota")
    #expect(screen.type(.escape, env)?.isEmpty == true)
    #expect(screen.focus == .results)
    _ = screen.perform(.back, env)
    #expect(screen.focus == .query)
    // Without results, Esc leaves the query line too: the screen's keys are a key away.
    var empty = SearchScreen()
    _ = empty.type(.escape, env)
    #expect(empty.focus == .results)
    #expect(empty.type(.char("Q"), env) == nil, "Q is the action table's again")
  }

  @Test func jAndKMoveOverHitsAndNJumpsGroups() {
    var screen = searched()
    #expect(screen.hits.count == 6)
    _ = screen.perform(.down, env)
    #expect(screen.current?.ref == "M1-KQ3M")
    _ = screen.perform(.nextMatch, env)
    #expect(screen.current?.kind == .minute)
    _ = screen.perform(.previousMatch, env)
    #expect(screen.current?.ref == "M1-KQ3M")
    _ = screen.perform(.bottom, env)
    #expect(screen.current?.kind == .officer)
    #expect(screen.position == "6/6")
  }

  @Test func enterOpensEachKindInItsScreen() {
    var screen = searched()
    let expected: [(TopScreen, UUID)] = [
      (.operations, Self.results.groups[0].hits[0].id),
      (.meetings, Self.results.groups[1].hits[0].id),
      (.meetings, Self.results.groups[1].hits[1].id),
      (.meetings, Self.meetingID),
      (.actions, Self.results.groups[3].hits[0].id),
      (.directory, Self.results.groups[4].hits[0].id),
    ]
    for (index, (top, id)) in expected.enumerated() {
      let effects = screen.perform(.open, env)
      guard effects.count == 2, case .show(let shown) = effects[0],
        case .push(let pushed) = effects[1]
      else {
        Issue.record("hit \(index): expected show and push, got \(effects)")
        continue
      }
      #expect(shown == top, "hit \(index)")
      let pushedID: UUID? =
        switch pushed {
        case let detail as OperationDetailScreen: detail.id
        case let detail as MeetingDetailScreen: detail.id
        case let detail as ActionDetailScreen: detail.id
        case let detail as OfficerDetailScreen: detail.id
        default: nil
        }
      #expect(pushedID == id, "hit \(index)")
      _ = screen.perform(.down, env)
    }
  }

  @Test func theSearchCommandFillsTheLineAndSearches() {
    var screen = SearchScreen()
    let effects = screen.reply(.text(tag: "search", "São Paulo"), env)
    guard case .query(.search(let text)) = effects.first else {
      Issue.record("expected a search, got \(effects)")
      return
    }
    #expect(text == "São Paulo")
    #expect(screen.field.text == "São Paulo")
    #expect(screen.reply(.text(tag: "other", "x"), env).isEmpty)
  }

  @Test func nothingFoundAndRefusalsSaySo() {
    var screen = SearchScreen()
    _ = screen.reply(.text(tag: "search", "zzzz"), env)
    _ = screen.receive(.search(SearchResults(query: "zzzz", groups: [])), env)
    #expect(screen.focus == .query)
    #expect(render(screen).contains("nothing found for “zzzz”"))
    let message = "search needs at least one word with a letter or a digit"
    _ = screen.reply(.text(tag: "search", "***"), env)
    _ = screen.receive(.failed(.search("***"), message), env)
    #expect(screen.failure == message)
    #expect(render(screen).contains(message))
  }

  @Test func matchedWordsAreHighlighted() {
    let screen = searched()
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 2, width: 80, height: 21))
    screen.render(&canvas, env)
    let buffer = canvas.buffer
    let y = (0..<24).first { buffer.row($0).contains("plenary in Bogotá") }!
    let x = (0..<80).first { buffer[$0, y].text == "B" && buffer[$0 + 1, y].text == "o" }!
    #expect((x..<x + 6).allSatisfy { buffer[$0, y].slot == .match })
    #expect(buffer[x - 1, y].slot != .match)
  }

  @Test func aLongSnippetIsShortenedBeforeItsMatch() {
    let parts = [
      SnippetPart(
        text: "…wallet tracing shows USDT on TRON moving through three exchanges ", isMatch: false),
      SnippetPart(text: "Bogotá", isMatch: true),
      SnippetPart(text: " before cash-out", isMatch: false),
    ]
    let fitted = SearchScreen.fitted(parts, room: 40)
    #expect(fitted.count == 3)
    #expect(fitted[0].text.hasPrefix("…"))
    #expect(fitted[0].text.hasSuffix("exchanges "))
    let upToMatch = fitted[0...1].map(\.text).joined()
    #expect(DisplayWidth.of(upToMatch) <= 40)
    // A snippet that fits is left alone.
    #expect(SearchScreen.fitted(parts, room: 200) == parts)
  }

  @Test func aReloadKeepsTheCursorOnTheSameHit() {
    var screen = searched()
    _ = screen.perform(.down, env)
    _ = screen.perform(.down, env)
    let kept = screen.current
    guard case .query(.search("bogota")) = screen.reload(env).first else {
      Issue.record("expected the same search again")
      return
    }
    let shuffled = SearchResults(
      query: "bogota", groups: [Self.results.groups[1], Self.results.groups[0]])
    _ = screen.receive(.search(shuffled), env)
    #expect(screen.current == kept)
  }

  func render(_ screen: SearchScreen) -> String {
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 2, width: 80, height: 21))
    screen.render(&canvas, env)
    return canvas.buffer.plainText
  }
}
