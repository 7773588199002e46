import Foundation

/// The short reference officers read and type: `A17-KQ3M`.
///
/// A prefix names the kind of record, a number counts records of that kind made on one
/// database, and a tag of four Crockford base-32 characters names that database (its replica).
/// The tag keeps references unique when laptops exchange records; where only one replica has
/// made an `A17`, the short form `A17` is accepted too.
public struct ShortRef: Sendable, Hashable, CustomStringConvertible {
  public enum Prefix: String, Sendable, CaseIterable {
    case meeting = "M"
    case entry = "E"
    case action = "A"
    case seizure = "S"
  }

  public let prefix: Prefix
  public let number: Int
  public let tag: String?

  public init(prefix: Prefix, number: Int, tag: String) {
    self.prefix = prefix
    self.number = number
    self.tag = tag
  }

  public var description: String { "\(prefix.rawValue)\(number)" + (tag.map { "-" + $0 } ?? "") }

  /// Reads `A17-KQ3M` or `a17`; returns nil if the text is not shaped like a reference.
  public init?(parsing text: String) {
    // Checked before upper-casing: some letters (ß, ſ, ﬀ) upper-case into ASCII.
    guard text.allSatisfy(\.isASCII) else { return nil }
    let upper = text.uppercased()
    let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let head = parts.first, let letter = head.first,
      let prefix = Prefix(rawValue: String(letter)),
      let number = Int(head.dropFirst()), number > 0, head.dropFirst().allSatisfy(\.isNumber)
    else { return nil }
    var tag: String?
    if parts.count == 2 {
      let t = String(parts[1])
      guard t.count == 4, t.allSatisfy({ ShortRef.alphabet.contains($0) }) else { return nil }
      tag = t
    }
    self.prefix = prefix
    self.number = number
    self.tag = tag
  }

  /// Crockford's base 32: no I, L, O or U, so tags read aloud without confusion.
  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

  /// The replica tag for a replica id, from its random bits.
  public static func tag(for replica: UUID) -> String {
    let b = replica.uuid
    let bits = (UInt32(b.12) << 16) | (UInt32(b.13) << 8) | UInt32(b.14)
    return String((0..<4).map { alphabet[Int((bits >> (15 - 5 * UInt32($0))) & 31)] })
  }
}
