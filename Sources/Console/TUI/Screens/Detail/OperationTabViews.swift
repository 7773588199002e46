import CaseModel
import Foundation
import Storage

/// Draws an operation's detail: the title, the tab strip, and the tab shown.
@MainActor
enum OperationTabViews {
  static func render(_ screen: OperationDetailScreen, in canvas: inout Canvas, _ env: Environment) {
    let op = screen.detail?.row.operation
    let used = canvas.put(
      op.map { "\($0.code) · \($0.codename)" } ?? screen.code, x: 1, y: 0, slot: .title)
    if let op {
      canvas.put("  \(op.status.label) · \(op.vector.label)", x: 1 + used, y: 0, slot: .dim)
    }
    strip(screen).render(&canvas, y: 1)
    var body = canvas.sub(
      Rect(x: 0, y: 2, width: canvas.area.width, height: canvas.area.height - 2))
    defer { canvas.merge(body) }
    guard screen.detail != nil else {
      body.put("Loading…", x: 2, y: 1, slot: .dim)
      return
    }
    switch screen.tab {
    case .overview:
      var text = body.sub(
        Rect(x: 1, y: 1, width: body.area.width - 1, height: body.area.height - 1))
      screen.overview.render(&text)
      body.merge(text)
    case .participants: participants(screen.participants, in: &body)
    case .meetings: screen.meetings.render(&body, env)
    case .actions: actions(screen.actions, in: &body, env)
    case .seizures: seizures(screen.seizures, in: &body)
    case .activity: activity(screen.activity, in: &body)
    }
  }

  /// The tabs with how many rows each holds, where the operation says.
  static func strip(_ screen: OperationDetailScreen) -> TabStrip {
    let detail = screen.detail
    let tabs = OperationDetailScreen.Tab.allCases.map { tab -> TabStrip.Tab in
      switch tab {
      case .participants: TabStrip.Tab(tab.label, count: detail?.participants.count)
      case .meetings: TabStrip.Tab(tab.label, count: detail?.meetings)
      case .actions: TabStrip.Tab(tab.label, count: detail?.row.openActions)
      case .seizures: TabStrip.Tab(tab.label, count: detail?.seizures)
      case .overview, .activity: TabStrip.Tab(tab.label)
      }
    }
    return TabStrip(tabs, active: screen.tab.rawValue)
  }

  // MARK: - Lists

  private static func participants(_ list: ListModel<ParticipantRow>, in canvas: inout Canvas) {
    var rows = canvas.sub(
      Rect(x: 0, y: 0, width: canvas.area.width, height: canvas.area.height - 1))
    let columns = [
      ListColumn("ROLE", width: 11), ListColumn("KIND", width: 12), ListColumn("REF", width: 14),
      ListColumn("NAME"),
    ]
    ListView.render(list, columns: columns, in: &rows, emptyText: "No participants") { row in
      let role = row.participant.role
      return [
        ListCell(role.label, role >= .coLead ? .heading : .normal), ListCell(row.partyKind, .dim),
        ListCell(row.reference), ListCell(row.name),
      ]
    }
    canvas.merge(rows)
    if !list.rows.isEmpty {
      canvas.put(
        "Del or x removes a participant (asks first) · Enter opens an officer",
        x: 2, y: canvas.area.height - 1, slot: .dim)
    }
  }

  private static func actions(
    _ list: ListModel<ActionRow>, in canvas: inout Canvas, _ env: Environment
  ) {
    let columns = [
      ListColumn("REF", width: 9), ListColumn("DUE", width: 10), ListColumn("STATUS", width: 11),
      ListColumn("PRIORITY", width: 8), ListColumn("OWNER", width: 12), ListColumn("TITLE"),
    ]
    ListView.render(list, columns: columns, in: &canvas, emptyText: "No open actions") { row in
      [
        ListCell(row.item.ref), Cells.due(row.item, today: env.today),
        Cells.status(row.item.status),
        Cells.priority(row.item.priority), ListCell(row.ownerHandle), ListCell(row.item.title),
      ]
    }
  }

  /// Below 100 columns the place and the description share one column: two columns of eight
  /// would show neither.
  private static func seizures(_ list: ListModel<SeizureRow>, in canvas: inout Canvas) {
    let wide = canvas.area.width >= 100
    let quantityWidth = wide ? 12 : 9
    let valueWidth = wide ? 17 : 12
    let columns =
      [
        ListColumn("KIND", width: wide ? 13 : 11), ListColumn("DATE", width: 10),
        ListColumn("QUANTITY", width: quantityWidth, alignRight: true),
        ListColumn("VALUE", width: valueWidth, alignRight: true), ListColumn("STATUS", width: 11),
      ] + (wide ? [ListColumn("PLACE"), ListColumn("DESCRIPTION")] : [ListColumn("PLACE — WHAT")])
    ListView.render(list, columns: columns, in: &canvas, emptyText: "No seizures recorded") { row in
      let s = row.seizure
      let quantity = s.quantity.map { Amount.text($0, s.unit?.label ?? "", width: quantityWidth) }
      let value = s.value.map { Amount.text($0, s.currency ?? "", width: valueWidth) }
      let status: Slot = s.status == .released ? .dim : .normal
      return [
        ListCell(s.kind.label), ListCell(s.date.description),
        ListCell(quantity ?? "—", quantity == nil ? .dim : .normal),
        ListCell(value ?? "—", value == nil ? .dim : .normal), ListCell(s.status.label, status),
      ]
        + (wide
          ? [ListCell(s.place), ListCell(s.description)]
          : [ListCell(s.place + " — " + s.description)])
    }
  }

  private static func activity(_ list: ListModel<ActivityRow>, in canvas: inout Canvas) {
    let columns = [
      ListColumn("TIME", width: 16), ListColumn("OFFICER", width: 12),
      ListColumn("FIELD", width: 18),
      ListColumn("NEW VALUE"),
    ]
    ListView.render(list, columns: columns, in: &canvas, emptyText: "No changes recorded") { row in
      let change = row.change
      return [
        ListCell(TimeText.short(change.at)),
        ListCell(change.officerHandle ?? "—", change.officerHandle == nil ? .dim : .normal),
        ListCell(row.fieldLabel),
        ListCell(change.value ?? "(none)", change.value == nil ? .dim : .normal),
      ]
    }
  }
}

/// Quantities and sums as lists show them: grouped digits, and shortened to millions or
/// billions only when the full figure does not fit its column.
enum Amount {
  static func text(_ value: Double, _ unit: String, width: Int) -> String {
    let suffix = unit.isEmpty ? "" : " " + unit
    let full = grouped(value) + suffix
    guard DisplayWidth.of(full) > width else { return full }
    for (scale, word) in [(1e9, " bn"), (1e6, " M"), (1e3, " k")] where abs(value) >= scale {
      return grouped(value / scale, decimals: 1) + word + suffix
    }
    return full
  }

  static func grouped(_ value: Double, decimals: Int = 2) -> String {
    value.formatted(
      .number.precision(.fractionLength(0...decimals)).locale(Locale(identifier: "en_US")))
  }
}
