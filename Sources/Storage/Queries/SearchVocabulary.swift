import GRDB

/// A prefix that starts one word only of an index is searched as that word.
///
/// FTS5 answers a prefix by merging the lists of matches of every word it starts, whole,
/// before it returns a row: `guaya*` over a million minute entries reads all 218,000 matches
/// of `guayaquil`, once to rank and once more for the snippets, where the word itself is read
/// newest first and only as far as the 2,000 candidates ranked. The index's vocabulary (an
/// `fts5vocab` table) names the words a prefix starts, in two look-ups of a few hundred
/// microseconds: the first word at or after the prefix, then the one after it. None means the
/// kind has no match, and it is not searched; exactly one means the prefix and that word match
/// the same rows at the same places, so they rank alike and mark the same text; several keep
/// the prefix.
///
/// Only a prefix of ASCII letters and digits is looked up: the tokenizer keeps those as they
/// are but for case, so the vocabulary holds them as the lower-cased prefix. Any other prefix
/// (an accent the tokenizer folds, punctuation it splits on) is left to FTS5.
///
/// The vocabularies are temporary tables, made on a connection the first time it needs one,
/// and only on read-only connections: the console's reads and a large search's second
/// connection. A command's single connection reads with writes forbidden (`PRAGMA
/// query_only`), temporary tables included, and making the table would cost it about a
/// millisecond (its temporary database is opened for it), more than the prefix saves on any
/// but a large file: there prefixes are left to FTS5.
enum SearchVocabulary {
  /// The expression that finds `terms` in the FTS5 table `fts`, each prefix that starts one
  /// word only replaced by that word; nil when a prefix starts no word of it (nothing can match).
  static func expression(_ terms: [SearchTerm], in fts: String, _ db: Database) throws -> String? {
    var found: [SearchTerm] = []
    for term in terms {
      guard term.isPrefix, isPlain(term.word), db.configuration.readonly else {
        found.append(term)
        continue
      }
      switch try words(startingWith: term.word.lowercased(), in: fts, db) {
      case .none: return nil
      case .one(let word): found.append(SearchTerm(word: word, isPrefix: false))
      case .several: found.append(term)
      }
    }
    return SearchQuery.expression(found)
  }

  private enum Words {
    case none
    case one(String)
    case several
  }

  private static func words(
    startingWith prefix: String, in fts: String, _ db: Database
  ) throws -> Words {
    let vocabulary = "temp.\(fts)_words"
    try db.execute(
      sql:
        "CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, \(fts), instance)"
    )
    // The vocabulary is in byte order; a word's successor is at or after the word followed by
    // U+0001, which no word holds (the tokenizer splits on control characters).
    let next = try db.cachedStatement(
      sql: "SELECT term FROM \(vocabulary) WHERE term >= ? LIMIT 1")
    func starts(_ word: String?) -> Bool { word?.utf8.starts(with: prefix.utf8) ?? false }
    guard let first = try String.fetchOne(next, arguments: [prefix]), starts(first) else {
      return .none
    }
    return starts(try String.fetchOne(next, arguments: [first + "\u{1}"])) ? .several : .one(first)
  }

  /// Whether the tokenizer keeps `word` as one token, changing only its case.
  private static func isPlain(_ word: String) -> Bool {
    !word.isEmpty
      && word.utf8.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "A")...UInt8(ascii: "Z"):
          true
        default: false
        }
      }
  }
}
