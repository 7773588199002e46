import Foundation

/// A closed list of terms whose raw values are stored in the database and exported.
///
/// Raw values are stable: renaming a case's label is fine, changing its raw value is a schema
/// change. Parsing is forgiving about case, spaces and underscores so that officers can type
/// `in progress`, `In_Progress` or `in-progress` alike.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String {
  /// What the vocabulary is called in messages: "action status", "TLP".
  static var vocabularyName: String { get }
  /// How a term reads on screen.
  var label: String { get }
}

extension Vocabulary {
  public var label: String { rawValue }

  /// The raw values, in declaration order, for messages and completion.
  public static var rawValues: [String] { allCases.map(\.rawValue) }

  /// Parses a term typed by an officer.
  ///
  /// - Throws: ``ValidationError`` with code `.unknownTerm`, listing the accepted terms.
  public static func parse(_ text: String) throws(ValidationError) -> Self {
    let wanted = normalisedTerm(text)
    if let match = allCases.first(where: { normalisedTerm($0.rawValue) == wanted }) {
      return match
    }
    if let match = allCases.first(where: { normalisedTerm($0.label) == wanted }) {
      return match
    }
    throw ValidationError(
      .unknownTerm,
      "unknown \(vocabularyName) \(quoted(text)); expected one of: "
        + rawValues.joined(separator: ", "))
  }

  private static func normalisedTerm(_ text: String) -> String {
    String(
      text.lowercased().trimmingCharacters(in: .whitespaces).map {
        $0 == "_" || $0 == " " || $0 == "+" ? "-" : $0
      })
  }
}

/// A vocabulary whose terms have an order of severity or rank.
public protocol RankedVocabulary: Vocabulary, Comparable {}

extension RankedVocabulary {
  /// Position in declaration order: lower is less severe.
  public var rank: Int { Array(Self.allCases).firstIndex(of: self)! }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
