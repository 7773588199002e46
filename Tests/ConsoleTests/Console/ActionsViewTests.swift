import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The board's views, its item pane's reads, Enter and find, as pure updates.
@MainActor
@Suite("Views of the triage board")
struct ActionsViewTests {
  typealias F = ActionsFixture
  let env = F.env()

  @Test func vCyclesTheViewsAndVGoesBack() {
    var screen = ActionsScreen()
    let started = F.actionQueries(screen.start(env))
    #expect(started.first?.0 == ActionFilter(involvingID: F.officer.id))
    #expect(screen.position == nil)
    var filters: [ActionFilter] = []
    for _ in 0..<4 {
      let effects = screen.perform(.view, env)
      filters += F.actionQueries(effects).map(\.0)
    }
    #expect(
      filters == [
        .overdue(on: F.today), ActionFilter(dueBefore: F.today.adding(days: 7), dueFrom: F.today),
        ActionFilter(statuses: [.blocked]), ActionFilter(),
      ])
    #expect(F.queries(screen.perform(.view, env)).contains(.operationChoices))
    _ = screen.perform(.view, env)
    #expect(screen.list.view == .mine)
    _ = screen.perform(.previousView, env)
    #expect(screen.list.view == .operation)
    _ = screen.perform(.previousView, env)
    #expect(screen.list.view == .allOpen)
  }

  @Test func thePositionSaysWhereAndWhichView() {
    var screen = F.board([F.row(1), F.row(2), F.row(3)])
    _ = screen.perform(.down, env)
    #expect(screen.position == "2/3 · mine")
  }

  @Test func withoutAProfileTheBoardOpensOnOverdue() {
    var screen = ActionsScreen()
    let filters = F.actionQueries(screen.start(F.env(profile: nil))).map(\.0)
    #expect(filters == [.overdue(on: F.today)])
  }

  @Test func thePerOperationViewIsChosenWithAPicker() {
    var screen = F.board([F.row(1)])
    _ = screen.perform(.previousView, env)
    let operation = JointOperation(
      code: "TF-MAR-2026-001", codename: "NORDIC TIDE", status: .active,
      crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: UUID())
    let choices = [
      OperationRow(
        operation: operation, leadCountryCode: "ES", leadOrganisationAcronym: "CNP",
        openActions: 12, overdueActions: 2, nextMeeting: nil)
    ]
    let picker = try! #require(F.picker(screen.receive(.operationChoices(choices), env)))
    #expect(picker.items.map(\.label) == ["TF-MAR-2026-001"])
    #expect(picker.items.first?.detail == "NORDIC TIDE · active · 12 open")
    let effects = screen.reply(.picked(tag: picker.tag, id: operation.id.uuidString), env)
    #expect(F.actionQueries(effects).first?.0 == ActionFilter(operationID: operation.id))
    let request = F.actionQueries(effects).first!.1
    _ = screen.receive(.actions(F.page([F.row(5)]), request), env)
    #expect(screen.position == "1/1 · operation TF-MAR-2026-001")
  }

  @Test func dueThisWeekAsksForTodayToSixDaysAhead() {
    var screen = F.board([F.row(1)])
    _ = screen.perform(.view, env)
    let (filter, _) = F.actionQueries(screen.perform(.view, env)).first!
    // The store bounds the dates on both sides, so overdue items never reach the view.
    #expect(filter.dueFrom == F.today)
    #expect(filter.dueBefore == F.today.adding(days: 7))
  }

  @Test func theItemPaneIsReadWhenTheCursorLandsOnAnotherRow() {
    let rows = [F.row(1), F.row(2)]
    var screen = ActionsScreen()
    let (_, request) = F.actionQueries(screen.start(env)).first!
    let first = screen.receive(.actions(F.page(rows), request), env)
    #expect(F.queries(first) == [.actionDetail(rows[0].item.id)])
    #expect(F.queries(screen.perform(.down, env)) == [.actionDetail(rows[1].item.id)])
    // Already on the last row: no move, no read.
    #expect(F.queries(screen.perform(.down, env)).isEmpty)
    let detail = ActionDetail(row: rows[1], coOwners: [], meeting: nil, updates: [])
    _ = screen.receive(.actionDetail(detail), env)
    #expect(screen.detail?.row.item.id == rows[1].item.id)
  }

  @Test func enterOpensTheItem() {
    let rows = [F.row(1), F.row(2)]
    var screen = F.board(rows)
    _ = screen.perform(.down, env)
    let effects = screen.perform(.open, env)
    guard case .push(let pushed) = effects.first, let detail = pushed as? ActionDetailScreen else {
      Issue.record("Enter did not open the item")
      return
    }
    #expect(detail.id == rows[1].item.id)
  }

  @Test func findGoesToTheNextRowWithTheText() {
    var screen = F.board([F.row(1), F.row(2), F.row(13)])
    _ = screen.reply(.text(tag: "find", "number 13"), env)
    #expect(screen.list.rows.cursor == 2)
    let missing = screen.perform(.nextMatch, env)
    #expect(F.errors(missing) == ["no more rows with “number 13”"])
    _ = screen.reply(.text(tag: "find", "item"), env)
    _ = screen.perform(.previousMatch, env)
    #expect(screen.list.rows.cursor == 1)
  }

  @Test func theBannerCoversTheVisibleRows() {
    var red = F.row(2)
    red = ActionRow(
      item: {
        var item = red.item
        item.markings = Markings(tlp: .red)
        return item
      }(), ownerHandle: red.ownerHandle, ownerName: red.ownerName, operationCode: nil)
    let screen = F.board([F.row(1), red])
    #expect(screen.markings.map(\.tlp) == [.amber, .red])
  }
}
