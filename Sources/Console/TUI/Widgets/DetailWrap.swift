/// Wraps a ``DetailLine`` into rows of at most a given number of display columns.
///
/// Rows break after a space where one fits and between characters otherwise; never inside a
/// character, and a wide character (CJK, emoji) that would straddle the edge moves whole to
/// the next row. Text is sanitised before it is measured, so the rows measure what the
/// terminal will draw. Rows after the first start with the line's hang.
enum DetailWrap {
  /// A character of the line: where it lies in its span's sanitised UTF-8, or an indent.
  ///
  /// Rows are cut from the spans' bytes rather than rebuilt character by character, which
  /// appended each character to a string of its own.
  private struct Glyph {
    /// The span, or `indent` for a space of a continuation row's hang.
    var span: Int
    var start: Int
    var end: Int
    var width: Int
    var isSpace: Bool

    static let indent = -1
  }

  static func rows(_ line: DetailLine, width: Int) -> [[DetailSpan]] {
    let width = max(1, width)
    // A hang that leaves less than half the width would squeeze the text into a sliver.
    let hang = line.hang <= width / 2 ? line.hang : 0
    let indent = Array(
      repeating: Glyph(span: Glyph.indent, start: 0, end: 1, width: 1, isSpace: true),
      count: hang)
    let texts = line.spans.map { Array(TextSanitizer.line($0.text).utf8) }
    var rows: [[Glyph]] = []
    var row: [Glyph] = []
    var used = 0
    // Where the current row may break: just after its last space.
    var breakAt: Int?
    var floor: Int { rows.isEmpty ? 0 : hang }

    func endRow() {
      rows.append(row)
      row = indent
      used = hang
      breakAt = nil
    }

    for (span, text) in texts.enumerated() {
      for glyph in glyphs(text, span: span) {
        if glyph.isSpace {
          // Spaces that begin a continuation row, or fall at the edge, are the break itself.
          if row.count == floor, !rows.isEmpty { continue }
          if used + 1 > width {
            endRow()
            continue
          }
          row.append(glyph)
          used += 1
          breakAt = row.count
          continue
        }
        if used + glyph.width > width, used > floor {
          let cut = breakAt ?? row.count
          let carried = row[cut...].reduce(0) { $0 + $1.width }
          // The word moves to the next row whole when it fits there; a word longer than a
          // row is cut where it stands instead.
          if cut > floor, cut < row.count, hang + carried + glyph.width <= width {
            let word = Array(row[cut...])
            row.removeSubrange(cut...)
            endRow()
            row += word
            used += carried
          } else {
            endRow()
          }
        }
        row.append(glyph)
        used += glyph.width
      }
    }
    rows.append(row)
    return rows.map { spans($0, line, texts) }
  }

  /// The characters of a span's sanitised text, with their widths.
  private static func glyphs(_ text: [UInt8], span: Int) -> [Glyph] {
    // Printable ASCII (most text) is a character and a column a byte; sanitised text holds
    // no control characters, so no two of its bytes make one character.
    if text.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return text.indices.map {
        Glyph(span: span, start: $0, end: $0 + 1, width: 1, isSpace: text[$0] == 0x20)
      }
    }
    var glyphs: [Glyph] = []
    var start = 0
    for character in String(decoding: text, as: UTF8.self) {
      let end = start + character.utf8.count
      glyphs.append(
        Glyph(
          span: span, start: start, end: end, width: DisplayWidth.of(character),
          isSpace: character == " "))
      start = end
    }
    return glyphs
  }

  /// Joins neighbouring glyphs of one slot into spans, without trailing spaces.
  private static func spans(
    _ glyphs: [Glyph], _ line: DetailLine, _ texts: [[UInt8]]
  )
    -> [DetailSpan]
  {
    var glyphs = glyphs[...]
    while glyphs.last?.isSpace == true { glyphs.removeLast() }
    var spans: [DetailSpan] = []
    var run = glyphs.startIndex
    while run < glyphs.endIndex {
      // A run: glyphs that follow one another in one span (or the indent).
      let first = glyphs[run]
      var next = run + 1
      while next < glyphs.endIndex, glyphs[next].span == first.span,
        first.span == Glyph.indent || glyphs[next].start == glyphs[next - 1].end
      {
        next += 1
      }
      let text =
        first.span == Glyph.indent
        ? String(repeating: " ", count: next - run)
        : String(decoding: texts[first.span][first.start..<glyphs[next - 1].end], as: UTF8.self)
      let slot = first.span == Glyph.indent ? Slot.normal : line.spans[first.span].slot
      if let last = spans.last, last.slot == slot {
        spans[spans.count - 1].text += text
      } else {
        spans.append(DetailSpan(text, slot))
      }
      run = next
    }
    return spans
  }

  /// The display columns of a row.
  static func width(_ row: [DetailSpan]) -> Int {
    row.reduce(0) { $0 + DisplayWidth.of($1.text) }
  }
}
