/// Lower-case hexadecimal text of bytes: ids (UUIDs) and hashes, written on every stored row,
/// every logged field and every audit event, so made in one pass into the string's own
/// storage rather than through `String(format:)` or an array of digits.
public enum Hexadecimal {
  /// `bytes` as lower-case hexadecimal, with a hyphen before each byte whose index is set in
  /// `hyphensBefore` (bit n for byte n; UUIDs take bits 4, 6, 8 and 10).
  public static func lowercase(
    _ bytes: UnsafeRawBufferPointer, hyphensBefore: UInt64 = 0
  )
    -> String
  {
    let inRange = bytes.count >= 64 ? hyphensBefore : hyphensBefore & (1 << bytes.count - 1)
    let length = bytes.count * 2 + inRange.nonzeroBitCount
    return String(unsafeUninitializedCapacity: length) { out in
      var position = 0
      for (index, byte) in bytes.enumerated() {
        if index < 64, inRange & (1 << index) != 0 {
          out[position] = UInt8(ascii: "-")
          position += 1
        }
        out[position] = digit(byte >> 4)
        out[position + 1] = digit(byte & 0x0F)
        position += 2
      }
      return position
    }
  }

  /// The same, of any bytes (a digest).
  public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
    Array(bytes).withUnsafeBytes { lowercase($0) }
  }

  /// The value of a hexadecimal digit of either case, or nil for any other byte.
  public static func value(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  private static func digit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
