/// Breaks text from the database into lines of at most a given number of display columns, at
/// spaces where it can, for details and notes shown whole rather than cut with `…`.
///
/// Paragraphs (line breaks in the text) are kept; each is wrapped by ``DetailWrap``, the one
/// wrapping rule of the console.
enum WordWrap {
  static func lines(_ text: String, width: Int) -> [String] {
    var out: [String] = []
    for paragraph in TextSanitizer.lines(text).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      out += DetailWrap.rows(DetailLine(String(paragraph)), width: max(1, width)).map {
        $0.map(\.text).joined()
      }
    }
    // Trailing blank lines say nothing on screen.
    while out.count > 1, out.last?.isEmpty == true { out.removeLast() }
    return out
  }
}
