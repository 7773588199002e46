import Foundation

extension UUID {
  /// A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits.
  ///
  /// Ids made later sort later, so lists by id follow creation order and index pages stay
  /// local; the random part keeps ids unique across laptops without coordination.
  public static func v7<R: RandomNumberGenerator>(
    at date: Date = Date(), using rng: inout R
  )
    -> UUID
  {
    // 48 bits of milliseconds last until the year 10889; later or non-finite dates clamp.
    let seconds = date.timeIntervalSince1970
    let millis =
      seconds.isFinite ? UInt64(min(max(0, seconds * 1000), Double(1 << 48 - 1))) : 0
    var bytes = [UInt8](repeating: 0, count: 16)
    for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: millis >> (40 - 8 * UInt64(i))) }
    let random = (rng.next() as UInt64, rng.next() as UInt64)
    for i in 6..<16 {
      let word = i < 11 ? random.0 : random.1
      bytes[i] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(i % 8)))
    }
    bytes[6] = 0x70 | (bytes[6] & 0x0F)
    bytes[8] = 0x80 | (bytes[8] & 0x3F)
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }

  public static func v7(at date: Date = Date()) -> UUID {
    var rng = SystemRandomNumberGenerator()
    return v7(at: date, using: &rng)
  }

  /// A name-based id (version 8) for reference data that must have the same id on every
  /// laptop without coordination, such as the country `PT`.
  public static func reference(_ namespace: String, _ name: String) -> UUID {
    // FNV-1a over "namespace:name", twice with different seeds, fills 128 bits.
    let input = Array("\(namespace):\(name)".utf8)
    func fnv(_ seed: UInt64) -> UInt64 {
      input.reduce(seed) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
    let hi = fnv(0xcbf2_9ce4_8422_2325)
    let lo = fnv(0x8422_2325_cbf2_9ce4)
    var bytes = (0..<8).map { UInt8(truncatingIfNeeded: hi >> (56 - 8 * UInt64($0))) }
    bytes += (0..<8).map { UInt8(truncatingIfNeeded: lo >> (56 - 8 * UInt64($0))) }
    bytes[6] = 0x80 | (bytes[6] & 0x0F)
    bytes[8] = 0x80 | (bytes[8] & 0x3F)
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }

  /// The id as stored and exported: lower-case, with hyphens.
  public var text: String {
    withUnsafeBytes(of: uuid) { Hexadecimal.lowercase($0, hyphensBefore: 0b101_0101_0000) }
  }

  /// Reads an id written as ``text`` writes it (hex digits of either case), or nil for any
  /// other text. By hand: Foundation's `UUID(uuidString:)` parses with `sscanf`, 0.6 µs an id,
  /// and a minute entry holds six.
  public init?(text: String) {
    var text = text
    var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let read = text.withUTF8 { bytes in
      withUnsafeMutableBytes(of: &uuid) { out -> Bool in
        guard bytes.count == 36 else { return false }
        var position = 0
        for index in 0..<16 {
          if index == 4 || index == 6 || index == 8 || index == 10 {
            guard bytes[position] == UInt8(ascii: "-") else { return false }
            position += 1
          }
          guard let high = Hexadecimal.value(bytes[position]),
            let low = Hexadecimal.value(bytes[position + 1])
          else { return false }
          out[index] = high << 4 | low
          position += 2
        }
        return true
      }
    }
    guard read else { return nil }
    self.init(uuid: uuid)
  }
}
