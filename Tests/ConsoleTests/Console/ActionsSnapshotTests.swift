import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The triage board drawn at the smallest and larger terminals: the item pane below the list
/// at 80×24 and 120×40, beside it from 140 columns.
@MainActor
@Suite("Triage board frames")
struct ActionsSnapshotTests {
  /// Compares the frame with `Snapshots/NAME.txt` like ``ConsoleHarness/expectSnapshot``, but
  /// with the times of update-log entries masked: the demo and the moves made here stamp them
  /// with the real clock, so they differ from run to run.
  func expectSnapshot(
    _ console: ConsoleHarness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let text = Self.masked(console.screen) + "\n--- styles ---\n" + console.styles + "\n"
    let url = ConsoleHarness.snapshots.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["LIAISON_RECORD_SNAPSHOTS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if expected != text {
      let actual = url.deletingPathExtension().appendingPathExtension("actual.txt")
      try? text.write(to: actual, atomically: true, encoding: .utf8)
      Issue.record(
        Comment(rawValue: "frame differs from \(name).txt (see \(actual.lastPathComponent))"),
        sourceLocation: sourceLocation)
    }
  }

  /// `2026-11-29 18:08 ribeiro` → `····-··-·· ··:·· ribeiro`: a log entry's time and author.
  static func masked(_ screen: String) -> String {
    screen.replacing(#/\d{4}-\d\d-\d\d \d\d:\d\d(?= [a-z])/#) { _ in "····-··-·· ··:··" }
  }

  /// Moves the cursor to the first row whose item has an update log.
  func goToLoggedRow(_ console: ConsoleHarness) throws {
    for _ in 0..<30 {
      let board = console.app.stacks[TopScreen.actions.rawValue - 1].first as! ActionsScreen
      if let detail = board.detail, detail.updates.count >= 2 { return }
      console.press(.char("j"))
    }
  }

  @Test func overdueAt80x24WithThePaneBelow() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("v"), .char("g"))
    try goToLoggedRow(console)
    console.press(.char(" "))
    #expect(console.screen.contains("── Item and update log"))
    try expectSnapshot(console, "actions-overdue-80x24")
  }

  @Test func dueThisWeekAt160x40WithThePaneBeside() throws {
    let console = try ConsoleHarness(size: Size(width: 160, height: 40))
    console.press(.char("3"), .char("v"), .char("v"), .char("g"))
    try goToLoggedRow(console)
    #expect(console.screen.contains("│ Update log ("))
    try expectSnapshot(console, "actions-week-160x40")
  }

  @Test func dueThisWeekAt120x40WithThePaneBelow() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    console.press(.char("3"), .char("v"), .char("v"), .char("g"))
    try goToLoggedRow(console)
    #expect(console.screen.contains("── Item and update log"))
    try expectSnapshot(console, "actions-week-120x40")
  }

  @Test func afterAMoveThePaneShowsTheNewEntry() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    console.press(.char("3"), .char("g"), .char("a"))
    console.type("Called the MAOC-N duty desk — São Paulo 東京 📞")
    console.press(.enter)
    try expectSnapshot(console, "actions-noted-120x40")
  }

  @Test func theItemScreenAt80x24() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("v"), .char("g"))
    try goToLoggedRow(console)
    console.press(.enter)
    try expectSnapshot(console, "actions-detail-80x24")
  }

  @Test func theDropQuestionAt80x24() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"), .char(" "), .char(" "), .char("x"))
    try expectSnapshot(console, "actions-drop-80x24")
  }
}
