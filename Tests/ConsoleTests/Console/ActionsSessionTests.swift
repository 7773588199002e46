import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Triage sessions typed into the console over a real demo database, checked in the store.
@MainActor
@Suite("Triage sessions on the demo database")
struct ActionsSessionTests {
  func board(_ console: ConsoleHarness) -> ActionsScreen {
    console.app.stacks[TopScreen.actions.rawValue - 1].first as! ActionsScreen
  }

  func currentRef(_ console: ConsoleHarness) -> String {
    board(console).list.rows.current!.item.ref
  }

  @Test func markTwoOverdueItemsDoneWithANote() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("v"), .char("g"))
    #expect(console.statusBar.contains("1/15 · overdue"))
    let refs = board(console).list.rows.rows.prefix(2).map(\.item.ref)
    console.press(.char(" "), .char(" "))
    #expect(console.statusBar.contains("2 marked"))
    console.press(.char("d"))
    #expect(console.screen.contains("Done: 2 items — a note for the log (optional)"))
    console.type("sent to Europol")
    console.press(.enter)
    #expect(console.statusBar.contains("2 items done"))
    for ref in refs {
      let item = try console.store.action(ref)
      #expect(item.status == .done)
      let last = try console.store.actionDetail(item.id).updates.last
      #expect(last?.update.note == "sent to Europol")
      #expect(last?.update.status == .done)
      #expect(last?.authorHandle == "ribeiro")
      // Done items leave the overdue view.
      #expect(!console.screen.contains(ref))
    }
    #expect(console.statusBar.contains("13 · overdue"))
  }

  @Test func postponeAWeekMovesTheDueDateBySevenDays() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("v"), .char("v"), .char("g"))
    #expect(console.statusBar.contains("due this week"))
    let ref = currentRef(console)
    let before = try console.store.action(ref).due!
    console.press(.char("p"))
    #expect(console.screen.contains("+1 week"))
    console.press(.down, .enter)
    #expect(try console.store.action(ref).due == before.adding(days: 7))
    #expect(console.statusBar.contains("\(ref) due \(before.adding(days: 7))"))
    let log = try console.store.actionDetail(console.store.action(ref).id).updates.last
    #expect(log?.update.due == before.adding(days: 7))
  }

  @Test func postponeToATypedDateReasksOnNonsense() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let ref = currentRef(console)
    console.press(.char("p"), .down, .down, .enter)
    console.type("someday")
    console.press(.enter)
    #expect(console.statusBar.contains("is not a date"))
    console.press(.ctrl("u"))
    console.type("2026-12-04")
    console.press(.enter)
    #expect(try console.store.action(ref).due == CalendarDate(iso: "2026-12-04"))
  }

  @Test func reassignThroughThePickerTypingWithoutAccents() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let ref = currentRef(console)
    console.press(.char("o"))
    #expect(console.screen.contains("Reassign \(ref) to"))
    console.type("lucia gomez")
    #expect(console.screen.contains("Lucía Gómez"))
    #expect(!console.screen.contains("Camilo Gómez"))
    console.press(.enter)
    let gomez = try console.store.officer("gomez.l")
    #expect(try console.store.action(ref).ownerID == gomez.id)
    #expect(console.statusBar.contains("\(ref) reassigned to gomez.l"))
  }

  @Test func priorityThroughThePicker() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let ref = currentRef(console)
    console.press(.char("!"))
    console.type("urg")
    console.press(.enter)
    #expect(try console.store.action(ref).priority == .urgent)
    #expect(console.screen.contains("priority → urgent"))
  }

  @Test func dropAsksAndEnterAloneChangesNothing() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let ref = currentRef(console)
    console.press(.char("x"))
    #expect(console.screen.contains("Drop \(ref)"))
    console.press(.enter)
    #expect(try console.store.action(ref).status != .dropped)
    console.press(.char("x"), .tab, .enter)
    #expect(try console.store.action(ref).status == .dropped)
    #expect(!board(console).list.rows.rows.contains { $0.item.ref == ref })
    #expect(console.statusBar.contains("\(ref) dropped"))
  }

  @Test func theItemScreenTakesTheSameMovesAndReopensOnlyWithANote() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let ref = currentRef(console)
    console.press(.enter)
    #expect(console.screen.contains("Update log"))
    #expect(console.statusBar.contains("Action \(ref)"))
    console.press(.char("d"), .enter)
    #expect(try console.store.action(ref).status == .done)
    #expect(console.screen.contains("Status    done"))
    console.press(.char("s"))
    #expect(console.screen.contains("Reopen \(ref) as open: why?"))
    console.press(.enter)
    #expect(console.statusBar.contains("a note is required"))
    #expect(try console.store.action(ref).status == .done)
    console.type("the lab asked again")
    console.press(.enter)
    #expect(try console.store.action(ref).status == .open)
    #expect(console.screen.contains("the lab asked again"))
    console.press(.escape)
    #expect(console.statusBar.contains("mine"))
  }

  @Test func thePaneFollowsTheCursor() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let first = board(console).list.rows.rows[0].item
    let second = board(console).list.rows.rows[1].item
    #expect(board(console).detail?.row.item.id == first.id)
    console.press(.char("j"))
    #expect(board(console).detail?.row.item.id == second.id)
    #expect(console.screen.contains(second.ref + " " + second.title.prefix(20)))
  }
}
