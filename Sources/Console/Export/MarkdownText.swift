import Foundation

/// Text from records made safe to place in a Markdown document.
///
/// Records are untrusted: a title, an entry or a name may hold anything a laptop or a paste
/// put there. In Markdown, such text must not change the document's structure — `# evil`
/// must not become a heading, `| pipe |` a table, a backtick a code span, `<b>` HTML, a line
/// of `---` a rule — and control characters must not reach the file raw (a terminal that
/// `cat`s it would obey them). Control characters become visible placeholders first (see
/// ``TextSanitizer``); then every character that can open Markdown syntax is escaped with a
/// backslash, which CommonMark defines for all ASCII punctuation, so the text reads the same
/// when rendered.
enum MarkdownText {
  /// One line of text: line breaks become visible (`⏎`).
  static func inline(_ text: String) -> String {
    escapeLine(TextSanitizer.line(text))
  }

  /// Text that may hold line breaks, as lines joined by hard breaks and indented by
  /// `indent` so that they stay inside the list item they start. Blank lines are dropped: in
  /// a list item they would end it.
  static func block(_ text: String, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    return TextSanitizer.lines(text).split(separator: "\n", omittingEmptySubsequences: true)
      .map { escapeLine(String($0)) }
      .filter { !$0.isEmpty }
      .joined(separator: "\\\n" + margin)
  }

  /// Characters that open inline syntax wherever they stand.
  private static let inlineSyntax: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~",
  ]

  /// Characters that open a block at the start of a line: headings, quotes, lists, rules,
  /// setext underlines, fenced code, tables.
  private static let blockStarts: Set<Character> = [
    "#", ">", "-", "+", "=", "*", "_", "|", "`", "~",
  ]

  private static func escapeLine(_ line: String) -> String {
    // Leading spaces would make an indented code block or change list nesting.
    let characters = Array(line.drop { $0 == " " })
    var out = ""
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      if inlineSyntax.contains(character) {
        out += "\\" + String(character)
      } else if index == 0, blockStarts.contains(character) {
        out += "\\" + String(character)
      } else if character == "&", let next, next.isLetter || next.isNumber || next == "#" {
        // `&amp;` and `&#60;` are character references; `\&` keeps them as typed.
        out += "\\&"
      } else if character == "." || character == ")", (1...9).contains(index),
        characters[..<index].allSatisfy({ $0.isASCII && $0.isNumber }), next == nil || next == " "
      {
        // `1. ` or `1) ` at the start of a line would begin a numbered list.
        out += "\\" + String(character)
      } else if character == "!", next == "[" {
        out += "\\!"
      } else {
        out.append(character)
      }
    }
    // Trailing spaces would make a hard line break.
    while out.hasSuffix(" ") { out.removeLast() }
    return out
  }
}
