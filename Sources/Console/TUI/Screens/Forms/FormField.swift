import CaseModel
import Foundation

/// What a one-line field must hold, checked by the case model's own rules.
public enum LineRule: Sendable, Equatable {
  /// Required text, named as the model names it in messages: "title", "codename".
  case required(String)
  /// Optional text: empty means none.
  case optional(String)
  /// An operation code or an acronym (`RecordRules.code`).
  case code(String)
  /// An officer's handle (`RecordRules.handle`).
  case handle
  /// ISO 639-1 codes separated by spaces or commas: `es pt en`.
  case languages
  /// An optional ISO 4217 code.
  case currency
  /// An IANA zone name.
  case timeZone
  /// An optional e-mail address.
  case email
}

/// Where a choice's options come from.
public enum ChoiceSource: Sendable, Hashable {
  /// The terms of a closed vocabulary of the case model.
  case vocabulary([ChoiceOption])
  /// The country catalogue; the value is the ISO code.
  case countries
  case organisations
  case officers
  case operations
  /// Countries, organisations and officers together: who takes part in an operation. The
  /// value is `country:CODE`, `organisation:ID` or `officer:ID`.
  case parties
}

/// One option of a choice: the value kept in the field, and how it reads.
public struct ChoiceOption: Sendable, Hashable {
  public var value: String
  public var label: String
  public var detail: String

  public init(_ value: String, _ label: String, detail: String = "") {
    self.value = value
    self.label = label
    self.detail = detail
  }
}

extension ChoiceSource {
  /// A vocabulary's terms, in the model's order, valued by their raw values.
  static func terms<V: Vocabulary>(_ type: V.Type, except: Set<V> = []) -> ChoiceSource {
    .vocabulary(
      type.allCases.filter { !except.contains($0) }.map { ChoiceOption($0.rawValue, $0.label) })
  }
}

/// The kinds of field a form is made of.
public enum FieldKind: Sendable, Equatable {
  case line(LineRule)
  /// Several lines, edited in place with a ``TextEditor`` that many rows high.
  case text(name: String, rows: Int)
  /// A date typed as `2026-12-04`, `+3d`, `fri` or `tomorrow`.
  case date(name: String, required: Bool)
  /// A meeting's start, `fri 15:00`, read in the zone typed in the field `zone`.
  case startTime(zone: String)
  case number(name: String, required: Bool, whole: Bool)
  case flag
  /// One option, picked from a list; `required: false` offers "none".
  case choice(ChoiceSource, required: Bool)
  /// Any number of options; `atLeastOne` is the message when none is chosen.
  case choices(ChoiceSource, atLeastOne: String?)
  /// Markings typed as `amber h1 B2` and shown as their banner.
  case markings

  /// Whether the field is edited as a line of text (and Enter, not taken, saves).
  var isTyped: Bool {
    switch self {
    case .line, .date, .startTime, .number, .markings: true
    default: false
    }
  }

  /// How the case model names the field in its messages: "due date", "meeting title".
  var name: String? {
    switch self {
    case .line(let rule):
      switch rule {
      case .required(let name), .optional(let name), .code(let name): name
      case .handle: "handle"
      case .languages: "language"
      case .currency: "currency"
      case .timeZone: "time zone"
      case .email: "email"
      }
    case .text(let name, _), .date(let name, _), .number(let name, _, _): name
    case .startTime: "start"
    default: nil
    }
  }

  /// Whether the field is chosen from a list.
  var source: ChoiceSource? {
    switch self {
    case .choice(let source, _), .choices(let source, _): source
    default: nil
    }
  }
}

/// What a field holds while it is edited: a line, an editor, or a value set by a picker.
public enum FieldInput: Sendable, Equatable {
  case line(TextField)
  case editor(TextEditor)
  /// A flag (`yes`/`no`) or chosen options (values joined by commas).
  case value(String)

  var text: String {
    switch self {
    case .line(let field): field.text
    case .editor(let editor): editor.text
    case .value(let value): value
    }
  }

  /// The cursor, in characters, for drafts: the officer comes back to where they were.
  var cursor: Int {
    switch self {
    case .line(let field): field.cursor
    case .editor(let editor): editor.offset
    case .value: 0
    }
  }
}

/// One labelled field of a form.
public struct FormField: Sendable, Equatable {
  /// The field's name in drafts and in code: `title`, `due`.
  public let key: String
  public let label: String
  public let kind: FieldKind
  public var input: FieldInput

  public init(_ key: String, _ label: String, _ kind: FieldKind, _ text: String = "") {
    self.key = key
    self.label = label
    self.kind = kind
    input = .value("")
    set(text)
  }

  public var text: String { input.text }

  /// Replaces the value; the cursor goes to the end of typed text, or to `cursor`.
  public mutating func set(_ text: String, cursor: Int? = nil) {
    switch kind {
    case .text:
      var editor = TextEditor(text)
      if let cursor { editor.place(at: cursor) }
      input = .editor(editor)
    case _ where kind.isTyped:
      var field = TextField(text)
      if let cursor, cursor < text.count {
        _ = field.handle(.home)
        for _ in 0..<max(0, cursor) { _ = field.handle(.right) }
      }
      input = .line(field)
    default:
      input = .value(text)
    }
  }

  /// The rows the field takes on screen, without its error line.
  var rows: Int {
    if case .text(_, let rows) = kind { return rows }
    return 1
  }

  /// The values of a choice field, in order.
  var values: [String] {
    text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}
