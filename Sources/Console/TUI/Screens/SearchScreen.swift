import CaseModel
import Foundation
import Storage

/// Screen 5: full-text search across operations, meetings, minutes, action items and officers.
/// A query line on top takes the keys while it has the focus; Enter searches and hands the
/// focus to the results, grouped by kind; Enter on a result opens the record in its screen.
public struct SearchScreen: Screen {
  /// Who takes the keys: the query line (typed text) or the results (j, k, Enter).
  public enum Focus: Sendable, Equatable {
    case query, results
  }

  public private(set) var field = TextField()
  public private(set) var focus = Focus.query
  public private(set) var results: SearchResults?
  /// The text of the last search sent, for "nothing found for …".
  public private(set) var searched: String?
  /// The store's refusal of the last search (text without a letter or a digit).
  public private(set) var failure: String?
  /// Index into ``hits``.
  public private(set) var cursor = 0
  /// The first result line shown.
  private(set) var top = 0
  /// The hit to keep the cursor on when a reload's results arrive.
  private var keep: SearchHit?
  /// Whether the results on their way answer a reload rather than a search typed.
  private var reloading = false

  /// Hits shown per kind: a few screens' worth, the best first.
  public static let hitsPerKind = 50

  public init() {}

  public var title: String { "Search" }
  public var contexts: [KeyContext] { [.search] }
  /// While the query line has the focus `?` and `/` are text: the line under it says which
  /// keys do what instead.
  public var hints: [ActionID] {
    focus == .query ? [] : hits.isEmpty ? [.filter, .back, .help] : [.open, .filter, .back, .help]
  }
  public var position: String? { hits.isEmpty ? nil : "\(cursor + 1)/\(hits.count)" }

  /// Every hit, in the order shown: group by group.
  public var hits: [SearchHit] { results?.groups.flatMap(\.hits) ?? [] }
  public var current: SearchHit? { hits.indices.contains(cursor) ? hits[cursor] : nil }
  /// Every result is on screen (or a page away): the header's banner covers them all.
  public var markings: [Markings] { hits.compactMap(\.markings) }

  // MARK: - Updates

  public mutating func start(_ env: Environment) -> [Effect] { [] }

  public mutating func reload(_ env: Environment) -> [Effect] {
    guard let searched else { return [] }
    keep = current
    reloading = true
    return [.query(.search(searched))]
  }

  /// While the query line has the focus every key that edits text is text, `q` and digits
  /// included; Tab, arrows and paging still reach the action table.
  public mutating func type(_ key: Key, _ env: Environment) -> [Effect]? {
    switch focus {
    case .results:
      guard key == .char("/") else { return nil }
      focus = .query
      return []
    case .query:
      switch key {
      case .enter:
        return run(field.text)
      case .escape:
        // Leaves the line, results or not: with nothing found the screen's keys (Q, the
        // screen numbers, ?) must still be a key away, not typed into the query.
        focus = .results
        return []
      case .tab, .backTab, .up, .down, .pageUp, .pageDown, .resize:
        return nil
      default:
        return field.handle(key) ? [] : nil
      }
    }
  }

  private mutating func run(_ text: String) -> [Effect] {
    let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !words.isEmpty else { return [.error("type a word to search for")] }
    searched = words
    keep = nil
    reloading = false
    cursor = 0
    top = 0
    focus = .results
    return [.query(.search(words))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    let last = max(0, hits.count - 1)
    // A result takes two rows: a page of results is half a page of rows.
    let page = max(1, env.pageRows / 2 - 1)
    switch action {
    case .down: cursor = min(last, cursor + 1)
    case .up: cursor = max(0, cursor - 1)
    case .top: cursor = 0
    case .bottom: cursor = last
    case .pageDown: cursor = min(last, cursor + page)
    case .pageUp: cursor = max(0, cursor - page)
    case .nextMatch, .previousMatch:
      cursor = groupStart(from: cursor, forward: action == .nextMatch)
    case .open:
      return current.map(Self.open) ?? []
    case .back:
      focus = .query
      return []
    default:
      return []
    }
    if !hits.isEmpty { focus = .results }
    scroll(visibleRows: env.pageRows)
    return []
  }

  /// The record a hit names, opened in its own screen; a minute entry opens its meeting.
  static func open(_ hit: SearchHit) -> [Effect] {
    switch hit.kind {
    case .operation: return Navigate.operation(hit.id, code: hit.ref)
    case .meeting: return Navigate.meeting(hit.id)
    case .minute:
      guard let meeting = hit.meetingID else { return [.error("minute \(hit.ref) has no meeting")] }
      return Navigate.meeting(meeting)
    case .action: return Navigate.action(hit.id)
    case .officer: return Navigate.officer(hit.id)
    }
  }

  /// n and N: the first hit of the next or previous group (or of this one, going back).
  private func groupStart(from index: Int, forward: Bool) -> Int {
    var starts: [Int] = []
    var offset = 0
    for group in results?.groups ?? [] {
      starts.append(offset)
      offset += group.hits.count
    }
    if forward { return starts.first { $0 > index } ?? index }
    return starts.last { $0 < index } ?? index
  }

  /// `:search WORDS` (and `:filter` here) fill the query line and search.
  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    switch reply {
    case .text("search", let text), .text("find", let text):
      field.set(text)
      return run(text)
    default:
      return []
    }
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .search(let newResults):
      let kept = keep
      keep = nil
      results = newResults
      failure = nil
      cursor =
        kept.flatMap { old in hits.firstIndex { $0.kind == old.kind && $0.id == old.id } }
        ?? min(cursor, max(0, hits.count - 1))
      // Nothing found for what was typed: the officer will want to type again. Not on a
      // reload's answer, which would take the keys back after Esc gave them to the screen.
      if hits.isEmpty && !reloading { focus = .query }
      reloading = false
      scroll(visibleRows: env.pageRows)
    case .failed(.search, let message):
      results = nil
      failure = message
      cursor = 0
      top = 0
      if !reloading { focus = .query }
      reloading = false
    default:
      break
    }
    return []
  }

  /// Keeps the cursor's hit in view, with its group's heading above the first of a group.
  private mutating func scroll(visibleRows: Int) {
    top = Self.top(top, showing: cursor, in: lines, visibleRows: visibleRows)
  }

  /// The first line to show so that every line of hit `index` is visible.
  static func top(_ top: Int, showing index: Int, in lines: [Line], visibleRows: Int) -> Int {
    guard visibleRows > 0, let first = lines.firstIndex(of: .title(index)) else { return top }
    let last =
      lines.indices.contains(first + 1) && lines[first + 1] == .snippet(index)
      ? first + 1 : first
    var top = top
    let wanted = first > 0 && lines[first - 1].isHeading ? first - 1 : first
    if wanted < top { top = wanted }
    if last >= top + visibleRows { top = last - visibleRows + 1 }
    return max(0, min(top, max(0, lines.count - visibleRows)))
  }

  // MARK: - Layout

  /// A line of the results area.
  enum Line: Equatable {
    case heading(SearchKind, Int)
    /// A hit's reference and title; or its reference and snippet when the snippet is a piece
    /// of the title (a minute entry's text, an action's title).
    case title(Int)
    /// A hit's snippet, matched words highlighted, under its title.
    case snippet(Int)
    case blank

    var isHeading: Bool {
      if case .heading = self { return true }
      return false
    }
  }

  var lines: [Line] {
    var lines: [Line] = []
    var index = 0
    for group in results?.groups ?? [] {
      if !lines.isEmpty { lines.append(.blank) }
      lines.append(.heading(group.kind, group.hits.count))
      for hit in group.hits {
        lines.append(.title(index))
        if !Self.snippetIsInTitle(hit) { lines.append(.snippet(index)) }
        index += 1
      }
    }
    return lines
  }

  /// Whether the snippet is a piece of the title: then one line shows both.
  static func snippetIsInTitle(_ hit: SearchHit) -> Bool {
    let text = hit.snippet.map(\.text).joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "…").union(.whitespaces))
    return !text.isEmpty && hit.title.contains(text)
  }
}
