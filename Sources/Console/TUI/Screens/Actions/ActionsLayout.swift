import CaseModel
import Foundation
import Storage

/// Where the board puts its list and the item pane: side by side from 140 columns, the pane
/// under the list below that.
struct ActionsLayout {
  /// The width from which the pane goes beside the list.
  static let wideFrom = 140

  let list: Rect
  let pane: Rect
  /// The pane less its border and margin.
  let paneContent: Rect
  let wide: Bool

  /// Lays out an area (in its own coordinates).
  init(_ area: Rect) {
    let width = area.width
    let height = area.height
    wide = width >= Self.wideFrom
    if wide {
      let paneWidth = width * 3 / 8
      list = Rect(x: 0, y: 0, width: width - paneWidth, height: height)
      pane = Rect(x: width - paneWidth, y: 0, width: paneWidth, height: height)
      paneContent = Rect(x: pane.x + 2, y: 0, width: paneWidth - 3, height: height)
    } else {
      let paneHeight = Self.paneHeight(height)
      list = Rect(x: 0, y: 0, width: width, height: height - paneHeight)
      pane = Rect(x: 0, y: height - paneHeight, width: width, height: paneHeight)
      paneContent = Rect(x: 2, y: pane.y + 1, width: width - 4, height: paneHeight - 1)
    }
  }

  /// A third of the height, and room for a title, a line of who, and a few log lines.
  private static func paneHeight(_ height: Int) -> Int { max(6, height / 3) }

  /// The rows of items the narrow layout shows, from the rows a list would have on the whole
  /// screen (the program's `pageRows`, six fewer than the terminal's height).
  static func listRows(pageRows: Int) -> Int {
    let height = pageRows + 3
    return max(1, height - paneHeight(height) - 1)
  }

  func renderBorder(_ canvas: inout Canvas) {
    if wide {
      for y in 0..<pane.height { canvas.put("│", x: pane.x, y: y, slot: .border) }
    } else {
      canvas.put(String(repeating: "─", count: pane.width), x: 0, y: pane.y, slot: .border)
      canvas.put(" Item and update log ", x: 2, y: pane.y, slot: .border)
    }
  }

  // MARK: - The list

  /// The columns for a list this wide. The title gets what the others leave; at narrow widths
  /// the operation code is cut first (the pane names the current item's operation in full).
  static func columns(width: Int) -> [ListColumn] {
    // "in progress" in full once there is room; cut to "in prog…" on small terminals.
    let status = width >= 100 ? 11 : 8
    let others = 9 + 10 + status + 6 + 9 + 6
    let operation = min(15, max(10, width - 2 - others - 24))
    return [
      ListColumn("REF", width: 9), ListColumn("DUE", width: 10),
      ListColumn("STATUS", width: status),
      ListColumn("PRIO", width: 6), ListColumn("OWNER", width: 9),
      ListColumn("OPERATION", width: operation), ListColumn("TITLE"),
    ]
  }

  static func renderList(
    _ rows: ListModel<ActionRow>, in canvas: inout Canvas, emptyText: String, _ env: Environment
  ) {
    let columns = columns(width: canvas.area.width)
    let operationWidth = columns[5].width ?? 15
    ListView.render(
      rows, columns: columns, in: &canvas, emptyText: emptyText
    ) { row in
      [
        ListCell(row.item.ref), Cells.due(row.item, today: env.today),
        Cells.status(row.item.status), Cells.priority(row.item.priority),
        ListCell(row.ownerHandle), operationCell(row.operationCode, width: operationWidth),
        ListCell(row.item.title),
      ]
    }
  }

  /// An operation code cut in the middle when the column is narrow: `TF-MAR…001` keeps both
  /// the task force and its number, which an ellipsis at the end would lose.
  static func operationCell(_ code: String?, width: Int) -> ListCell {
    guard let code else { return ListCell("—", .dim) }
    guard DisplayWidth.of(code) > width, let dash = code.lastIndex(of: "-") else {
      return ListCell(code)
    }
    let tail = String(code[code.index(after: dash)...])
    let room = width - DisplayWidth.of(tail) - 1
    guard room >= 3 else { return ListCell(code) }
    let head = String(DisplayWidth.truncate(code, to: room + 1).dropLast())
    return ListCell(head + "…" + tail)
  }

  /// The headings alone, over a list that cannot be read yet.
  static func renderHeadings(_ canvas: inout Canvas) {
    let columns = columns(width: canvas.area.width)
    let widths = ListView.layout(columns, width: canvas.area.width - 2)
    var x = 2
    for (column, width) in zip(columns, widths) {
      canvas.put(padded: column.title, x: x, y: 0, width: width, slot: .heading)
      x += width + 1
    }
  }
}
