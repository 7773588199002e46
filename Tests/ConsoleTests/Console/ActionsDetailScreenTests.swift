import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// An item's own screen: the same triage moves on that one item, and a log to scroll.
@MainActor
@Suite("An action item's screen")
struct ActionsDetailScreenTests {
  typealias F = ActionsFixture
  let env = F.env()

  func opened(_ detail: ActionDetail) -> ActionDetailScreen {
    var screen = ActionDetailScreen(id: detail.row.item.id)
    #expect(F.queries(screen.start(env)) == [.actionDetail(detail.row.item.id)])
    _ = screen.receive(.actionDetail(detail), env)
    return screen
  }

  func longLog(_ row: ActionRow, entries: Int) -> ActionDetail {
    let updates = (0..<entries).map { index in
      ActionUpdateRow(
        update: ActionUpdate(
          actionID: row.item.id, note: "Entry \(index) of the log",
          stamp: Stamp(at: F.env().now, by: F.officer.id)),
        authorHandle: "ribeiro", newOwnerHandle: nil)
    }
    return ActionDetail(row: row, coOwners: [], meeting: nil, updates: updates)
  }

  @Test func theTriageKeysWorkOnTheOneItem() {
    let row = F.row(7)
    var screen = opened(ActionDetail(row: row, coOwners: [], meeting: nil, updates: []))
    let prompt = try! #require(F.prompt(screen.perform(.done, env)))
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "sent"), env))
    #expect(written.first?.ids == [row.item.id])
    #expect(written.first?.change == ActionChange(status: .done))
    #expect(written.first?.note == "sent")
    let status = F.writes(screen.perform(.nextStatus, env))
    #expect(status.first?.change == ActionChange(status: .inProgress))
    guard case .confirm = F.overlay(screen.perform(.drop, env)) else {
      Issue.record("drop did not ask")
      return
    }
  }

  @Test func theLogScrollsWithJAndK() {
    var screen = opened(longLog(F.row(7), entries: 40))
    #expect(screen.top == 0)
    _ = screen.perform(.down, env)
    _ = screen.perform(.down, env)
    #expect(screen.top == 2)
    _ = screen.perform(.up, env)
    #expect(screen.top == 1)
    _ = screen.perform(.bottom, env)
    let last = screen.top
    #expect(last > 40)
    _ = screen.perform(.down, env)
    #expect(screen.top == last)
    _ = screen.perform(.top, env)
    #expect(screen.top == 0)
  }

  @Test func findScrollsToTheLine() {
    var screen = opened(longLog(F.row(7), entries: 40))
    _ = screen.reply(.text(tag: "find", "entry 30"), env)
    #expect(screen.top > 30)
    #expect(F.errors(screen.reply(.text(tag: "find", "nowhere"), env)).count == 1)
  }

  @Test func itRendersTheWholeItem() {
    let row = F.row(7, dueIn: -2, priority: .urgent)
    let screen = opened(longLog(row, entries: 2))
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 0, width: 80, height: 21))
    screen.render(&canvas, env)
    let text = (0..<21).map { canvas.buffer.row($0) }.joined(separator: "\n")
    #expect(text.contains("A7-TEST  TLP:AMBER · H0"))
    #expect(text.contains("Due       2026-03-16 (overdue)"))
    #expect(text.contains("Priority  urgent"))
    #expect(text.contains("Update log (2, oldest first)"))
    #expect(text.contains("Entry 1 of the log"))
    #expect(screen.markings == [row.item.markings])
  }

  @Test func detailsWrapByDisplayColumnsNeverInsideACharacter() {
    #expect(
      WordWrap.lines("São Paulo 東京東京東京 📞", width: 6) == [
        "São", "Paulo", "東京東", "京東京", "📞",
      ])
    #expect(
      WordWrap.lines("first\n\nthird \u{1B}]0;pwned", width: 20) == [
        "first", "", "third ␛]0;pwned",
      ])
  }
}
