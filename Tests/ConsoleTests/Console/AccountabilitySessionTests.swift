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
