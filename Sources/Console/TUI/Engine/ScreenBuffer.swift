/// One terminal cell: a character, the columns it takes, and what it shows.
public struct Cell: Hashable, Sendable {
  /// One grapheme; empty for the second column of a wide character.
  public var text: String
  /// 1, or 2 for CJK and emoji; 0 marks the column a wide character spills into.
  public var width: UInt8
  public var slot: Slot

  public static let blank = Cell(text: " ", width: 1, slot: .normal)

  public var isContinuation: Bool { width == 0 }
}

/// A whole frame: widgets paint into it, and the terminal backend writes the cells that
/// changed since the previous frame.
///
/// Every string is sanitised on the way in, so no widget can let a control character from
/// the database reach the terminal, and text is cut by display columns, never mid-character.
public struct ScreenBuffer: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size) {
    self.size = size
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Paints text at (x, y), at most `limit` columns (default: to the right edge). Text that
  /// does not fit ends with `…`. Returns the columns painted.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, slot: Slot = .normal, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
    let room = min(limit ?? Int.max, size.width - x)
    guard room > 0 else { return 0 }
    let shown = DisplayWidth.truncate(TextSanitizer.line(text), to: room)
    var column = x
    for character in shown {
      let width = DisplayWidth.of(character)
      if width == 0 {
        // A lone combining mark joins the character before it.
        if column > x { cells[y * size.width + column - 1].text.append(character) }
        continue
      }
      if column + width > x + room { break }
      clearWide(at: column, y)
      cells[y * size.width + column] = Cell(
        text: String(character), width: UInt8(width), slot: slot)
      if width == 2 {
        clearWide(at: column + 1, y)
        cells[y * size.width + column + 1] = Cell(text: "", width: 0, slot: slot)
      }
      column += width
    }
    return column - x
  }

  /// Paints text and pads it with spaces in the same slot to exactly `width` columns.
  public mutating func put(
    padded text: String, x: Int, y: Int, width: Int, slot: Slot = .normal,
    alignRight: Bool = false
  ) {
    guard width > 0 else { return }
    if alignRight {
      let used = min(DisplayWidth.of(TextSanitizer.line(text)), width)
      fill(Rect(x: x, y: y, width: width - used, height: 1), slot: slot)
      put(text, x: x + width - used, y: y, slot: slot, limit: used)
    } else {
      let used = put(text, x: x, y: y, slot: slot, limit: width)
      fill(Rect(x: x + used, y: y, width: width - used, height: 1), slot: slot)
    }
  }

  /// Fills a rectangle with blanks in a slot.
  public mutating func fill(_ rect: Rect, slot: Slot = .normal) {
    let xs = max(0, rect.x)..<min(size.width, rect.maxX)
    let ys = max(0, rect.y)..<min(size.height, rect.maxY)
    guard !xs.isEmpty, !ys.isEmpty else { return }
    for y in ys {
      clearWide(at: xs.lowerBound, y)
      clearWide(at: xs.upperBound - 1, y)
      for x in xs { cells[y * size.width + x] = Cell(text: " ", width: 1, slot: slot) }
    }
  }

  /// Changes the slot of cells without changing their text: the selection bar.
  public mutating func restyle(_ rect: Rect, slot: Slot) {
    for y in max(0, rect.y)..<min(size.height, rect.maxY) {
      for x in max(0, rect.x)..<min(size.width, rect.maxX) {
        cells[y * size.width + x].slot = slot
      }
    }
  }

  /// Overwriting half of a wide character blanks its other half, so no stray half remains.
  private mutating func clearWide(at x: Int, _ y: Int) {
    guard x >= 0, x < size.width else { return }
    let index = y * size.width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(text: " ", width: 1, slot: cells[index - 1].slot)
    } else if cells[index].width == 2, x + 1 < size.width {
      cells[index + 1] = Cell(text: " ", width: 1, slot: cells[index + 1].slot)
    }
  }

  // MARK: - Snapshots

  /// The frame as plain text, one line per row, trailing spaces removed.
  public var plainText: String {
    (0..<size.height).map { y in
      var line = ""
      for x in 0..<size.width { line += self[x, y].text }
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// The frame's slots, one character per cell (see ``Slot/code``), trailing normal cells
  /// removed.
  public var styleMap: String {
    (0..<size.height).map { y in
      var line = String((0..<size.width).map { self[$0, y].slot.code })
      while line.last == Slot.normal.code { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// The row as text, for finding things in tests.
  public func row(_ y: Int) -> String {
    (0..<size.width).map { self[$0, y].text }.joined()
  }
}
