import Foundation

/// A modal layer over the screen: it takes keys first.
public enum Overlay: Sendable, Equatable {
  case help(HelpOverlay)
  case prompt(PromptOverlay)
  case confirm(ConfirmOverlay)
  case picker(PickerOverlay)
  case commandLine(CommandLineOverlay)
}

/// What an overlay did with a key.
public enum OverlayOutcome: Sendable, Equatable {
  case stay
  case close
  case reply(Reply)
  /// A `:` command line to run.
  case command(String)
}

/// A question with a line of text for the answer: a note, a date, a search.
public struct PromptOverlay: Sendable, Equatable {
  public var tag: String
  public var label: String
  public var field: TextField
  /// A line under the field: what to type.
  public var help: String

  public init(tag: String, label: String, text: String = "", help: String = "") {
    self.tag = tag
    self.label = label
    self.field = TextField(text)
    self.help = help
  }

  public mutating func handle(_ key: Key) -> OverlayOutcome {
    switch key {
    case .escape: return .close
    case .enter: return .reply(.text(tag: tag, field.text))
    default:
      _ = field.handle(key)
      return .stay
    }
  }
}

/// A yes/no question for a destructive move. Cancel has the focus, so Enter alone never
/// destroys anything.
public struct ConfirmOverlay: Sendable, Equatable {
  public var tag: String
  public var question: String
  public var confirmLabel: String
  public var focusOnConfirm = false

  public init(tag: String, question: String, confirmLabel: String) {
    self.tag = tag
    self.question = question
    self.confirmLabel = confirmLabel
  }

  public mutating func handle(_ key: Key) -> OverlayOutcome {
    switch key {
    case .escape, .char("n"), .char("q"): return .close
    case .tab, .backTab, .left, .right, .char("h"), .char("l"):
      focusOnConfirm.toggle()
      return .stay
    case .enter, .char(" "): return focusOnConfirm ? .reply(.confirmed(tag: tag)) : .close
    default: return .stay
    }
  }
}

/// A list to choose from, filtered as one types: officers, operations, priorities.
public struct PickerOverlay: Sendable, Equatable {
  public struct Item: Sendable, Equatable {
    public var id: String
    public var label: String
    public var detail: String

    public init(id: String, label: String, detail: String = "") {
      self.id = id
      self.label = label
      self.detail = detail
    }
  }

  public var tag: String
  public var title: String
  public var items: [Item]
  public var filter = TextField()
  public var cursor = 0

  public init(tag: String, title: String, items: [Item]) {
    self.tag = tag
    self.title = title
    self.items = items
  }

  /// The items whose label or detail contain every typed word, accents and case ignored.
  public var shown: [Item] {
    let words = Folding.words(filter.text)
    guard !words.isEmpty else { return items }
    return items.filter { item in
      let haystack = Folding.fold(item.label + " " + item.detail)
      return words.allSatisfy { haystack.contains($0) }
    }
  }

  public mutating func handle(_ key: Key) -> OverlayOutcome {
    let count = shown.count
    switch key {
    case .escape: return .close
    case .enter:
      guard cursor < count else { return .stay }
      return .reply(.picked(tag: tag, id: shown[cursor].id))
    case .down, .ctrl("n"): cursor = min(max(0, count - 1), cursor + 1)
    case .up, .ctrl("p"): cursor = max(0, cursor - 1)
    case .pageDown: cursor = min(max(0, count - 1), cursor + 10)
    case .pageUp: cursor = max(0, cursor - 10)
    default:
      if filter.handle(key) { cursor = 0 }
    }
    return .stay
  }
}

/// The `?` help: every binding that applies here, grouped, generated from the action table.
public struct HelpOverlay: Sendable, Equatable {
  public var title: String
  public var lines: [(key: String, summary: String, isHeading: Bool)]
  public var top = 0

  public init(title: String, bindings: [Binding]) {
    self.title = title
    var groups: [String] = []
    for binding in bindings where !groups.contains(binding.group) { groups.append(binding.group) }
    var lines: [(String, String, Bool)] = []
    for group in groups {
      if !lines.isEmpty { lines.append(("", "", false)) }
      lines.append((group, "", true))
      for binding in bindings where binding.group == group {
        lines.append((binding.keys.map(\.label).joined(separator: " "), binding.summary, false))
      }
    }
    self.lines = lines
  }

  public static func == (a: HelpOverlay, b: HelpOverlay) -> Bool {
    a.title == b.title && a.top == b.top && a.lines.map(\.summary) == b.lines.map(\.summary)
  }

  public mutating func handle(_ key: Key, visibleRows: Int) -> OverlayOutcome {
    let last = max(0, lines.count - visibleRows)
    switch key {
    case .escape, .char("q"), .char("?"), .enter: return .close
    case .down, .char("j"): top = min(last, top + 1)
    case .up, .char("k"): top = max(0, top - 1)
    case .pageDown, .char(" "): top = min(last, top + visibleRows)
    case .pageUp: top = max(0, top - visibleRows)
    case .home, .char("g"): top = 0
    case .end, .char("G"): top = last
    default: break
    }
    return .stay
  }
}

/// Accent- and case-insensitive matching for filters typed by officers.
public enum Folding {
  public static func fold(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }

  public static func words(_ text: String) -> [String] {
    fold(text).split(whereSeparator: \.isWhitespace).map(String.init)
  }
}
