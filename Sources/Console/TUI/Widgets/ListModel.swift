import Foundation
import Storage

/// A row a list can show: it has an identity (so the cursor can stay on it across reloads)
/// and text that `/` find looks in.
public protocol ListRow: Sendable {
  var rowID: UUID { get }
  var findText: String { get }
}

/// The state of a list read from the store a page at a time.
///
/// The list holds a window of rows, not the whole table: moving near either edge asks for the
/// next or previous page by key, `G` reads the last page directly, and a reload re-reads the
/// window from where it started, then puts the cursor back on the same record.
public struct ListModel<Row: ListRow>: Sendable {
  public private(set) var rows: [Row] = []
  /// Each row's key, to read on from either edge of the window.
  private var keys: [PageKey] = []
  /// Whether the list goes on after the window.
  public private(set) var moreAfter = false
  /// Whether the list goes on before the window.
  public private(set) var moreBefore = false
  public private(set) var cursor = 0
  /// The first row shown.
  public private(set) var top = 0
  /// Rows marked with Space, by id.
  public var marks: Set<UUID> = []
  /// Whether the first page has arrived.
  public private(set) var isLoaded = false
  /// A page asked for and not yet received.
  public private(set) var pending: PageRequest?
  /// What `/` looks for; n and N find the next and previous rows with it.
  public private(set) var findText: String?

  /// Where the cursor is, as status bars show it: `12/100+` is the 12th of the 100 rows read,
  /// with more after them. After `G` the rows read are the last ones, and the ones before
  /// them are not counted (that would read the table): `…100/100` says so.
  public var positionText: String {
    (moreBefore ? "…" : "") + "\(rows.isEmpty ? 0 : cursor + 1)/\(rows.count)"
      + (moreAfter ? "+" : "")
  }

  /// How the window began: a reload reads it again from there.
  private var windowStart: PageRequest.Position = .first
  private var keep: UUID?
  /// The rows a reload keeps: those the window held. It reads a few more, so that the cursor's
  /// record is found when rows were added before it, and drops the extra ones at the window's
  /// far end: every reload of a list otherwise grew it by 20 rows, each re-read and recorded
  /// as consulted.
  private var reloadSize: Int?
  private var findDirection: Int?
  private var findPagesLeft = 0
  /// The row a find that reads pages started from, with its key: where the cursor goes back
  /// to when the find gives up, read again if the window has let it go.
  private var findOrigin: (id: UUID, key: PageKey?)?
  /// A find that read pages and found nothing, until the screen takes it to say so.
  private var missedFind: String?

  /// Rows read per page: two screens and more of a list on a 50-line terminal (so that `j`
  /// seldom waits for one), few enough that reading one stays within a frame where each row costs
  /// look-ups under need-to-know. A directory page counts each officer's open items (200 on
  /// the bench file): 200 officers took 18 ms, on every `j` of the country pane.
  public static var pageSize: Int { 100 }
  /// Rows `/`, n and N read past the window before giving up.
  static var findReach: Int { 5_000 }
  /// Rows kept before the window slides: memory stays flat however far one scrolls.
  static var windowLimit: Int { 1_000 }

  public init() {}

  public var current: Row? { rows.indices.contains(cursor) ? rows[cursor] : nil }
  public var isEmpty: Bool { isLoaded && rows.isEmpty }

  /// The rows a move applies to: the marked ones, or the one under the cursor.
  public var targets: [Row] {
    let marked = rows.filter { marks.contains($0.rowID) }
    return marked.isEmpty ? (current.map { [$0] } ?? []) : marked
  }

  // MARK: - Loading

  /// The request for the first page.
  public mutating func loadFirst() -> PageRequest {
    keep = nil
    return request(PageRequest(.first, limit: Self.pageSize))
  }

  /// The request that re-reads the window, keeping the cursor on the same record.
  public mutating func reload() -> PageRequest {
    keep = current?.rowID
    reloadSize = max(Self.pageSize, rows.count)
    return request(PageRequest(windowStart, limit: max(Self.pageSize, rows.count + 20)))
  }

  private mutating func request(_ page: PageRequest) -> PageRequest {
    pending = page
    return page
  }

  /// Takes a page in. Returns a further page to read, when a find is still looking.
  public mutating func receive(_ page: Page<Row>, for request: PageRequest) -> PageRequest? {
    guard request == pending else { return nil }
    pending = nil
    isLoaded = true
    let extending: Bool
    switch request.position {
    // A reload reads from the window's start (`.first`, `.from`, `.last`), never after or
    // before a key: those pages extend the window.
    case .after, .before: extending = !rows.isEmpty
    case .first, .from, .last: extending = false
    }
    if !extending {
      // A new window: the first page, the last page, or a reload.
      let keepID = keep ?? current?.rowID
      rows = page.rows
      keys = page.keys
      moreAfter = page.next != nil
      moreBefore = page.previous != nil
      windowStart = request.position
      if case .last = request.position, keep == nil {
        cursor = max(0, rows.count - 1)
      } else {
        cursor =
          keepID.flatMap { id in rows.firstIndex { $0.rowID == id } }
          ?? min(cursor, max(0, rows.count - 1))
      }
      if let reloadSize { trim(to: reloadSize, backward: request.isBackward) }
    } else {
      if case .before = request.position {
        rows = page.rows + rows
        keys = page.keys + keys
        moreBefore = page.previous != nil
        cursor += page.rows.count
        top += page.rows.count
      } else {
        rows += page.rows
        keys += page.keys
        moreAfter = page.next != nil
      }
      slide(toward: findDirection)
      // The window grew or slid: a reload reads it again from its first row.
      windowStart = moreBefore ? keys.first.map(PageRequest.Position.from) ?? .first : .first
    }
    keep = nil
    reloadSize = nil
    marks = marks.filter { id in rows.contains { $0.rowID == id } }
    cursor = min(cursor, max(0, rows.count - 1))
    return continueFind()
  }

  /// Keeps `size` rows of a re-read window, dropping those past its far end: after the
  /// cursor, or before it for a window read backwards from the last row. The cursor's row and
  /// marked rows stay.
  private mutating func trim(to size: Int, backward: Bool) {
    if backward {
      let first = min(cursor, rows.firstIndex { marks.contains($0.rowID) } ?? cursor)
      dropFirst(rows.count - max(size, rows.count - first))
    } else {
      let last = max(cursor, rows.lastIndex { marks.contains($0.rowID) } ?? cursor)
      dropLast(rows.count - max(size, last + 1))
    }
  }

  /// Drops rows far from the cursor when the window grows past its limit; they are read again
  /// by key if the officer scrolls back to them. A find reading on (`direction`) drops the
  /// rows behind it instead, which it has looked in: dropping the page it has just read would
  /// have it read the same page again and again.
  private mutating func slide(toward direction: Int? = nil) {
    let excess = rows.count - Self.windowLimit
    guard excess > 0 else { return }
    if direction.map({ $0 > 0 }) ?? (cursor > rows.count / 2) {
      dropFirst(excess)
    } else {
      dropLast(excess)
    }
    // The cursor's row may be among those dropped: a find looks on from the nearest row.
    cursor = min(max(cursor, 0), rows.count - 1)
  }

  /// Drops the first `count` rows.
  private mutating func dropFirst(_ count: Int) {
    guard count > 0 else { return }
    rows.removeFirst(count)
    keys.removeFirst(count)
    cursor -= count
    top = max(0, top - count)
    moreBefore = true
  }

  /// Drops the last `count` rows.
  private mutating func dropLast(_ count: Int) {
    guard count > 0 else { return }
    rows.removeLast(count)
    keys.removeLast(count)
    moreAfter = true
  }

  /// The page to read because the cursor came near an edge of the window, if any.
  public mutating func pageNearCursor(visibleRows: Int) -> PageRequest? {
    guard pending == nil, isLoaded else { return nil }
    let margin = max(visibleRows * 2, 40)
    if cursor >= rows.count - margin, moreAfter, let last = keys.last {
      return request(PageRequest(.after(last), limit: Self.pageSize))
    }
    if cursor < margin, moreBefore, let first = keys.first {
      return request(PageRequest(.before(first), limit: Self.pageSize))
    }
    return nil
  }

  // MARK: - Moving

  /// Applies a moving action. Returns the page to read, if the move needs one.
  public mutating func move(_ action: ActionID, visibleRows: Int) -> PageRequest? {
    let last = max(0, rows.count - 1)
    switch action {
    case .down: cursor = min(last, cursor + 1)
    case .up: cursor = max(0, cursor - 1)
    case .pageDown: cursor = min(last, cursor + max(1, visibleRows - 1))
    case .pageUp: cursor = max(0, cursor - max(1, visibleRows - 1))
    case .top:
      cursor = 0
      top = 0
      if moreBefore {
        keep = nil
        return request(PageRequest(.first, limit: Self.pageSize))
      }
    case .bottom:
      cursor = last
      if moreAfter {
        keep = nil
        return request(PageRequest(.last, limit: Self.pageSize))
      }
    default: return nil
    }
    return pageNearCursor(visibleRows: visibleRows)
  }

  /// Puts the cursor on a record if it is in the window.
  public mutating func select(_ id: UUID) {
    if let index = rows.firstIndex(where: { $0.rowID == id }) { cursor = index }
  }

  /// Keeps the cursor inside the visible rows.
  public mutating func scroll(visibleRows: Int) {
    guard visibleRows > 0 else { return }
    if cursor < top { top = cursor }
    if cursor >= top + visibleRows { top = cursor - visibleRows + 1 }
    top = max(0, min(top, max(0, rows.count - visibleRows)))
  }

  public mutating func toggleMark() {
    guard let id = current?.rowID else { return }
    if marks.contains(id) { marks.remove(id) } else { marks.insert(id) }
  }

  // MARK: - Find

  /// Looks for `text` (or the last text) from the row after the cursor (`direction` 1) or
  /// before it (-1). Returns a page to read when the window has no further match but the
  /// list goes on; the search continues as pages arrive, for a bounded number of pages.
  public mutating func find(_ text: String?, direction: Int) -> (found: Bool, page: PageRequest?) {
    let result = search(text, direction: direction)
    // Nothing found without a page read: the caller says so at once, and a later page must
    // not say it again.
    if !result.found, result.page == nil { missedFind = nil }
    return result
  }

  private mutating func search(
    _ text: String?, direction: Int
  ) -> (found: Bool, page: PageRequest?) {
    if let text { findText = text.isEmpty ? nil : text }
    guard let needle = findText.map(Folding.fold) else { return (false, nil) }
    var index = cursor + direction
    while rows.indices.contains(index) {
      if Folding.fold(rows[index].findText).contains(needle) {
        cursor = index
        findDirection = nil
        findPagesLeft = 0
        return (true, nil)
      }
      index += direction
    }
    if findDirection == nil {
      findPagesLeft = Self.findReach / Self.pageSize
      // A list received whole has no keys (nor pages to read).
      findOrigin = current.map { ($0.rowID, keys.indices.contains(cursor) ? keys[cursor] : nil) }
    }
    findDirection = direction
    return (false, nextFindPage())
  }

  private mutating func nextFindPage() -> PageRequest? {
    guard let direction = findDirection, pending == nil else {
      findDirection = nil
      findOrigin = nil
      return nil
    }
    if findPagesLeft > 0 {
      findPagesLeft -= 1
      if direction > 0, moreAfter, let last = keys.last {
        return request(PageRequest(.after(last), limit: Self.pageSize))
      }
      if direction < 0, moreBefore, let first = keys.first {
        return request(PageRequest(.before(first), limit: Self.pageSize))
      }
    }
    return giveUpFind()
  }

  /// Ends a find that found nothing: the cursor goes back to where it started, read again
  /// from there if the window let its row go.
  private mutating func giveUpFind() -> PageRequest? {
    findDirection = nil
    defer { findOrigin = nil }
    guard let origin = findOrigin else { return nil }
    missedFind = findText
    if let index = rows.firstIndex(where: { $0.rowID == origin.id }) {
      cursor = index
      return nil
    }
    guard let key = origin.key else { return nil }
    keep = origin.id
    return request(PageRequest(.from(key), limit: Self.pageSize))
  }

  /// Once, after a find that read pages found nothing: the text it looked for, for the
  /// screen to say so.
  public mutating func takeMissedFind() -> String? {
    defer { missedFind = nil }
    return missedFind
  }

  private mutating func continueFind() -> PageRequest? {
    guard let direction = findDirection else { return nil }
    // Searching resumes from the edge the new rows were added at.
    cursor = direction > 0 ? max(cursor, 0) : cursor
    return search(nil, direction: direction).page
  }

  /// Whether a find is still reading pages.
  public var isFinding: Bool { findDirection != nil }

  public mutating func clearFind() {
    findText = nil
    findDirection = nil
    findOrigin = nil
  }
}
