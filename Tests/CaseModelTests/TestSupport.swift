import CaseModel
import Foundation
import Testing

// MARK: - Outcomes of checks that throw ValidationError

/// Runs a typed-throwing check and keeps its result, so tests can inspect refusals without
/// `as` casts.
func outcome<R>(_ body: () throws(ValidationError) -> R) -> Result<R, ValidationError> {
  do {
    return .success(try body())
  } catch {
    return .failure(error)
  }
}

/// Expects `body` to refuse with `code`, and returns the refusal for checks on its message.
@discardableResult
func refusal<R>(
  _ code: ValidationError.Code, _ comment: Comment? = nil,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws(ValidationError) -> R
) -> ValidationError? {
  switch outcome(body) {
  case .success(let value):
    let context = comment.map { " (\($0.rawValue))" } ?? ""
    Issue.record(
      "expected a \(code) refusal, got \(value)\(context)", sourceLocation: sourceLocation)
    return nil
  case .failure(let error):
    #expect(error.code == code, comment, sourceLocation: sourceLocation)
    return error
  }
}

/// Shorthand for a date written in ISO form in a test.
func date(_ iso: String) throws -> CalendarDate {
  try CalendarDate(iso: iso)
}

// MARK: - An independent oracle for text that must not reach a terminal

/// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and bidi marks, written out
/// here rather than taken from `TextRules`, so a regression there cannot hide itself.
func isTerminalHazard(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x00...0x1F, 0x7F...0x9F: true
  case 0x202A...0x202E, 0x2066...0x2069: true
  case 0x200E, 0x200F, 0x061C: true
  default: false
  }
}

func isControlScalar(_ scalar: Unicode.Scalar) -> Bool {
  scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
}

func isBidiControlScalar(_ scalar: Unicode.Scalar) -> Bool {
  (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
}

func hazards(in text: String) -> [String] {
  text.unicodeScalars.filter(isTerminalHazard).map { String(format: "U+%04X", $0.value) }
}

func scalars(_ text: String) -> [UInt32] {
  text.unicodeScalars.map(\.value)
}

// MARK: - Deterministic random numbers

/// SplitMix64: reproducible randomness for id tests.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Returns the same word every time, to see exactly which bits an id takes from it.
struct ConstantGenerator: RandomNumberGenerator {
  let word: UInt64
  mutating func next() -> UInt64 { word }
}

// MARK: - Vocabularies

/// Every vocabulary of the case model, for checks that must hold for all of them.
var allVocabularies: [any Vocabulary.Type] {
  [
    Priority.self, ActionStatus.self, AssetKind.self, AssetStatus.self, QuantityUnit.self,
    HandlingCode.self, TLP.self, EUClassification.self, SourceReliability.self,
    InformationAccuracy.self, MeetingKind.self, AttendanceStatus.self, MinutesState.self,
    EntryKind.self, OperationStatus.self, CrimeArea.self, Vector.self, ParticipantRole.self,
    CountryBloc.self, OrganisationKind.self, NetworkRole.self, Specialisation.self,
  ]
}

// MARK: - The shared hostile-text corpus

/// The package root, found from this file's path: Tests/CaseModelTests/<file> is three levels
/// down.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

struct HostileSample: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let text: String
  var testDescription: String { name }
}

struct HostileCorpus: Sendable {
  static let url = packageRoot.appendingPathComponent("Tests/Corpus/hostile-text.jsonl")

  var samples: [HostileSample] = []
  /// Lines that are not valid JSON for Swift (the lone surrogate): counted, not fed in.
  var undecodable: [String] = []
  var loadError: String?

  static let shared = HostileCorpus()

  init() {
    let data: Data
    do {
      data = try Data(contentsOf: HostileCorpus.url)
    } catch {
      loadError = "cannot read \(HostileCorpus.url.path): \(error)"
      return
    }
    let decoder = JSONDecoder()
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
      if let sample = try? decoder.decode(HostileSample.self, from: Data(line)) {
        samples.append(sample)
      } else {
        undecodable.append(String(decoding: line.prefix(60), as: UTF8.self))
      }
    }
  }

  func sample(named name: String) -> HostileSample? {
    samples.first { $0.name == name }
  }
}
