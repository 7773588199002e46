import Foundation

/// A refusal an officer can act on: what was wrong, in their words.
///
/// Every check in the case model throws this type; the command line prints ``message`` on one
/// line, and the console shows it in the status bar.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of refusal this is, for code that reacts to it.
  public enum Code: String, Sendable {
    case emptyText
    case textTooLong
    case forbiddenCharacter
    case notACalendarDate
    case badDateExpression
    case unknownTerm
    case invalidValue
    case invalidTransition
    case readOnly
    case endBeforeStart
    case reopenNeedsNote
    case operationClosed
  }

  public let code: Code
  public let message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}

/// Quotes text typed by someone else for an error message: control and bidirectional
/// characters are shown escaped so the message cannot drive the terminal, and long text is cut.
public func quoted(_ text: String, limit: Int = 60) -> String {
  var out = "\""
  var count = 0
  for scalar in text.unicodeScalars {
    if count == limit {
      out += "…"
      break
    }
    count += 1
    if scalar == "\"" || scalar == "\\" {
      out += "\\" + String(scalar)
    } else if TextRules.isUnsafeForDisplay(scalar) {
      out += String(format: "\\u{%X}", scalar.value)
    } else {
      out.unicodeScalars.append(scalar)
    }
  }
  return out + "\""
}
