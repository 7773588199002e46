import CaseModel
import Foundation

/// The editor's list wrapped to a width: every row with the target it belongs to, so that a
/// selected entry shows whole, on all its rows, and scrolling keeps it in view.
struct MinutesLayout {
  private(set) var rows: [[DetailSpan]] = []
  private(set) var owners: [MinutesTarget?] = []
  /// The last row of the anchor block: where the next entry will appear.
  private(set) var anchorRow: Int?

  init(_ blocks: [MinutesBlock], width: Int) {
    for block in blocks {
      for line in block.lines {
        for row in DetailWrap.rows(line, width: width) {
          rows.append(row)
          owners.append(block.target)
        }
      }
      if block.anchor { anchorRow = rows.count - 1 }
    }
  }

  /// The rows a target takes.
  func rows(of target: MinutesTarget) -> ClosedRange<Int>? {
    guard let first = owners.firstIndex(of: target), let last = owners.lastIndex(of: target)
    else { return nil }
    return first...last
  }

  /// The first row to show in `height` rows: from `top`, moved as little as needed to show
  /// the whole of `selection` (its start, when it is taller than the view).
  func top(keeping selection: MinutesTarget?, from top: Int, height: Int) -> Int {
    var first = top
    if let selection, let span = rows(of: selection) {
      if span.upperBound >= first + height { first = span.upperBound - height + 1 }
      // Going up, the heading just above comes into view with the first entry under it.
      var start = span.lowerBound
      while start > 0, owners[start - 1] == nil, span.lowerBound - start < 2,
        span.upperBound - (start - 1) < height
      {
        start -= 1
      }
      if start < first { first = start }
    }
    return max(0, min(first, rows.count - height))
  }

  /// The first row to show while the line has focus: enough to see where the next entry
  /// goes, with a row after it for context.
  func topForLine(height: Int) -> Int {
    let anchor = min(rows.count - 1, (anchorRow ?? rows.count - 1) + 1)
    return max(0, min(anchor - height + 1, rows.count - height))
  }

  /// Paints `height` rows from `top`, the selection's rows in the selection slot.
  func render(
    _ canvas: inout Canvas, x: Int, y: Int, height: Int, top: Int, selection: MinutesTarget?
  ) {
    for offset in 0..<height {
      let index = top + offset
      guard index < rows.count else { break }
      var used = 0
      for span in rows[index] {
        used += canvas.put(span.text, x: x + used, y: y + offset, slot: span.slot)
      }
      if let selection, owners[index] == selection {
        canvas.restyle(row: y + offset, slot: .selection)
      }
    }
  }
}

extension MinutesLayout {
  /// What the editor's layout depends on besides its meeting (see `MinutesEditorScreen.laidOut`).
  struct Key: Equatable {
    var width: Int
    var agenda: String?
    var today: CalendarDate
  }
}
