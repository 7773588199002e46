import CaseModel
import Foundation

/// Inputs for the parsers' fuzz tests: text that is almost right — pieces of every syntax
/// liaison reads, digits, signs and separators, glued to any Unicode scalar and to the lines
/// of the hostile corpus — from a seeded generator, so that a failure names its input and
/// comes back with the same seed.
public struct FuzzText {
  /// How many inputs each property sees: 20,000 in CI, 200,000 with `LIAISON_LONG_TESTS=1`.
  public static let rounds =
    ProcessInfo.processInfo.environment["LIAISON_LONG_TESTS"] == "1" ? 200_000 : 20_000

  static let pieces = [
    "2026", "-", "02", "29", "30", "31", "13", "00", "0", "9999", "12", "1", "+", "d", "w",
    "fri", "friday", "thu", "mon", "tomorrow", "today", "yesterday", " ", "T", ":", "15",
    "59", "60", "24", "A", "M", "E", "S", "a", "17", "KQ3M", "kq3m", "ILOU", "@", "@ribeiro",
    "due:", "due:fri", "!", "!high", "!urgent", "op:", "op:TF-MAR", "#", "a ", "i ", "d ", "\"",
    "*", "NEAR(", ")", "AND", "OR", "NOT", "^", "\u{0}", "\u{1B}[2J", "\u{1B}]0;x\u{7}",
    "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "é", "e\u{301}", "東京", "🚢", "👩🏽‍⚖️", "\r",
    "\n", "\t", "\u{85}", "ß", "ﬀ", "٣", "９", "Ⅻ",
  ]

  private var generator: SplitMix64
  private let corpus: [String]

  public init(seed: UInt64) {
    generator = SplitMix64(seed: seed)
    corpus = Self.corpusLines
  }

  /// The lines of the hostile-text corpus (Tests/Corpus); the lone surrogate, which does not
  /// decode, is left out.
  public static let corpusLines: [String] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Corpus/hostile-text.jsonl")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return object?["text"] as? String
    }
  }()

  /// One input: a few pieces, scalars and corpus lines in a row.
  public mutating func next() -> String {
    var text = ""
    for _ in 0..<generator.int(in: 0...6) {
      switch generator.below(10) {
      case 0..<6: text += generator.pick(Self.pieces)
      case 6..<9: text.unicodeScalars.append(scalar())
      default: text += corpus.isEmpty ? "" : generator.pick(corpus).prefix(200)
      }
    }
    return text
  }

  /// Any scalar, but mostly from the planes text comes from.
  private mutating func scalar() -> Unicode.Scalar {
    let ranges: [ClosedRange<UInt32>] = [
      0x0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF,
    ]
    let range = ranges[generator.weighted([50, 20, 20, 5, 5])]
    let value =
      range.lowerBound + UInt32(generator.below(Int(range.upperBound - range.lowerBound) + 1))
    return Unicode.Scalar(value) ?? "?"
  }

  public mutating func int(in range: ClosedRange<Int>) -> Int { generator.int(in: range) }

  /// One of `choices`, or (one time in three) fuzz: for syntaxes with several parts, so that
  /// inputs are often right in all but one place.
  public mutating func part(_ choices: [String]) -> String {
    generator.below(3) == 0 ? next() : generator.pick(choices)
  }
}
