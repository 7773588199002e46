import CaseModel
import Foundation
import Testing

@Suite("MeetingTime")
struct MeetingTimeTests {
  /// A Wednesday.
  let today: CalendarDate

  init() throws {
    today = try CalendarDate(iso: "2026-03-04")
  }

  func parse(_ text: String, zone: String = "Europe/Madrid") -> Result<Date, ValidationError> {
    outcome { () throws(ValidationError) in
      try MeetingTime.parse(text, zone: zone, today: today)
    }
  }

  /// Seconds since 1970 for a UTC wall-clock time, to state expectations without a calendar.
  func utc(_ iso: String, _ hour: Int, _ minute: Int) throws -> Date {
    let midnight = try date(iso).startOfDay(in: TimeZone(identifier: "UTC")!)
    return midnight.addingTimeInterval(Double(hour * 3600 + minute * 60))
  }

  @Test("A date and a time are read in the meeting's zone")
  func dateAndTime() throws {
    // Madrid is UTC+1 in December, Bogotá UTC-5 all year.
    #expect(try parse("2026-12-04 15:00").get() == utc("2026-12-04", 14, 0))
    #expect(try parse("2026-12-04T15:00").get() == utc("2026-12-04", 14, 0))
    #expect(try parse("  2026-12-04   15:00 ").get() == utc("2026-12-04", 14, 0))
    let bogota = try parse("2026-12-04 15:00", zone: "America/Bogota").get()
    #expect(bogota == (try utc("2026-12-04", 20, 0)))
    #expect(try parse("2026-07-01 00:00").get() == utc("2026-06-30", 22, 0), "summer time")
    #expect(try parse("2026-12-31 23:59").get() == utc("2026-12-31", 22, 59))
  }

  @Test("The date may be any date expression")
  func dateExpressions() throws {
    #expect(try parse("fri 09:30").get() == utc("2026-03-06", 8, 30))
    #expect(try parse("tomorrow 10:00").get() == utc("2026-03-05", 9, 0))
    #expect(try parse("+2w 10:00").get() == utc("2026-03-18", 9, 0))
    #expect(try parse("Fri 09:30").get() == utc("2026-03-06", 8, 30))
  }

  @Test(
    "Capitalised words are read as DateExpression reads them",
    arguments: [
      ("Thu 09:30", "2026-03-05", 8, 30), ("Tomorrow 10:00", "2026-03-05", 9, 0),
      ("TODAY 10:00", "2026-03-04", 9, 0), ("SAT 10:00", "2026-03-07", 9, 0),
      ("Tuesday 10:00", "2026-03-10", 9, 0),
    ])
  func capitalisedWords(text: String, utcDay: String, hour: Int, minute: Int) throws {
    let expected = try utc(utcDay, hour, minute)
    // Only the "T" of 2026-12-04T15:00 separates; the T of "Thu" must not.
    let start = try parse(text).get()
    #expect(start == expected)
  }

  @Test("A start needs both a date and a time")
  func needsBoth() {
    for text in ["15:00", "", "2026-12-04", "tomorrow", "2026-12-04 15:00 extra"] {
      let error = refusal(.badDateExpression, "\(text)") { () throws(ValidationError) in
        try MeetingTime.parse(text, zone: "Europe/Madrid", today: today)
      }
      #expect(
        error?.message
          == "start \(quoted(text)) needs a date and a time, such as \"2026-12-04 15:00\"")
    }
  }

  @Test(
    "Times must be HH:MM on a 24-hour clock",
    arguments: [
      "24:00", "9:05", "15:00:00", "15:60", "1500", "15h00", "١٥:٠٠", "15:0\u{1B}", "-1:00",
    ])
  func badTimes(time: String) {
    let error = refusal(.badDateExpression) { () throws(ValidationError) in
      try MeetingTime.parse("2026-12-04 " + time, zone: "Europe/Madrid", today: today)
    }
    #expect(error?.message == "time \(quoted(time)) is not a time of day such as 15:00")
    let message = error?.message ?? ""
    #expect(hazards(in: message) == [])
  }

  @Test("Signed numbers are not times of day")
  func signedTimes() {
    // Int("+9") is 9, so a check by Int() alone would take "+9:05" as 09:05.
    for time in ["+9:05", "09:+5", "-0:00"] {
      refusal(.badDateExpression, "\(time)") { () throws(ValidationError) in
        try MeetingTime.parse("2026-12-04 " + time, zone: "Europe/Madrid", today: today)
      }
    }
  }

  @Test("A time skipped when the clocks go forward is refused")
  func skippedByDaylightSaving() {
    let error = refusal(.badDateExpression) { () throws(ValidationError) in
      try MeetingTime.parse("2026-03-29T02:30", zone: "Europe/Madrid", today: today)
    }
    #expect(
      error?.message
        == "2026-03-29 02:30 does not exist in Europe/Madrid: the clocks change that night")
  }

  @Test("Bad dates and zones are refused with their own messages")
  func badDateOrZone() {
    let day = refusal(.notACalendarDate) { () throws(ValidationError) in
      try MeetingTime.parse("2026-02-30 10:00", zone: "Europe/Madrid", today: today)
    }
    #expect(day?.message == "start date \"2026-02-30\" is not a calendar date")
    let word = refusal(.badDateExpression) { () throws(ValidationError) in
      try MeetingTime.parse("someday 10:00", zone: "Europe/Madrid", today: today)
    }
    #expect(word?.message.hasPrefix("start date \"someday\" is not a date;") == true)
    let zone = refusal(.invalidValue) { () throws(ValidationError) in
      try MeetingTime.parse("2026-12-04 15:00", zone: "Mars/Olympus", today: today)
    }
    #expect(
      zone?.message == "time zone \"Mars/Olympus\" is unknown; use a name such as Europe/Lisbon")
  }
}
