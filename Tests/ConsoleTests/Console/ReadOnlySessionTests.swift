import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// `--read-only`: the keys and commands that change records are gone.
@MainActor
@Suite("The console read-only")
struct ReadOnlySessionTests {
  @Test func noKeyOrCommandChangesARecord() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40), readOnly: true)
    #expect(console.frame.row(0).contains("read-only"))
    console.press(.char("3"), .char("v"), .char("g"))
    let before = try console.store.stateDigest()
    for key in ["d", "p", "s", "!", "x", "a", "o", "+", "e", "u", "m"] {
      console.press(.char(Character(key)))
      console.press(.escape)
    }
    console.press(.char("3"))
    console.press(.char("?"))
    #expect(console.screen.contains("next view"))
    #expect(!console.screen.contains("done (with an optional note)"))
    #expect(!console.screen.contains("postpone"))
    console.press(.escape)
    console.press(.char(":"))
    console.type("done")
    console.press(.enter)
    #expect(console.statusBar.contains("read-only: done changes records"))
    let meeting = try #require(try console.store.meetings(MeetingFilter(period: .past)).rows.first)
    console.press(.char(":"))
    console.type("minutes \(meeting.meeting.ref)")
    console.press(.enter)
    #expect(console.statusBar.contains("read-only: the minutes editor writes"))
    #expect(try console.store.stateDigest() == before)
  }
}
