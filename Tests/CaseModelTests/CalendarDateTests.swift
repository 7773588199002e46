import CaseModel
import Foundation
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
  // MARK: - Which days exist

  @Test(
    "Leap days exist only in leap years",
    arguments: [
      ("2024-02-29", true), ("2026-02-29", false), ("2000-02-29", true), ("1900-02-29", false),
      ("2400-02-29", true), ("2100-02-29", false), ("0004-02-29", true), ("2023-02-28", true),
    ])
  func leapDays(iso: String, exists: Bool) {
    let result = outcome { () throws(ValidationError) in try CalendarDate(iso: iso) }
    switch result {
    case .success(let date):
      #expect(exists)
      #expect(date.description == iso)
    case .failure(let error):
      #expect(!exists)
      #expect(error.code == .notACalendarDate)
      #expect(error.message == "date \"\(iso)\" is not a calendar date")
    }
  }

  @Test("The supported range is 0001-01-01 to 9999-12-31")
  func range() throws {
    let first = try CalendarDate(iso: "0001-01-01")
    let last = try CalendarDate(iso: "9999-12-31")
    #expect((first.year, first.month, first.day) == (1, 1, 1))
    #expect((last.year, last.month, last.day) == (9999, 12, 31))
    let yearZero = ValidationError(.notACalendarDate, "date \"0000-01-01\" is not a calendar date")
    #expect(throws: yearZero) { try CalendarDate(iso: "0000-01-01") }
    let year10k = ValidationError(.notACalendarDate, "date \"10000-01-01\" is not a calendar date")
    #expect(throws: year10k) { try CalendarDate(year: 10_000, month: 1, day: 1) }
  }

  @Test(
    "Months and days outside the calendar are refused, naming the field",
    arguments: ["2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-12-32"])
  func notACalendarDay(iso: String) {
    #expect(
      throws: ValidationError(.notACalendarDate, "due date \"\(iso)\" is not a calendar date")
    ) {
      try CalendarDate(iso: iso, field: "due date")
    }
  }

  @Test("The officer's example message, word for word")
  func dueDateMessage() {
    let error = refusal(.notACalendarDate) { () throws(ValidationError) in
      try CalendarDate(iso: "2026-02-30", field: "due date")
    }
    #expect(error?.message == "due date \"2026-02-30\" is not a calendar date")
    #expect(error?.description == error?.message)
  }

  @Test(
    "Text not shaped like YYYY-MM-DD is refused with the format to use",
    arguments: [
      "2026-1-5", "２０２６-01-01", "", "2026-02-30x", "2026/02/03", "26-02-03", "2026-02-3x",
      " 2026-02-03", "2026-02-03 ", "+026-02-03", "2026-+2-03", "٢٠٢٦-٠١-٠١", "2026-02",
      "2026-02-03-04", "20260203", "2026-02-03T10:00",
    ])
  func malformed(text: String) {
    #expect(
      throws: ValidationError(
        .notACalendarDate, "start \(quoted(text)) is not a date; write it as YYYY-MM-DD")
    ) {
      try CalendarDate(iso: text, field: "start")
    }
  }

  @Test("Malformed text is quoted plainly in the message")
  func malformedMessage() {
    let error = refusal(.notACalendarDate) { () throws(ValidationError) in
      try CalendarDate(iso: "2026-1-5")
    }
    #expect(error?.message == "date \"2026-1-5\" is not a date; write it as YYYY-MM-DD")
  }

  @Test("Dates print zero-padded")
  func description() throws {
    #expect(try CalendarDate(year: 33, month: 2, day: 1).description == "0033-02-01")
    #expect(try CalendarDate(year: 2026, month: 12, day: 4).description == "2026-12-04")
  }

  @Test("Error messages show the year that was given, however large")
  func hugeYearInMessage() {
    // String(format: "%04d") would read an Int as 32 bits on Linux and print -001.
    let error = refusal(.notACalendarDate) { () throws(ValidationError) in
      try CalendarDate(year: Int.max, month: 1, day: 1)
    }
    #expect(error?.message == "date \"\(Int.max)-01-01\" is not a calendar date")
  }

  // MARK: - Order and arithmetic

  @Test("Dates order by year, then month, then day")
  func order() throws {
    #expect(try date("2025-12-31") < date("2026-01-01"))
    #expect(try date("2026-01-31") < date("2026-02-01"))
    #expect(try date("2026-02-01") < date("2026-02-02"))
    #expect(try !(date("2026-02-02") < date("2026-02-02")))
    #expect(try date("0001-01-01") < date("9999-12-31"))
  }

  @Test(
    "ISO weekday, Monday 1 to Sunday 7",
    arguments: [
      ("1970-01-01", 4), ("1969-12-31", 3), ("2026-01-01", 4), ("2024-02-29", 4),
      ("2000-01-01", 6), ("0001-01-01", 1), ("9999-12-31", 5), ("2026-03-04", 3),
      ("1900-03-01", 4), ("2026-03-08", 7), ("2026-03-09", 1),
    ])
  func weekday(iso: String, expected: Int) throws {
    #expect(try date(iso).weekday == expected)
  }

  @Test("Weekdays agree with Foundation's Gregorian calendar")
  func weekdayAgreesWithFoundation() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var day = try date("1899-12-25")
    for _ in 0..<800 {
      let instant = day.startOfDay(in: calendar.timeZone)
      // Foundation counts Sunday as 1; ISO counts it as 7.
      let foundation = calendar.component(.weekday, from: instant)
      #expect(day.weekday == (foundation + 5) % 7 + 1, "\(day)")
      day = day.adding(days: 97)
    }
  }

  @Test(
    "Adding days crosses months, years and leap days",
    arguments: [
      ("2025-12-31", 1, "2026-01-01"), ("2026-01-01", -1, "2025-12-31"),
      ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"),
      ("2024-01-01", 365, "2024-12-31"), ("2025-01-01", 365, "2026-01-01"),
      ("1970-01-01", -1, "1969-12-31"), ("2026-03-04", 0, "2026-03-04"),
      ("2026-03-04", 1000, "2028-11-28"), ("2000-03-01", -1, "2000-02-29"),
      ("1900-03-01", -1, "1900-02-28"),
    ])
  func adding(start: String, days: Int, expected: String) throws {
    #expect(try date(start).adding(days: days) == date(expected))
  }

  @Test("Adding days stops at the ends of the supported range")
  func addingClamps() throws {
    #expect(try date("9999-12-31").adding(days: 1) == date("9999-12-31"))
    #expect(try date("9999-12-01").adding(days: 100_000) == date("9999-12-31"))
    #expect(try date("0001-01-01").adding(days: -1) == date("0001-01-01"))
    #expect(try date("2026-01-01").adding(days: -10_000_000) == date("0001-01-01"))
  }

  @Test("Adding an enormous number of days clamps instead of trapping")
  func addingHugeDoesNotTrap() throws {
    // `dayNumber + days` would overflow if the clamp were applied after the sum.
    let start = try date("2026-01-01")
    #expect(start.adding(days: .max) == (try date("9999-12-31")))
    #expect(start.adding(days: .min) == (try date("0001-01-01")))
  }

  @Test("days(since:) counts whole days, negative backwards")
  func daysSince() throws {
    #expect(try date("2026-01-01").days(since: date("2025-01-01")) == 365)
    #expect(try date("2025-01-01").days(since: date("2024-01-01")) == 366)
    #expect(try date("2024-01-01").days(since: date("2025-01-01")) == -366)
    #expect(try date("2026-03-04").days(since: date("2026-03-04")) == 0)
    #expect(try date("9999-12-31").days(since: date("0001-01-01")) == 3_652_058)
    #expect(try date("1970-01-01").days(since: date("1969-12-31")) == 1)
  }

  @Test("Walking day by day visits every calendar day exactly once")
  func dayByDay() throws {
    let start = try date("1899-12-01")
    var day = start
    var wrong: [String] = []
    for index in 1...73_200 {
      let next = day.adding(days: 1)
      // Every date the arithmetic makes must also be accepted by the strict initialiser.
      let rebuilt = try? CalendarDate(year: next.year, month: next.month, day: next.day)
      let ok =
        day < next && next.days(since: start) == index
        && next.weekday == day.weekday % 7 + 1 && rebuilt == next
      // One expectation per day would bury a failure in noise; collect the days instead.
      if !ok && wrong.count < 10 { wrong.append("\(day) → \(next)") }
      day = next
    }
    #expect(wrong.isEmpty)
    #expect(day == (try date("2100-05-01")))
  }

  // MARK: - Clock and zones

  @Test("Today depends on the officer's time zone")
  func todayInZones() throws {
    // 2026-03-01 10:30 UTC.
    let now = Date(timeIntervalSince1970: 1_772_323_200 + 10.5 * 3600)
    let utc = TimeZone(identifier: "UTC")!
    let kiritimati = TimeZone(identifier: "Pacific/Kiritimati")!
    let pagoPago = TimeZone(identifier: "Pacific/Pago_Pago")!
    #expect(CalendarDate.today(in: utc, now: now) == (try date("2026-03-01")))
    #expect(CalendarDate.today(in: kiritimati, now: now) == (try date("2026-03-02")))
    #expect(CalendarDate.today(in: pagoPago, now: now) == (try date("2026-02-28")))
    let beforeEpoch = Date(timeIntervalSince1970: -0.5)
    #expect(CalendarDate.today(in: utc, now: beforeEpoch) == (try date("1969-12-31")))
  }

  /// The default, the system's zone from the C library, agrees with Foundation's current zone,
  /// around the clock and on days when clocks change.
  @Test("Today in the system's zone is Foundation's today")
  func todayInTheSystemZone() throws {
    let zone = TimeZone.current
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    for hour in stride(from: 0, to: 366 * 24, by: 5) {
      let now = start.addingTimeInterval(Double(hour) * 3600 + 59.5)
      let c = calendar.dateComponents([.year, .month, .day], from: now)
      let expected = try CalendarDate(year: c.year!, month: c.month!, day: c.day!)
      #expect(CalendarDate.today(now: now) == expected, "\(now) in \(zone.identifier)")
      #expect(CalendarDate.today(in: zone, now: now) == expected, "\(now) in \(zone.identifier)")
    }
  }

  @Test("Start of day is local midnight")
  func startOfDay() throws {
    let day = try date("2026-03-01")
    let utcMidnight = Date(timeIntervalSince1970: 1_772_323_200)
    #expect(day.startOfDay(in: TimeZone(identifier: "UTC")!) == utcMidnight)
    let bogota = TimeZone(identifier: "America/Bogota")!
    #expect(day.startOfDay(in: bogota) == utcMidnight.addingTimeInterval(5 * 3600))
  }

  // MARK: - Codable

  @Test("Encodes as a YYYY-MM-DD string and decodes it back")
  func codable() throws {
    let day = try date("2026-02-28")
    let data = try JSONEncoder().encode([day])
    #expect(String(decoding: data, as: UTF8.self) == "[\"2026-02-28\"]")
    #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [day])
  }

  @Test("Decoding a date that does not exist fails with the officer's message")
  func decodingRefusesBadDates() throws {
    let data = Data("[\"2026-02-30\"]".utf8)
    do {
      _ = try JSONDecoder().decode([CalendarDate].self, from: data)
      Issue.record("2026-02-30 decoded")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription == "date \"2026-02-30\" is not a calendar date")
    }
  }
}
