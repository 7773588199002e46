import CaseModel
import Foundation
import Storage

extension SearchScreen {
  /// Rows above the results: the query line, a line of help or counts, a blank.
  static let headerRows = 3

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let width = canvas.area.width
    let label = "Search "
    canvas.put(label, x: 1, y: 0, slot: focus == .query ? .title : .heading)
    let fieldX = 1 + DisplayWidth.of(label)
    let fieldWidth = max(2, width - fieldX - 1)
    if focus == .query {
      field.render(&canvas, x: fieldX, y: 0, width: fieldWidth)
    } else {
      // Without the focus the line shows its text, but no cursor to type at.
      canvas.put(padded: field.text, x: fieldX, y: 0, width: fieldWidth, slot: .dim)
    }
    canvas.put(summary, x: 2, y: 1, slot: .dim)
    var area = canvas.sub(
      Rect(x: 0, y: Self.headerRows, width: width, height: canvas.area.height - Self.headerRows))
    renderResults(&area)
    canvas.merge(area)
  }

  /// The line under the query: what to do, or what was found.
  private var summary: String {
    guard let results, let searched, failure == nil else {
      return focus == .query
        ? "Enter searches · Esc leaves the query · Tab next screen"
        : "/ edits the query"
    }
    let count = results.count
    let found =
      count == 0
      ? "nothing found for “\(searched)”"
      : "\(count) result\(count == 1 ? "" : "s") for “\(searched)”"
    guard focus == .results else { return found + " · Enter searches" }
    return found + (count == 0 ? " · / edits the query" : " · Enter opens · / edits the query")
  }

  private func renderResults(_ canvas: inout Canvas) {
    if let failure {
      canvas.put(failure, x: 2, y: 0, slot: .statusError)
      canvas.put(
        "Type words with letters or digits; punctuation is left out.",
        x: 2, y: 2, slot: .dim)
      return
    }
    guard let results else {
      let lines = [
        "Type words to find in operations, meetings, minutes, actions and officers.",
        "Every word must match; accents and case do not matter; bogot* is a prefix.",
      ]
      for (y, line) in lines.enumerated() { canvas.put(line, x: 2, y: y, slot: .dim) }
      return
    }
    if results.count == 0 {
      // The line above says nothing was found; this one says what to try.
      canvas.put(
        "Every word must match: try fewer words, or a prefix such as bogot*.", x: 2, y: 0,
        slot: .dim)
      return
    }
    let lines = self.lines
    let hits = self.hits
    let visible = canvas.area.height
    guard visible > 1 else { return }
    // The cursor's hit stays on screen, whatever height the terminal has now.
    let top = Self.top(self.top, showing: cursor, in: lines, visibleRows: visible)
    let refWidth = canvas.area.width >= 100 ? 18 : 16
    for (y, line) in lines.dropFirst(top).prefix(visible).enumerated() {
      switch line {
      case .heading(let kind, let count):
        canvas.put("\(kind.label.uppercased()) (\(count))", x: 1, y: y, slot: .heading)
      case .title(let index):
        let hit = hits[index]
        canvas.put(padded: hit.ref, x: 2, y: y, width: refWidth - 1)
        let oneLine = Self.snippetIsInTitle(hit)
        if oneLine {
          renderSnippet(hit.snippet, x: 2 + refWidth, y: y, text: .normal, in: &canvas)
        } else {
          canvas.put(hit.title, x: 2 + refWidth, y: y, slot: .normal)
        }
        if index == cursor { select(row: y, in: &canvas) }
      case .snippet(let index):
        renderSnippet(hits[index].snippet, x: 2 + refWidth, y: y, text: .dim, in: &canvas)
      case .blank:
        break
      }
    }
  }

  /// The snippet, matched words in the match slot, cut at the right edge.
  private func renderSnippet(
    _ parts: [SnippetPart], x: Int, y: Int, text: Slot, in canvas: inout Canvas
  ) {
    var column = x
    for part in Self.fitted(parts, room: canvas.area.width - x - 1) {
      let room = canvas.area.width - column - 1
      guard room > 0 else { break }
      column += canvas.put(
        part.text, x: column, y: y, slot: part.isMatch ? .match : text, limit: room)
    }
  }

  /// The snippet with the text before its first match shortened (to `…` and the last whole
  /// words) when the match would otherwise fall past the right edge: the match must show.
  static func fitted(_ parts: [SnippetPart], room: Int) -> [SnippetPart] {
    guard let first = parts.firstIndex(where: \.isMatch) else { return parts }
    let before = parts[..<first].map(\.text).joined()
    let matchWidth = DisplayWidth.of(parts[first].text)
    guard DisplayWidth.of(before) + matchWidth > room else { return parts }
    // The words after the match get up to two thirds of what it leaves; those before, the rest.
    let after = DisplayWidth.of(parts[(first + 1)...].map(\.text).joined())
    let keep = max(0, room - 1 - matchWidth - min(after, (room - matchWidth) * 2 / 3))
    var tail: [Character] = []
    var width = 0
    for character in before.reversed() {
      width += DisplayWidth.of(character)
      guard width <= keep else { break }
      tail.append(character)
    }
    // Start at a word, not in the middle of one.
    if tail.count < before.count, let space = tail.lastIndex(where: \.isWhitespace) {
      tail.removeSubrange(space...)
    }
    return [SnippetPart(text: "…" + String(tail.reversed()), isMatch: false)] + parts[first...]
  }

  /// The selection bar over a row, leaving matched words highlighted in it.
  private func select(row y: Int, in canvas: inout Canvas) {
    let area = canvas.area
    let matches = (0..<area.width).filter { canvas.buffer[area.x + $0, area.y + y].slot == .match }
    canvas.restyle(row: y, slot: .selection)
    for x in matches {
      canvas.buffer.restyle(Rect(x: area.x + x, y: area.y + y, width: 1, height: 1), slot: .match)
    }
  }
}
