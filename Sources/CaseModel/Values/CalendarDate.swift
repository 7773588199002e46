import Foundation

/// A day in the proleptic Gregorian calendar, without a time or a zone: a due date, the start
/// of an operation, the day of a seizure. Stored and exported as `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date, or throws if it is not a day of the calendar (`2026-02-30`).
  public init(year: Int, month: Int, day: Int, field: String = "date") throws(ValidationError) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else {
      throw ValidationError(
        .notACalendarDate,
        "\(field) \(quoted(CalendarDate.format(year, month, day))) is not a calendar date")
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` strictly.
  public init(iso text: String, field: String = "date") throws(ValidationError) {
    // Read as bytes: a page of a list reads a date or two on each of its rows.
    var fields = (year: 0, month: 0, day: 0)
    var valid = text.utf8.count == 10
    if valid {
      for (offset, byte) in text.utf8.enumerated() {
        if offset == 4 || offset == 7 {
          valid = valid && byte == UInt8(ascii: "-")
          continue
        }
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
          valid = false
          break
        }
        let digit = Int(byte - UInt8(ascii: "0"))
        switch offset {
        case ..<4: fields.year = fields.year * 10 + digit
        case ..<7: fields.month = fields.month * 10 + digit
        default: fields.day = fields.day * 10 + digit
        }
      }
    }
    guard valid else {
      throw ValidationError(
        .notACalendarDate, "\(field) \(quoted(text)) is not a date; write it as YYYY-MM-DD")
    }
    try self.init(year: fields.year, month: fields.month, day: fields.day, field: field)
  }

  public var description: String { CalendarDate.format(year, month, day) }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  /// Today where the officer is: in `zone`, or by default in the system's zone (`TZ`, else
  /// /etc/localtime), which the C library gives: Foundation's calendar and current zone cost
  /// every command a third of a millisecond the first time they are used. The system's zone is
  /// read again each time, so a console left open follows a laptop that changes zones.
  public static func today(in zone: TimeZone? = nil, now: Date = Date()) -> CalendarDate {
    let seconds = Int(now.timeIntervalSince1970.rounded(.down))
    let offset = zone.map { $0.secondsFromGMT(for: now) } ?? systemOffset(at: seconds)
    let local = seconds + offset
    // Floor division: an instant before 1970 belongs to the day before, not the day after.
    return CalendarDate(dayNumber: local / 86_400 - (local % 86_400 < 0 ? 1 : 0))
  }

  /// The system zone's offset from UTC, in seconds, at `seconds` since 1970.
  private static func systemOffset(at seconds: Int) -> Int {
    tzset()
    var time = time_t(seconds)
    var parts = tm()
    guard localtime_r(&time, &parts) != nil else { return 0 }
    return parts.tm_gmtoff
  }

  /// The date `days` later (or earlier when negative), clamped to the supported years.
  public func adding(days: Int) -> CalendarDate {
    let bounded = min(max(days, -CalendarDate.maxDayNumber * 2), CalendarDate.maxDayNumber * 2)
    let target = min(
      max(dayNumber + bounded, CalendarDate.minDayNumber), CalendarDate.maxDayNumber)
    return CalendarDate(dayNumber: target)
  }

  /// Days from `other` to `self`.
  public func days(since other: CalendarDate) -> Int { dayNumber - other.dayNumber }

  /// ISO weekday: Monday 1 … Sunday 7.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let w = (dayNumber + 3) % 7
    return (w < 0 ? w + 7 : w) + 1
  }

  /// Midnight at the start of this day in `zone`.
  public func startOfDay(in zone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar.date(from: DateComponents(year: year, month: month, day: day))!
  }

  // MARK: - Day arithmetic (days since 1970-01-01, after H. Hinnant's civil algorithms)

  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  private static let minDayNumber = CalendarDate(unchecked: 1, 1, 1).dayNumber
  private static let maxDayNumber = CalendarDate(unchecked: 9999, 12, 31).dayNumber

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    case 1...12: 31
    default: 0
    }
  }

  private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value.magnitude)
      return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count))
        + digits
    }
    return "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
  }
}

extension CalendarDate: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      try self.init(iso: text)
    } catch {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
