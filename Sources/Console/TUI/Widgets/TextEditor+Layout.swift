/// How a ``TextEditor`` lays its lines out in rows, and draws them.
///
/// Rows follow the console's wrapping rule (``DetailWrap``): break after a space where one
/// fits, between characters otherwise, never inside a character, and a wide character that
/// would straddle the edge moves whole to the next row. Unlike a detail, the editor keeps
/// every character, spaces included, where it is, so that each one has a place for the cursor.
extension TextEditor {
  /// A row as drawn: a range of the characters of one line.
  struct VisualRow: Equatable {
    var line: Int
    var range: Range<Int>
    var isLastOfLine: Bool
  }

  /// The rows of the whole text. One column is kept free at the right, so that the cursor
  /// after the last character of a full row has a cell to show in.
  func visualRows() -> [VisualRow] {
    var rows: [VisualRow] = []
    for (index, line) in lines.enumerated() {
      let ranges = TextEditor.wrap(line, width: width - 1)
      for (number, range) in ranges.enumerated() {
        rows.append(VisualRow(line: index, range: range, isLastOfLine: number == ranges.count - 1))
      }
    }
    return rows
  }

  /// The row the cursor is drawn on, and its display column there. At the end of a row that
  /// goes on wrapped, the cursor shows at the start of the next.
  func visualCursor(_ known: [VisualRow]? = nil) -> (index: Int, column: Int) {
    let rows = known ?? visualRows()
    for (index, visual) in rows.enumerated() where visual.line == row {
      guard column >= visual.range.lowerBound,
        column < visual.range.upperBound || visual.isLastOfLine
      else { continue }
      let used = lines[row][visual.range.lowerBound..<column].reduce(0) {
        $0 + TextEditor.cellWidth($1)
      }
      return (index, used)
    }
    return (0, 0)
  }

  /// Cuts one line into rows of at most `width` columns.
  static func wrap(_ line: [Character], width: Int) -> [Range<Int>] {
    let width = max(1, width)
    var rows: [Range<Int>] = []
    var start = 0
    var used = 0
    // Just after the last space of the current row: where it would rather break.
    var breakAt: Int?
    for index in line.indices {
      let cells = cellWidth(line[index])
      if used + cells > width, index > start {
        let cut = breakAt.map { $0 > start ? $0 : index } ?? index
        rows.append(start..<cut)
        start = cut
        used = line[cut..<index].reduce(0) { $0 + cellWidth($1) }
        breakAt = nil
        // A word longer than a row is cut where it stands.
        if used + cells > width, index > start {
          rows.append(start..<index)
          start = index
          used = 0
        }
      }
      used += cells
      if line[index] == " " { breakAt = index + 1 }
    }
    rows.append(start..<line.count)
    return rows
  }

  /// Draws the text in a rectangle, scrolled so that the cursor shows; the cursor is a
  /// reversed cell when the editor has the focus. Arrows at the right edge say that there
  /// is more above or below.
  public func render(
    _ canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, focused: Bool,
    slot: Slot = .input
  ) {
    guard width > 1, height > 0 else { return }
    var view = self
    view.layout(width: width, height: height)
    let rows = view.visualRows()
    let cursor = view.visualCursor(rows)
    for offset in 0..<height {
      canvas.put(padded: "", x: x, y: y + offset, width: width, slot: slot)
      let index = view.top + offset
      guard rows.indices.contains(index) else { continue }
      let visual = rows[index]
      let line = lines[visual.line]
      var used = 0
      for position in visual.range {
        let isCursor = focused && visual.line == row && position == column
        let drawn = canvas.put(
          String(line[position]), x: x + used, y: y + offset, slot: isCursor ? .selection : slot,
          limit: width - used)
        used += max(drawn, 0)
      }
      if focused, index == cursor.index, column == visual.range.upperBound {
        canvas.put(" ", x: x + cursor.column, y: y + offset, slot: .selection)
      }
    }
    if view.top > 0 { canvas.put("↑", x: x + width - 1, y: y, slot: .dim) }
    if view.top + height < rows.count {
      canvas.put("↓", x: x + width - 1, y: y + height - 1, slot: .dim)
    }
  }
}
