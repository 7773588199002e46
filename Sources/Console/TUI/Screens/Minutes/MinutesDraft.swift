import CaseModel
import Foundation
import Storage

/// The entry line as it is kept in the database while it is typed, so that a crash, a closed
/// terminal or a dropped SSH session gives it back whole: text, kind, agenda heading, and the
/// entry it was correcting, if any.
struct MinutesDraft: Codable, Equatable {
  var text: String
  var kind: EntryKind
  var agenda: String?
  var editing: UUID?
  /// The meeting's reference, so that the recovery message can name it before it loads.
  var meetingRef: String?

  init(_ line: EntryLine, meetingRef: String?) {
    text = line.text
    kind = line.kind
    agenda = line.agenda
    editing = line.editing
    self.meetingRef = meetingRef
  }

  /// The line this draft puts back, with the cursor at the end of its text.
  var line: EntryLine {
    var line = EntryLine()
    line.field = TextField(text)
    line.kind = kind
    line.agenda = agenda
    line.editing = editing
    if editing != nil { line.stash = EntryLine.Stash(text: "", kind: .information) }
    return line
  }

  var payload: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// Reads a payload; a payload that is not a draft of this shape (written by another
  /// version, or damaged) still gives its text back rather than losing it.
  static func read(_ payload: String) -> MinutesDraft {
    if let draft = try? JSONDecoder().decode(MinutesDraft.self, from: Data(payload.utf8)) {
      return draft
    }
    var line = EntryLine()
    line.field = TextField(payload)
    return MinutesDraft(line, meetingRef: nil)
  }

  /// How the recovery message names it: "the entry line of M4's minutes".
  static func description(meetingRef: String?, editing: Bool) -> String {
    let whose = meetingRef.map { "\($0)'s minutes" } ?? "a meeting's minutes"
    return editing ? "an entry being corrected in \(whose)" : "the entry line of \(whose)"
  }
}
