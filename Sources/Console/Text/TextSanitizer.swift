import CaseModel

/// Makes untrusted text safe to write to a terminal.
///
/// Text from the database may hold anything another laptop or a paste put there. Control
/// characters would drive the terminal (ESC starts sequences that retitle windows or clear
/// the screen; CR and BS overwrite what was printed) and bidirectional controls reorder what
/// the officer reads. Each is replaced by a visible placeholder, so the officer sees that
/// something was there: `SAFE␍EVIL`, `invoice‹RLO›txt.exe`.
public enum TextSanitizer {
  /// One line: line breaks and tabs become visible or spaces too.
  public static func line(_ text: String) -> String {
    sanitized(text, keepNewlines: false)
  }

  /// Several lines: `\n` is kept, everything else is made visible.
  public static func lines(_ text: String) -> String {
    sanitized(text, keepNewlines: true)
  }

  private static func sanitized(_ text: String, keepNewlines: Bool) -> String {
    // Fast path: most text has nothing to replace.
    if !text.unicodeScalars.contains(where: needsReplacement) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n" where keepNewlines: out.append(scalar)
      case "\n": out.append(contentsOf: " ⏎ ".unicodeScalars)
      case "\t": out.append(" ")
      case _ where scalar.value < 0x20:
        // Control Pictures: U+2400 + code, e.g. ␛ for ESC, ␍ for CR.
        out.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case "\u{7F}": out.append("\u{2421}")
      case _ where (0x80...0x9F).contains(scalar.value):
        out.append(contentsOf: "‹\(hex(scalar))›".unicodeScalars)
      default:
        if let name = bidiName(scalar.value) {
          out.append(contentsOf: "‹\(name)›".unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
    }
    return String(out)
  }

  static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || bidiName(scalar.value) != nil
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    String(scalar.value, radix: 16, uppercase: true)
  }

  /// A bidirectional formatting character's Unicode abbreviation. A switch, not a dictionary:
  /// every scalar of every cell is asked, and a switch answers without hashing.
  private static func bidiName(_ value: UInt32) -> String? {
    switch value {
    case 0x202A: "LRE"
    case 0x202B: "RLE"
    case 0x202C: "PDF"
    case 0x202D: "LRO"
    case 0x202E: "RLO"
    case 0x2066: "LRI"
    case 0x2067: "RLI"
    case 0x2068: "FSI"
    case 0x2069: "PDI"
    case 0x200E: "LRM"
    case 0x200F: "RLM"
    case 0x061C: "ALM"
    default: nil
    }
  }
}
