/// A key press, as the console understands it.
public enum Key: Hashable, Sendable {
  case char(Character)
  /// Ctrl with a letter: `.ctrl("l")` is Ctrl-L.
  case ctrl(Character)
  /// Alt (Meta) with a key: `.alt("b")` is Alt-b, a word back in text.
  case alt(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case enter, escape, tab, backTab, backspace, delete, insert
  case function(Int)
  /// The terminal changed size.
  case resize
  /// Text pasted at once (bracketed paste).
  case paste(String)

  /// Parses the way keys are written in `keys.toml` and the help: `j`, `G`, `?`, `ctrl-l`,
  /// `enter`, `esc`, `space`, `tab`, `shift-tab`, `pgdn`, `up`, `f1`.
  public init?(spec: String) {
    let text = spec.trimmingCharacters(in: .whitespaces)
    let lower = text.lowercased()
    if text.count == 1, let character = text.first {
      self = .char(character)
      return
    }
    for prefix in ["alt-", "alt+", "m-", "meta-"] where lower.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      guard rest.count == 1, let key = rest.first else { return nil }
      self = .alt(key)
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      guard rest.count == 1, let letter = rest.first, letter.isLetter, letter.isASCII else {
        return nil
      }
      self = .ctrl(letter)
      return
    }
    if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      self = .function(number)
      return
    }
    guard let named = Key.names[lower] else { return nil }
    self = named
  }

  private static let names: [String: Key] = [
    "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
    "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
    "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "bs": .backspace,
    "delete": .delete, "del": .delete, "insert": .insert, "space": .char(" "),
  ]

  /// How the key is written in the help and the status bar.
  public var label: String {
    switch self {
    case .char(" "): "Space"
    case .char(let c): String(c)
    case .ctrl(let c): "Ctrl-" + c.uppercased()
    case .alt(let c): "Alt-" + String(c)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .insert: "Ins"
    case .function(let n): "F\(n)"
    case .resize: "resize"
    case .paste: "paste"
    }
  }
}
