import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Live data")
struct LiveDataTests {
  @Test func anotherProcessesWriteShowsWithinASecondAndTheCursorStays() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 40))
    console.press(.char("j"), .char("j"))
    let selected = try #require(console.frame.row(5).split(separator: " ").first.map(String.init))
    // Another process (another connection to the same file) adds an operation that sorts
    // before the selected one.
    let other = try Store.open(path: console.store.path)
    let me = try other.actingOfficer(DemoDataset.profileHandle)
    _ = try other.addOperation(
      JointOperation(
        code: "TF-AAA-2026-001", codename: "PRIMERO", crimeAreas: [.drugTrafficking],
        vector: .air, leadCountryID: Country.id(forCode: "PT")), as: me)
    #expect(!console.screen.contains("TF-AAA-2026-001"), "not before the next poll")
    console.app.clock = { ConsoleHarness.now.addingTimeInterval(1) }
    console.app.idle()
    #expect(console.screen.contains("TF-AAA-2026-001"))
    // The cursor is still on the same operation, one row lower now.
    let cursorRow = try #require(console.row(containing: selected))
    #expect(console.styles.split(separator: "\n")[cursorRow].contains("S"))
  }

  @Test func withoutChangesNothingIsReloaded() throws {
    let console = try ConsoleHarness()
    let before = console.terminal.frames.count
    console.app.clock = { ConsoleHarness.now.addingTimeInterval(5) }
    console.app.idle()
    #expect(console.terminal.frames.count == before, "no change, no new frame")
  }
}
