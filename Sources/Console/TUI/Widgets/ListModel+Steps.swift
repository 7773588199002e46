import Foundation
import Storage

/// What a list did with a key: the page to read next, and the text `/` did not find.
public struct ListStep: Sendable {
  public var page: PageRequest?
  public var missing: String?
}

/// The steps every list takes — moving, finding, taking pages in — so that a screen routes a
/// list in one line and only says which query reads it.
extension ListModel {
  /// j/k/g/G/PgUp/PgDn, n and N; nil for any other action.
  mutating func respond(to action: ActionID, _ env: Environment) -> ListStep? {
    switch action {
    case .down, .up, .top, .bottom, .pageDown, .pageUp:
      return ListStep(page: step(action, env))
    case .nextMatch, .previousMatch:
      let (page, missing) = findRow(nil, direction: action == .nextMatch ? 1 : -1, env)
      return ListStep(page: page, missing: missing)
    default:
      return nil
    }
  }

  /// The answer to the `/` prompt; nil for any other reply.
  mutating func respond(to reply: Reply, _ env: Environment) -> ListStep? {
    guard case .text("find", let text) = reply else { return nil }
    let (page, missing) = findRow(text, direction: 1, env)
    return ListStep(page: page, missing: missing)
  }

  /// Takes in a list that arrives whole with its record (participants, history) as a single
  /// page with nothing before or after it, so that it moves, finds and keeps its cursor like
  /// any list read by key.
  mutating func receiveWhole(_ rows: [Row], _ env: Environment) {
    let request = isLoaded ? reload() : loadFirst()
    _ = receive(Page(rows: rows, keys: [], next: nil, previous: nil), for: request)
    scroll(visibleRows: env.pageRows)
  }

  /// Takes a page in: the next page to read, if a find or the cursor needs one, and the text
  /// a find that read pages gave up on.
  mutating func take(_ page: Page<Row>, _ request: PageRequest, _ env: Environment) -> ListStep {
    let more = receive(page, for: request)
    scroll(visibleRows: env.pageRows)
    return ListStep(
      page: more ?? pageNearCursor(visibleRows: env.pageRows), missing: takeMissedFind())
  }

  /// Moves the cursor; the page to read, if the move needs one.
  mutating func step(_ action: ActionID, _ env: Environment) -> PageRequest? {
    let page = move(action, visibleRows: env.pageRows)
    scroll(visibleRows: env.pageRows)
    return page
  }

  /// Finds the next row with the text: the page to read on if the window has none, and the
  /// text that was not found (nil when a row was found or nothing is being looked for).
  mutating func findRow(
    _ text: String?, direction: Int, _ env: Environment
  ) -> (page: PageRequest?, missing: String?) {
    let (found, page) = find(text, direction: direction)
    scroll(visibleRows: env.pageRows)
    if page != nil { return (page, nil) }
    return (nil, found ? nil : findText)
  }
}

extension Effect {
  /// What a list says when `/`, n or N finds no further row with `text`.
  nonisolated static func noMoreRows(_ text: String) -> Effect {
    .error("no more rows with “\(text)”")
  }
}
