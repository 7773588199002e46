import Foundation
import GRDB
import Testing

@testable import Console
@testable import Storage

/// A row of a synthetic list, numbered.
struct NumberedRow: ListRow, Equatable {
  let number: Int
  let rowID: UUID
  var findText: String { "row \(number)" + (number == 777 ? " needle" : "") }
}

/// An in-memory list that answers page requests the way the store's keyset queries do.
struct NumberedSource {
  let rows: [NumberedRow]

  init(count: Int) {
    rows = (0..<count).map { NumberedRow(number: $0, rowID: UUID()) }
  }

  func key(_ index: Int) -> PageKey { PageKey(values: [index.databaseValue]) }

  func page(_ request: PageRequest) -> Page<NumberedRow> {
    let indices: [Int]
    switch request.position {
    case .first: indices = Array(0..<min(rows.count, request.limit + 1))
    case .after(let key):
      let start = (Int.fromDatabaseValue(key.values[0]) ?? 0) + 1
      indices = Array(start..<min(rows.count, start + request.limit + 1))
    case .from(let key):
      let start = Int.fromDatabaseValue(key.values[0]) ?? 0
      indices = Array(start..<min(rows.count, start + request.limit + 1))
    case .before(let key):
      let end = Int.fromDatabaseValue(key.values[0]) ?? 0
      indices = Array(max(0, end - request.limit - 1)..<end)
    case .last: indices = Array(max(0, rows.count - request.limit - 1)..<rows.count)
    }
    let backward = request.isBackward
    let more = indices.count > request.limit
    let kept = more ? (backward ? Array(indices.dropFirst()) : Array(indices.dropLast())) : indices
    let hasBoundary: Bool
    switch request.position {
    case .after, .before, .from: hasBoundary = true
    case .first, .last: hasBoundary = false
    }
    return Page(
      rows: kept.map { rows[$0] }, keys: kept.map(key),
      next: (backward ? hasBoundary : more) ? kept.last.map(key) : nil,
      previous: (backward ? more : hasBoundary) ? kept.first.map(key) : nil)
  }

  /// Feeds the model every page it asks for, as the program does.
  func serve(_ model: inout ListModel<NumberedRow>, _ first: PageRequest?) {
    var request = first
    while let current = request { request = model.receive(page(current), for: current) }
  }
}

@MainActor
@Suite("Lists read a page at a time")
struct ListModelTests {
  @Test func theFirstPageArrivesAndTheCursorStartsAtTheTop() {
    let source = NumberedSource(count: 1_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    #expect(model.rows.count == ListModel<NumberedRow>.pageSize)
    #expect(model.current?.number == 0)
    #expect(model.moreAfter)
    #expect(!model.moreBefore)
    #expect(model.positionText == "1/\(ListModel<NumberedRow>.pageSize)+")
  }

  @Test func movingDownReadsTheNextPageBeforeTheEnd() {
    let source = NumberedSource(count: 1_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    // Twenty rows short of the first page's end, the next page is in.
    let size = ListModel<NumberedRow>.pageSize
    var asked: PageRequest?
    for _ in 0..<(size - 20) {
      if let page = model.move(.down, visibleRows: 20) { asked = page }
      source.serve(&model, asked)
      asked = nil
    }
    #expect(model.current?.number == size - 20)
    #expect(model.rows.count == 2 * size)
  }

  @Test func bottomReadsTheLastPageDirectly() {
    let source = NumberedSource(count: 100_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    let request = model.move(.bottom, visibleRows: 20)
    #expect(request?.position == .last)
    source.serve(&model, request)
    #expect(model.current?.number == 99_999)
    #expect(model.moreBefore)
    #expect(!model.moreAfter)
    // The rows before the last page are not counted, and the position says so.
    #expect(model.positionText == "…\(model.rows.count)/\(model.rows.count)")
    // Going up from the end reads the page before the window.
    var steps = 0
    while model.current?.number != 99_700, steps < 400 {
      source.serve(&model, model.move(.up, visibleRows: 20))
      steps += 1
    }
    #expect(model.current?.number == 99_700)
    // And `g` goes back to the very first row.
    source.serve(&model, model.move(.top, visibleRows: 20))
    #expect(model.current?.number == 0)
  }

  @Test func theWindowStaysBoundedHoweverFarOneScrolls() {
    let source = NumberedSource(count: 20_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    for _ in 0..<600 { source.serve(&model, model.move(.pageDown, visibleRows: 20)) }
    #expect(model.current?.number == 600 * 19)
    #expect(
      model.rows.count <= ListModel<NumberedRow>.windowLimit + ListModel<NumberedRow>.pageSize)
    // Scrolling back reads the dropped rows again, in order, without gaps.
    for _ in 0..<600 { source.serve(&model, model.move(.pageUp, visibleRows: 20)) }
    #expect(model.current?.number == 0)
    let numbers = model.rows.map(\.number)
    #expect(numbers == Array(numbers.first!...numbers.last!))
  }

  @Test func aReloadKeepsTheCursorOnTheSameRecord() {
    var source = NumberedSource(count: 500)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    for _ in 0..<30 { source.serve(&model, model.move(.down, visibleRows: 20)) }
    let id = model.current?.rowID
    // Another process deletes the first ten rows.
    source = NumberedSource(rows: Array(source.rows.dropFirst(10)))
    source.serve(&model, model.reload())
    #expect(model.current?.rowID == id)
    #expect(model.cursor == 20)
  }

  /// A reload reads a few rows more, to find the cursor's record when rows were added before
  /// it, and keeps only as many as the window held: reloads never grow a list.
  @Test func reloadsKeepTheWindowsSize() {
    var source = NumberedSource(count: 2_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    for _ in 0..<10 { source.serve(&model, model.move(.down, visibleRows: 20)) }
    for _ in 0..<30 { source.serve(&model, model.reload()) }
    #expect(model.rows.count == ListModel<NumberedRow>.pageSize)
    #expect(model.moreAfter)
    #expect(model.current?.number == 10)
    // Rows added before the cursor: the same record, the same number of rows, and the rows
    // pushed out of the window are read again on the way down.
    let id = model.current?.rowID
    let added = (0..<15).map { NumberedRow(number: -1 - $0, rowID: UUID()) }
    source = NumberedSource(rows: added + source.rows)
    source.serve(&model, model.reload())
    #expect(model.current?.rowID == id)
    #expect(model.cursor == 25)
    #expect(model.rows.count == ListModel<NumberedRow>.pageSize)
    for _ in 0..<400 { source.serve(&model, model.move(.down, visibleRows: 20)) }
    let numbers = model.rows.map(\.number).filter { $0 >= 0 }
    #expect(numbers == Array(numbers.first!...numbers.last!))
    // A window read back from the last row keeps its size and its last row.
    source.serve(&model, model.move(.bottom, visibleRows: 20))
    let last = model.current?.rowID
    for _ in 0..<30 { source.serve(&model, model.reload()) }
    #expect(model.current?.rowID == last)
    #expect(model.rows.count == ListModel<NumberedRow>.pageSize)
    #expect(model.moreBefore)
  }

  /// Marked rows stay when a reload trims the window, from its start or from its end.
  @Test func reloadsKeepMarkedRows() {
    var source = NumberedSource(count: 2_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    // Near the end of the first page, which moves do not read past here.
    let near = ListModel<NumberedRow>.pageSize - 2
    for _ in 0..<near { _ = model.move(.down, visibleRows: 20) }
    model.toggleMark()
    source.serve(&model, model.move(.top, visibleRows: 20))
    let marked = model.rows[near].rowID
    let added = (0..<5).map { NumberedRow(number: -1 - $0, rowID: UUID()) }
    source = NumberedSource(rows: added + source.rows)
    source.serve(&model, model.reload())
    #expect(model.marks == [marked])
    #expect(model.targets.map(\.rowID) == [marked])
    // From the end: the mark near the front of a window read back from the last row.
    var fromEnd = ListModel<NumberedRow>()
    source.serve(&fromEnd, fromEnd.loadFirst())
    source.serve(&fromEnd, fromEnd.move(.bottom, visibleRows: 20))
    for _ in 0..<near { _ = fromEnd.move(.up, visibleRows: 20) }
    fromEnd.toggleMark()
    let early = fromEnd.current!.rowID
    source.serve(&fromEnd, fromEnd.move(.bottom, visibleRows: 20))
    source = NumberedSource(rows: source.rows + added)
    source.serve(&fromEnd, fromEnd.reload())
    #expect(fromEnd.marks == [early])
  }

  /// A window that slid as one scrolled is read again as it stands: from its first row when
  /// it was read from the start, back from its last row when it was read from the end.
  @Test func aReloadAfterTheWindowSlidReadsTheSameRows() {
    let source = NumberedSource(count: 20_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    for _ in 0..<150 { source.serve(&model, model.move(.pageDown, visibleRows: 20)) }
    let before = model.rows.map(\.number)
    #expect(before.first! > 0)
    source.serve(&model, model.reload())
    #expect(model.rows.map(\.number) == before)
    #expect(model.current?.number == 150 * 19)
    var fromEnd = ListModel<NumberedRow>()
    source.serve(&fromEnd, fromEnd.loadFirst())
    source.serve(&fromEnd, fromEnd.move(.bottom, visibleRows: 20))
    for _ in 0..<150 { source.serve(&fromEnd, fromEnd.move(.pageUp, visibleRows: 20)) }
    let window = fromEnd.rows.map(\.number)
    #expect(window.last! < 19_999)
    let current = fromEnd.current?.number
    source.serve(&fromEnd, fromEnd.reload())
    #expect(fromEnd.rows.map(\.number) == window)
    #expect(fromEnd.current?.number == current)
    // Far down, then back up over rows the window had let go: read again as it stands.
    for _ in 0..<100 { source.serve(&model, model.move(.pageUp, visibleRows: 20)) }
    let back = model.rows.map(\.number)
    let there = model.current?.number
    #expect(back.first! < before.first!)
    source.serve(&model, model.reload())
    #expect(model.rows.map(\.number) == back)
    #expect(model.current?.number == there)
  }

  @Test func findLooksBeyondTheWindowAndWrapsNever() {
    let source = NumberedSource(count: 2_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    let (found, page) = model.find("NEEDLE", direction: 1)
    #expect(!found)
    source.serve(&model, page)
    #expect(model.current?.number == 777)
    let again = model.find(nil, direction: 1)
    source.serve(&model, again.page)
    #expect(model.current?.number == 777, "there is only one needle")
  }

  /// Feeds the model the pages it asks for, and returns them: a find that reads past the
  /// window's limit must ask for each page once.
  func served(
    _ source: NumberedSource, _ model: inout ListModel<NumberedRow>, _ first: PageRequest?
  ) -> [PageRequest] {
    var asked: [PageRequest] = []
    var request = first
    while let current = request, asked.count < 1_000 {
      asked.append(current)
      request = model.receive(source.page(current), for: current)
    }
    return asked
  }

  /// Far past the thousand rows a window holds, in either direction: each page read once.
  @Test func findReadsOnPastTheWindowsLimit() {
    let source = NumberedSource(count: 20_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    let down = served(source, &model, model.find("row 3000", direction: 1).page)
    #expect(model.current?.number == 3000)
    #expect(Set(down).count == down.count, "a page read twice")
    #expect(down.count == 3000 / ListModel<NumberedRow>.pageSize)
    #expect(model.takeMissedFind() == nil)
    source.serve(&model, model.move(.bottom, visibleRows: 20))
    let up = served(source, &model, model.find("row 17000", direction: -1).page)
    #expect(model.current?.number == 17000)
    #expect(Set(up).count == up.count, "a page read twice")
  }

  /// A find that reads its reach of rows and finds nothing puts the cursor back on its row,
  /// read again if the window let it go, and the screen is told once.
  @Test func aFindThatFindsNothingGoesBackToWhereItStarted() {
    let source = NumberedSource(count: 20_000)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    for _ in 0..<5 { source.serve(&model, model.move(.down, visibleRows: 20)) }
    let asked = served(source, &model, model.find("row 9000", direction: 1).page)
    #expect(model.current?.number == 5)
    #expect(model.rows.count >= ListModel<NumberedRow>.pageSize)
    #expect(asked.last?.position == .from(source.key(5)))
    #expect(asked.count == ListModel<NumberedRow>.findReach / ListModel<NumberedRow>.pageSize + 1)
    #expect(model.takeMissedFind() == "row 9000")
    #expect(model.takeMissedFind() == nil)
    // Up to the list's first row, which the window read again from row 5 lacks: the page
    // before is read, and the cursor's row, still in the window, is not read again.
    let near = served(source, &model, model.find("no such row", direction: -1).page)
    #expect(near.map(\.position) == [.before(source.key(5))])
    #expect(model.current?.number == 5)
    #expect(model.takeMissedFind() == "no such row")
    // A find that reads no page is answered at once, by the caller, and only then.
    var whole = ListModel<NumberedRow>()
    NumberedSource(count: 50).serve(&whole, whole.loadFirst())
    #expect(whole.find("no such row", direction: 1) == (false, nil))
    #expect(whole.takeMissedFind() == nil)
  }

  @Test func marksChooseTheRowsAMoveAppliesTo() {
    let source = NumberedSource(count: 50)
    var model = ListModel<NumberedRow>()
    source.serve(&model, model.loadFirst())
    #expect(model.targets.map(\.number) == [0])
    model.toggleMark()
    _ = model.move(.down, visibleRows: 20)
    _ = model.move(.down, visibleRows: 20)
    model.toggleMark()
    #expect(model.targets.map(\.number) == [0, 2])
    model.toggleMark()
    #expect(model.targets.map(\.number) == [0])
  }
}

extension NumberedSource {
  init(rows: [NumberedRow]) { self.rows = rows }
}
