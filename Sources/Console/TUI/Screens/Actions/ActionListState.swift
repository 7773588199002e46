import CaseModel
import Foundation
import Storage

/// The board's list: which view it shows, and that view's rows, read a page at a time.
struct ActionListState: Sendable {
  var rows = ListModel<ActionRow>()
  var view = ActionsView.mine
  /// The operation the per-operation view shows, once chosen.
  var operationID: UUID?
  var operationCode: String?
  /// What the rows were read with; nil when the view cannot be read (see `ActionsView`).
  private(set) var filter: ActionFilter?

  var label: String { view.label(operationCode: operationCode) }

  func emptyText(_ env: Environment) -> String {
    if view == .operation, let code = operationCode { return "No open action items in \(code)" }
    return view.emptyText(hasProfile: env.profile != nil)
  }

  /// Rows the list shows on the page, for scrolling: those of the narrow layout, which has the
  /// fewest (the screen learns its width only when drawing).
  func visible(_ env: Environment) -> Int { ActionsLayout.listRows(pageRows: env.pageRows) }

  // MARK: - Reading

  /// Reads the view from its first row.
  mutating func load(_ env: Environment) -> [Effect] {
    filter = view.filter(profile: env.profile, operationID: operationID, today: env.today)
    guard let filter else {
      rows = ListModel()
      return []
    }
    return [.query(.actions(filter, rows.loadFirst()))]
  }

  /// Reads the window again, keeping the cursor on the same item.
  mutating func reload(_ env: Environment) -> [Effect] {
    // The day or the acting officer may have changed since the view was read.
    filter = view.filter(profile: env.profile, operationID: operationID, today: env.today)
    guard let filter else { return [] }
    return [.query(.actions(filter, rows.reload()))]
  }

  mutating func receive(
    _ page: Page<ActionRow>, for request: PageRequest, _ env: Environment
  ) -> [Effect] {
    guard let filter else { return [] }
    let more = rows.receive(page, for: request)
    rows.scroll(visibleRows: visible(env))
    let missed = rows.takeMissedFind().map { [Effect.noMoreRows($0)] } ?? []
    if let next = more ?? rows.pageNearCursor(visibleRows: visible(env)) {
      return missed + [.query(.actions(filter, next))]
    }
    return missed
  }

  // MARK: - Moving

  mutating func move(_ action: ActionID, _ env: Environment) -> [Effect] {
    let page = rows.move(action, visibleRows: visible(env))
    rows.scroll(visibleRows: visible(env))
    guard let page, let filter else { return [] }
    return [.query(.actions(filter, page))]
  }

  /// Marks or unmarks the row and steps to the next, so that Space Space marks two rows.
  mutating func toggleMark(_ env: Environment) -> [Effect] {
    rows.toggleMark()
    return move(.down, env)
  }

  mutating func find(_ text: String?, direction: Int, _ env: Environment) -> [Effect] {
    let (found, page) = rows.find(text, direction: direction)
    rows.scroll(visibleRows: visible(env))
    if let page, let filter { return [.query(.actions(filter, page))] }
    guard !found, let text = rows.findText else { return [] }
    return [.noMoreRows(text)]
  }
}
