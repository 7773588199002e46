/// A one-line text input with the editing keys of a shell: arrows (and Ctrl-B/F), Alt-b/f by
/// words, Home/End, Ctrl-A/E/K/U/W, Backspace, Delete. The cursor moves by characters (graphemes), so an accent or an emoji is
/// one step.
public struct TextField: Sendable, Equatable {
  public private(set) var text: String
  /// The cursor, in characters from the start.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  public mutating func set(_ text: String) {
    self.text = text
    cursor = text.count
  }

  /// Applies an editing key; false if the key is not an editing key.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c):
      insert(String(c))
    case .paste(let pasted):
      // One line: pasted line breaks become spaces.
      insert(
        pasted.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
      )
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(text.count, cursor + 1)
    case .alt("b"): cursor = previousWordStart()
    case .alt("f"): cursor = nextWordEnd()
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = text.count
    case .backspace, .ctrl("h"):
      guard cursor > 0 else { return true }
      remove(cursor - 1..<cursor)
    case .delete, .ctrl("d"):
      guard cursor < text.count else { return true }
      remove(cursor..<cursor + 1)
    case .ctrl("k"): remove(cursor..<text.count)
    case .ctrl("u"): remove(0..<cursor)
    case .ctrl("w"): remove(previousWordStart()..<cursor)
    default: return false
    }
    return true
  }

  private mutating func insert(_ piece: String) {
    let index = text.index(text.startIndex, offsetBy: cursor)
    let before = text.count
    text.insert(contentsOf: piece, at: index)
    // Not `piece.count`: a piece that starts with a combining mark joins the character
    // before it, so the text may grow by fewer characters than the piece holds (found by
    // the terminal abuse test, which crashed here on the next key).
    cursor = min(text.count, cursor + text.count - before)
  }

  private mutating func remove(_ range: Range<Int>) {
    let start = text.index(text.startIndex, offsetBy: range.lowerBound)
    let end = text.index(text.startIndex, offsetBy: range.upperBound)
    text.removeSubrange(start..<end)
    cursor = min(text.count, range.lowerBound)
  }

  /// Where Alt-f lands: the end of the next word.
  private func nextWordEnd() -> Int {
    let characters = Array(text)
    var index = cursor
    while index < characters.count, !TextEditor.isWord(characters[index]) { index += 1 }
    while index < characters.count, TextEditor.isWord(characters[index]) { index += 1 }
    return index
  }

  private func previousWordStart() -> Int {
    let characters = Array(text.prefix(cursor))
    var index = characters.count
    while index > 0, characters[index - 1].isWhitespace { index -= 1 }
    while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
    return index
  }

  /// Draws the field in `width` columns, scrolled so the cursor shows; the cursor is drawn
  /// as a reversed cell.
  public func render(_ canvas: inout Canvas, x: Int, y: Int, width: Int, slot: Slot = .input) {
    guard width > 1 else { return }
    let characters = Array(text)
    // Scroll so that the cursor stays inside the field.
    var start = 0
    var used = characters.prefix(cursor).reduce(0) { $0 + DisplayWidth.of($1) }
    while used >= width - 1, start < cursor {
      used -= DisplayWidth.of(characters[start])
      start += 1
    }
    canvas.put(padded: String(characters[start...]), x: x, y: y, width: width, slot: slot)
    let cursorText = cursor < characters.count ? String(characters[cursor]) : " "
    canvas.put(cursorText, x: x + used, y: y, slot: .selection, limit: width - used)
  }
}
