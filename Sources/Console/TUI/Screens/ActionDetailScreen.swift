import CaseModel
import Foundation
import Storage

/// One action item in full: its fields, details and whole update log, scrolled with j/k.
/// The triage keys work here as on the board, on this one item, through the same moves.
public struct ActionDetailScreen: Screen {
  public let id: UUID
  private(set) var detail: ActionDetail?
  /// The first line shown.
  private(set) var top = 0
  private var triage = TriageMove()
  private var findText: String?

  public init(id: UUID) {
    self.id = id
  }

  public var title: String { "Action" }
  // The board's context, for its triage keys. Not `.detail`: this screen has no tabs, and its
  // h/l/[/] keys would only be advertised in the help without doing anything.
  public var contexts: [KeyContext] { [.triage] }
  public var hints: [ActionID] {
    [.nextStatus, .done, .postpone, .reassign, .priority, .note, .back, .help]
  }
  public var position: String? {
    detail.map {
      "\($0.row.item.ref) · \($0.updates.count) log \($0.updates.count == 1 ? "entry" : "entries")"
    }
  }
  public var markings: [Markings] { detail.map { [$0.row.item.markings] } ?? [] }

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.actionDetail(id))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.actionDetail(id))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    if let effects = triage.begin(action, on: detail.map { [$0.row.item] } ?? [], env) {
      return effects
    }
    let page = max(1, env.pageRows)
    switch action {
    case .create:
      let operation = detail?.row.item.operationID
      return [.push(FormScreen(new: .action, context: FormContext(operationID: operation)))]
    case .edit: return [.push(FormScreen(editing: .action, id: id))]
    case .down: top += 1
    case .up: top -= 1
    case .pageDown: top += page
    case .pageUp: top -= page
    case .top: top = 0
    case .bottom: top = .max
    case .nextMatch, .previousMatch:
      return find(nil, direction: action == .nextMatch ? 1 : -1, env)
    default: return []
    }
    top = max(0, min(top, lastTop(env)))
    return []
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    if let effects = triage.receive(result) { return effects }
    guard case .actionDetail(let loaded) = result, loaded.row.item.id == id else { return [] }
    detail = loaded
    top = min(top, lastTop(env))
    return []
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    if let effects = triage.reply(reply, env) { return effects }
    guard case .text("find", let text) = reply else { return [] }
    return find(text, direction: 1, env)
  }

  // MARK: - Scrolling

  private func lines(width: Int, _ env: Environment) -> [DetailLine] {
    detail.map { ActionDocument.lines($0, width: width, today: env.today) } ?? []
  }

  /// The last useful scroll position, at the narrowest width (see `ActionDocument`).
  private func lastTop(_ env: Environment) -> Int {
    max(0, lines(width: ActionDocument.assumedWidth, env).count - (env.pageRows + 3))
  }

  /// Scrolls to the next (or previous) line holding the text, accents and case ignored.
  private mutating func find(_ text: String?, direction: Int, _ env: Environment) -> [Effect] {
    if let text { findText = text.isEmpty ? nil : text }
    guard let needle = findText.map(Folding.fold) else { return [] }
    let all = lines(width: ActionDocument.assumedWidth, env)
    var index = top + direction
    while all.indices.contains(index) {
      if Folding.fold(ActionDocument.text(all[index])).contains(needle) {
        top = min(index, lastTop(env))
        return []
      }
      index += direction
    }
    return [.error("no more lines with “\(findText!)”")]
  }

  // MARK: - Drawing

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    guard let detail else {
      canvas.put("Loading…", x: 2, y: 1, slot: .dim)
      return
    }
    let width = canvas.area.width - 7
    let all = ActionDocument.lines(detail, width: width, today: env.today)
    let height = canvas.area.height
    let first = max(0, min(top, all.count - height))
    for (y, line) in all.dropFirst(first).prefix(height).enumerated() {
      line.render(&canvas, x: 2, y: y, width: width)
    }
    // Where the view sits in a document longer than the screen.
    if all.count > height {
      let mark = first + height < all.count ? "↓ j" : "end"
      canvas.put(mark, x: canvas.area.width - 4, y: height - 1, slot: .dim)
      if first > 0 { canvas.put("↑ k", x: canvas.area.width - 4, y: 0, slot: .dim) }
    }
  }
}
