import CaseModel
import Foundation
import Storage

/// Screen 2: meetings, upcoming (soonest first) or, with `t`, past (latest first); all of
/// them, or one operation's. Enter opens a meeting's attendance and minutes.
public struct MeetingsScreen: Screen {
  /// The operation whose meetings these are; nil for every meeting.
  public let operationID: UUID?
  public let operationCode: String?
  public private(set) var period = MeetingFilter.Period.upcoming
  public private(set) var list = ListModel<MeetingRow>()

  public init() {
    operationID = nil
    operationCode = nil
  }

  /// One operation's meetings, as its detail shows them.
  public init(operationID: UUID, code: String) {
    self.operationID = operationID
    operationCode = code
  }

  public var title: String {
    guard let operationCode, !operationCode.isEmpty else { return "Meetings" }
    return "Meetings · \(operationCode)"
  }
  public var contexts: [KeyContext] { [.meetings, .list] }
  public var hints: [ActionID] { [.open, .togglePeriod, .filter, .help] }
  public var hintWords: [ActionID: String] {
    [.togglePeriod: filter.period == .past ? "upcoming" : "past"]
  }
  public var position: String? {
    guard list.isLoaded else { return nil }
    let count = "\(list.rows.count)\(list.moreAfter ? "+" : "")"
    return "\(list.rows.isEmpty ? 0 : list.cursor + 1)/\(count) · \(periodLabel)"
  }
  public var markings: [Markings] { visibleRows.map(\.meeting.markings) }

  var periodLabel: String { period == .upcoming ? "upcoming" : "past" }

  /// The rows that can be on screen: enough for the tallest terminal, cheap to scan.
  var visibleRows: ArraySlice<MeetingRow> {
    let rows = list.rows
    let start = min(list.top, rows.count)
    return rows[start..<min(rows.count, start + 60)]
  }

  var filter: MeetingFilter { MeetingFilter(period: period, operationID: operationID) }

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.meetings(filter, list.loadFirst()))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.meetings(filter, list.reload()))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    if let step = list.respond(to: action, env) { return effects(step) }
    switch action {
    case .open:
      guard let row = list.current else { return [] }
      return [.push(MeetingDetailScreen(id: row.meeting.id))]
    case .openMinutes:
      return list.current.map { [.push(MinutesEditorScreen(meetingID: $0.meeting.id))] } ?? []
    case .create:
      let here = FormContext(operationID: operationID, operationCode: operationCode)
      return [.push(FormScreen(new: .meeting, context: here))]
    case .edit:
      guard let row = list.current else { return [] }
      return [.push(FormScreen(editing: .meeting, id: row.meeting.id))]
    case .togglePeriod:
      period = period == .upcoming ? .past : .upcoming
      // A new list: the cursor starts on the soonest (or latest) meeting, not on a row
      // number that means nothing in the other period.
      list = ListModel()
      let order = period == .upcoming ? "soonest first" : "latest first"
      return [
        .query(.meetings(filter, list.loadFirst())),
        .message("showing \(periodLabel) meetings, \(order)"),
      ]
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    list.respond(to: reply, env).map(effects) ?? []
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    guard case .meetings(let page, let request) = result else { return [] }
    return effects(list.take(page, request, env))
  }

  private func effects(_ step: ListStep) -> [Effect] {
    (step.page.map { [.query(.meetings(filter, $0))] } ?? [])
      + (step.missing.map { [.error("no more meetings with “\($0)”")] } ?? [])
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let width = canvas.area.width
    let other = period == .upcoming ? "past" : "upcoming"
    let whose = operationCode.map { $0.isEmpty ? "" : " for \($0)" } ?? ""
    ListView.render(
      list, columns: MeetingCells.columns(width: width), in: &canvas,
      emptyText: "No \(periodLabel) meetings\(whose); press t for \(other) ones"
    ) { MeetingCells.cells($0, width: width) }
  }
}
