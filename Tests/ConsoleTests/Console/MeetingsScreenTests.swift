import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Screen 2's updates: keys in, queries and screens out.
@MainActor
@Suite("Meetings screen")
struct MeetingsScreenTests {
  typealias F = MeetingFixtures

  /// The filter and page of the only meetings query in `effects`.
  func meetingsQuery(_ effects: [Effect]) -> (MeetingFilter, PageRequest)? {
    for effect in effects {
      if case .query(.meetings(let filter, let page)) = effect { return (filter, page) }
    }
    return nil
  }

  /// A screen that has received `rows` for its first query.
  func loaded(_ screen: inout MeetingsScreen, _ rows: [MeetingRow]) {
    let (_, page) = meetingsQuery(screen.start(F.env))!
    _ = screen.receive(.meetings(F.page(rows), page), F.env)
  }

  @Test func opensOnUpcomingMeetingsOfEveryOperation() {
    var screen = MeetingsScreen()
    let query = meetingsQuery(screen.start(F.env))
    #expect(query?.0 == MeetingFilter(period: .upcoming))
    #expect(screen.title == "Meetings")
    #expect(screen.contexts.first == .meetings)
  }

  @Test func tTogglesToPastMeetingsAndBack() {
    var screen = MeetingsScreen()
    loaded(&screen, [F.meetingRow(F.meeting("M1-TEST", "Upcoming"))])
    let past = screen.perform(.togglePeriod, F.env)
    #expect(meetingsQuery(past)?.0 == MeetingFilter(period: .past))
    #expect(meetingsQuery(past)?.1.position == .first)
    #expect(screen.period == .past)
    #expect(
      past.contains {
        if case .message(let text) = $0 { text.contains("latest first") } else { false }
      })
    let upcoming = screen.perform(.togglePeriod, F.env)
    #expect(meetingsQuery(upcoming)?.0 == MeetingFilter(period: .upcoming))
  }

  @Test func anOperationsMeetingsAreFilteredByIt() {
    var screen = MeetingsScreen(operationID: F.operationID, code: "TF-MAR-2026-003")
    #expect(meetingsQuery(screen.start(F.env))?.0.operationID == F.operationID)
    #expect(screen.title == "Meetings · TF-MAR-2026-003")
    let past = screen.perform(.togglePeriod, F.env)
    #expect(meetingsQuery(past)?.0 == MeetingFilter(period: .past, operationID: F.operationID))
  }

  @Test func enterOpensTheMeetingUnderTheCursor() {
    var screen = MeetingsScreen()
    let rows = [F.meeting("M1-TEST", "First"), F.meeting("M2-TEST", "Second")].map {
      F.meetingRow($0)
    }
    loaded(&screen, rows)
    _ = screen.perform(.down, F.env)
    let effects = screen.perform(.open, F.env)
    guard case .push(let pushed) = effects.first, let detail = pushed as? MeetingDetailScreen
    else {
      Issue.record("Enter did not push a meeting")
      return
    }
    #expect(detail.id == rows[1].meeting.id)
    #expect(screen.position == "2/2 · upcoming")
  }

  @Test func findMovesToTheNextMeetingWithTheText() {
    var screen = MeetingsScreen()
    loaded(
      &screen,
      ["Kick-off", "Debrief of the interdiction", "Plenary"].enumerated().map {
        F.meetingRow(F.meeting("M\($0.offset)-TEST", $0.element))
      })
    _ = screen.reply(.text(tag: "find", "DÉBRIEF"), F.env)
    #expect(screen.list.cursor == 1)
    let none = screen.perform(.nextMatch, F.env)
    #expect(none.contains { if case .error = $0 { true } else { false } })
    #expect(screen.list.cursor == 1)
  }

  @Test func showsStartInTheMeetingsOwnZone() {
    let meeting = F.meeting("M1-TEST", "Call", hoursFromNow: 0, zone: "America/Sao_Paulo")
    // 12:00 UTC is 09:00 in São Paulo.
    #expect(MeetingCells.start(meeting) == "2026-03-18 09:00 Sao Paulo")
    #expect(MeetingCells.operations(["TF-A", "TF-B", "TF-C"], width: 9) == "TF-A +2")
    #expect(MeetingCells.duration(90) == "1 h 30")
  }
}
