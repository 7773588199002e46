import CaseModel
import Foundation
import Testing

@testable import Console

/// Forms as drawn, with a message showing and values in accents and CJK.
@MainActor
@Suite("Form snapshots")
struct FormSnapshotTests {
  /// A new action item on the board, its due date not in the calendar.
  func actionWithABadDate(_ size: Size) throws -> ConsoleHarness {
    let console = try ConsoleHarness(size: size)
    console.press(.char("3"), .char("+"))
    console.type("Coordinar con 東京 y Bogotá la entrega")
    console.press(.tab)
    console.type("Llamar a la PJ en São Paulo; después")
    console.press(.enter)
    console.type("confirmar con 警察庁 (Tōkyō).")
    for _ in 0..<4 { console.press(.tab) }
    console.type("2026-02-30")
    return console
  }

  @Test func aNewActionWithAnErrorAt80x24() throws {
    let console = try actionWithABadDate(Size(width: 80, height: 24))
    #expect(console.screen.contains("✗ due date \"2026-02-30\" is not a calendar date"))
    try console.expectSnapshot("form-action-error-80x24")
  }

  @Test func aNewActionWithAnErrorAt120x40() throws {
    let console = try actionWithABadDate(Size(width: 120, height: 40))
    try console.expectSnapshot("form-action-error-120x40")
  }

  /// An operation form is taller than 24 rows: it scrolls to keep the focused field whole.
  @Test func aLongFormScrollsToTheFocusedField() throws {
    let console = try ConsoleHarness()
    console.press(.char("1"), .char("+"))
    console.type("TF-MAR-2026-012")
    console.press(.tab)
    console.type("Maré Cheia 潮")
    for _ in 0..<11 { console.press(.tab) }
    console.type("2026-01-01")
    #expect(console.screen.contains("✗ operation end 2026-01-01 is before its start 2026-03-18"))
    #expect(console.screen.contains("↓ more"))
    console.press(.tab)
    #expect(console.screen.contains("↑ more"))
    #expect(console.screen.contains("✗ operation end 2026-01-01 is before its start 2026-03-18"))
    try console.expectSnapshot("form-operation-scrolled-80x24")
  }
}
