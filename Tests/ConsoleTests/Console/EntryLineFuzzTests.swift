import CaseModel
import Foundation
import Fuzzing
import Testing

@testable import Console

/// The minutes line is typed while people talk, and pasted into: any line is taken apart
/// without a crash, and an action line's parts come out as they were put in.
@Suite("The entry line under fuzz")
struct EntryLineFuzzTests {
  @Test func anyLineIsTakenApart() {
    var inputs = FuzzText(seed: 0xE1E1)
    for _ in 0..<FuzzText.rounds {
      let line = inputs.next()
      let parsed = EntrySyntax.parse(line, kind: .information)
      // The text never grows: parsing only takes parts out.
      #expect(parsed.text.unicodeScalars.count <= line.unicodeScalars.count)
    }
  }

  @Test func anActionLinesPartsComeBackOut() {
    var generator = SplitMix64(seed: 0xAC71)
    let words = [
      "Request", "AIS", "track", "São", "Luís", "東京", "🚢", "MV", "Esperanza", "42", "e\u{301}",
    ]
    for _ in 0..<FuzzText.rounds / 4 {
      let owner = generator.pick(["ribeiro", "gomez.l", "silva.j", "oconnor"])
      let due = generator.pick(["fri", "2026-12-04", "+3d", "tomorrow", nil])
      var parts = (0..<generator.int(in: 1...8)).map { _ in generator.pick(words) }
      // The owner and the date may come anywhere in the line, as they are said.
      parts.insert("@" + owner, at: generator.below(parts.count + 1))
      if let due { parts.insert("due:" + due, at: generator.below(parts.count + 1)) }
      let line = "a " + parts.joined(separator: " ")
      let parsed = EntrySyntax.parse(line, kind: .information)
      #expect(parsed.kind == .action, "\(line)")
      #expect(parsed.owner == owner, "\(line)")
      #expect(parsed.due == due, "\(line)")
      #expect(!parsed.text.contains("@") && !parsed.text.contains("due:"), "\(line)")
    }
  }
}
