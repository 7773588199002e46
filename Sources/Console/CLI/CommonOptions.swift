import ArgumentParser
import CaseModel
import Foundation
import Storage

/// Markings given on the command line; unset parts keep their default (or inherited) value.
struct MarkingOptions: ParsableArguments {
  @Option(help: ArgumentHelp("TLP: \(TLP.rawValues.joined(separator: ", ")).", valueName: "tlp"))
  var tlp: String?

  @Option(
    help: ArgumentHelp(
      "Handling code: \(HandlingCode.rawValues.joined(separator: ", ")).", valueName: "code"))
  var handling: String?

  @Option(
    help: ArgumentHelp(
      "EU classification: \(EUClassification.rawValues.joined(separator: ", ")), or none.",
      valueName: "level"))
  var classification: String?

  var isEmpty: Bool { tlp == nil && handling == nil && classification == nil }

  /// `base` with the given parts replaced.
  func applied(to base: Markings) throws -> Markings {
    var markings = base
    if let tlp { markings.tlp = try TLP.parse(tlp) }
    if let handling { markings.handling = try HandlingCode.parse(handling) }
    if let classification {
      markings.classification =
        classification.lowercased() == "none" ? nil : try EUClassification.parse(classification)
    }
    return markings
  }
}

/// How many rows a list prints.
struct LimitOption: ParsableArguments {
  // Unconditional: `--limit -5` is a limit out of range, not `--limit` missing its value
  // before an option called `-5`.
  @Option(parsing: .unconditional, help: "Print at most this many rows.")
  var limit: Int = 100

  func validate() throws {
    guard (1...100_000).contains(limit) else {
      throw ArgumentParser.ValidationError("--limit must be between 1 and 100000")
    }
  }
}

extension Vocabulary {
  /// Parses an optional option value.
  static func parse(_ text: String?) throws -> Self? {
    guard let text else { return nil }
    return try parse(text)
  }

  /// The accepted values, for help texts.
  static var choices: String { rawValues.joined(separator: ", ") }
}

extension CommandContext {
  /// Says on standard error that a list was cut, so scripts reading standard output are not
  /// misled and people know how to see more.
  func noteMore(_ more: Bool, limit: Int) {
    if more && !output.json {
      Diagnostics.note("(showing the first \(limit) rows; use --limit to see more)")
    }
  }

  /// Resolves officer references.
  func officers(_ references: [String]) throws -> [Officer] {
    try references.map { try store.officer($0) }
  }

  /// The country id for an ISO code from the catalogue.
  func countryID(_ code: String) throws -> UUID {
    Country.id(forCode: try CountryCatalogue.entry(code).code)
  }

  /// A one-line, human form of an instant in a zone: `2026-12-04 15:00`.
  func local(_ date: Date, zone: String = TimeZone.current.identifier) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: zone) ?? .current
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
