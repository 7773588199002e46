import CaseModel
import Foundation
import Storage

/// Machine output: a JSON value written with sorted keys, so that output is stable and
/// diffable.
///
/// Besides what JSON requires, C1 controls, DEL, bidirectional controls and the Unicode line
/// separators are written as `\u` escapes, so that `--json` printed to a terminal cannot drive
/// it either.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(_ text: String?) { self = text.map(JSONValue.string) ?? .null }
  init(_ id: UUID?) { self = id.map { .string($0.text) } ?? .null }
  init(_ date: CalendarDate?) { self = date.map { .string($0.description) } ?? .null }
  init(_ date: Date?) { self = date.map { .string(StoredDate.iso8601($0)) } ?? .null }
  init<Term: Vocabulary>(_ term: Term?) { self = term.map { .string($0.rawValue) } ?? .null }
  init(_ number: Double?) { self = number.map(JSONValue.double) ?? .null }

  func rendered(indent: Int = 0) -> String {
    var out = ""
    write(to: &out, indent: indent)
    return out
  }

  /// The value on one line, for JSON Lines.
  var line: String {
    var out = ""
    write(to: &out, indent: nil)
    return out
  }

  /// Writes the value indented by `indent` levels, or on one line when `indent` is nil.
  private func write(to out: inout String, indent: Int?) {
    let pad = indent.map { String(repeating: "  ", count: $0 + 1) } ?? ""
    let closePad = indent.map { String(repeating: "  ", count: $0) } ?? ""
    let newline = indent == nil ? "" : "\n"
    let inner = indent.map { $0 + 1 }
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .double(let value): out += value.isFinite ? String(value) : "null"
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[" + newline
      for (index, item) in items.enumerated() {
        out += pad
        item.write(to: &out, indent: inner)
        out += (index == items.count - 1 ? "" : ",") + newline
      }
      out += closePad + "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{" + newline
      let keys = fields.keys.sorted()
      for (index, key) in keys.enumerated() {
        out += pad
        JSONValue.writeString(key, to: &out)
        out += indent == nil ? ":" : ": "
        fields[key]!.write(to: &out, indent: inner)
        out += (index == keys.count - 1 ? "" : ",") + newline
      }
      out += closePad + "}"
    }
  }

  private static func writeString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case _ where mustEscape(scalar): out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }

  private static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
      || v == 0x2028 || v == 0x2029
  }
}
