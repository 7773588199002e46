import CNCurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How many terminal columns text takes: CJK and emoji take two, combining marks none.
///
/// Widths come from the C library's `wcwidth`, the table ncurses uses to place characters, so
/// that what is measured here is what ncurses draws. A grapheme counts as its first code
/// point: ncurses draws a cell as one spacing character and its combining marks, so the
/// extra pictographs of a flag or of a joined emoji sequence are not drawn (see
/// ``NCursesTerminal``), and counting them would leave gaps or stray characters.
/// Text must already be sanitised: control characters have no width here.
public enum DisplayWidth {
  /// Makes `wcwidth` answer for non-ASCII text: it returns -1 unless the locale is UTF-8.
  /// The program calls this first thing; widths also make sure of it on first use, so that
  /// code run without `main` (tests) measures the same.
  ///
  /// Only the character type is taken from the environment: it is all that widths and
  /// ncurses read. The other categories (numbers, times, collation, messages) stay C, as
  /// liaison writes English with ISO dates, and loading them would open a dozen locale files
  /// at the start of every command.
  public static func prepareLocale() {
    setlocale(LC_CTYPE, "")
    ensureUTF8()
  }

  private static func ensureUTF8() {
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  private static let utf8Ready: Void = ensureUTF8()

  public static func of(_ text: String) -> Int {
    // Most text is printable ASCII: a column a byte, found without breaking it into characters.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.isASCII { return first.value >= 0x20 && first.value < 0x7F ? 1 : 0 }
    _ = utf8Ready
    let width = Int(cn_wcwidth(first.value))
    // Unknown or unassigned characters: count one column rather than none, so that layout
    // never overruns.
    return width < 0 ? 1 : width
  }

  /// Cuts text to at most `columns` columns, ending with `…` if it was cut. Never splits a
  /// character, and a wide character that would straddle the edge is left out.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    guard of(text) > columns else { return text }
    var out = ""
    var used = 0
    for character in text {
      let width = of(character)
      if used + width > columns - 1 { break }
      out.append(character)
      used += width
    }
    return out + "…"
  }

  /// Pads text with spaces to exactly `columns` columns (truncating if longer).
  public static func pad(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
    let cut = truncate(text, to: columns)
    let fill = String(repeating: " ", count: max(0, columns - of(cut)))
    return alignRight ? fill + cut : cut + fill
  }
}
