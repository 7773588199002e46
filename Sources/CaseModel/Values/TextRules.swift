import Foundation

/// Checks and normalises text typed into a record.
///
/// Text is stored in Unicode NFC so that `Bogotá` typed with a combining accent and `Bogotá`
/// typed precomposed are the same string. Control characters are refused rather than silently
/// dropped, so that an officer knows what was not accepted. Bidirectional embedding, override
/// and isolate controls are refused too: they can make text read differently from what it is
/// (Trojan Source), and ordinary Arabic or Hebrew text does not need them.
public enum TextRules {
  /// Limits, in Unicode scalars.
  public static let nameLimit = 200
  public static let codeLimit = 40
  public static let entryLimit = 10_000
  public static let longTextLimit = 20_000

  /// A required single-line value: a title, a name.
  public static func line(
    _ text: String, field: String, limit: Int = nameLimit
  )
    throws(ValidationError) -> String
  {
    let value = try checked(text, field: field, limit: limit, multiline: false)
    guard !value.isEmpty else { throw ValidationError(.emptyText, "\(field) is empty") }
    return value
  }

  /// An optional single-line value: empty text means none.
  public static func optionalLine(
    _ text: String?, field: String, limit: Int = nameLimit
  )
    throws(ValidationError) -> String?
  {
    guard let text else { return nil }
    let value = try checked(text, field: field, limit: limit, multiline: false)
    return value.isEmpty ? nil : value
  }

  /// Free text over several lines: minutes, details, summaries. Line ends become `\n`.
  public static func text(
    _ text: String, field: String, limit: Int = longTextLimit, required: Bool = false
  ) throws(ValidationError) -> String {
    let value = try checked(text, field: field, limit: limit, multiline: true)
    if required && value.isEmpty { throw ValidationError(.emptyText, "\(field) is empty") }
    return value
  }

  /// Characters that must never reach a terminal as they are: C0 and C1 controls, DEL, and
  /// the bidirectional controls that reorder text.
  public static func isUnsafeForDisplay(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isBidiControl(scalar) || isBidiMark(scalar)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069).
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// Invisible direction marks (LRM, RLM, ALM): harmless in text, shown as placeholders.
  static func isBidiMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
  }

  private static func checked(
    _ raw: String, field: String, limit: Int, multiline: Bool
  )
    throws(ValidationError) -> String
  {
    // Most text is plain printable ASCII: it is already in NFC and holds no bidi control, so
    // the costly normalisation is skipped; only the length and the ends need checking.
    if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      // The only white space left in printable ASCII is the space itself.
      let space = UInt8(ascii: " ")
      let bytes = raw.utf8
      let start = bytes.firstIndex { $0 != space } ?? bytes.endIndex
      let end = bytes.lastIndex { $0 != space }.map(bytes.index(after:)) ?? start
      let trimmed =
        start == bytes.startIndex && end == bytes.endIndex ? raw : String(raw[start..<end])
      if trimmed.utf8.count > limit {
        throw ValidationError(
          .textTooLong,
          "\(field) is \(trimmed.utf8.count) characters long; the limit is \(limit)")
      }
      return trimmed
    }
    // Names and minutes in Portuguese, Spanish or French, with a dash or an emoji, are
    // stable too: the same check over scalars, with the one white space such text can hold
    // besides the space (the no-break space).
    if raw.unicodeScalars.allSatisfy(isStableInNFC) {
      let scalars = raw.unicodeScalars
      let start = scalars.firstIndex { !isStableSpace($0) } ?? scalars.endIndex
      let end = scalars.lastIndex { !isStableSpace($0) }.map(scalars.index(after:)) ?? start
      let trimmed =
        start == scalars.startIndex && end == scalars.endIndex
        ? raw : String(scalars[start..<end])
      let length = trimmed.unicodeScalars.count
      if length > limit {
        throw ValidationError(
          .textTooLong, "\(field) is \(length) characters long; the limit is \(limit)")
      }
      return trimmed
    }
    var text = raw
    if multiline && text.utf8.contains(UInt8(ascii: "\r")) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n")
    }
    text = text.precomposedStringWithCanonicalMapping
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let length = text.unicodeScalars.count
    if length > limit {
      throw ValidationError(
        .textTooLong, "\(field) is \(length) characters long; the limit is \(limit)")
    }
    for scalar in text.unicodeScalars {
      let allowed = multiline && (scalar == "\n" || scalar == "\t")
      if isControl(scalar) && !allowed {
        throw ValidationError(
          .forbiddenCharacter,
          "\(field) contains the control character \(codePoint(scalar)); remove it and try again"
        )
      }
      if isBidiControl(scalar) {
        throw ValidationError(
          .forbiddenCharacter,
          "\(field) contains the bidirectional control \(codePoint(scalar)), which can disguise "
            + "text; remove it and try again")
      }
    }
    return text
  }

  /// Printable scalars that NFC leaves as they are and that never combine with a neighbour
  /// (canonical combining class 0): Latin-1 and the Latin extensions up to the combining
  /// diacritics at U+0300, the dashes, quotes and bullets of General Punctuation (without its
  /// spaces, separators, bidi controls and invisible marks), and the emoji blocks. Text made of
  /// them is already in NFC and holds no control: a test walks every scalar of these ranges.
  static func isStableInNFC(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x1F300...0x1FAFF: true
    default: false
    }
  }

  /// The white space among those scalars, which a value is trimmed of.
  private static func isStableSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{A0}"
  }

  private static func codePoint(_ scalar: Unicode.Scalar) -> String {
    String(format: "U+%04X", scalar.value)
  }
}
