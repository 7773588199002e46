import Foundation

/// A detail read like a page: lines wrapped to the width, a cursor row that j/k, PgUp/PgDn
/// and g/G move over the wrapped rows, and Enter following the link of the line under it.
///
/// The cursor is kept as a line and a row of that line, so that a resize, which re-wraps
/// everything, leaves it on the same text.
public struct ScrollingText {
  public private(set) var lines: [DetailLine] = []
  private var cursor = Spot()
  private var top = Spot()
  private let geometry = Geometry()
  /// The lines wrapped at the width last asked for. Every key asks for the wrapped rows (to
  /// move, to draw, to count for the status bar), and wrapping the minutes of a long meeting
  /// takes milliseconds: it is done once per text and width.
  private var wrapped = LayoutCache<Int, Layout>()
  /// What `/` looks for; n and N find the next and previous lines with it.
  public private(set) var findText: String?

  /// A row of a line.
  private struct Spot: Equatable {
    var line = 0
    var row = 0
  }

  /// The size the text was last drawn at. `Environment` gives screens the page height but not
  /// the width, and the wrapped rows depend on it: `render` notes the area it was given so
  /// that the next key counts the same rows the officer sees. Until the first frame the
  /// narrowest supported terminal is assumed.
  private final class Geometry {
    var width = Size.minimum.width
    var height = Size.minimum.height - 3
  }

  public init() {}

  /// Replaces the text (a reload), keeping the cursor on the same line where it still exists.
  public mutating func setLines(_ lines: [DetailLine]) {
    self.lines = lines
    wrapped = LayoutCache()
    let last = max(0, lines.count - 1)
    cursor.line = min(cursor.line, last)
    top.line = min(top.line, last)
  }

  /// The link of the line under the cursor.
  public var currentLink: DetailLink? {
    lines.indices.contains(cursor.line) ? lines[cursor.line].link : nil
  }

  /// The line under the cursor.
  public var currentLine: Int { cursor.line }

  /// `row/rows` for the status bar.
  public var position: String {
    let layout = layout(width: geometry.width)
    guard layout.count > 0 else { return "0/0" }
    return "\(layout.index(of: cursor) + 1)/\(layout.count)"
  }

  // MARK: - Moving

  /// Applies a moving action; false if the action is not a move.
  public mutating func move(_ action: ActionID) -> Bool {
    let layout = layout(width: geometry.width)
    let last = max(0, layout.count - 1)
    let page = max(1, geometry.height - 1)
    var index = layout.index(of: cursor)
    switch action {
    case .down: index += 1
    case .up: index -= 1
    case .pageDown: index += page
    case .pageUp: index -= page
    case .top: index = 0
    case .bottom: index = last
    default: return false
    }
    cursor = layout.spot(at: min(last, max(0, index)))
    scroll(layout)
    return true
  }

  /// Keeps the cursor inside the rows shown.
  private mutating func scroll(_ layout: Layout) {
    let first = Self.firstShown(
      top: layout.index(of: top), cursor: layout.index(of: cursor), rows: layout.count,
      visible: geometry.height)
    top = layout.spot(at: first)
  }

  private static func firstShown(top: Int, cursor: Int, rows: Int, visible: Int) -> Int {
    var first = top
    if cursor < first { first = cursor }
    if cursor >= first + visible { first = cursor - visible + 1 }
    return max(0, min(first, rows - visible))
  }

  // MARK: - Find

  /// Moves to the next (1) or previous (-1) line holding `text` (or the last text); false if
  /// there is none.
  public mutating func find(_ text: String?, direction: Int) -> Bool {
    if let text { findText = text.isEmpty ? nil : text }
    guard let needle = findText.map(Folding.fold) else { return false }
    var index = cursor.line + direction
    while lines.indices.contains(index) {
      if Folding.fold(lines[index].plainText).contains(needle) {
        // The match goes to the top, as in a pager, so that the whole of it shows.
        cursor = Spot(line: index, row: 0)
        top = cursor
        scroll(layout(width: geometry.width))
        return true
      }
      index += direction
    }
    return false
  }

  // MARK: - Drawing

  public func render(_ canvas: inout Canvas) {
    geometry.width = canvas.area.width
    geometry.height = canvas.area.height
    let layout = layout(width: canvas.area.width)
    let cursorIndex = layout.index(of: cursor)
    let first = Self.firstShown(
      top: layout.index(of: top), cursor: cursorIndex, rows: layout.count,
      visible: canvas.area.height)
    for y in 0..<canvas.area.height {
      let index = first + y
      guard index < layout.count else { break }
      var x = 0
      for span in layout.rows[index] {
        x += canvas.put(span.text, x: x, y: y, slot: span.slot)
      }
      if index == cursorIndex { canvas.restyle(row: y, slot: .selection) }
    }
  }

  /// The lines wrapped to `width`, from `wrapped` when they already are.
  private func layout(width: Int) -> Layout {
    wrapped.value(for: width) { Layout(lines, width: width) }
  }

  /// Every line wrapped to one width, with where each line's rows begin.
  private struct Layout {
    var rows: [[DetailSpan]] = []
    var starts: [Int] = []

    init(_ lines: [DetailLine], width: Int) {
      for line in lines {
        starts.append(rows.count)
        rows += DetailWrap.rows(line, width: width)
      }
    }

    var count: Int { rows.count }

    func index(of spot: Spot) -> Int {
      guard starts.indices.contains(spot.line) else { return 0 }
      let end = spot.line + 1 < starts.count ? starts[spot.line + 1] : rows.count
      return min(starts[spot.line] + spot.row, end - 1)
    }

    func spot(at index: Int) -> Spot {
      // The last line that starts at or before the row.
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= index { low = middle } else { high = middle - 1 }
      }
      guard starts.indices.contains(low) else { return Spot() }
      return Spot(line: low, row: index - starts[low])
    }
  }
}
