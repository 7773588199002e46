import Foundation

/// Reads the ways officers write dates: `2026-12-04`, `today`, `tomorrow`, `yesterday`,
/// `+3d`, `+2w`, `-1d`, and weekday names (`fri`, `friday`).
///
/// A weekday name means the next such day after today: typed on a Friday, `fri` is a week
/// later, because "due Friday" said on a Friday means the coming one.
public enum DateExpression {
  public static func parse(
    _ text: String, today: CalendarDate, field: String = "date"
  )
    throws(ValidationError) -> CalendarDate
  {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    switch word {
    case "today": return today
    case "tomorrow": return today.adding(days: 1)
    case "yesterday": return today.adding(days: -1)
    default: break
    }
    if let weekday = weekdays.firstIndex(where: { $0.hasPrefix(word) && word.count >= 3 }) {
      var ahead = (weekday + 1 - today.weekday + 7) % 7
      if ahead == 0 { ahead = 7 }
      return today.adding(days: ahead)
    }
    if let first = word.first, first == "+" || first == "-", let unit = word.last,
      unit == "d" || unit == "w",
      let count = Int(word.dropFirst().dropLast()), count <= 36_500,
      word.dropFirst().dropLast().allSatisfy(\.isNumber)
    {
      let days = count * (unit == "w" ? 7 : 1) * (first == "-" ? -1 : 1)
      return today.adding(days: days)
    }
    if word.first?.isNumber == true {
      return try CalendarDate(iso: word, field: field)
    }
    throw ValidationError(
      .badDateExpression,
      "\(field) \(quoted(text)) is not a date; use YYYY-MM-DD, today, tomorrow, +3d, +2w "
        + "or a weekday such as fri")
  }

  static let weekdays = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}
