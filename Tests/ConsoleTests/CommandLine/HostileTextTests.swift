import Foundation
import Testing

/// One string of the shared hostile-text corpus.
struct HostileText: Sendable, Decodable {
  let name: String
  let text: String

  /// The corpus in `Tests/Corpus`; lines that do not decode are skipped, as the corpus README
  /// allows for its lone surrogate.
  static let corpus: [HostileText] = {
    let url = packageRoot().appendingPathComponent("Tests/Corpus/hostile-text.jsonl")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return data.split(separator: UInt8(ascii: "\n")).compactMap {
      try? JSONDecoder().decode(HostileText.self, from: Data($0))
    }
  }()

  /// The kernel passes arguments as C strings: a NUL cannot be inside one.
  var passable: Bool { !text.unicodeScalars.contains("\0") }

  /// What the store keeps of accepted text: NFC, trimmed, and for multi-line text CRLF as LF.
  func stored(multiline: Bool) -> String {
    let text = multiline ? self.text.replacingOccurrences(of: "\r\n", with: "\n") : self.text
    return text.precomposedStringWithCanonicalMapping
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

extension LiaisonCLI {
  @Suite("hostile text never crashes liaison nor reaches the terminal raw")
  struct HostileTextTests {
    /// Where a string goes.
    enum Use: String, CaseIterable, Sendable {
      case actionTitle = "action title"
      case actionNote = "action note"
      case minutesEntry = "minutes entry"
      case searchQuery = "search query"
      case officerReference = "officer reference"
    }

    @Test("the corpus is there")
    func corpusLoads() {
      #expect(HostileText.corpus.count >= 30, "read \(HostileText.corpus.count) strings")
    }

    @Test("each corpus string, used as", arguments: Use.allCases)
    func hostile(_ use: Use) async throws {
      let db = try await TestDatabase.demo("hostile")
      let meeting = try await db.meetingTakingMinutes()
      let action = try await db.openAction()
      // What was accepted, by the reference of the record that holds it; read back at the end
      // in one go, which is also when the most hostile text is on screen at once.
      var accepted: [(ref: String, sample: HostileText)] = []
      for sample in HostileText.corpus where sample.passable {
        switch use {
        case .actionTitle:
          let added = try await check(
            db, sample, ["action", "add", sample.text, "--owner", "ribeiro"])
          guard added.status == 0 else { continue }
          let ref = String(added.out.split(separator: " ").last ?? "").trimmingCharacters(
            in: .newlines)
          accepted.append((ref, sample))
          _ = try await check(db, sample, ["action", "show", ref])
          let shown = try await check(db, sample, ["action", "show", ref, "--json"])
          let title = (try? JSON.parse(shown.stdout))?["action"]?["title"]?.string
          #expect(title == sample.stored(multiline: false), "\(sample.name)")
        case .actionNote:
          let noted = try await check(db, sample, ["action", "note", action, sample.text])
          if noted.status == 0 { accepted.append((action, sample)) }
        case .minutesEntry:
          let added = try await check(
            db, sample, ["minutes", "add", meeting, "--kind", "information", sample.text])
          if added.status == 0 {
            accepted.append((String(added.out.split(separator: " ")[2]), sample))
          }
        case .searchQuery:
          _ = try await check(db, sample, ["search", sample.text])
          _ = try await check(db, sample, ["search", "--json", sample.text])
        case .officerReference:
          _ = try await check(db, sample, ["officer", "show", sample.text])
          _ = try await check(db, sample, ["action", "list", "--owner", sample.text])
        }
      }
      switch use {
      case .actionTitle:
        #expect(accepted.count >= 15)
        let table = try await read(db, ["action", "list", "--status", "all", "--limit", "1000"])
        for (ref, _) in accepted { #expect(table.out.contains(ref)) }
      case .actionNote:
        #expect(accepted.count >= 15)
        _ = try await read(db, ["action", "show", action])
        let shown = try await read(db, ["action", "show", action, "--json"])
        let notes = (try JSON.parse(shown.stdout)["action"]?["updates"]?.array ?? [])
          .compactMap { $0["note"]?.string }.suffix(accepted.count)
        #expect(Array(notes) == accepted.map { $0.sample.stored(multiline: true) })
      case .minutesEntry:
        #expect(accepted.count >= 15)
        _ = try await read(db, ["meeting", "show", meeting])
        let shown = try await read(db, ["meeting", "show", meeting, "--json"])
        let entries = try JSON.parse(shown.stdout)["meeting"]?["minutes"]?.array ?? []
        let texts = Dictionary(
          entries.map { ($0["ref"]?.string ?? "", $0["text"]?.string ?? "") },
          uniquingKeysWith: { $1 })
        for (ref, sample) in accepted {
          #expect(texts[ref] == sample.stored(multiline: true), "\(sample.name)")
        }
      case .searchQuery, .officerReference: break
      }
    }

    /// Runs a command with hostile text: it must end by itself with 0 or 1, and its output
    /// must hold no byte that drives a terminal.
    private func check(
      _ db: TestDatabase, _ sample: HostileText, _ arguments: [String],
      sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessOutput {
      let result = try await db.run(arguments)
      #expect(
        !result.signalled, "\(sample.name): \(result.summary)", sourceLocation: sourceLocation)
      // A reference longer than SQLite's LIKE pattern limit (50,000 bytes) must still be an
      // unknown record (1), not an unusable database (2).
      #expect(
        [0, 1].contains(result.status), "\(sample.name): \(result.summary)",
        sourceLocation: sourceLocation)
      if result.status == 1 {
        #expect(
          result.errLines.count == 1, "\(sample.name): \(result.summary)",
          sourceLocation: sourceLocation)
      }
      if let raw = RawControl.first(in: result.stderr) {
        Issue.record(
          "\(sample.name): stderr holds \(raw): \(result.summary)", sourceLocation: sourceLocation)
      }
      // JSON escapes these characters too, so that it is safe on a terminal as well.
      if let raw = RawControl.first(in: result.stdout) {
        Issue.record(
          "\(sample.name): stdout holds \(raw): \(result.summary)", sourceLocation: sourceLocation)
      }
      return result
    }

    /// Reads back every accepted string at once: it must succeed, with clean output.
    private func read(
      _ db: TestDatabase, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> ProcessOutput {
      let all = HostileText(name: "every accepted string", text: "")
      let result = try await check(db, all, arguments, sourceLocation: sourceLocation)
      #expect(result.status == 0, "\(result.summary)", sourceLocation: sourceLocation)
      return result
    }
  }
}
