import Foundation
import Testing

@testable import Console

@Suite("The screen buffer")
struct ScreenBufferTests {
  @Test func wideCharactersTakeTwoCellsAndAlign() {
    var buffer = ScreenBuffer(size: Size(width: 20, height: 3))
    buffer.put("東京 税関", x: 0, y: 0)
    buffer.put("Bogotá|", x: 0, y: 1)
    buffer.put("São P.|", x: 0, y: 2)
    // Nine columns of text, then eleven blank cells; continuation cells hold no text.
    #expect(buffer.row(0) == "東京 税関" + String(repeating: " ", count: 11))
    #expect(buffer[0, 0].width == 2)
    #expect(buffer[1, 0].isContinuation)
    // Bogotá and São P. are both six columns before the bar, whatever their bytes.
    #expect(buffer[6, 1].text == "|")
    #expect(buffer[6, 2].text == "|")
  }

  @Test func textIsCutByColumnsWithAnEllipsisNeverMidCharacter() {
    var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
    let used = buffer.put("東京東京東京", x: 0, y: 0, limit: 5)
    #expect(used == 5)
    #expect(buffer.row(0).hasPrefix("東京…"))
    #expect(DisplayWidth.truncate("Bogotá, Colombia", to: 7) == "Bogotá…")
    #expect(DisplayWidth.truncate("👮‍♀️👮‍♀️", to: 3) == "👮‍♀️…")
  }

  @Test func untrustedTextCannotDriveTheTerminal() {
    var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
    buffer.put("\u{1B}]0;pwned\u{07}\u{1B}[2J", x: 0, y: 0)
    buffer.put("SAFE\rEVIL", x: 0, y: 0)
    for cell in buffer.cells {
      for scalar in cell.text.unicodeScalars {
        #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
      }
    }
    #expect(buffer.row(0).hasPrefix("SAFE␍EVIL"))
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
    buffer.put("東京", x: 0, y: 0)
    buffer.put("x", x: 1, y: 0)
    #expect(buffer[0, 0].text == " ")
    #expect(buffer[1, 0].text == "x")
    #expect(buffer[2, 0].text == "京")
  }

  @Test func aWideCharacterThatDoesNotFitAtTheEdgeIsLeftOut() {
    var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
    buffer.put("ab東", x: 0, y: 0)
    #expect(buffer.row(0) == "ab…")
  }

  @Test func snapshotsShowTextAndSlots() {
    var buffer = ScreenBuffer(size: Size(width: 8, height: 2))
    buffer.put("title", x: 0, y: 0, slot: .title)
    buffer.put("late", x: 2, y: 1, slot: .itemOverdue)
    #expect(buffer.plainText == "title\n  late")
    #expect(buffer.styleMap == "TTTTT\n..OOOO")
  }

  @Test func everyHostileStringPaintsOnlyPrintableCells() throws {
    for sample in try HostileSamples.all() {
      var buffer = ScreenBuffer(size: Size(width: 80, height: 1))
      buffer.put(sample.text, x: 0, y: 0)
      for cell in buffer.cells {
        for scalar in cell.text.unicodeScalars {
          #expect(
            scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value)
              && !(0x202A...0x202E).contains(scalar.value)
              && !(0x2066...0x2069).contains(scalar.value),
            "\(sample.name)")
        }
      }
    }
  }
}

/// The hostile-text corpus in Tests/Corpus, for console tests.
enum HostileSamples {
  struct Sample: Decodable {
    let name: String
    let text: String
  }

  static func all() throws -> [Sample] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus/hostile-text.jsonl")
    let samples = try Data(contentsOf: url).split(separator: UInt8(ascii: "\n")).compactMap {
      try? JSONDecoder().decode(Sample.self, from: Data($0))
    }
    #expect(samples.count >= 35)
    return samples
  }
}
