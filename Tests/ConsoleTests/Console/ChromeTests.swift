import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("The frame around screens")
struct ChromeTests {
  @Test func theOperationsScreenOpensFirst() throws {
    let console = try ConsoleHarness()
    #expect(console.frame.row(0).contains("ribeiro"))
    #expect(console.frame.row(1).contains("1 Operations"))
    #expect(console.screen.contains("TF-MAR-"))
    #expect(console.statusBar.contains("Operations"))
  }

  @Test func aTooSmallTerminalSaysSo() throws {
    let console = try ConsoleHarness()
    console.resize(Size(width: 60, height: 20))
    #expect(console.screen.contains("terminal too small — need 80×24"))
    console.resize(Size(width: 80, height: 24))
    #expect(console.screen.contains("TF-MAR-"))
  }
}
