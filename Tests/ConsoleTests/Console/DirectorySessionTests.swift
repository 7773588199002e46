import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Directory: sessions on the demo")
struct DirectorySessionTests {
  /// Screen 4 with Colombia chosen in the country pane.
  func colombia(_ size: Size = Size(width: 80, height: 24)) throws -> ConsoleHarness {
    let console = try ConsoleHarness(size: size)
    console.press(.char("4"))
    console.press(.char("/"))
    console.type("colombia")
    console.press(.enter)
    return console
  }

  @Test func chooseColombiaOpenAnOfficerAndComeBack() throws {
    let console = try colombia()
    #expect(console.screen.contains("Officers (5) · Colombia (CO)"))
    #expect(console.screen.contains("Camilo Gómez"))
    // Officers of other countries are gone.
    #expect(!console.screen.contains("Ana Ribeiro  "))
    console.press(.char("l"), .char("/"))
    console.type("ospina")
    console.press(.enter, .enter)
    let ospina = try console.store.officer("ospina")
    let detail = try console.store.officerDetail(ospina.id)
    try #require(!detail.openActions.isEmpty)
    #expect(console.screen.contains("Andrés Ospina  @ospina"))
    #expect(console.screen.contains("OPEN ACTIONS (\(detail.openActions.count))"))
    for row in detail.openActions { #expect(console.screen.contains(row.item.ref)) }
    #expect(console.app.stacks[3].count == 2)
    console.press(.escape)
    #expect(console.app.stacks[3].count == 1)
    #expect(console.screen.contains("Officers (5) · Colombia (CO)"))
    // The cursor is still on the officer that was opened.
    let directory = try #require(console.app.stacks[3].last as? DirectoryScreen)
    #expect(directory.officers.current?.row.officer.handle == "ospina")
    #expect(directory.focus == .people)
  }

  @Test func anOpenActionOpensInTheActionsScreen() throws {
    let console = try colombia()
    console.press(.char("l"), .char("/"))
    console.type("ospina")
    console.press(.enter, .enter)
    let officer = try #require(console.app.stacks[3].last as? OfficerDetailScreen)
    let first = try #require(
      officer.items.firstIndex { if case .action = $0 { true } else { false } })
    console.press(Array(repeating: Key.char("j"), count: first))
    console.press(.enter)
    #expect(console.app.active == .actions)
    let action = try #require(console.app.stacks[2].last as? ActionDetailScreen)
    #expect(action.id == officer.items[first].id)
  }

  @Test func vListsTheOrganisationsAndEnterTheirOfficers() throws {
    let console = try colombia()
    console.press(.char("v"))
    #expect(console.screen.contains("Organisations (3) · Colombia (CO)"))
    #expect(console.screen.contains("Armada de Colombia"))
    console.press(.char("/"))
    console.type("diran")
    console.press(.enter, .enter)
    #expect(console.screen.contains("Officers (2) · DIRAN — Policía Nacional de Colombia"))
    #expect(console.screen.contains("Valentina Restrepo"))
    #expect(!console.screen.contains("Andrés Ospina"))
    console.press(.escape)
    #expect(console.screen.contains("Organisations (3) · Colombia (CO)"))
  }

  @Test func theFocusedPaneShowsTheSelectionBar() throws {
    let console = try colombia()
    let countryRow = try #require(console.row(containing: "CO Colombia"))
    let stylesBefore = console.styles.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(stylesBefore[countryRow].hasPrefix("SSSS"))
    console.press(.char("l"))
    let styles = console.styles.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(styles[countryRow].hasPrefix("TTTT"))
    let officerRow = try #require(console.row(containing: "Andrés Ospina"))
    #expect(styles[officerRow].dropFirst(20).hasPrefix("SSSS"))
  }

  @Test func snapshots() throws {
    let small = try colombia()
    try small.expectSnapshot("directory-colombia-80x24")
    small.press(.char("v"))
    try small.expectSnapshot("directory-organisations-80x24")
    let large = try colombia(Size(width: 120, height: 40))
    try large.expectSnapshot("directory-colombia-120x40")
    large.press(.char("l"), .char("/"))
    large.type("ospina")
    large.press(.enter, .enter)
    try large.expectSnapshot("directory-officer-120x40")
    large.resize(Size(width: 80, height: 24))
    try large.expectSnapshot("directory-officer-80x24")
    let all = try ConsoleHarness(size: Size(width: 120, height: 40))
    all.press(.char("4"))
    try all.expectSnapshot("directory-all-120x40")
  }
}
