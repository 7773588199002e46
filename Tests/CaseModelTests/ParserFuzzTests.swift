import CaseModel
import Foundation
import Fuzzing
import Testing

/// Officers type, and paste, anything. Every parser answers every input with a value or a
/// typed refusal — never a crash, never a value it would not read back the same.
@Suite("Parsers under fuzz")
struct ParserFuzzTests {
  let today = try! CalendarDate(iso: "2026-11-29")

  @Test("date expressions: any text, a date or a refusal; what is read prints and reads back")
  func dateExpressions() {
    var inputs = FuzzText(seed: 0xDA7E)
    for _ in 0..<FuzzText.rounds {
      let text = inputs.next()
      guard let date = try? DateExpression.parse(text, today: today) else { continue }
      #expect(
        (try? DateExpression.parse(date.description, today: today)) == date,
        "\(text.debugDescription) gave \(date), which does not read back")
    }
  }

  @Test("every calendar date from year 1 to 9999 prints as ISO and reads back")
  func calendarDatesRoundTrip() throws {
    var generator = SplitMix64(seed: 0xCA1E)
    let first = try CalendarDate(year: 1, month: 1, day: 1).dayNumber
    let last = try CalendarDate(year: 9999, month: 12, day: 31).dayNumber
    for _ in 0..<FuzzText.rounds {
      let date = CalendarDate(dayNumber: generator.int(in: first...last))
      #expect((try? CalendarDate(iso: date.description)) == date, "\(date)")
      #expect((try? DateExpression.parse(date.description, today: today)) == date, "\(date)")
    }
  }

  @Test("meeting times: any text, an instant or a refusal")
  func meetingTimes() {
    var inputs = FuzzText(seed: 0x71E)
    var read = 0
    for _ in 0..<FuzzText.rounds {
      let text =
        inputs.part(["2026-12-04", "fri", "tomorrow", "+3d", "2028-02-29", "9999-12-31"])
        + inputs.part([" ", "T", "  "])
        + inputs.part(["15:00", "09:30", "23:59", "00:00", "24:00", "7:05", "12:60"])
      // Both the text and the zone come from officers.
      let zone = inputs.part(["America/Bogota", "Europe/Lisbon", "UTC", "Pacific/Chatham"])
      if (try? MeetingTime.parse(text, zone: zone, today: today)) != nil { read += 1 }
    }
    // The generator must reach valid inputs too, or the property says little.
    #expect(read > 0)
  }

  @Test("references: any text, a reference or nothing; what is read prints and reads back")
  func references() {
    var inputs = FuzzText(seed: 0x4EF)
    var read = 0
    for _ in 0..<FuzzText.rounds {
      let text = inputs.next()
      guard let reference = ShortRef(parsing: text) else { continue }
      read += 1
      #expect(ShortRef(parsing: reference.description) == reference, "\(text.debugDescription)")
      #expect(ShortRef(parsing: reference.description.lowercased()) == reference)
    }
    #expect(read > 0)
  }

  @Test("vocabulary terms: any text, a term or a refusal naming the choices")
  func vocabulary() {
    var inputs = FuzzText(seed: 0x70CA)
    for _ in 0..<FuzzText.rounds / 10 {
      let text = inputs.next()
      do {
        let status = try ActionStatus.parse(text)
        #expect(try ActionStatus.parse(status.rawValue) == status)
      } catch {
        #expect(error.message.contains("open"), "\(error.message)")
      }
    }
  }
}
