import CaseModel
import Foundation

/// A field that does not hold what it must, and what the officer reads under it.
public struct FieldProblem: Error, Sendable, Equatable {
  public var key: String
  public var message: String
}

/// A field's text read as what it stands for.
enum FieldValue {
  case text(String?)
  case date(CalendarDate?)
  case instant(Date?)
  case number(Double?)
  case flag(Bool)
  /// Chosen options, or the words of a list typed in one line.
  case values([String])
  case markings(Markings)
}

/// The fields of a form, read with the case model's own checks: the same reading decides
/// the message under a field as the officer types and the record that Save writes.
struct FormValues {
  let fields: [FormField]
  let today: CalendarDate
  let options: FormOptions

  func field(_ key: String) -> FormField? { fields.first { $0.key == key } }
  func text(_ key: String) -> String { field(key)?.text ?? "" }

  /// What is wrong with a field on its own, or nil.
  func check(_ field: FormField) -> String? {
    do {
      _ = try read(field)
      return nil
    } catch {
      return error.message
    }
  }

  /// The value a typed field resolves to, when it says more than the text: `→ 2026-12-04`.
  func resolved(_ field: FormField) -> String? {
    guard !field.text.trimmingCharacters(in: .whitespaces).isEmpty,
      let value = try? read(field)
    else { return nil }
    switch value {
    case .date(let date?) where date.description != field.text.trimmingCharacters(in: .whitespaces):
      return "→ " + date.description + " " + Self.weekdays[date.weekday - 1]
    case .instant(let date?):
      let zone = TimeZone(identifier: text("zone")) ?? .current
      let shown = TimeText.short(date, zone: zone)
      return shown == field.text.trimmingCharacters(in: .whitespaces)
        ? nil
        : "→ " + shown
          + " " + zone.identifier
    case .markings(let markings) where field.text != MarkingsText.format(markings):
      return "→ " + MarkingsText.banner(markings)
    default:
      return nil
    }
  }

  private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// Reads a field by the rules of its kind.
  func read(_ field: FormField) throws(ValidationError) -> FieldValue {
    let text = field.text
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch field.kind {
    case .line(let rule):
      return .text(try Self.line(text, rule))
    case .text(let name, _):
      return .text(try TextRules.text(text, field: name))
    case .date(let name, let required):
      if trimmed.isEmpty {
        if required { throw ValidationError(.emptyText, "\(name) is empty") }
        return .date(nil)
      }
      return .date(try DateExpression.parse(trimmed, today: today, field: name))
    case .startTime(let zoneKey):
      if trimmed.isEmpty {
        throw ValidationError(.emptyText, "start is empty; type a day and a time: fri 15:00")
      }
      // A zone that is wrong is said under its own field.
      let zone = self.text(zoneKey)
      guard (try? RecordRules.timeZone(zone)) != nil else { return .instant(nil) }
      return .instant(try MeetingTime.parse(trimmed, zone: zone, today: today))
    case .number(let name, let required, let whole):
      if trimmed.isEmpty {
        if required { throw ValidationError(.emptyText, "\(name) is empty") }
        return .number(nil)
      }
      let number = whole ? Int(trimmed).map(Double.init) : Double(trimmed)
      guard let number, number.isFinite else {
        throw ValidationError(
          .invalidValue,
          "\(name) \(quoted(trimmed)) is not \(whole ? "a whole number" : "a number")")
      }
      return .number(number)
    case .flag:
      return .flag(trimmed == "yes")
    case .choice(let source, let required):
      let values = field.values
      if values.isEmpty && required {
        throw ValidationError(
          .emptyText, "\(field.label.lowercased()) is empty; press Enter to choose")
      }
      for value in values { try known(value, source, field) }
      return .values(values)
    case .choices(let source, let atLeastOne):
      let values = field.values
      if values.isEmpty, let atLeastOne { throw ValidationError(.emptyText, atLeastOne) }
      for value in values { try known(value, source, field) }
      return .values(values)
    case .markings:
      return .markings(try MarkingsText.parse(text))
    }
  }

  /// A one-line value by its rule.
  static func line(_ text: String, _ rule: LineRule) throws(ValidationError) -> String? {
    switch rule {
    case .required(let name): return try TextRules.line(text, field: name)
    case .optional(let name): return try TextRules.optionalLine(text, field: name)
    case .code(let name): return try RecordRules.code(text, field: name)
    case .handle: return try RecordRules.handle(text)
    case .timeZone: return try RecordRules.timeZone(text.trimmingCharacters(in: .whitespaces))
    case .currency:
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty ? nil : try RecordRules.currency(trimmed)
    case .languages:
      var codes: [String] = []
      for code in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
        codes.append(try RecordRules.language(String(code)))
      }
      return codes.joined(separator: " ")
    case .email:
      // The address is checked as an officer's record checks it, on a record that holds
      // nothing else to refuse.
      let probe = Officer(
        handle: "probe", name: "probe", organisationID: UUID(), countryID: UUID(),
        role: .participant, email: text)
      return try probe.validated().email
    }
  }

  /// Refuses an option the list does not hold: a country not in the catalogue, an officer
  /// who was removed. Lists still being read are not held against the officer.
  private func known(
    _ value: String, _ source: ChoiceSource, _ field: FormField
  ) throws(ValidationError) {
    if source == .countries {
      _ = try CountryCatalogue.entry(value)
      return
    }
    if source == .parties, value.hasPrefix("country:") {
      _ = try CountryCatalogue.entry(String(value.dropFirst("country:".count)))
      return
    }
    guard let options = options.options(source), !options.contains(where: { $0.value == value })
    else { return }
    throw ValidationError(
      .unknownTerm, "\(field.label.lowercased()): \(quoted(value)) is not one of the choices")
  }
}
