import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Screen 2 and the meeting read view, driven by keys through the real loop on the demo.
@MainActor
@Suite("Meetings sessions")
struct MeetingSessionTests {
  /// Screen 2 on the past meetings, the cursor on the demo's debrief of the Azores
  /// interdiction (circulated minutes, a guest, three items carried over).
  func onTheDebrief(_ console: ConsoleHarness) {
    console.press(.char("2"), .char("t"), .char("j"))
  }

  @Test func screenTwoListsUpcomingMeetingsThenPastOnes() throws {
    let console = try ConsoleHarness()
    console.press(.char("2"))
    #expect(console.frame.row(1).contains("2 Meetings"))
    let first = try #require(console.row(containing: "M31-"))
    #expect(console.frame.row(first).contains("2026-03-24 10:00 Canary"))
    #expect(console.screen.contains("2026-03-30 09:00 Panama"))
    #expect(console.row(containing: "M30-") == nil)
    #expect(console.statusBar.contains("1/5 · upcoming"))
    try console.expectSnapshot("meetings-upcoming-80x24")

    console.press(.char("t"))
    #expect(console.statusBar.contains("showing past meetings, latest first"))
    #expect(console.row(containing: "M30-") == first)
    #expect(console.row(containing: "M31-") == nil)
    console.press(.char("j"))
    #expect(console.statusBar.contains("2/17 · past"))
    console.press(.char("t"))
    #expect(console.row(containing: "M31-") == first)
  }

  @Test func pastMeetingsAtTheWidestShowTheirOperations() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    console.press(.char("2"), .char("t"))
    #expect(console.frame.row(2).contains("KIND"))
    #expect(console.frame.row(2).contains("OPERATIONS"))
    #expect(console.screen.contains("TF-AIR-2025-006"))
    #expect(console.screen.contains("2026-02-19 10:00 Sao Paulo"))
    try console.expectSnapshot("meetings-past-120x40")
  }

  @Test func aMeetingShowsAttendanceCarriedOverItemsAndItsMinutes() throws {
    let console = try ConsoleHarness()
    onTheDebrief(console)
    console.press(.enter)
    #expect(console.statusBar.contains("Meeting M29-"))
    #expect(console.screen.contains("Debrief of the Azores interdiction"))
    #expect(console.screen.contains("2026-03-12 14:30 Europe/Lisbon · 2 h"))
    #expect(console.screen.contains("Attendance · 8 present"))
    #expect(console.screen.contains("Carmen Herrero"))
    #expect(console.screen.contains("present · guest"))
    try console.expectSnapshot("meetings-detail-80x24")

    console.press(.pageDown, .pageDown)
    #expect(console.screen.contains("Items from previous meeting · 3 open"))
    #expect(console.screen.contains("A142-"))
    #expect(console.screen.contains("open · silva.f · due 2026-03-12 (overdue) · high"))
    console.press(.char("G"))
    #expect(console.screen.contains("→ A"))
    #expect(console.screen.contains("action "))
    #expect(console.screen.contains("decision "))
    // Back to the list: the cursor is still on the meeting that was opened.
    console.press(.escape)
    #expect(console.statusBar.contains("2/17 · past"))
  }

  @Test func enterOnAnActionEntryOpensTheAction() throws {
    let console = try ConsoleHarness()
    onTheDebrief(console)
    console.press(.enter, .char("G"))
    let arrow = try #require(console.row(containing: "→ A"))
    let ref = String(
      console.frame.row(arrow).split(separator: "→ ")[1].prefix { $0 != " " })
    // Up from the bottom until the cursor is on that item's line.
    for _ in 0..<(console.frame.size.height - 2 - arrow) { console.press(.char("k")) }
    console.press(.enter)
    #expect(console.frame.row(1).contains("3 Actions"))
    #expect(console.screen.contains(ref))
    #expect(console.statusBar.contains("Action"))
  }

  @Test func minutesWithAccentsCJKAndEmojiAlign() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    let meeting = try console.store.meeting("M29-K6M0")
    try console.store.addMinuteEntry(
      meeting.id, kind: .information,
      text: "The liaison officer in 東京 confirmed that the container 📦 left Yokohama for "
        + "Algeciras via São Paulo; the consignee's address in Bogotá is a mailbox.",
      agenda: "Maritime picture (MAOC-N)", as: try console.store.actingOfficer(nil))
    onTheDebrief(console)
    console.press(.enter, .char("/"))
    console.type("東京")
    console.press(.enter)
    let row = try #require(console.row(containing: "東京"))
    #expect(console.frame.row(row).contains("information  The liaison officer in 東京"))
    // The wrapped part starts under the text, not under the kind.
    #expect(console.frame.row(row + 1).hasPrefix(String(repeating: " ", count: 19)))
    try console.expectSnapshot("meetings-minutes-120x40")
  }
}
