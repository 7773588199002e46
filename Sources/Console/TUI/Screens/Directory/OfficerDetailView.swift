import CaseModel
import Foundation
import Storage

extension OfficerDetailScreen {
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    guard let detail else {
      if let failure {
        canvas.put("This officer cannot be shown:", x: 2, y: 1, slot: .statusError)
        canvas.put(failure, x: 2, y: 2)
        canvas.put("Esc goes back.", x: 2, y: 4, slot: .dim)
      } else {
        canvas.put("Loading…", x: 2, y: 1, slot: .dim)
      }
      return
    }
    renderCard(detail, in: &canvas)
    let area = canvas.area
    var list = canvas.sub(
      Rect(x: 0, y: Self.cardRows, width: area.width, height: area.height - Self.cardRows))
    renderList(detail, in: &list, today: env.today)
    canvas.merge(list)
  }

  /// Who the officer is and how to reach them.
  private func renderCard(_ detail: OfficerDetail, in canvas: inout Canvas) {
    let officer = detail.row.officer
    let organisation = detail.organisation
    let nameWidth = canvas.put(officer.name, x: 2, y: 0, slot: .title)
    canvas.put("  @" + officer.handle, x: 2 + nameWidth, y: 0, slot: .dim)
    let none = "—"
    let fields: [(String, String)] = [
      ("Organisation", "\(organisation.acronym) — \(organisation.name)"),
      ("Country", "\(detail.countryName) (\(detail.row.countryCode))"),
      ("Role", officer.role.label),
      (
        "Specialisations",
        officer.specialisations.isEmpty
          ? none : officer.specialisations.map(\.label).joined(separator: ", ")
      ),
      (
        "Languages",
        officer.languages.isEmpty
          ? none
          : officer.languages.map { $0.uppercased() }
            .joined(separator: ", ")
      ),
      ("E-mail", officer.email ?? none),
      ("Phone", officer.phone ?? none),
    ]
    for (offset, field) in fields.enumerated() {
      let y = offset + 1
      canvas.put(field.0, x: 2, y: y, slot: .heading)
      canvas.put(field.1, x: 19, y: y, slot: field.1 == none ? .dim : .normal)
    }
  }

  /// The operations and open action items, with the cursor on one of them.
  private func renderList(_ detail: OfficerDetail, in canvas: inout Canvas, today: CalendarDate) {
    let lines = self.lines
    let visible = canvas.area.height
    guard visible > 0 else { return }
    // The cursor's line is always on screen, whatever height the terminal has now.
    var top = self.top
    if let line = lines.firstIndex(of: .item(cursor)) {
      if line < top { top = line }
      if line >= top + visible { top = line - visible + 1 }
    }
    let items = self.items
    for (y, line) in lines.dropFirst(top).prefix(visible).enumerated() {
      switch line {
      case .heading(let text):
        canvas.put(text, x: 2, y: y, slot: .heading)
      case .note(let text):
        canvas.put(text, x: 4, y: y, slot: .dim)
      case .blank:
        break
      case .item(let index):
        renderItem(items[index], y: y, in: &canvas, today: today)
        if index == cursor { canvas.restyle(row: y, slot: .selection) }
      }
    }
  }

  private func renderItem(_ item: Item, y: Int, in canvas: inout Canvas, today: CalendarDate) {
    let width = canvas.area.width
    switch item {
    case .operation(let operation, let role):
      let cells = [
        ListCell(operation.code), ListCell(operation.codename),
        ListCell(role.label), ListCell(operation.status.label, .dim),
      ]
      put(cells, widths: [16, 18, 12, max(8, width - 52)], y: y, in: &canvas)
    case .action(let row):
      let item = row.item
      let cells = [
        ListCell(item.ref), Cells.due(item, today: today), Cells.status(item.status),
        ListCell(item.title),
      ]
      put(cells, widths: [10, 10, 11, max(8, width - 39)], y: y, in: &canvas)
    }
  }

  private func put(_ cells: [ListCell], widths: [Int], y: Int, in canvas: inout Canvas) {
    var x = 4
    for (cell, width) in zip(cells, widths) {
      canvas.put(padded: cell.text, x: x, y: y, width: width, slot: cell.slot)
      x += width + 1
    }
  }
}
