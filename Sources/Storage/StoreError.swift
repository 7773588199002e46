import CaseModel

/// A refusal from the store, with a message an officer can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Code: String, Sendable {
    /// The file cannot be opened or created.
    case cannotOpen
    /// The file is not a SQLite database, or not one of liaison's.
    case notALiaisonDatabase
    /// The file was written by a newer liaison; it is left untouched.
    case newerSchema
    /// A reference matched nothing.
    case notFound
    /// A reference matched several records.
    case ambiguous
    /// A record with the same code, handle or acronym exists.
    case duplicate
    /// No officer is acting: writes need one.
    case noActingOfficer
    /// The acting officer's role does not allow the change (an observer, a participant
    /// where a lead is needed).
    case notPermitted
    /// The change conflicts with the state of the record.
    case conflict
    /// SQLite failed: disk full, I/O error, corruption.
    case database
  }

  public let code: Code
  public let message: String
  /// For `notFound` and `ambiguous`: references the officer may have meant.
  public let candidates: [String]

  public init(_ code: Code, _ message: String, candidates: [String] = []) {
    self.code = code
    self.message = message
    self.candidates = candidates
  }

  public var description: String {
    guard !candidates.isEmpty else { return message }
    return message + " — did you mean: " + candidates.joined(separator: ", ") + "?"
  }
}
