import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Undo in the console")
struct UndoSessionTests {
  /// The action under the board's cursor.
  func current(_ console: ConsoleHarness) throws -> ActionItem {
    let board = try #require(
      console.app.stacks[TopScreen.actions.rawValue - 1].first as? ActionsScreen)
    return try #require(board.list.rows.current?.item)
  }

  @Test func uUndoesTheLastMoveAndUpperUReDoesIt() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    console.press(.char("3"))
    let item = try current(console)
    #expect(item.status.isOpen)
    console.press(.char("d"), .enter)
    #expect(try console.store.action(item.ref).status == .done)
    console.press(.char("u"))
    #expect(try console.store.action(item.ref).status == item.status)
    #expect(console.statusBar.contains("undid: "))
    console.press(.char("U"))
    #expect(try console.store.action(item.ref).status == .done)
    #expect(console.statusBar.contains("redid: "))
    // Both the undo and the redo are changes in the audit trail.
    let summaries = try console.store.auditEvents().rows.prefix(2).map(\.summary)
    #expect(summaries.allSatisfy { $0.hasPrefix("undid: ") })
  }

  @Test func withNothingDoneThereIsNothingToUndo() throws {
    let console = try ConsoleHarness()
    console.press(.char("u"))
    #expect(console.statusBar.contains("nothing to undo"))
  }
}
