import CaseModel
import Foundation
import Storage

/// One officer: who they are and how to reach them, then the operations they take part in and
/// their open action items, as one list. Enter opens the operation or the action item in its
/// own screen.
public struct OfficerDetailScreen: Screen {
  /// A row of the list under the officer's card.
  public enum Item: Sendable {
    case operation(JointOperation, ParticipantRole)
    case action(ActionRow)

    public var id: UUID {
      switch self {
      case .operation(let operation, _): operation.id
      case .action(let row): row.item.id
      }
    }
  }

  public let id: UUID
  public private(set) var detail: OfficerDetail?
  /// Why the officer could not be read, shown instead of the card.
  public private(set) var failure: String?
  /// Index into ``items``.
  public private(set) var cursor = 0
  /// The first list line shown.
  private(set) var top = 0

  public init(id: UUID) {
    self.id = id
  }

  public var title: String { detail.map { "Officer @\($0.row.officer.handle)" } ?? "Officer" }
  public var contexts: [KeyContext] { [.list] }
  public var hints: [ActionID] { [.open, .back, .help] }
  public var position: String? {
    guard detail != nil else { return nil }
    return items.isEmpty ? nil : "\(cursor + 1)/\(items.count)"
  }

  public var markings: [Markings] {
    guard let detail else { return [] }
    return detail.operations.map(\.operation.markings) + detail.openActions.map(\.item.markings)
  }

  /// The operations first, then the open actions: the order they are drawn in.
  public var items: [Item] {
    guard let detail else { return [] }
    return detail.operations.map { Item.operation($0.operation, $0.role) }
      + detail.openActions.map { Item.action($0) }
  }

  public var current: Item? { items.indices.contains(cursor) ? items[cursor] : nil }

  // MARK: - Updates

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.officerDetail(id))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.officerDetail(id))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    let last = max(0, items.count - 1)
    let page = max(1, Self.listRows(pageRows: env.pageRows) - 1)
    switch action {
    case .down: cursor = min(last, cursor + 1)
    case .up: cursor = max(0, cursor - 1)
    case .top: cursor = 0
    case .bottom: cursor = last
    case .pageDown: cursor = min(last, cursor + page)
    case .pageUp: cursor = max(0, cursor - page)
    case .create: return [.push(FormScreen(new: .officer))]
    case .edit: return [.push(FormScreen(editing: .officer, id: id))]
    case .open:
      switch current {
      case .operation(let operation, _):
        return Navigate.operation(operation.id, code: operation.code)
      case .action(let row): return Navigate.action(row.item.id)
      case nil: return []
      }
    default:
      return []
    }
    scroll(visibleRows: Self.listRows(pageRows: env.pageRows))
    return []
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .officerDetail(let newDetail):
      // A reload keeps the cursor on the same operation or action, if it is still there.
      let kept = current?.id
      detail = newDetail
      failure = nil
      cursor =
        kept.flatMap { id in items.firstIndex { $0.id == id } }
        ?? min(cursor, max(0, items.count - 1))
      scroll(visibleRows: Self.listRows(pageRows: env.pageRows))
    case .failed(.officerDetail, let message):
      failure = message
    default:
      break
    }
    return []
  }

  /// Keeps the cursor's line inside the list area.
  private mutating func scroll(visibleRows: Int) {
    guard let line = lines.firstIndex(where: { $0 == .item(cursor) }) else { return }
    // The section heading shows with the first row of a section.
    let wanted = line > 0 && lines[line - 1].isHeading ? line - 1 : line
    if wanted < top { top = wanted }
    if line >= top + visibleRows { top = line - visibleRows + 1 }
    top = max(0, min(top, max(0, lines.count - visibleRows)))
  }

  // MARK: - Layout

  /// The rows the card above the list takes.
  static let cardRows = 9

  /// The list's rows, from `pageRows`: the program gives screens three rows more than that
  /// (a list's heading and two spare), and the card takes its own.
  static func listRows(pageRows: Int) -> Int {
    max(1, pageRows + 3 - cardRows)
  }

  /// A line of the list area.
  enum Line: Equatable {
    case heading(String)
    case note(String)
    case item(Int)
    case blank

    var isHeading: Bool {
      if case .heading = self { return true }
      return false
    }
  }

  var lines: [Line] {
    guard let detail else { return [] }
    var lines: [Line] = [.heading("OPERATIONS (\(detail.operations.count))")]
    if detail.operations.isEmpty { lines.append(.note("takes part in no operation")) }
    lines += detail.operations.indices.map { .item($0) }
    lines += [.blank, .heading("OPEN ACTIONS (\(detail.openActions.count))")]
    if detail.openActions.isEmpty { lines.append(.note("no open action items")) }
    lines += detail.openActions.indices.map { .item(detail.operations.count + $0) }
    return lines
  }
}
