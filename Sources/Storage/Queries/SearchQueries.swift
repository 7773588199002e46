import CaseModel
import Foundation
import GRDB

/// What kind of record a search result is.
public enum SearchKind: String, Sendable, CaseIterable, Codable {
  case operation
  case meeting
  case minute
  case action
  case officer

  /// The kind of record a result of this kind is.
  public var entity: EntityKind {
    switch self {
    case .operation: .operation
    case .meeting: .meeting
    case .minute: .minuteEntry
    case .action: .actionItem
    case .officer: .officer
    }
  }

  public var label: String {
    switch self {
    case .operation: "Operations"
    case .meeting: "Meetings"
    case .minute: "Minutes"
    case .action: "Actions"
    case .officer: "Officers"
    }
  }
}

/// A piece of a snippet: matched terms are marked so screens can highlight them.
public struct SnippetPart: Sendable, Hashable {
  public let text: String
  public let isMatch: Bool

  public init(text: String, isMatch: Bool) {
    self.text = text
    self.isMatch = isMatch
  }
}

/// One search result.
public struct SearchHit: Sendable, Hashable {
  public let kind: SearchKind
  public let id: UUID
  /// Code, handle or short reference.
  public let ref: String
  public let title: String
  public let snippet: [SnippetPart]
  /// Relevance among the hits of its kind (bm25, see ``SearchRank``): lower is better.
  public let rank: Double
  /// For a minute entry, its meeting: where the entry is shown.
  public let meetingID: UUID?
  /// The record's markings; nil for an officer (the directory carries none).
  public let markings: Markings?

  public init(
    kind: SearchKind, id: UUID, ref: String, title: String, snippet: [SnippetPart], rank: Double,
    meetingID: UUID?, markings: Markings? = nil
  ) {
    self.markings = markings
    self.kind = kind
    self.id = id
    self.ref = ref
    self.title = title
    self.snippet = snippet
    self.rank = rank
    self.meetingID = meetingID
  }
}

/// Results grouped by kind, each group ranked.
public struct SearchResults: Sendable {
  public let query: String
  public let groups: [(kind: SearchKind, hits: [SearchHit])]
  public var count: Int { groups.reduce(0) { $0 + $1.hits.count } }

  public init(query: String, groups: [(kind: SearchKind, hits: [SearchHit])]) {
    self.query = query
    self.groups = groups
  }
}

extension Store {
  /// Full-text search across operations, meetings, minutes, action items (with their update
  /// notes) and officers. Accents and case do not matter. The text is taken as words to find,
  /// never as query syntax; a word ending in `*` matches as a prefix.
  public func search(_ text: String, limitPerKind: Int = 20) throws(StoreError) -> SearchResults {
    try search(text, limitPerKind: limitPerKind, sideBySideFrom: SearchQueries.largeFile)
  }

  /// `sideBySideFrom` is the size of file (see ``SearchQueries/isLarge(_:from:)``) from which
  /// the kinds are searched on two connections at once; tests lower it to try both ways.
  func search(
    _ text: String, limitPerKind: Int, sideBySideFrom: Int
  ) throws(StoreError) -> SearchResults {
    let terms = try SearchQuery.terms(text)
    @Sendable func hits(_ kinds: [SearchKind], _ db: Database) throws -> [SearchKind: [SearchHit]] {
      var found: [SearchKind: [SearchHit]] = [:]
      for kind in kinds {
        found[kind] = try SearchQueries.hits(db, kind, terms, limit: limitPerKind)
      }
      return found
    }
    // On a large file the action items (their update notes folded in) and the minutes take
    // up to tens of milliseconds each, mostly judging who may see their matches: there they
    // run side by side, on two connections. On a smaller file each takes a
    // millisecond or two, less than opening a second connection costs a short command.
    let alone = try read { db in
      try SearchQueries.isLarge(db, from: sideBySideFrom) ? nil : try hits(SearchKind.allCases, db)
    }
    let found: [SearchKind: [SearchHit]]
    if let alone {
      found = alone
    } else {
      let (actions, others) = try readSideBySide(
        { db in try hits([.action], db) },
        { db in try hits(SearchKind.allCases.filter { $0 != .action }, db) })
      found = actions.merging(others) { first, _ in first }
    }
    return SearchResults(
      query: text,
      groups: SearchKind.allCases.compactMap { kind in
        guard let hits = found[kind], !hits.isEmpty else { return nil }
        return (kind, hits)
      })
  }
}

/// One word of a search, as FTS5 matches it.
struct SearchTerm: Sendable, Hashable {
  /// The word as typed, without its stars.
  let word: String
  /// Whether it matches as a prefix (it was typed with a trailing `*`).
  let isPrefix: Bool

  /// The word as an FTS5 phrase, matched as plain text. Quotes are doubled scalar by scalar:
  /// a quote followed by a combining mark is one Character to Swift, which replacing the
  /// Character `"` would miss, but two scalars to SQLite, which would end the phrase there
  /// (found by the fuzz tests).
  var phrase: String {
    var phrase = "\""
    for scalar in word.unicodeScalars {
      phrase.unicodeScalars.append(scalar)
      if scalar == "\"" { phrase.unicodeScalars.append(scalar) }
    }
    return phrase + (isPrefix ? "\" *" : "\"")
  }
}

/// Turns what an officer typed into an FTS5 expression that matches it as plain words.
public enum SearchQuery {
  public static func expression(_ text: String) throws(StoreError) -> String {
    expression(try terms(text))
  }

  /// Every term must match.
  static func expression(_ terms: [SearchTerm]) -> String {
    terms.map(\.phrase).joined(separator: " AND ")
  }

  /// The words of what an officer typed.
  static func terms(_ text: String) throws(StoreError) -> [SearchTerm] {
    var terms: [SearchTerm] = []
    // Control characters separate words too: a NUL would otherwise cut the query short.
    let separators = { (c: Character) in
      c.isWhitespace
        || c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
    for word in text.split(whereSeparator: separators) {
      var stars = word.drop(while: { $0 == "*" })
      while stars.last == "*" { stars.removeLast() }
      let term = String(stars)
      // Characters the tokenizer would drop anyway; removing them here keeps a word made only
      // of punctuation from becoming an empty phrase.
      guard term.unicodeScalars.contains(where: isAlphanumeric) else { continue }
      terms.append(SearchTerm(word: term, isPrefix: word.hasSuffix("*")))
    }
    guard !terms.isEmpty else {
      throw StoreError(.conflict, "search needs at least one word with a letter or a digit")
    }
    return terms
  }

  /// Foundation's `CharacterSet.alphanumerics` (letters, marks and numbers), asked of the
  /// scalar's own properties: the character set costs a search its first use, a fifth of a
  /// millisecond.
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      true
    default: false
    }
  }

  /// Whether an expression made by ``expression(_:)`` holds a prefix: a phrase's closing
  /// quote followed by ` *` (a quote inside a phrase is doubled, and no phrase holds a space).
  static func hasPrefix(_ expression: String) -> Bool {
    expression.contains("\" *")
  }
}

enum SearchQueries {
  /// Snippet markers: control characters cannot occur in stored text, so they cannot be
  /// confused with it.
  static let open = "\u{2}"
  static let close = "\u{3}"
  /// The most matches of one kind ranked for a search: the newest ones.
  static let candidateCap = 2_000

  /// Action items and minute entries (each) from which a search runs its kinds side by side.
  static let largeFile = 100_000

  /// Whether action items and minute entries each number at least `size` (read from the ends
  /// of their tables, as rowids grow with insertion: nothing is counted).
  static func isLarge(_ db: Database, from size: Int) throws -> Bool {
    let sizes = try ["action_item", "minute_entry"].map { table in
      try Int.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0
    }
    return sizes.allSatisfy { $0 >= size }
  }

  static func hits(
    _ db: Database, _ kind: SearchKind, _ terms: [SearchTerm], limit: Int
  ) throws
    -> [SearchHit]
  {
    let (table, ref, title, weights): (String, String, String, String) =
      switch kind {
      case .operation: ("operation", "t.code", "t.codename", "10.0, 5.0, 1.0")
      case .meeting: ("meeting", "t.ref", "t.title", "5.0, 1.0")
      case .minute: ("minute_entry", "t.ref", "t.text", "1.0")
      case .action: ("action_item", "t.ref", "t.title", "5.0, 1.0, 1.0")
      case .officer: ("officer", "t.handle", "t.name", "5.0, 5.0, 1.0")
      }
    let meeting = kind == .minute ? "t.meeting_id" : "NULL"
    let markings =
      kind == .officer
      ? "NULL AS handling, NULL AS tlp, NULL AS classification"
      : "t.handling, t.tlp, t.classification"
    let fts = table + "_fts"
    guard let expression = try SearchVocabulary.expression(terms, in: fts, db) else { return [] }
    // A kind the words are not found in is not searched: its statement carries the rules of
    // need-to-know, and a command that prepares it for nothing spends 3 M instructions on it.
    // Most words are in two or three kinds of the five, so that was a tenth of a search.
    // The newest match is looked for, where the statement would look first.
    let anyMatch = "SELECT 1 FROM \(fts) WHERE \(fts) MATCH ? ORDER BY rowid DESC LIMIT 1"
    guard try Int.fetchOne(db.cachedStatement(sql: anyMatch), arguments: [expression]) != nil
    else { return [] }
    // Ranking reads every candidate's positions: bm25 over a word found in a quarter of a
    // million rows costs half a second. So only the newest `candidateCap` matches (rowids
    // grow with insertion) are ranked, and snippets are made for the few that are shown. Equal
    // ranks put the newest first.
    // Only what the viewer may see is a candidate: the cap applies after need-to-know, so an
    // officer on a few operations still finds their newest matches.
    // Snippets are made by matching the index again for each shown row, which finds a word's
    // row in its list at once. A prefix of several words (one of a single word is searched as
    // that word, see `SearchVocabulary`) has no list of its own: each match merges the lists
    // of all its words (`guaya*` on a million entries: 20 matches, 135 ms), so then the index
    // is matched once over the shown rows' range instead (the CROSS JOIN keeps it outside),
    // which for a plain word reads every match in the range (1.5 ms more on 20,000 items).
    let visible = AccessRules.reads.record(kind.entity, "t").map { " AND " + $0 } ?? ""
    // An action item's operation is read from its scope row before its own row, in that
    // order: a match on an operation the viewer does not see is then skipped for a few bytes
    // rather than a page (see `ActionScope`). A missing scope row reads as NULL, which skips
    // nothing.
    let (items, skipped) =
      kind == .action
      ? (
        "LEFT JOIN action_scope s ON s.item = \(fts).rowid CROSS JOIN \(table) t",
        " AND " + AccessRules.reads.actionScope("s")
      ) : ("JOIN \(table) t", "")
    let shownRows =
      SearchQuery.hasPrefix(expression)
      ? """
      FROM \(fts) CROSS JOIN shown ON shown.rowid = \(fts).rowid
      JOIN \(table) t ON t.rowid = shown.rowid
      WHERE \(fts) MATCH ?1
        AND \(fts).rowid BETWEEN (SELECT min(rowid) FROM shown) AND (SELECT max(rowid) FROM shown)
      """
      : """
      FROM shown JOIN \(fts) ON \(fts).rowid = shown.rowid AND \(fts) MATCH ?1
      JOIN \(table) t ON t.rowid = shown.rowid
      """
    // Ten statements (a kind, with or without a prefix) whatever is searched: kept in the
    // connection's cache. Rows are decoded from the cursor, as a list page's are.
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          WITH candidate AS (
            SELECT \(fts).rowid AS rowid, \(SearchRank.name)(\(fts), \(weights)) AS rank FROM \(fts)
            \(items) ON t.rowid = \(fts).rowid
            WHERE \(fts) MATCH ?1\(skipped) AND t.deleted_at IS NULL\(visible)
            ORDER BY \(fts).rowid DESC LIMIT ?2),
          shown AS (
            SELECT rowid, rank FROM candidate ORDER BY rank, rowid DESC LIMIT ?3)
          SELECT t.id AS id, \(ref) AS ref, \(title) AS title, \(meeting) AS meeting_id, \(markings),
            snippet(\(fts), -1, '\(open)', '\(close)', '…', 12) AS snippet, shown.rank AS rank
          \(shownRows)
          ORDER BY shown.rank, shown.rowid DESC
          """), arguments: [expression, candidateCap, limit])
    return try Array(
      rows.map { row in
        SearchHit(
          kind: kind, id: try row.decodeID(forColumn: "id"), ref: try row.decode(forColumn: "ref"),
          title: try row.decode(forColumn: "title"),
          snippet: parts(try row.decode(forColumn: "snippet")),
          rank: try row.decode(forColumn: "rank"),
          meetingID: try row.decodeID(forColumn: "meeting_id"),
          markings: try row.decode(TLP?.self, forColumn: "tlp").map { tlp in
            Markings(
              handling: try row.decode(forColumn: "handling"), tlp: tlp,
              classification: try row.decode(forColumn: "classification"))
          })
      })
  }

  /// A snippet cut at its markers. Each marker is one scalar, and a control character, so a
  /// character of its own: found among the scalars rather than by Foundation's `range(of:)`,
  /// which copies the text into UTF-16 at each call.
  static func parts(_ snippet: String) -> [SnippetPart] {
    let (open, close) = (Self.open.unicodeScalars.first!, Self.close.unicodeScalars.first!)
    var parts: [SnippetPart] = []
    var rest = Substring(snippet)
    while !rest.isEmpty {
      guard let start = rest.unicodeScalars.firstIndex(of: open) else {
        parts.append(SnippetPart(text: String(rest), isMatch: false))
        break
      }
      if start > rest.startIndex {
        parts.append(SnippetPart(text: String(rest[..<start]), isMatch: false))
      }
      let afterOpen = rest[rest.unicodeScalars.index(after: start)...]
      let end = afterOpen.unicodeScalars.firstIndex(of: close) ?? afterOpen.endIndex
      parts.append(SnippetPart(text: String(afterOpen[..<end]), isMatch: true))
      rest =
        end == afterOpen.endIndex ? "" : afterOpen[afterOpen.unicodeScalars.index(after: end)...]
    }
    return parts
  }
}
