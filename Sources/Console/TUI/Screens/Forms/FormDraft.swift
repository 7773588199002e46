import Foundation
import Storage

/// What a form keeps as a draft while it differs from what it opened with: every field's
/// text, the field with the focus and where the cursor was in it, and what the form was
/// opened from. Its key names the record: `form:action:new`, `form:operation:<id>`.
struct FormDraft: Codable, Equatable {
  var texts: [String: String]
  var focus: String
  var cursor: Int
  var context: FormContext

  static func key(_ kind: FormKind, _ id: UUID?) -> String {
    FormScreen.draftPrefix + kind.rawValue + ":" + (id?.text ?? "new")
  }

  /// The kind and record of a draft's key; nil if the key is not a form's.
  static func parse(key: String) -> (FormKind, UUID?)? {
    guard key.hasPrefix(FormScreen.draftPrefix) else { return nil }
    let parts = key.dropFirst(FormScreen.draftPrefix.count).split(separator: ":")
    guard parts.count == 2, let kind = FormKind(rawValue: String(parts[0])) else { return nil }
    if parts[1] == "new" { return (kind, nil) }
    guard let id = UUID(uuidString: String(parts[1])) else { return nil }
    return (kind, id)
  }

  /// JSON with sorted keys: the same state always gives the same text, so the program
  /// writes a draft only when something in it changed.
  var payload: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(self) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  init(texts: [String: String], focus: String, cursor: Int, context: FormContext) {
    self.texts = texts
    self.focus = focus
    self.cursor = cursor
    self.context = context
  }

  init?(payload: String) {
    guard let decoded = try? JSONDecoder().decode(FormDraft.self, from: Data(payload.utf8))
    else { return nil }
    self = decoded
  }
}
