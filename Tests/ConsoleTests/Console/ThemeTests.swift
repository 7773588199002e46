import Foundation
import Testing

@testable import Console

@Suite("Themes")
struct ThemeTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes").path

  @Test(arguments: ["default", "light", "high-contrast", "mono"])
  func everyShippedThemeLoads(name: String) throws {
    let theme = try ThemeLoader.load(name, from: [Self.folder])
    #expect(theme.name == name)
    // Every theme styles the slots that carry meaning, so nothing important looks plain.
    for slot in [Slot.selection, .statusBar, .markingRed, .markingAmber, .itemOverdue, .title] {
      #expect(theme.styles[slot] != nil, "\(name) leaves \(slot.rawValue) unstyled")
    }
  }

  @Test func monoHasNoColourAndNoColorDropsColours() throws {
    let mono = try ThemeLoader.load("mono", from: [Self.folder])
    #expect(mono.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    let plain = try ThemeLoader.load("default", from: [Self.folder]).monochrome
    #expect(plain.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    #expect(plain.style(.selection).reverse || plain.style(.selection).bold)
  }

  @Test func availableThemesAreListed() {
    #expect(
      ThemeLoader.available(in: [Self.folder]) == ["default", "high-contrast", "light", "mono"])
  }

  @Test func anUnknownThemeNamesTheOnesThatExist() {
    #expect {
      try ThemeLoader.load("neon", from: [Self.folder])
    } throws: { error in
      "\(error)".contains("no theme named \"neon\"") && "\(error)".contains("light")
    }
    #expect(throws: ThemeLoader.Failure.self) {
      try ThemeLoader.load("../etc/passwd", from: [Self.folder])
    }
  }

  @Test(arguments: [
    ("[slots]\ntitle = { fg = \"chartreuse\" }", "title.fg is not a colour"),
    ("[slots]\nsparkle = { bold = true }", "unknown slot \"sparkle\""),
    ("[slots]\ntitle = { bold = \"yes\" }", "title.bold must be true or false"),
    ("[slots]\ntitle = { blink = true }", "unknown key blink"),
    ("name = \"x\"", "no [slots] table"),
    ("[slots\n", "t.toml:1"),
  ])
  func aBadThemeFileIsRefused(text: String, message: String) {
    #expect {
      try ThemeLoader.parse(text, name: "t", source: "t.toml")
    } throws: { error in
      "\(error)".contains(message)
    }
  }

  @Test func coloursFallBackToWhatTheTerminalHas() {
    #expect(Color(parsing: "bright-red") == .ansi(9))
    #expect(Color(parsing: "#ff0000") == .rgb(255, 0, 0))
    #expect(Color(parsing: "208") == .indexed(208))
    // 16 colours keep bright ones; 8 colours fold them onto the base eight.
    #expect(Color.ansi(9).number(available: 16) == 9)
    #expect(Color.ansi(9).number(available: 8) == 1)
    // A 256-colour index on a 16-colour terminal becomes the nearest ANSI colour.
    #expect(Color.indexed(196).number(available: 16) == 9)
    #expect(Color.rgb(0, 0, 0).number(available: 8) == 0)
    #expect(Color.rgb(255, 255, 255).number(available: 256) == 231)
  }
}
