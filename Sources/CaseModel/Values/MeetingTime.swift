import Foundation

/// Reads a meeting's start as officers write it: a date expression and a time of day in the
/// meeting's zone, `2026-12-04 15:00`, `fri 09:30`, `2026-12-04T15:00`.
public enum MeetingTime {
  public static func parse(
    _ text: String, zone: String, today: CalendarDate
  )
    throws(ValidationError) -> Date
  {
    let zoneName = try RecordRules.timeZone(zone)
    var parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ")
    // The ISO form joins date and time with a T: `2026-12-04T15:00`. Only a T between a
    // digit and a digit separates; weekday words such as `Thu` keep theirs.
    if parts.count == 1, let t = isoSeparator(in: parts[0]) {
      parts = [parts[0][..<t], parts[0][parts[0].index(after: t)...]]
    }
    guard parts.count == 2 else {
      throw ValidationError(
        .badDateExpression,
        "start \(quoted(text)) needs a date and a time, such as \"2026-12-04 15:00\"")
    }
    let day = try DateExpression.parse(String(parts[0]), today: today, field: "start date")
    let clock = parts[1].split(separator: ":")
    guard clock.count == 2,
      clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { "0123456789".contains($0) } }),
      let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour),
      (0...59).contains(minute)
    else {
      throw ValidationError(
        .badDateExpression, "time \(quoted(String(parts[1]))) is not a time of day such as 15:00")
    }
    var calendar = Calendar(identifier: .gregorian)
    let timeZone = TimeZone(identifier: zoneName)!
    calendar.timeZone = timeZone
    let components = DateComponents(
      year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
    guard let date = calendar.date(from: components),
      calendar.dateComponents([.hour, .minute], from: date)
        == DateComponents(
          hour: hour, minute: minute)
    else {
      throw ValidationError(
        .badDateExpression,
        "\(day) \(parts[1]) does not exist in \(zoneName): the clocks change that night")
    }
    return date
  }

  private static func isoSeparator(in text: Substring) -> Substring.Index? {
    guard let t = text.firstIndex(where: { $0 == "T" || $0 == "t" }), t > text.startIndex,
      text.index(after: t) < text.endIndex,
      text[text.index(before: t)].isNumber, text[text.index(after: t)].isNumber
    else { return nil }
    return t
  }
}
