import CaseModel

/// A column of a list: a fixed width, or flexible (sharing what the fixed ones leave).
public struct ListColumn: Sendable {
  public var title: String
  public var width: Int?
  public var alignRight: Bool

  public init(_ title: String, width: Int? = nil, alignRight: Bool = false) {
    self.title = title
    self.width = width
    self.alignRight = alignRight
  }
}

/// What a list cell shows.
public struct ListCell: Sendable {
  public var text: String
  public var slot: Slot

  public init(_ text: String, _ slot: Slot = .normal) {
    self.text = text
    self.slot = slot
  }
}

/// Draws a ``ListModel`` as a table: a heading row, then the rows from the model's scroll
/// position, the cursor's row in the selection slot, marked rows flagged in the first column.
public enum ListView {
  public static func render<Row: ListRow>(
    _ model: ListModel<Row>, columns: [ListColumn], in canvas: inout Canvas,
    emptyText: String, cells: (Row) -> [ListCell]
  ) {
    let area = canvas.area
    guard area.height >= 2, area.width >= 10 else { return }
    let widths = layout(columns, width: area.width - 2)
    var x = 2
    for (column, width) in zip(columns, widths) {
      canvas.put(
        padded: column.title, x: x, y: 0, width: width, slot: .heading,
        alignRight: column.alignRight)
      x += width + 1
    }
    let visible = area.height - 1
    if model.rows.isEmpty {
      canvas.put(model.isLoaded ? emptyText : "Loading…", x: 2, y: 2, slot: .dim)
      return
    }
    var top = model.top
    if model.cursor < top { top = model.cursor }
    if model.cursor >= top + visible { top = model.cursor - visible + 1 }
    for (offset, index) in (top..<min(model.rows.count, top + visible)).enumerated() {
      let row = model.rows[index]
      let y = offset + 1
      if model.marks.contains(row.rowID) { canvas.put("•", x: 0, y: y, slot: .mark) }
      var x = 2
      for (cell, (column, width)) in zip(cells(row), zip(columns, widths)) {
        canvas.put(
          padded: cell.text, x: x, y: y, width: width, slot: cell.slot,
          alignRight: column.alignRight)
        x += width + 1
      }
      if index == model.cursor { canvas.restyle(row: y, slot: .selection) }
    }
  }

  /// Fixed columns keep their width; flexible ones share the rest (at least 8 each).
  static func layout(_ columns: [ListColumn], width: Int) -> [Int] {
    let gaps = max(0, columns.count - 1)
    let fixed = columns.compactMap(\.width).reduce(0, +)
    let flexible = columns.filter { $0.width == nil }.count
    let share = flexible == 0 ? 0 : max(8, (width - fixed - gaps) / flexible)
    return columns.map { $0.width ?? share }
  }
}

/// How list cells show common values.
public enum Cells {
  public static func due(_ item: ActionItem, today: CalendarDate) -> ListCell {
    guard let due = item.due else { return ListCell("—", .dim) }
    if item.isOverdue(on: today) { return ListCell(due.description, .itemOverdue) }
    return ListCell(due.description)
  }

  public static func status(_ status: ActionStatus) -> ListCell {
    switch status {
    case .done, .dropped: ListCell(status.label, .itemDone)
    case .blocked: ListCell(status.label, .itemBlocked)
    default: ListCell(status.label)
    }
  }

  public static func priority(_ priority: Priority) -> ListCell {
    switch priority {
    case .urgent: ListCell(priority.label, .priorityUrgent)
    case .high: ListCell(priority.label, .priorityHigh)
    case .low: ListCell(priority.label, .dim)
    case .normal: ListCell(priority.label)
    }
  }

  public static func marking(_ markings: Markings) -> ListCell {
    ListCell(markings.tlp.rawValue.uppercased(), slot(for: markings))
  }

  public static func slot(for markings: Markings) -> Slot {
    switch markings.tlp {
    case .red: .markingRed
    case .amber, .amberStrict: .markingAmber
    case .green: .markingGreen
    case .clear: .markingClear
    }
  }
}
