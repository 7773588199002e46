/// A table for the command line: columns sized to their content, the widest flexible column
/// shrunk to fit the terminal, every cell sanitised.
struct Table {
  struct Column {
    var title: String
    var alignRight = false
    /// Shrinks when the table is wider than the terminal (titles, summaries).
    var flexible = false
  }

  /// How a cell is emphasised on a colour terminal.
  enum Emphasis {
    case none
    case warning
    case dim
    case strong
  }

  struct Cell {
    var text: String
    var emphasis: Emphasis = .none
  }

  var columns: [Column]
  private(set) var rows: [[Cell]] = []

  init(_ columns: [Column]) { self.columns = columns }

  mutating func add(_ cells: [Cell]) {
    rows.append(cells.map { Cell(text: TextSanitizer.line($0.text), emphasis: $0.emphasis) })
  }

  mutating func add(_ texts: [String]) { add(texts.map { Cell(text: $0) }) }

  func render(width maxWidth: Int?, style: TerminalStyle) -> String {
    var widths = columns.indices.map { index in
      rows.reduce(DisplayWidth.of(columns[index].title)) {
        max($0, DisplayWidth.of($1[index].text))
      }
    }
    let gap = 2
    if let maxWidth {
      let total = widths.reduce(0, +) + gap * (columns.count - 1)
      if total > maxWidth, let flexible = columns.indices.last(where: { columns[$0].flexible }) {
        widths[flexible] = max(8, widths[flexible] - (total - maxWidth))
      }
    }
    var lines: [String] = []
    let header = columns.indices.map {
      DisplayWidth.pad(columns[$0].title, to: widths[$0], alignRight: columns[$0].alignRight)
    }
    lines.append(style.apply(.strong, trimmed(header.joined(separator: "  "))))
    for row in rows {
      let cells = columns.indices.map { index in
        style.apply(
          row[index].emphasis,
          DisplayWidth.pad(
            row[index].text, to: widths[index], alignRight: columns[index].alignRight))
      }
      lines.append(trimmed(cells.joined(separator: "  ")))
    }
    return lines.joined(separator: "\n")
  }

  /// Without the spaces that pad its last cells: dropped as bytes, since a space is one byte
  /// and a line may end in a few dozen of them.
  private func trimmed(_ line: String) -> String {
    let spaces = line.utf8.reversed().prefix { $0 == UInt8(ascii: " ") }.count
    return spaces == 0 ? line : String(Substring(line.utf8.dropLast(spaces)))
  }
}

/// ANSI emphasis on a colour terminal; nothing when output is piped or `NO_COLOR` is set.
struct TerminalStyle {
  let enabled: Bool

  func apply(_ emphasis: Table.Emphasis, _ text: String) -> String {
    guard enabled else { return text }
    switch emphasis {
    case .none: return text
    case .warning: return "\u{1B}[31m" + text + "\u{1B}[0m"
    case .dim: return "\u{1B}[2m" + text + "\u{1B}[0m"
    case .strong: return "\u{1B}[1m" + text + "\u{1B}[0m"
    }
  }
}
