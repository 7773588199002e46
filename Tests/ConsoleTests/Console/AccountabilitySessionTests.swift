import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// What the console shows is logged as consultations, with the purpose the officer stated
/// once; exports are disclosures with their recipients.
@MainActor
@Suite("Accountability in the console")
struct AccountabilitySessionTests {
  func events(_ console: ConsoleHarness, _ kind: AuditKind) throws -> [AuditEventRow] {
    console.store.viewer = .everything
    defer { console.store.viewer = .officer(console.app.data.profile!.id) }
    return try console.store.auditEvents(AuditFilter(kind: kind)).rows
  }

  @Test func openingARecordIsAConsultationWithTheStatedPurpose() throws {
    let console = try ConsoleHarness()
    console.press(.char(":"))
    console.type("purpose preparing the 12 Dec technical meeting")
    console.press(.enter)
    #expect(console.statusBar.contains("purpose: preparing the 12 Dec"))
    console.press(.char("3"), .char("v"), .char("g"))
    let ref = try #require(
      (console.app.stacks[TopScreen.actions.rawValue - 1].first as? ActionsScreen)?.list.rows
        .current?.item.ref)
    console.press(.enter)
    let opened = try #require(try events(console, .consult).first)
    #expect(opened.summary == "console: opened action item \(ref)")
    #expect(opened.ref == ref)
    #expect(opened.details.contains("\"purpose\":\"preparing the 12 Dec technical meeting\""))
    let lists = try events(console, .consult).filter {
      $0.summary == "console: the action items list"
    }
    #expect(!lists.isEmpty, "the list shown is a consultation too")

    // Going back and forth, and screens reloading, are not new consultations.
    let count = try events(console, .consult).count
    console.press(.escape, .enter, .escape, .char("r"))
    #expect(try events(console, .consult).count == count)
  }

  @Test func anExportRecordsItsRecipients() throws {
    let folder = try ScratchFolder("export")
    let console = try ConsoleHarness()
    console.press(.char("2"), .char("t"))
    console.press(.char(":"))
    let meeting = try #require(try console.store.meetings(MeetingFilter(period: .past)).rows.first)
    console.type("minutes \(meeting.meeting.ref)")
    console.press(.enter)
    console.press(.char(":"))
    console.type("export text \(folder.file("m.txt")) to:Eurojust,MAOC-N")
    console.press(.enter)
    #expect(console.statusBar.contains("wrote the minutes"), "\(console.statusBar)")
    let disclosed = try #require(try events(console, .disclose).first)
    #expect(disclosed.ref == meeting.meeting.ref)
    #expect(disclosed.details.contains("\"recipients\":[\"Eurojust\",\"MAOC-N\"]"))
    #expect(disclosed.details.contains("\"purpose\":\"no purpose stated\""))
  }
}

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
