/// A multi-line text input for summaries, details and notes: the editing keys of a shell
/// (arrows, Home/End, Ctrl-A/E/K/U/W, Backspace, Delete), Enter for a line break, word moves,
/// and pasting many lines at once.
///
/// The cursor moves by characters (graphemes), so an accent, a combining mark or an emoji is
/// one step; up and down move by rows as drawn, keeping the display column, so the cursor
/// stays in the same place over wide (CJK) characters. The text wraps at ``width`` columns,
/// which the owner sets with ``layout(width:height:)`` before keys arrive and when it draws.
public struct TextEditor: Sendable, Equatable {
  /// The text, line by line, as characters: a cursor position is an index into one line.
  public private(set) var lines: [[Character]]
  /// The line the cursor is on.
  public private(set) var row = 0
  /// The cursor, in characters from the start of its line.
  public private(set) var column = 0
  /// The display column up and down aim for: kept across a short line in between, so the
  /// cursor comes back to where it was on the longer lines after it.
  private var goal: Int?
  /// The columns text wraps at; very wide until the owner says how wide it draws it.
  public private(set) var width = 10_000
  /// The rows shown.
  public private(set) var height = 1
  /// The first row shown (a row as drawn, counting the rows of wrapped lines).
  public private(set) var top = 0

  /// An editor holding `text`, with the cursor at its end.
  public init(_ text: String = "") {
    lines = TextEditor.split(text)
    row = lines.count - 1
    column = lines[row].count
  }

  /// The text, lines joined with `\n`.
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  /// The cursor, in characters from the start of the text, a line break counting one.
  public var offset: Int {
    lines.prefix(row).reduce(0) { $0 + $1.count + 1 } + column
  }

  /// Puts the cursor `offset` characters from the start of the text (clamped to the text).
  public mutating func place(at offset: Int) {
    var left = max(0, offset)
    for (index, line) in lines.enumerated() {
      if left <= line.count || index == lines.count - 1 {
        row = index
        column = min(left, line.count)
        goal = nil
        return
      }
      left -= line.count + 1
    }
  }

  /// Sets the columns the text wraps at and the rows shown, and scrolls so that the cursor
  /// is in view.
  public mutating func layout(width: Int, height: Int) {
    self.width = max(2, width)
    self.height = max(1, height)
    let cursorRow = visualCursor().index
    if cursorRow < top { top = cursorRow }
    if cursorRow >= top + self.height { top = cursorRow - self.height + 1 }
    top = max(0, min(top, visualRows().count - 1))
  }

  // MARK: - Keys

  /// Applies an editing key; false if the key is not one this editor takes (Tab, Esc, and
  /// up or down past the first or last row, so that the owner can move on).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c): insert(String(c))
    case .paste(let pasted): insert(TextEditor.normalised(pasted))
    case .enter: insert("\n")
    case .left, .ctrl("b"): moveLeft()
    case .right, .ctrl("f"): moveRight()
    case .up: return moveVertically(by: -1)
    case .down: return moveVertically(by: 1)
    case .home, .ctrl("a"): column = 0
    case .end, .ctrl("e"): column = lines[row].count
    // Word moves on Alt-b and Alt-f, as in Emacs and the shell.
    case .alt("b"): moveWordLeft()
    case .alt("f"): moveWordRight()
    case .backspace, .ctrl("h"): deleteBackward()
    case .delete, .ctrl("d"): deleteForward()
    case .ctrl("k"): killToEnd()
    case .ctrl("u"):
      lines[row].removeSubrange(0..<column)
      column = 0
    case .ctrl("w"): deleteWordBackward()
    default: return false
    }
    if key != .up && key != .down { goal = nil }
    layout(width: width, height: height)
    return true
  }

  /// Inserts text at the cursor; line breaks in it start new lines.
  public mutating func insert(_ piece: String) {
    let pieces = TextEditor.split(piece)
    let after = Array(lines[row][column...])
    let first = String(lines[row][..<column]) + String(pieces[0])
    if pieces.count == 1 {
      // Graphemes are counted again: a combining mark typed after a letter joins it.
      lines[row] = Array(first + String(after))
      column = first.count
      return
    }
    lines[row] = Array(first)
    let last = String(pieces[pieces.count - 1])
    lines.insert(contentsOf: pieces.dropFirst().dropLast(), at: row + 1)
    row += pieces.count - 1
    lines.insert(Array(last + String(after)), at: row)
    column = last.count
  }

  private mutating func moveLeft() {
    if column > 0 {
      column -= 1
    } else if row > 0 {
      row -= 1
      column = lines[row].count
    }
  }

  private mutating func moveRight() {
    if column < lines[row].count {
      column += 1
    } else if row < lines.count - 1 {
      row += 1
      column = 0
    }
  }

  /// Moves to the row above or below as drawn, at the display column aimed for.
  private mutating func moveVertically(by step: Int) -> Bool {
    let rows = visualRows()
    let cursor = visualCursor(rows)
    let target = cursor.index + step
    guard rows.indices.contains(target) else { return false }
    let wanted = goal ?? cursor.column
    let next = rows[target]
    let line = lines[next.line]
    // The last place on a row that goes on wrapped is the start of the next row.
    let end =
      next.isLastOfLine
      ? next.range.upperBound : max(next.range.lowerBound, next.range.upperBound - 1)
    var index = next.range.lowerBound
    var used = 0
    while index < end {
      let w = TextEditor.cellWidth(line[index])
      if used + w > wanted { break }
      used += w
      index += 1
    }
    row = next.line
    column = index
    goal = wanted
    return true
  }

  /// Back to the start of a word, across line breaks, as Alt-B does in Emacs.
  private mutating func moveWordLeft() {
    while true {
      if column == 0 {
        guard row > 0 else { return }
        row -= 1
        column = lines[row].count
        continue
      }
      if TextEditor.isWord(lines[row][column - 1]) { break }
      column -= 1
    }
    while column > 0, TextEditor.isWord(lines[row][column - 1]) { column -= 1 }
  }

  /// On to the end of a word, across line breaks, as Alt-F does in Emacs.
  private mutating func moveWordRight() {
    while true {
      if column == lines[row].count {
        guard row < lines.count - 1 else { return }
        row += 1
        column = 0
        continue
      }
      if TextEditor.isWord(lines[row][column]) { break }
      column += 1
    }
    while column < lines[row].count, TextEditor.isWord(lines[row][column]) { column += 1 }
  }

  private mutating func deleteBackward() {
    if column > 0 {
      lines[row].remove(at: column - 1)
      column -= 1
    } else if row > 0 {
      let joined = lines.remove(at: row)
      row -= 1
      column = lines[row].count
      lines[row] += joined
    }
  }

  private mutating func deleteForward() {
    if column < lines[row].count {
      lines[row].remove(at: column)
    } else if row < lines.count - 1 {
      lines[row] += lines.remove(at: row + 1)
    }
  }

  /// Ctrl-K, as in Emacs: the rest of the line, or the line break when there is no rest.
  private mutating func killToEnd() {
    if column < lines[row].count {
      lines[row].removeSubrange(column...)
    } else {
      deleteForward()
    }
  }

  /// Ctrl-W: back to the start of the word, as in a shell; at the start of a line it joins
  /// the line to the one before, as Backspace does.
  private mutating func deleteWordBackward() {
    guard column > 0 else { return deleteBackward() }
    var start = column
    while start > 0, lines[row][start - 1].isWhitespace { start -= 1 }
    while start > 0, !lines[row][start - 1].isWhitespace { start -= 1 }
    lines[row].removeSubrange(start..<column)
    column = start
  }

  // MARK: - Text

  /// Pasted text as it is, but with line ends as `\n`: CR LF and lone CR from other systems.
  static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  /// Splits text into lines. `\r\n` is one character in Swift, so it is made `\n` first.
  static func split(_ text: String) -> [[Character]] {
    normalised(text).split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
  }

  static func isWord(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  /// The columns a character takes as drawn: sanitised first, as the screen buffer does, so
  /// that a tab or a control character measures what it shows as.
  static func cellWidth(_ character: Character) -> Int {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    return DisplayWidth.of(TextSanitizer.line(String(character)))
  }
}
