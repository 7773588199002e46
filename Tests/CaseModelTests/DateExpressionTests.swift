import CaseModel
import Testing

@Suite("DateExpression")
struct DateExpressionTests {
  /// A Wednesday.
  let today: CalendarDate

  init() throws {
    today = try CalendarDate(iso: "2026-03-04")
  }

  func parse(_ text: String, field: String = "date") -> Result<CalendarDate, ValidationError> {
    outcome { () throws(ValidationError) in
      try DateExpression.parse(text, today: today, field: field)
    }
  }

  // MARK: - Words and offsets

  @Test(
    "Relative words and offsets",
    arguments: [
      ("today", 0), ("tomorrow", 1), ("yesterday", -1), ("Today", 0), ("  TOMORROW  ", 1),
      ("+3d", 3), ("+2w", 14), ("-1d", -1), ("-2w", -14), ("+0d", 0), ("+3D", 3),
      ("+10d", 10), ("-365d", -365), ("+36500d", 36_500),
    ])
  func relative(text: String, offset: Int) throws {
    #expect(try parse(text).get() == today.adding(days: offset))
  }

  @Test("ISO dates pass through, trimmed")
  func isoDates() throws {
    #expect(try parse("2026-12-04").get() == (try date("2026-12-04")))
    #expect(try parse(" 2024-02-29 ").get() == (try date("2024-02-29")))
  }

  @Test("An ISO date that does not exist is refused as such, naming the field")
  func badISODate() {
    let error = refusal(.notACalendarDate) { () throws(ValidationError) in
      try DateExpression.parse("2026-02-30", today: today, field: "due date")
    }
    #expect(error?.message == "due date \"2026-02-30\" is not a calendar date")
  }

  // MARK: - Weekdays

  static let weekdayNames = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  @Test("Weekday names and abbreviations mean the next such day", arguments: 1...7)
  func weekdays(isoWeekday: Int) throws {
    let name = Self.weekdayNames[isoWeekday - 1]
    // Check from every day of one week, so both "later this week" and "next week" occur.
    for shift in 0..<7 {
      let from = today.adding(days: shift)
      let ahead = (isoWeekday - from.weekday + 7) % 7
      let expected = from.adding(days: ahead == 0 ? 7 : ahead)
      for spelling in [name, String(name.prefix(3)), name.uppercased(), String(name.prefix(4))] {
        let result = outcome { () throws(ValidationError) in
          try DateExpression.parse(spelling, today: from)
        }
        #expect(try result.get() == expected, "\(spelling) from \(from)")
      }
    }
  }

  @Test("A weekday typed on that weekday means next week")
  func sameWeekdayIsNextWeek() throws {
    #expect(today.weekday == 3)
    #expect(try parse("wed").get() == (try date("2026-03-11")))
    #expect(try parse("wednesday").get() == (try date("2026-03-11")))
    #expect(try parse("thu").get() == (try date("2026-03-05")))
    #expect(try parse("fri").get() == (try date("2026-03-06")))
    #expect(try parse("tue").get() == (try date("2026-03-10")))
  }

  // MARK: - Refusals

  @Test(
    "Garbage is refused with the forms that work",
    arguments: [
      "next week", "", "   ", "fr", "mo", "fridays", "+3", "+d", "+3x", "+-3d",
      "++3d", "+3 d", "+３d", "+٣d", "-d", "d", "w", "+", "-", "tomorow", "now",
      "\u{1B}[2J", "friday\u{202E}",
    ])
  func garbage(text: String) {
    let error = refusal(.badDateExpression, "\(text.debugDescription)") {
      () throws(ValidationError) in
      try DateExpression.parse(text, today: today, field: "due date")
    }
    #expect(
      error?.message
        == "due date \(quoted(text)) is not a date; use YYYY-MM-DD, today, tomorrow, +3d, +2w "
        + "or a weekday such as fri")
  }

  @Test(
    "Text starting with a digit is taken for an ISO date and answered with the format",
    arguments: ["3d", "3 days", "12/04/2026", "4.12.2026", "2026-12-4"])
  func digitLedText(text: String) {
    let error = refusal(.notACalendarDate) { () throws(ValidationError) in
      try DateExpression.parse(text, today: today, field: "due date")
    }
    #expect(error?.message == "due date \(quoted(text)) is not a date; write it as YYYY-MM-DD")
  }

  @Test("The refusal message, word for word")
  func garbageMessage() {
    let error = refusal(.badDateExpression) { () throws(ValidationError) in
      try DateExpression.parse("next week", today: today)
    }
    #expect(
      error?.message
        == "date \"next week\" is not a date; use YYYY-MM-DD, today, tomorrow, +3d, +2w or a "
        + "weekday such as fri")
  }

  @Test(
    "Huge offsets are refused, not crashed on",
    arguments: [
      "+99999999999d", "-99999999999d", "+99999999999w", "+36501d", "-36501w",
      "+99999999999999999999999999999d", "-9223372036854775808d", "+9223372036854775807w",
    ])
  func hugeOffsets(text: String) {
    refusal(.badDateExpression, "\(text)") { () throws(ValidationError) in
      try DateExpression.parse(text, today: today)
    }
  }

  @Test("Offsets past the end of the calendar stop at its last day")
  func offsetsClamp() throws {
    let nearEnd = try date("9999-12-30")
    #expect(try DateExpression.parse("+2w", today: nearEnd) == (try date("9999-12-31")))
    let nearStart = try date("0001-01-02")
    #expect(try DateExpression.parse("-36500d", today: nearStart) == (try date("0001-01-01")))
  }
}
