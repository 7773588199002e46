import CaseModel
import Foundation
import Storage

/// Screen 1: the joint operations, with their workload. `v` cycles the status filter, `s` the
/// sort order; Enter opens an operation.
public struct OperationsScreen: Screen {
  /// The status filters `v` cycles through.
  public enum StatusView: CaseIterable, Sendable {
    case current, active, planned, closed, all

    var statuses: Set<OperationStatus>? {
      switch self {
      case .current: nil
      case .active: [.active]
      case .planned: [.planned]
      case .closed: [.suspended, .concluded, .archived]
      case .all: Set(OperationStatus.allCases)
      }
    }

    var label: String {
      switch self {
      case .current: "not archived"
      case .active: "active"
      case .planned: "planned"
      case .closed: "suspended, concluded, archived"
      case .all: "all"
      }
    }
  }

  public private(set) var list = ListModel<OperationRow>()
  public private(set) var statusView = StatusView.current
  public private(set) var sort = OperationSort.code

  public init() {}

  public var title: String { "Operations" }
  public var contexts: [KeyContext] { [.operations, .list] }
  public var hints: [ActionID] { [.open, .view, .sort, .filter, .help] }
  public var position: String? {
    list.isLoaded
      ? "\(list.positionText) · \(statusView.label) · by \(sort.label)"
      : nil
  }
  public var markings: [Markings] { visibleRows.map(\.operation.markings) }

  private var visibleRows: ArraySlice<OperationRow> {
    let rows = list.rows
    let start = min(list.top, rows.count)
    return rows[start..<min(rows.count, start + 40)]
  }

  private var filter: OperationFilter { OperationFilter(statuses: statusView.statuses) }

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.operations(filter, sort, list.loadFirst()))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.operations(filter, sort, list.reload()))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    if let step = list.respond(to: action, env) { return effects(step) }
    switch action {
    case .open:
      guard let row = list.current else { return [] }
      return [.push(OperationDetailScreen(id: row.operation.id, code: row.operation.code))]
    case .create:
      return [.push(FormScreen(new: .operation))]
    case .edit:
      guard let row = list.current else { return [] }
      return [.push(FormScreen(editing: .operation, id: row.operation.id))]
    case .view:
      let all = StatusView.allCases
      statusView = all[(all.firstIndex(of: statusView)! + 1) % all.count]
      return [
        .query(.operations(filter, sort, list.loadFirst())),
        .message("showing \(statusView.label) operations"),
      ]
    case .sort:
      let all = OperationSort.allCases
      sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
      return [
        .query(.operations(filter, sort, list.loadFirst())), .message("sorted by \(sort.label)"),
      ]
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    list.respond(to: reply, env).map(effects) ?? []
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    guard case .operations(let page, let request) = result else { return [] }
    return effects(list.take(page, request, env))
  }

  private func effects(_ step: ListStep) -> [Effect] {
    (step.page.map { [.query(.operations(filter, sort, $0))] } ?? [])
      + (step.missing.map { [.error("no more operations with “\($0)”")] } ?? [])
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let columns = [
      ListColumn("CODE", width: 16), ListColumn("CODENAME", width: 16),
      ListColumn("STATUS", width: 9),
      ListColumn("VECTOR", width: 16), ListColumn("LEAD", width: 12),
      ListColumn("OPEN", width: 4, alignRight: true),
      ListColumn("LATE", width: 4, alignRight: true),
      ListColumn("NEXT MEETING"), ListColumn("TLP", width: 6),
    ]
    ListView.render(
      list, columns: columns, in: &canvas,
      emptyText: "No operations match; press v to change the filter"
    ) { row in
      let op = row.operation
      return [
        ListCell(op.code), ListCell(op.codename),
        ListCell(op.status.label, op.status == .active ? .normal : .dim), ListCell(op.vector.label),
        ListCell(row.leadCountryCode + (row.leadOrganisationAcronym.map { " " + $0 } ?? "")),
        ListCell(String(row.openActions)),
        ListCell(String(row.overdueActions), row.overdueActions > 0 ? .itemOverdue : .dim),
        ListCell(
          row.nextMeeting.map { TimeText.short($0) } ?? "—", row.nextMeeting == nil ? .dim : .normal
        ),
        Cells.marking(op.markings),
      ]
    }
  }
}

/// Times as lists show them, in the officer's zone: `2026-12-04 15:00`.
public enum TimeText {
  public static func short(_ date: Date) -> String { date.formatted(style) }

  public static func short(_ date: Date, zone: TimeZone) -> String {
    date.formatted(makeStyle(zone))
  }

  private static let style = makeStyle(.current)

  private static func makeStyle(_ zone: TimeZone) -> Date.VerbatimFormatStyle {
    Date.VerbatimFormatStyle(
      format: """
        \(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \
        \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)
        """, timeZone: zone, calendar: Calendar(identifier: .gregorian))
  }
}
