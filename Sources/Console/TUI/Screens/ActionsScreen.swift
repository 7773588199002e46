import CaseModel
import Foundation
import Storage

/// Screen 3: the triage board. `v`/`V` cycle the views; one key per triage move, applied to
/// the marked rows or else the current one; the current item's update log shows beside the
/// list (below it on narrow terminals). Enter opens the item.
public struct ActionsScreen: Screen {
  private(set) var list = ActionListState()
  /// The item under the cursor, with its log.
  private(set) var detail: ActionDetail?
  private var detailID: UUID?
  private var triage = TriageMove()
  /// The operations last offered by the per-operation picker, to name the one chosen.
  private var operationCodes: [String: String] = [:]

  public init() {}

  public var title: String { "Actions" }
  public var contexts: [KeyContext] { [.actions, .triage, .list] }
  public var hints: [ActionID] { [.view, .mark, .nextStatus, .done, .postpone, .reassign, .help] }
  public var position: String? {
    guard list.rows.isLoaded || list.filter == nil else { return nil }
    let rows = list.rows
    var text = rows.positionText + " · " + list.label
    if !rows.marks.isEmpty { text += " · \(rows.marks.count) marked" }
    return text
  }
  public var markings: [Markings] {
    let rows = list.rows.rows
    let start = min(list.rows.top, rows.count)
    return rows[start..<min(rows.count, start + 40)].map(\.item.markings)
  }

  public mutating func start(_ env: Environment) -> [Effect] {
    if env.profile == nil { list.view = .overdue }
    return list.load(env) + syncDetail()
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    // The log of the current item may have grown: read it again once the rows are back.
    detailID = nil
    return list.reload(env) + syncDetail()
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    if let effects = triage.begin(action, on: list.rows.targets.map(\.item), env) {
      return effects
    }
    switch action {
    case .down, .up, .top, .bottom, .pageDown, .pageUp:
      return list.move(action, env) + syncDetail()
    case .mark:
      return list.toggleMark(env) + syncDetail()
    case .open:
      guard let row = list.rows.current else { return [] }
      return [.push(ActionDetailScreen(id: row.item.id))]
    case .create:
      return [.push(FormScreen(new: .action, context: FormContext(operationID: list.operationID)))]
    case .edit:
      guard let row = list.rows.current else { return [] }
      return [.push(FormScreen(editing: .action, id: row.item.id))]
    case .view, .previousView:
      return switchView(to: list.view.cycled(action == .view ? 1 : -1), env)
    case .nextMatch, .previousMatch:
      return list.find(nil, direction: action == .nextMatch ? 1 : -1, env) + syncDetail()
    default:
      return []
    }
  }

  private mutating func switchView(to view: ActionsView, _ env: Environment) -> [Effect] {
    list.view = view
    list.rows.marks = []
    let loaded = list.load(env) + syncDetail()
    // Landing on the per-operation view always offers the picker, so that another operation
    // can be chosen; Esc keeps the one shown before.
    guard view == .operation else { return loaded + [.message("showing \(list.label)")] }
    return loaded + [.query(.operationChoices)]
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    if let effects = triage.receive(result) { return effects }
    switch result {
    case .actions(let page, let request):
      return list.receive(page, for: request, env) + syncDetail()
    case .actionDetail(let loaded) where loaded.row.item.id == detailID:
      detail = loaded
      return []
    case .operationChoices(let rows):
      operationCodes = Dictionary(
        rows.map { ($0.operation.id.uuidString, $0.operation.code) },
        uniquingKeysWith: { a, _ in a })
      var picker = PickerOverlay(
        tag: Self.operationTag, title: "Actions of which operation?",
        items: rows.map { row in
          PickerOverlay.Item(
            id: row.operation.id.uuidString, label: row.operation.code,
            detail: "\(row.operation.codename) · \(row.operation.status.label) · "
              + "\(row.openActions) open")
        })
      picker.cursor = rows.firstIndex { $0.operation.id == list.operationID } ?? 0
      return [.overlay(.picker(picker))]
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    if let effects = triage.reply(reply, env) { return effects }
    switch reply {
    case .picked(Self.operationTag, let id):
      guard let operation = UUID(uuidString: id) else { return [] }
      list.operationID = operation
      list.operationCode = operationCodes[id]
      list.view = .operation
      list.rows.marks = []
      return list.load(env) + syncDetail() + [.message("showing \(list.label)")]
    case .text("find", let text):
      return list.find(text, direction: 1, env) + syncDetail()
    default:
      return []
    }
  }

  /// Reads the log of the item under the cursor when the cursor lands on another item.
  private mutating func syncDetail() -> [Effect] {
    guard let id = list.rows.current?.rowID else {
      detail = nil
      detailID = nil
      return []
    }
    guard id != detailID else { return [] }
    detailID = id
    if detail?.row.item.id != id { detail = nil }
    return [.query(.actionDetail(id))]
  }

  static let operationTag = "view.operation"

  // MARK: - Drawing

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let layout = ActionsLayout(canvas.area)
    var listCanvas = canvas.sub(layout.list)
    if list.filter == nil {
      ActionsLayout.renderHeadings(&listCanvas)
      listCanvas.put(list.emptyText(env), x: 2, y: 2, slot: .dim)
    } else {
      ActionsLayout.renderList(list.rows, in: &listCanvas, emptyText: list.emptyText(env), env)
    }
    canvas.merge(listCanvas)
    layout.renderBorder(&canvas)
    var pane = canvas.sub(layout.paneContent)
    UpdateLogPane.render(
      detail?.row.item.id == list.rows.current?.rowID ? detail : nil, in: &pane,
      wide: layout.wide, today: env.today)
    canvas.merge(pane)
  }
}
