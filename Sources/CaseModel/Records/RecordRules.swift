import Foundation

/// Checks shared by several records: codes, handles, languages, currencies.
public enum RecordRules {
  /// An operation code or an acronym: letters, digits, `-`, `_`, `.`, `(`, `)`, no spaces.
  public static func code(_ text: String, field: String) throws(ValidationError) -> String {
    let value = try TextRules.line(text, field: field, limit: TextRules.codeLimit)
    guard value.unicodeScalars.allSatisfy({ codeCharacters.contains($0) }) else {
      throw ValidationError(
        .invalidValue,
        "\(field) \(quoted(value)) may hold only letters, digits and - _ . ( )")
    }
    return value
  }

  /// An officer handle: lower-case letters, digits, `.`, `-`, `_`, starting with a letter.
  public static func handle(_ text: String) throws(ValidationError) -> String {
    let value = try TextRules.line(text, field: "handle", limit: 32).lowercased()
    guard let first = value.unicodeScalars.first, lowerLetters.contains(first),
      value.unicodeScalars.allSatisfy({ handleCharacters.contains($0) })
    else {
      throw ValidationError(
        .invalidValue,
        "handle \(quoted(value)) must start with a letter and hold only a–z, 0–9, . - _")
    }
    return value
  }

  /// An ISO 639-1 language code.
  public static func language(_ text: String) throws(ValidationError) -> String {
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard value.count == 2, value.unicodeScalars.allSatisfy({ lowerLetters.contains($0) }) else {
      throw ValidationError(
        .invalidValue, "language \(quoted(text)) is not a two-letter ISO 639-1 code such as es")
    }
    return value
  }

  /// An ISO 4217 currency code.
  public static func currency(_ text: String) throws(ValidationError) -> String {
    let value = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard value.count == 3, value.unicodeScalars.allSatisfy({ upperLetters.contains($0) }) else {
      throw ValidationError(
        .invalidValue, "currency \(quoted(text)) is not a three-letter ISO 4217 code such as EUR")
    }
    return value
  }

  /// An IANA time zone name known to this system.
  public static func timeZone(_ text: String) throws(ValidationError) -> String {
    guard !text.isEmpty, TimeZone(identifier: text) != nil else {
      throw ValidationError(
        .invalidValue, "time zone \(quoted(text)) is unknown; use a name such as Europe/Lisbon")
    }
    return text
  }

  static func looksLikeEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
      && !text.contains(" ")
  }

  private static let lowerLetters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz")
  private static let upperLetters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
  private static let handleCharacters = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789.-_")
  private static let codeCharacters = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.()")
}
