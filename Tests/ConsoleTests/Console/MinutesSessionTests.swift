import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The minutes editor driven by keys through the real loop, on the demo in a SQLite file.
@MainActor
@Suite("Minutes editor sessions")
struct MinutesSessionTests {
  /// The first upcoming meeting (draft minutes, nothing minuted yet), and the next upcoming
  /// meeting of the same operation.
  func upcoming(_ console: ConsoleHarness) throws -> (first: MeetingRow, next: MeetingRow) {
    let rows = try console.store.meetings(
      MeetingFilter(period: .upcoming), now: ConsoleHarness.now, page: PageRequest(limit: 100)
    ).rows
    let first = try #require(rows.first)
    let next = try #require(
      rows.dropFirst().first { $0.operationCodes == first.operationCodes })
    return (first, next)
  }

  /// `:minutes REF`, from wherever the console is.
  func openMinutes(_ console: ConsoleHarness, _ ref: String) {
    console.press(.char(":"))
    console.type("minutes \(ref)")
    console.press(.enter)
  }

  /// Types a line into the entry line and adds it.
  func enter(_ console: ConsoleHarness, _ line: String) {
    console.type(line)
    console.press(.enter)
  }

  static let spoken: [(line: String, text: String?)] = [
    (
      "Opening: the chair welcomed the delegations from Bogotá, São Paulo and 東京 🌎",
      "Opening: the chair welcomed the delegations from Bogotá, São Paulo and 東京 🌎"
    ),
    (
      "d Minutes of the previous meeting approved without changes ✅",
      "Minutes of the previous meeting approved without changes ✅"
    ),
    ("# 2", nil),
    (
      "MAOC-N reported that MV Esperanza 🚢 left Paramaribo at 04:00 UTC",
      "MAOC-N reported that MV Esperanza 🚢 left Paramaribo at 04:00 UTC"
    ),
    (
      "Lady Esperanza changed flag twice in eight months",
      "Lady Esperanza changed flag twice in eight months"
    ),
    ("a Request AIS track of MV Esperanza @ribeiro due:fri", "Request AIS track of MV Esperanza"),
    (
      "d Share the vessel-of-interest list with Frontex under H1",
      "Share the vessel-of-interest list with Frontex under H1"
    ),
    (
      "Draught readings suggest a heavier load than declared — ±30 %",
      "Draught readings suggest a heavier load than declared — ±30 %"
    ),
    (
      "Frontex saw two positions 300 NM apart within one hour",
      "Frontex saw two positions 300 NM apart within one hour"
    ),
    (
      "a Ask Frontex for the crew list of Sea Pioneer @tamm due:+3d !high",
      "Ask Frontex for the crew list of Sea Pioneer"
    ),
    ("# Asset tracing and recovery", nil),
    (
      "Wallet tracing shows USDT on TRON moving through three exchanges 💸",
      "Wallet tracing shows USDT on TRON moving through three exchanges 💸"
    ),
    (
      "The FIU of Brazil received 37 STRs linked to the target companies",
      "The FIU of Brazil received 37 STRs linked to the target companies"
    ),
    (
      "a Map the mirror transfers between Lisboa and Vigo @goncalves due:2026-04-15",
      "Map the mirror transfers between Lisboa and Vigo"
    ),
    (
      "d Ask the exchanges to preserve their KYC records — Núñez drafts",
      "Ask the exchanges to preserve their KYC records — Núñez drafts"
    ),
    (
      "Señor Ibáñez noted that the court in Cádiz needs translations",
      "Señor Ibáñez noted that the court in Cádiz needs translations"
    ),
    ("# Judicial cooperation", nil),
    (
      "a Have the key evidence translated into Spanish @núñez due:tomorrow",
      "Have the key evidence translated into Spanish"
    ),
    (
      "Eurojust offered a coordination centre for the action day 🏛️",
      "Eurojust offered a coordination centre for the action day 🏛️"
    ),
    (
      "d Coordination centre requested for the action day",
      "Coordination centre requested for the action day"
    ),
    (
      "a Brief the boarding team on the rules of engagement @gomez.l due:mon !urgent",
      "Brief the boarding team on the rules of engagement"
    ),
    (
      "Any other business: the SIENA mailbox moved 📮",
      "Any other business: the SIENA mailbox moved 📮"
    ),
    ("Closing: the next meeting is in Las Palmas", "Closing: the next meeting is in Las Palmas"),
  ]

  @Test func aMeetingOfTwentyEntriesTypedLive() throws {
    let console = try ConsoleHarness()
    let (meeting, _) = try upcoming(console)
    // From Meetings, `m` opens the editor of the meeting under the cursor, line focused.
    console.press(.char("2"), .char("m"))
    #expect(console.statusBar.contains("Minutes \(meeting.meeting.ref)"))
    for (line, _) in Self.spoken { enter(console, line) }
    #expect(console.statusBar.contains("20 entries · draft"))

    let detail = try console.store.meetingDetail(meeting.meeting.id)
    #expect(detail.entries.map(\.entry.text) == Self.spoken.compactMap(\.text))
    #expect(detail.entries.filter { $0.entry.kind == .decision }.count == 4)
    #expect(detail.agenda.last?.title == "Judicial cooperation")
    let judicial = try #require(detail.agenda.last?.id)
    #expect(detail.entries.suffix(6).allSatisfy { $0.entry.agendaItemID == judicial })

    let operation = try #require(detail.operations.first)
    let actions = detail.entries.compactMap(\.action)
    #expect(actions.count == 5)
    let expected: [(String, String, Priority)] = [
      ("ribeiro", "2026-03-20", .normal), ("tamm", "2026-03-21", .high),
      ("goncalves", "2026-04-15", .normal), ("nunez", "2026-03-19", .normal),
      ("gomez.l", "2026-03-23", .urgent),
    ]
    for (action, (handle, due, priority)) in zip(actions, expected) {
      #expect(action.ownerHandle == handle)
      #expect(action.item.due == (try CalendarDate(iso: due)))
      #expect(action.item.priority == priority)
      #expect(action.item.meetingID == meeting.meeting.id)
      #expect(action.item.operationID == operation.id)
    }
    let listed = try console.store.actions(
      ActionFilter(statuses: ActionFilter.allStatuses, meetingID: meeting.meeting.id))
    #expect(listed.rows.count == 5)
    // Nothing is left on the line to recover.
    #expect(console.app.currentScreen.draft == nil)
  }

  @Test func anOpenActionCarriesOverToTheNextMeetingAndIsCompletedThere() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    let (first, next) = try upcoming(console)
    openMinutes(console, first.meeting.ref)
    enter(console, "a Check the fishing licences of Sea Pioneer @tamm due:fri")
    let raised = try #require(
      try console.store.meetingDetail(first.meeting.id).entries.last?.action?.item)

    openMinutes(console, next.meeting.ref)
    #expect(console.statusBar.contains("Minutes \(next.meeting.ref)"))
    #expect(console.screen.contains("Items from previous meeting · 1 open"))
    let row = try #require(console.row(containing: raised.ref))
    #expect(console.frame.row(row).contains("Check the fishing licences of Sea Pioneer"))
    #expect(console.frame.row(row + 1).contains("open · @tamm · due 2026-03-20"))

    console.press(.up)
    #expect(console.statusBar.contains("d done"))
    console.press(.char("d"))
    console.type("licences checked with the flag state")
    console.press(.enter)
    #expect(console.statusBar.contains("\(raised.ref) done"))
    let after = try console.store.actionDetail(raised.id)
    #expect(after.row.item.status == .done)
    #expect(after.updates.contains { $0.update.note == "licences checked with the flag state" })
    // Done, it is no longer an open item: only the status bar names it.
    #expect(console.row(containing: raised.ref) == console.frame.size.height - 1)
    #expect(!console.screen.contains("Items from previous meeting · 1 open"))
  }

  @Test func approvedMinutesRefuseEditsAndTakeAmendments() throws {
    let console = try ConsoleHarness(size: Size(width: 160, height: 40))
    let (meeting, _) = try upcoming(console)
    openMinutes(console, meeting.meeting.ref)
    enter(console, "d Agreed to share the vessel list under H1")
    // `:circulate` is the action's name; on an empty line `:` opens the command line.
    console.press(.char(":"))
    console.type("circulate")
    console.press(.enter)
    #expect(console.statusBar.contains("are circulated"))
    console.press(.escape)
    console.press(.char("A"))
    #expect(console.screen.contains("Approve the minutes of \(meeting.meeting.ref)?"))
    // Enter alone keeps Cancel: nothing is approved by accident.
    console.press(.enter)
    #expect(try console.store.meeting(meeting.meeting.ref).minutesState == .circulated)
    console.press(.char("A"), .tab, .enter)
    #expect(try console.store.meeting(meeting.meeting.ref).minutesState == .approved)

    console.press(.char("e"))
    #expect(console.statusBar.contains("approved and read-only; add a correction as an amendment"))
    console.press(.char("x"))
    #expect(console.app.overlay == nil)
    console.press(.char("K"))
    #expect(console.statusBar.contains("approved and read-only"))

    console.press(.char("i"))
    #expect(console.screen.contains("amend information ▸"))
    enter(console, "Correction: the list goes out under H2")
    let entries = try console.store.meetingDetail(meeting.meeting.id).entries
    #expect(entries.count == 2)
    #expect(entries.last?.entry.amendment == true)
    #expect(entries.first?.entry.text == "Agreed to share the vessel list under H1")
  }

  @Test func theLineComesBackAfterACrash() throws {
    let console = try ConsoleHarness()
    let (meeting, _) = try upcoming(console)
    openMinutes(console, meeting.meeting.ref)
    console.type("a Ask MAOC-N for the AIS history of 東京 Maru 🚢 @ribe")
    console.app.saveDrafts(force: true)
    console.app.settle()
    // A second console on the same file, as after `kill -9`: the first never ended.
    let terminal = MemoryTerminal(size: Size(width: 160, height: 30))
    var options = ConsoleLauncher.Options(store: console.store, actingReference: nil, theme: nil)
    options.environment = ["XDG_CONFIG_HOME": console.folder.path, "HOME": console.folder.path]
    let again = try ConsoleLauncher.app(options, terminal: terminal, themeName: "default")
    again.clock = { ConsoleHarness.now }
    again.startStepping()
    let screen = try #require(terminal.lastFrame?.plainText)
    #expect(screen.contains("action ▸ Ask MAOC-N for the AIS history of 東京 Maru 🚢 @ribe"))
    #expect(
      screen.contains("recovered what was being typed: the entry line of \(meeting.meeting.ref)"))
    again.step(.tab)
    again.step(.enter)
    let entries = try console.store.meetingDetail(meeting.meeting.id).entries
    #expect(entries.last?.action?.ownerHandle == "ribeiro")
    #expect(try console.store.drafts().isEmpty == false)
    again.saveDrafts(force: true)
    again.settle()
    #expect(try console.store.drafts().isEmpty)
  }

  @Test func exportWritesAnOwnerOnlyFileAndNeverReplacesOneUnasked() throws {
    let console = try ConsoleHarness(size: Size(width: 160, height: 40))
    let (meeting, _) = try upcoming(console)
    openMinutes(console, meeting.meeting.ref)
    enter(console, "d Share the vessel list with Frontex under H1 — São Luís 🚢")
    let file = console.folder.appendingPathComponent("minutes.md")
    func export(_ command: String) {
      console.press(.char(":"))
      console.type(command)
      console.press(.enter)
    }
    export("export md \(file.path)")
    #expect(console.statusBar.contains("wrote the minutes of \(meeting.meeting.ref)"))
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(written.contains("Share the vessel list with Frontex under H1 — São Luís 🚢"))
    let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)

    // A second export to the same file is refused and the first is left as it was.
    try Data("sent round on Monday".utf8).write(to: file)
    export("export text \(file.path)")
    #expect(console.statusBar.contains("already exists"))
    #expect(console.statusBar.contains(":export! text"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "sent round on Monday")

    export("export! text \(file.path)")
    #expect(console.statusBar.contains("wrote the minutes"))
    #expect(try String(contentsOf: file, encoding: .utf8).contains("São Luís 🚢"))

    export("export pdf")
    #expect(console.statusBar.contains("export takes md or text"))
    export("export md \(console.folder.path)")
    #expect(console.statusBar.contains("is a folder"))
  }

  // MARK: - Snapshots

  @Test func snapshotWhileTypingAt80x24() throws {
    let console = try ConsoleHarness()
    console.press(.char("2"), .char("m"))
    enter(console, "# 2")
    enter(console, "MAOC-N: MV Esperanza 🚢 left Paramaribo; crew from São Luís and 東京")
    enter(console, "d Share the vessel-of-interest list with Frontex under H1")
    enter(console, "a Request AIS track of MV Esperanza @ribeiro due:fri")
    console.type("a Ask Frontex for the crew list @ta")
    console.press(.tab)
    console.type(" due:+3d !high")
    try console.expectSnapshot("minutes-editor-80x24")
  }

  @Test func snapshotOfTheListAt120x40() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    let past = try console.store.meetings(
      MeetingFilter(period: .past), now: ConsoleHarness.now, page: PageRequest(limit: 5)
    ).rows
    let circulated = try #require(
      past.first { $0.meeting.minutesState == .circulated && $0.entries > 10 })
    openMinutes(console, circulated.meeting.ref)
    console.press(.escape, .char("k"), .char("k"))
    try console.expectSnapshot("minutes-list-120x40")
  }
}
