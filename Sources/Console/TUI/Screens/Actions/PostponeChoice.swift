import CaseModel
import Foundation

/// The postpone picker: a day, a week, or a date typed at a prompt.
///
/// Postponing moves an item's due date later by the span chosen. An overdue item (or one
/// without a due date) moves from today instead: "postpone a day" on something three weeks
/// late should make it due tomorrow, not still late.
enum PostponeChoice {
  static let spans: [(id: String, label: String, days: Int)] = [
    ("+1d", "+1 day", 1), ("+1w", "+1 week", 7),
  ]
  /// The choice that asks for a date.
  static let dateID = "date"

  static func picker(for items: [ActionItem], title: String, _ today: CalendarDate) -> PickerOverlay
  {
    var choices = spans.map { span in
      PickerOverlay.Item(id: span.id, label: span.label, detail: outcome(items, span.days, today))
    }
    choices.append(
      PickerOverlay.Item(id: dateID, label: "a date…", detail: "YYYY-MM-DD, fri, +3d, none"))
    return PickerOverlay(tag: TriageMove.Tag.postpone, title: "Postpone \(title)", items: choices)
  }

  /// The days a choice moves items by; nil for the choice that asks for a date.
  static func days(_ id: String) -> Int? {
    spans.first { $0.id == id }?.days
  }

  /// The new due date of an item postponed by `days`.
  static func date(for item: ActionItem, days: Int, _ today: CalendarDate) -> CalendarDate {
    max(item.due ?? today, today).adding(days: days)
  }

  /// What the picker says a choice will do: the new date of one item, or the rule for several.
  private static func outcome(_ items: [ActionItem], _ days: Int, _ today: CalendarDate) -> String {
    let dates = Set(items.map { date(for: $0, days: days, today) })
    if dates.count == 1, let only = dates.first { return "due \(only)" }
    return "each due date later by \(days == 1 ? "a day" : "a week")"
  }
}
