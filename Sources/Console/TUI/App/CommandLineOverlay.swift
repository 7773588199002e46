/// The `:` command line: a prompt with completion (Tab) and history (↑ ↓).
///
/// Command names come from the action table (every action is a command: `:done`,
/// `:postpone`) plus the commands that take an argument (`:op TF-MAR`, `:goto 3`,
/// `:theme light`). The program gives the words to complete with when it opens the line.
public struct CommandLineOverlay: Sendable, Equatable {
  /// The words that may follow each command (the first word), for completion.
  public struct Completions: Sendable, Equatable {
    public var commands: [String]
    public var arguments: [String: [String]]

    public init(commands: [String], arguments: [String: [String]]) {
      self.commands = commands
      self.arguments = arguments
    }
  }

  public var field = TextField()
  public var history: [String]
  public var completions: Completions
  /// Candidates shown after an ambiguous Tab.
  public var candidates: [String] = []
  private var historyIndex: Int?
  private var draft = ""

  public init(history: [String], completions: Completions) {
    self.history = history
    self.completions = completions
  }

  public mutating func handle(_ key: Key) -> OverlayOutcome {
    switch key {
    case .escape: return .close
    case .enter:
      let line = field.text.trimmingCharacters(in: .whitespaces)
      return line.isEmpty ? .close : .command(line)
    case .tab:
      complete()
    case .up:
      recall(older: true)
    case .down:
      recall(older: false)
    case .backspace where field.text.isEmpty:
      return .close
    default:
      if field.handle(key) {
        candidates = []
        historyIndex = nil
      }
    }
    return .stay
  }

  private mutating func recall(older: Bool) {
    guard !history.isEmpty else { return }
    if historyIndex == nil { draft = field.text }
    let current = historyIndex ?? history.count
    let next = older ? max(0, current - 1) : current + 1
    if next >= history.count {
      historyIndex = nil
      field.set(draft)
    } else {
      historyIndex = next
      field.set(history[next])
    }
  }

  /// Completes the word before the cursor: a unique match is filled in; several fill their
  /// common prefix and are listed.
  mutating func complete() {
    let text = field.text
    let endsWithSpace = text.last == " "
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let partial = endsWithSpace ? "" : (words.popLast() ?? "")
    let pool: [String]
    if words.isEmpty {
      pool = completions.commands
    } else {
      pool = completions.arguments[words[0]] ?? []
    }
    let folded = Folding.fold(partial)
    let matches = pool.filter { Folding.fold($0).hasPrefix(folded) }
    guard !matches.isEmpty else {
      candidates = []
      return
    }
    let completed: String
    if matches.count == 1 {
      completed = matches[0] + " "
      candidates = []
    } else {
      completed = commonPrefix(matches)
      candidates = Array(matches.prefix(40))
    }
    field.set((words + [completed]).joined(separator: " "))
  }

  private func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var length = 0
      while length < min(prefix.count, characters.count),
        Folding.fold(String(prefix[length])) == Folding.fold(String(characters[length]))
      {
        length += 1
      }
      prefix = Array(prefix.prefix(length))
    }
    return String(prefix)
  }
}
