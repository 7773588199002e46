import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The operation detail, driven by keys through the real loop on the demo.
@MainActor
@Suite("Operation detail sessions")
struct OperationDetailSessionTests {
  /// Opens MARÉ ALTA (TF-MAR-2025-003), the demo's operation marked TLP:RED, from screen 1.
  func openMareAlta(_ console: ConsoleHarness) throws {
    console.press(.char("1"))
    let row = try #require(console.row(containing: "TF-MAR-2025-003"))
    for _ in 0..<(row - 3) { console.press(.char("j")) }
    console.press(.enter)
    #expect(console.statusBar.contains("Operation TF-MAR-2025-003"))
  }

  @Test func everyTabOfAnOperation() throws {
    let console = try ConsoleHarness()
    try openMareAlta(console)
    #expect(console.frame.row(2).contains("TF-MAR-2025-003 · MARÉ ALTA"))
    #expect(console.frame.row(3).contains("Overview"))
    #expect(console.frame.row(0).contains("TLP:RED"))
    #expect(console.screen.contains("arms trafficking, drug trafficking"))
    #expect(console.screen.contains("14 (5 overdue)"))
    try console.expectSnapshot("operation-overview-80x24")

    console.press(.char("]"))
    #expect(console.screen.contains("Yokasta Peralta"))
    console.press(.char("]"))
    #expect(console.screen.contains("M33-"))
    #expect(console.statusBar.contains("upcoming"))
    console.press(.char("]"))
    #expect(console.screen.contains("A177-K6M0 2026-03-20 in progress urgent"))
    console.press(.right)
    #expect(console.screen.contains("1,400 kg"))
    #expect(console.screen.contains("42 M EUR"))
    #expect(console.screen.contains("Puerto Caucedo — Hi"))
    try console.expectSnapshot("operation-seizures-80x24")
    console.press(.char("l"))
    #expect(console.screen.contains("threat assessment"))
    #expect(console.screen.contains("EU SOCTA 2025"))
    #expect(!console.screen.contains("updated at"))
    console.press(.char("]"))
    #expect(console.screen.contains("Codename"))
    // And back the other way.
    console.press(.char("["), .left, .char("h"))
    #expect(console.screen.contains("A177-K6M0 2026-03-20 in progress urgent"))
  }

  @Test func openingOneOfItsMeetingsAndComingBack() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    try openMareAlta(console)
    console.press(.char("]"), .char("]"), .char("t"))
    #expect(console.statusBar.contains("past"))
    #expect(console.screen.contains("Source debrief follow-up"))
    try console.expectSnapshot("operation-meetings-120x40")
    console.press(.enter)
    #expect(console.statusBar.contains("Meeting M30-"))
    #expect(console.screen.contains("Source debrief follow-up"))
    #expect(console.frame.row(1).contains("1 Operations"))
    console.press(.escape)
    #expect(console.statusBar.contains("Operation TF-MAR-2025-003"))
    #expect(console.statusBar.contains("1/4 · past"))
    console.press(.escape)
    #expect(console.statusBar.contains("Operations"))
  }

  @Test func removingAParticipantAsksThenRemovesIt() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    try openMareAlta(console)
    console.press(.char("]"))
    try console.expectSnapshot("operation-participants-120x40")
    let row = try #require(console.row(containing: "Ricardo Castillo"))
    for _ in 0..<(row - 5) { console.press(.char("j")) }
    console.press(.delete)
    #expect(console.screen.contains("Remove officer castillo (Ricardo Castillo)"))
    // Cancel has the focus: Enter alone removes nothing.
    console.press(.enter)
    #expect(console.screen.contains("Ricardo Castillo"))
    console.press(.delete, .tab)
    try console.expectSnapshot("operation-remove-120x40")
    // Ribeiro takes part in MARÉ ALTA, but only its lead and co-leads change who takes part.
    console.press(.enter)
    #expect(console.statusBar.contains("TF-MAR-2025-003 takes the co-lead role or higher"))
    #expect(console.screen.contains("Ricardo Castillo"))

    // A lead of the operation (Guardia Civil leads it) makes ribeiro, named on it as a
    // participant, a co-lead.
    let operation = try #require(
      try console.store.operations(
        OperationFilter(), today: ConsoleHarness.today, page: PageRequest(limit: 50)
      ).rows.first { $0.operation.code == "TF-MAR-2025-003" })
    let lead = try console.store.officer("gomez.l")
    let ribeiro = try console.store.officer("ribeiro")
    try console.store.addParticipant(
      operation.operation.id, .officer(ribeiro.id), role: .coLead,
      as: ActingOfficer(id: lead.id, handle: lead.handle))
    console.press(.char("r"))
    #expect(console.screen.contains("Participants 20"))
    let again = try #require(console.row(containing: "Ricardo Castillo"))
    console.press(.char("g"))
    for _ in 0..<(again - 5) { console.press(.char("j")) }
    console.press(.delete, .tab, .enter)
    #expect(console.statusBar.contains("removed castillo from TF-MAR-2025-003"))
    #expect(!console.screen.contains("Ricardo Castillo"))
    #expect(console.screen.contains("Participants 19"))
    let detail = try console.store.operationDetail(
      operation.operation.id, today: ConsoleHarness.today)
    #expect(!detail.participants.contains { $0.reference == "castillo" })
    #expect(detail.participants.count == 19)
  }
}
