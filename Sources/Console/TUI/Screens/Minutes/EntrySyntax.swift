import CaseModel
import Foundation
import Storage

/// How the entry line is read: written for typing while people talk, so everything an entry
/// needs fits on one line in words an officer would jot down anyway.
///
/// `a Request AIS track of MV Esperanza @ribeiro due:fri !high` is an action owned by
/// ribeiro, due next Friday, of high priority; `# Asset recovery` moves the line under an
/// agenda heading. Only action lines give `@`, `due:`, `!` and `op:` a meaning: in
/// information and decisions an `@handle` is just a mention.
enum EntrySyntax {
  /// The kinds a line may start with, by their one-letter prefix.
  static let prefixes: [String: EntryKind] = ["i": .information, "d": .decision, "a": .action]

  /// The kind a line starts with (`a ` → action), and the rest of the line.
  static func prefix(_ text: String) -> (kind: EntryKind, rest: String)? {
    guard text.count >= 2, let letter = text.first,
      text.dropFirst().first == " ", let kind = prefixes[String(letter)]
    else { return nil }
    return (kind, String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces))
  }

  /// The agenda heading of a `# Title` line, trimmed; nil for any other line.
  static func heading(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("#") else { return nil }
    return String(trimmed.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
  }

  /// A line taken apart, before its owner and date are looked up.
  struct Parsed: Equatable {
    var kind: EntryKind
    var text: String
    var owner: String?
    var due: String?
    var priority: Priority?
    var operation: String?
  }

  /// Splits an action line into its text and its `@owner`, `due:`, `!priority` and `op:`
  /// words; other kinds keep every word as text.
  static func parse(_ line: String, kind: EntryKind) -> Parsed {
    var kind = kind
    var text = line.trimmingCharacters(in: .whitespaces)
    if let (prefixed, rest) = prefix(text) {
      kind = prefixed
      text = rest
    }
    var parsed = Parsed(kind: kind, text: text)
    guard kind == .action else { return parsed }
    var words: [Substring] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let bare = word.trimmingCharacters(in: trailingPunctuation)
      if bare.count > 1, bare.hasPrefix("@"), parsed.owner == nil {
        parsed.owner = String(bare.dropFirst())
      } else if let value = value(of: bare, after: "due:"), parsed.due == nil {
        parsed.due = value
      } else if let value = value(of: bare, after: "op:"), parsed.operation == nil {
        parsed.operation = value
      } else if bare.hasPrefix("!"), parsed.priority == nil, let found = priority(bare) {
        parsed.priority = found
      } else {
        words.append(word)
      }
    }
    parsed.text = words.filter { !$0.isEmpty }.joined(separator: " ")
    return parsed
  }

  /// Words that only actions take, found in a line of another kind: they would end up in
  /// the minutes as text, which is almost never what was meant.
  static func actionWords(in line: String) -> String? {
    line.split(separator: " ").first { word in
      let lower = word.lowercased()
      return lower.hasPrefix("due:") || (lower.hasPrefix("!") && priority(lower) != nil)
    }.map(String.init)
  }

  /// A priority by its name or the start of it: `!high`, `!h`, `!urgent`.
  static func priority(_ word: String) -> Priority? {
    let name = word.dropFirst().lowercased()
    guard !name.isEmpty else { return nil }
    return Priority.allCases.first { $0.rawValue.hasPrefix(name) }
  }

  private static func value(of word: String, after key: String) -> String? {
    guard word.lowercased().hasPrefix(key) else { return nil }
    return String(word.dropFirst(key.count))
  }

  /// `@ribeiro,` names ribeiro: punctuation typed after a word is not part of it.
  private static let trailingPunctuation = CharacterSet(charactersIn: ",;:")

  // MARK: - Officers

  /// Officers whose handle, or a word of whose name, starts with `stem`, accents and case
  /// ignored: handle matches first, then names, each alphabetical.
  static func candidates(_ stem: String, in officers: [Officer]) -> [Officer] {
    let wanted = Folding.fold(stem)
    let byHandle = officers.filter { Folding.fold($0.handle).hasPrefix(wanted) }
    let byName = officers.filter { officer in
      !byHandle.contains(officer)
        && Folding.words(officer.name).contains { $0.hasPrefix(wanted) }
    }
    return byHandle.sorted { $0.handle < $1.handle } + byName.sorted { $0.handle < $1.handle }
  }

  /// The officer `@stem` names: an exact handle, else the only officer it can mean.
  static func owner(_ stem: String, in officers: [Officer]) -> Result<Officer, EntryRefusal> {
    let wanted = Folding.fold(stem)
    if let exact = officers.first(where: { Folding.fold($0.handle) == wanted }) {
      return .success(exact)
    }
    let found = candidates(stem, in: officers)
    if found.count == 1 { return .success(found[0]) }
    if found.isEmpty {
      return .failure(
        EntryRefusal("no officer has the handle @\(stem); Tab after @ completes handles"))
    }
    let listed = found.prefix(5).map(\.handle).joined(separator: ", ")
    return .failure(
      EntryRefusal(
        "@\(stem) could be \(listed)\(found.count > 5 ? ", …" : ""); Tab after @ completes"))
  }
}

/// Why the entry line was not added: said in the status bar, with the line kept as it was.
struct EntryRefusal: Error, Equatable {
  let message: String
  init(_ message: String) { self.message = message }
}
