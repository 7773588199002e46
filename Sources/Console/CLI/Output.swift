import CaseModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where command output goes, and how it looks there.
struct Output {
  /// Human tables or JSON.
  let json: Bool
  let style: TerminalStyle
  /// The terminal's width when standard output is a terminal.
  let width: Int?

  init(json: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.json = json
    let terminal = isatty(STDOUT_FILENO) == 1
    style = TerminalStyle(
      enabled: terminal && environment["NO_COLOR"].map(\.isEmpty) ?? true
        && environment["TERM"] != "dumb")
    var size = winsize()
    if terminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      width = Int(size.ws_col)
    } else {
      width = nil
    }
  }

  /// Prints a message; any text from the database in it is sanitised.
  func print(_ text: String) {
    Swift.print(TextSanitizer.lines(text))
  }

  func print(_ table: Table) {
    Swift.print(table.render(width: width, style: style))
  }

  func print(json value: JSONValue) {
    Swift.print(value.rendered())
  }

  /// `Label: value` lines, labels aligned; values sanitised.
  func print(fields: [(String, String?)]) {
    let shown = fields.compactMap { label, value in value.map { (label, $0) } }
    let labelWidth = shown.map { DisplayWidth.of($0.0) }.max() ?? 0
    for (label, value) in shown {
      let lines = TextSanitizer.lines(value).split(
        separator: "\n", omittingEmptySubsequences: false)
      let indent = String(repeating: " ", count: labelWidth + 2)
      Swift.print(
        style.apply(.strong, DisplayWidth.pad(label + ":", to: labelWidth + 1)) + " "
          + lines.joined(separator: "\n" + indent))
    }
  }

  /// A section heading in `show` output.
  func heading(_ text: String) {
    Swift.print("\n" + style.apply(.strong, TextSanitizer.line(text)))
  }
}

/// Prints a refusal or a note on standard error, as one line.
enum Diagnostics {
  static func fail(_ message: String) {
    write("liaison: " + TextSanitizer.line(message))
  }

  static func note(_ message: String) {
    write(TextSanitizer.line(message))
  }

  /// Standard output is buffered and standard error is not: what was printed is flushed
  /// first, so that a note said after a table comes after it when both go to one file.
  private static func write(_ line: String) {
    fflush(nil)  // every output stream: `stdout` itself is shared state to Swift 6
    StandardStream.write(line + "\n", to: STDERR_FILENO)
  }
}
