import CaseModel
import Foundation

/// Typed readers for building a record from a form. Each throws the field's problem, so that
/// Save can put the cursor on the field that stopped it.
extension FormValues {
  private func value(_ key: String) throws(FieldProblem) -> FieldValue {
    guard let field = field(key) else {
      throw FieldProblem(key: key, message: "the form has no field \(key)")
    }
    do {
      return try read(field)
    } catch {
      throw FieldProblem(key: key, message: error.message)
    }
  }

  /// Text, trimmed and normalised by the model's rules; empty when optional and not given.
  func string(_ key: String) throws(FieldProblem) -> String {
    try optionalString(key) ?? ""
  }

  func optionalString(_ key: String) throws(FieldProblem) -> String? {
    guard case .text(let text) = try value(key) else { return nil }
    return text
  }

  func date(_ key: String) throws(FieldProblem) -> CalendarDate? {
    guard case .date(let date) = try value(key) else { return nil }
    return date
  }

  /// A meeting's start. Its zone field is read first: a start means nothing without it.
  func instant(_ key: String, zone: String) throws(FieldProblem) -> Date {
    _ = try string(zone)
    guard case .instant(let date?) = try value(key) else {
      throw FieldProblem(key: key, message: "start is empty")
    }
    return date
  }

  func number(_ key: String) throws(FieldProblem) -> Double? {
    guard case .number(let number) = try value(key) else { return nil }
    return number
  }

  func flag(_ key: String) throws(FieldProblem) -> Bool {
    guard case .flag(let flag) = try value(key) else { return false }
    return flag
  }

  func values(_ key: String) throws(FieldProblem) -> [String] {
    guard case .values(let values) = try value(key) else { return [] }
    return values
  }

  func id(_ key: String) throws(FieldProblem) -> UUID? {
    try ids(key).first
  }

  func ids(_ key: String) throws(FieldProblem) -> [UUID] {
    try values(key).compactMap { UUID(uuidString: $0) }
  }

  func term<V: Vocabulary>(_ key: String, _ type: V.Type) throws(FieldProblem) -> V? {
    try values(key).first.flatMap { V(rawValue: $0) }
  }

  func terms<V: Vocabulary>(_ key: String, _ type: V.Type) throws(FieldProblem) -> [V] {
    try values(key).compactMap { V(rawValue: $0) }
  }

  /// A country picked from the catalogue, as the id records refer to it by.
  func country(_ key: String) throws(FieldProblem) -> UUID? {
    try values(key).first.map { Country.id(forCode: $0) }
  }

  /// Who takes part in an operation: `country:PT`, `organisation:ID` or `officer:ID`.
  func party(_ key: String) throws(FieldProblem) -> Participant.Party? {
    guard let value = try values(key).first, let colon = value.firstIndex(of: ":") else {
      return nil
    }
    let rest = String(value[value.index(after: colon)...])
    switch value[..<colon] {
    case "country": return .country(Country.id(forCode: rest))
    case "organisation": return UUID(uuidString: rest).map { .organisation($0) }
    case "officer": return UUID(uuidString: rest).map { .officer($0) }
    default: return nil
    }
  }

  func markings(_ key: String) throws(FieldProblem) -> Markings {
    guard case .markings(let markings) = try value(key) else { return .standard }
    return markings
  }

  /// Words typed in one line: languages.
  func words(_ key: String) throws(FieldProblem) -> [String] {
    try string(key).split(separator: " ").map(String.init)
  }

  /// A record's own `validated()`, its refusal put under the field it is about: `blame`
  /// names the field from the refusal, else the first field of the form takes it.
  func validated<R>(
    _ check: () throws(ValidationError) -> R, blame: (ValidationError) -> String?
  ) throws(FieldProblem) -> R {
    do {
      return try check()
    } catch {
      let key = blame(error) ?? blamedByName(error) ?? fields.first?.key ?? ""
      throw FieldProblem(key: key, message: error.message)
    }
  }

  /// The field a message begins with the name of: "place is empty" is about Place.
  private func blamedByName(_ error: ValidationError) -> String? {
    let named = fields.compactMap { field in field.kind.name.map { (field.key, $0) } }
    // The longest name first: "meeting title" before "title".
    return named.sorted { $0.1.count > $1.1.count }
      .first { error.message.lowercased().hasPrefix($0.1.lowercased()) }?.0
  }

  /// A value the form needs, or the problem of its field.
  func required<T>(_ value: T?, _ key: String, _ message: String) throws(FieldProblem) -> T {
    guard let value else { throw FieldProblem(key: key, message: message) }
    return value
  }
}
