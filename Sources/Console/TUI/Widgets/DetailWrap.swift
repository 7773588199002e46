/// Wraps a ``DetailLine`` into rows of at most a given number of display columns.
///
/// Rows break after a space where one fits and between characters otherwise; never inside a
/// character, and a wide character (CJK, emoji) that would straddle the edge moves whole to
/// the next row. Text is sanitised before it is measured, so the rows measure what the
/// terminal will draw. Rows after the first start with the line's hang.
enum DetailWrap {
  private struct Glyph {
    var character: Character
    var width: Int
    var slot: Slot
  }

  static func rows(_ line: DetailLine, width: Int) -> [[DetailSpan]] {
    let width = max(1, width)
    // A hang that leaves less than half the width would squeeze the text into a sliver.
    let hang = line.hang <= width / 2 ? line.hang : 0
    let indent = Array(repeating: Glyph(character: " ", width: 1, slot: .normal), count: hang)
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

    for span in line.spans {
      for character in TextSanitizer.line(span.text) {
        let glyph = Glyph(
          character: character, width: DisplayWidth.of(character), slot: span.slot)
        if character == " " {
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
    return rows.map(spans)
  }

  /// Joins neighbouring glyphs of one slot into spans, without trailing spaces.
  private static func spans(_ glyphs: [Glyph]) -> [DetailSpan] {
    var glyphs = glyphs[...]
    while glyphs.last?.character == " " { glyphs.removeLast() }
    var spans: [DetailSpan] = []
    for glyph in glyphs {
      if let last = spans.last, last.slot == glyph.slot {
        spans[spans.count - 1].text.append(glyph.character)
      } else {
        spans.append(DetailSpan(String(glyph.character), glyph.slot))
      }
    }
    return spans
  }

  /// The display columns of a row.
  static func width(_ row: [DetailSpan]) -> Int {
    row.reduce(0) { $0 + DisplayWidth.of($1.text) }
  }
}
