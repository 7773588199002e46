import CaseModel
import Foundation
import Fuzzing
import GRDB
import Testing

@testable import Storage

@Suite("Full-text search")
struct SearchTests {
  /// The fixture with names and places that carry accents.
  struct World {
    let f: Fixture
    let joao: Officer
    let meeting: Meeting
    let titled: ActionItem
    let detailed: ActionItem

    init(_ temp: TemporaryStore) throws {
      f = try Fixture(temp.store)
      joao = try f.store.addOfficer(
        Officer(
          handle: "silva.j", name: "João Silva", organisationID: f.pj.id,
          countryID: Country.id(forCode: "PT"), role: .liaisonOfficer), as: f.me)
      meeting = try f.meeting("Coordination with Brazil", place: "São Paulo")
      titled = try f.action("Esperanza crew list")
      detailed = try f.action(
        "Crew list for the courier route",
        details: "Cross-check the passengers with the crew of the Esperanza and other vessels.")
      for index in 1...5 { _ = try f.action("Unrelated task \(index)") }
    }
  }

  func kinds(_ results: SearchResults) -> [SearchKind] { results.groups.map(\.kind) }

  func ids(_ results: SearchResults, _ kind: SearchKind) -> [UUID] {
    results.groups.first { $0.kind == kind }?.hits.map(\.id) ?? []
  }

  @Test func accentsAndCaseDoNotMatter() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    for query in ["bogota", "BOGOTA", "Bogotá", "Bogota\u{301}"] {
      #expect(ids(try store.search(query), .operation) == [world.f.operation.id], "\(query)")
    }
    for query in ["joao", "JOÃO", "João"] {
      #expect(ids(try store.search(query), .officer) == [world.joao.id], "\(query)")
    }
    for query in ["sao paulo", "SÃO PAULO", "paulo sao"] {
      #expect(ids(try store.search(query), .meeting) == [world.meeting.id], "\(query)")
    }
    #expect(ids(try store.search("gomez"), .officer) == [world.f.luis.id])
  }

  @Test func everyWordMustMatch() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    #expect(try world.f.store.search("sao paulo lisboa").count == 0)
    #expect(try world.f.store.search("crew list").count == 2)
  }

  @Test func actionUpdateNotesAreSearchable() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    #expect(try store.search("guardia").count == 0)
    _ = try store.changeAction(
      world.titled.id, ActionChange(), note: "Waiting for the Guardia Civil in Algeciras",
      as: world.f.me)
    let results = try store.search("guardia algeciras")
    #expect(kinds(results) == [.action])
    #expect(ids(results, .action) == [world.titled.id])
  }

  @Test func deletedRecordsVanish() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    #expect(ids(try store.search("esperanza"), .action).count == 2)
    try store.write(as: world.f.me) { try $0.delete(world.titled) }
    #expect(ids(try store.search("esperanza"), .action) == [world.detailed.id])
    try store.write(as: world.f.me) { try $0.delete(world.joao) }
    #expect(try store.search("joao").count == 0)
    try store.write(as: world.f.me) { try $0.restore(world.joao) }
    #expect(ids(try store.search("joao"), .officer) == [world.joao.id])
  }

  /// A word in more records than are ranked: the newest matches are ranked, so the best
  /// match of all, if older than them, is not among the results; one match fewer and it is.
  @Test func onlyTheNewestMatchesAreRanked() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let cap = SearchQueries.candidateCap
    let best = try f.action("Radar radar radar radar contact")
    let others = try f.store.write(as: f.me) { w in
      try (1...cap).map { index in
        let item = try w.addAction(
          ActionItem(
            title: "Routine radar check \(index) of the patrol sector", ownerID: f.me.id,
            markings: .standard),
          coOwners: [], inheritMarkings: false)
        try w.audit()
        return item
      }
    }
    let capped = try f.store.search("radar", limitPerKind: 5)
    #expect(ids(capped, .action).count == 5)
    #expect(!ids(capped, .action).contains(best.id))
    try f.store.write(as: f.me) { try $0.delete(others[0]) }
    let ranked = try f.store.search("radar", limitPerKind: 5)
    #expect(ids(ranked, .action).first == best.id)
  }

  @Test func resultsAreGroupedByKindAndRanked() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    let entry = try store.addMinuteEntry(
      world.meeting.id, kind: .information, text: "Esperanza left Cartagena on Monday.",
      as: world.f.me
    ).entry
    let results = try store.search("esperanza")
    #expect(kinds(results) == [.operation, .minute, .action])
    #expect(results.groups.allSatisfy { group in group.hits.allSatisfy { $0.kind == group.kind } })
    #expect(ids(results, .minute) == [entry.id])
    // A title match ranks above a match in the details.
    #expect(ids(results, .action) == [world.titled.id, world.detailed.id])
    let ranks = results.groups.flatMap { $0.hits.map(\.rank) }
    #expect(ranks.allSatisfy { $0 < 0 }, "bm25: lower is better")
    let actionHits = try #require(results.groups.first { $0.kind == .action }?.hits)
    #expect(actionHits[0].rank < actionHits[1].rank)
    #expect(actionHits[0].ref == world.titled.ref)
    #expect(actionHits[0].title == "Esperanza crew list")
    #expect(try store.search("esperanza", limitPerKind: 1).count == 3)
  }

  @Test func snippetsMarkTheMatchedWords() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let results = try world.f.store.search("bogota lisboa")
    let hit = try #require(results.groups.first?.hits.first)
    let matched = hit.snippet.filter(\.isMatch).map(\.text)
    #expect(matched == ["Bogotá", "Lisboa"])
    #expect(hit.snippet.map(\.text).joined() == world.f.operation.summary)
    #expect(hit.snippet.allSatisfy { !$0.text.contains("\u{2}") && !$0.text.contains("\u{3}") })
  }

  @Test func aTrailingStarMatchesAPrefix() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let results = try world.f.store.search("esper*")
    #expect(ids(results, .operation) == [world.f.operation.id])
    #expect(Set(ids(results, .action)) == [world.titled.id, world.detailed.id])
    #expect(try world.f.store.search("esper").count == 0, "without the star, a whole word")
  }

  /// A prefix's snippets are made another way than a word's (see `SearchQueries.hits`): both
  /// must show the same records, with the word marked where it was found.
  @Test func aPrefixShowsTheSameSnippetsAsItsWord() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let word = try world.f.store.search("esperanza")
    let prefix = try world.f.store.search("esperan*")
    #expect(word.count > 2)
    for kind in SearchKind.allCases {
      let byWord = word.groups.first { $0.kind == kind }?.hits ?? []
      let byPrefix = prefix.groups.first { $0.kind == kind }?.hits ?? []
      #expect(Set(byWord.map(\.id)) == Set(byPrefix.map(\.id)), "\(kind)")
      for hit in byPrefix {
        let same = try #require(byWord.first { $0.id == hit.id })
        #expect(hit.snippet == same.snippet, "\(kind) \(hit.ref)")
        #expect(hit.snippet.contains { $0.isMatch }, "\(kind) \(hit.ref)")
      }
    }
  }

  /// A prefix that starts one word of an index is searched as that word (see
  /// `SearchVocabulary`), on the console's read-only connections: the same records, ranked
  /// alike, with the same text marked, as the word itself and as FTS5's own prefix (the
  /// command line's writable connection).
  @Test func aPrefixOfOneWordIsThatWord() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let console = try Store.open(path: temp.path, interactive: true)
    defer { try? console.close() }
    console.viewer = .everything
    let cases = [
      ("Esperan* crew c* joã*", "action_item_fts"), ("Esperan*", "officer_fts"),
      ("crew zyx*", "action_item_fts"),
    ]
    let expressions = try console.read { db in
      try cases.map { text, fts in
        try SearchVocabulary.expression(try SearchQuery.terms(text), in: fts, db)
      }
    }
    #expect(
      expressions[0] == #""esperanza" AND "crew" AND "c" * AND "joã" *"#,
      "one word: that word; several (crew, courier, cross…): the prefix; not ASCII: the prefix")
    #expect(expressions[1] == nil, "no officer's name starts with esperan")
    #expect(expressions[2] == nil, "no word starts with zyx")
    let unchanged = try temp.store.read { db in
      try cases.map { text, fts in
        try SearchVocabulary.expression(try SearchQuery.terms(text), in: fts, db)
      }
    }
    #expect(unchanged == (try cases.map { try SearchQuery.expression($0.0) }))
    for (prefix, word) in [
      ("esperan*", "esperanza"), ("Vess*", "vessels"), ("pass*", "passengers"),
    ] {
      let byWord = try console.search(word)
      #expect(byWord.count > 0, "\(word)")
      for store in [console, temp.store] {
        #expect(
          try store.search(prefix).groups.map { $0.hits } == byWord.groups.map { $0.hits },
          "\(prefix) \(word)")
      }
    }
    for store in [console, temp.store] {
      #expect(try store.search("zyx*").count == 0)
      #expect(try store.search("esperanza zyx*").count == 0)
      #expect(Set(ids(try store.search("cr*"), .action)) == [world.titled.id, world.detailed.id])
      #expect(ids(try store.search("joã*"), .officer) == [world.joao.id])
      #expect(ids(try store.search("JOAO*"), .officer) == [world.joao.id])
    }
  }

  /// A kind the words are not in is not ranked: its statement, with need-to-know in it, is
  /// neither prepared nor run. The kinds that hold the words still are.
  @Test func onlyTheKindsThatHoldTheWordsAreRanked() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let terms = try SearchQuery.terms("courier")
    let (hits, ranked) = try temp.store.read { db in
      var ranked: [String] = []
      db.trace(options: .statement) { event in
        if case .statement(let statement) = event, statement.sql.hasPrefix("WITH candidate") {
          ranked.append(statement.sql.components(separatedBy: " ").first { $0.hasSuffix("_fts") }!)
        }
      }
      defer { db.trace(options: [], nil) }
      let hits = try SearchKind.allCases.map { kind in
        (kind, try SearchQueries.hits(db, kind, terms, limit: 20).map(\.id))
      }
      return (hits, ranked)
    }
    #expect(ranked == ["action_item_fts"])
    #expect(hits.filter { !$0.1.isEmpty }.map(\.0) == [.action])
    #expect(hits.flatMap(\.1) == [world.detailed.id])
  }

  /// `liaison_rank` spares bm25's count of a single phrase's rows (see `SearchRank`): for one
  /// phrase its scores must be bm25's divided by one same positive number, so that the order
  /// is bm25's; for several phrases they must be bm25's own. Checked on every index, with the
  /// columns weighted, over texts of every length built from the hostile corpus.
  @Test func theRankIsBM25sOrder() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let words = ["radar", "radars", "vessel", "ráðar", "Radar"]
    var fuzz = FuzzText(seed: 6)
    for index in 0..<60 {
      let repeated = Array(repeating: words[index % words.count], count: 1 + index % 4)
      // A word in few rows, so that its weight is not bm25's floor (a word in more than half
      // the rows weighs 1e-6, which would hide a wrong count).
      let title = (repeated + (index % 10 == 0 ? ["contraband"] : [])).joined(separator: " ")
      let details = index % 3 == 0 ? "" : String(repeating: "vessel radar ", count: index % 7)
      let hostile = [fuzz.next(), FuzzText.corpusLines[index % FuzzText.corpusLines.count]]
      // Text the store refuses (control characters) is left out, not the record.
      if (try? f.action(title + " " + hostile[0], details: details + hostile[1])) == nil {
        _ = try f.action(title, details: details)
      }
      let meeting = try f.meeting("Meeting \(index)").id
      if (try? f.store.addMinuteEntry(
        meeting, kind: .information, text: title + " " + details + hostile[1], as: f.me)) == nil
      {
        _ = try f.store.addMinuteEntry(
          meeting, kind: .information, text: title + " " + details, as: f.me)
      }
    }
    let indexes = [("action_item_fts", "5.0, 1.0, 1.0"), ("minute_entry_fts", "1.0")]
    for (fts, weights) in indexes {
      for text in [
        "radar", "rad*", "vessel", "contraband", "radar vessel", "vess* radar", "contraband radar",
        "contra* vessel",
      ] {
        let expression = try SearchQuery.expression(text)
        let rows = try f.store.read { db in
          try Row.fetchAll(
            db,
            sql: """
              SELECT bm25(\(fts), \(weights)) AS bm25, liaison_rank(\(fts), \(weights)) AS ours
              FROM \(fts) WHERE \(fts) MATCH ? ORDER BY rowid
              """, arguments: [expression]
          ).map { (bm25: $0["bm25"] as Double, ours: $0["ours"] as Double) }
        }
        #expect(rows.count >= (text.contains("contra") ? 4 : 10), "\(fts) \(text)")
        #expect(rows.allSatisfy { $0.ours < 0 }, "\(fts) \(text)")
        let ratios = rows.map { $0.bm25 / $0.ours }
        let ratio = try #require(ratios.first)
        #expect(ratio > 0)
        #expect(ratios.allSatisfy { abs($0 - ratio) < 1e-9 * ratio }, "\(fts) \(text)")
        if text.contains(" ") {
          #expect(abs(ratio - 1) < 1e-12, "several phrases: bm25's own scores, \(fts) \(text)")
        }
      }
    }
  }

  @Test("Only a phrase's closing quote and a star make a prefix")
  func prefixExpressions() throws {
    #expect(SearchQuery.hasPrefix(try SearchQuery.expression("esper*")))
    #expect(SearchQuery.hasPrefix(try SearchQuery.expression("joint esper*")))
    for text in ["esperanza", "a\" *b", "\"quoted\" word", "*lead", "x\"*"] {
      let expression = try SearchQuery.expression(text)
      #expect(SearchQuery.hasPrefix(expression) == text.hasSuffix("*"), "\(text): \(expression)")
    }
  }

  @Test func queryTextIsNeverSyntax() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    let hostile = try store.addAction(
      ActionItem(
        title: "title: secret NEAR the 'DROP TABLE action_item' memo", ownerID: world.f.luis.id,
        markings: .standard), as: world.f.me)
    #expect(ids(try store.search("title: secret"), .action) == [hostile.id])
    #expect(ids(try store.search("'; DROP TABLE action_item; --"), .action) == [hostile.id])
    let unbalanced = storeError { _ = try store.search("\"unbalanced AND NEAR( * OR -") }
    #expect(unbalanced == nil)
    for punctuation in ["*", "\"\"", "- ( ) :", "   ", ""] {
      #expect(storeError { _ = try store.search(punctuation) }?.code == .conflict, "\(punctuation)")
    }
    #expect(try store.countActions(ActionFilter()) == 8, "the action table is still there")
  }

  @Test func theHostileCorpusNeverReachesSQLiteAsSyntax() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let entries = try HostileCorpus.entries()
    #expect(entries.count >= 35)
    // The console's read-only connections look prefixes up in the index's vocabulary.
    let console = try Store.open(path: temp.path, interactive: true)
    defer { try? console.close() }
    console.viewer = .everything
    for entry in entries {
      for query in [entry.text, entry.text + "*", "esperanza " + entry.text, entry.text + " esp*"] {
        let error = storeError {
          _ = try world.f.store.search(query)
          _ = try console.search(query)
        }
        if entry.text.unicodeScalars.contains("\u{0}") {
          #expect(
            error == nil || error?.code == .conflict,
            "\(entry.name): \(String(describing: error))")
        } else {
          #expect(
            error == nil || error?.code == .conflict, "\(entry.name): \(String(describing: error))")
        }
      }
    }
    #expect(try world.f.store.check() == [])
  }
}
