import CaseModel
import Foundation
import Storage

/// The entry line: typing, the kind, `@` completion, agenda headings, and Enter.
extension MinutesEditorScreen {
  /// Keys typed while the line has focus. Letters are text here (`x`, `K`, `A` type
  /// themselves); Enter and Tab reach the action table.
  mutating func typeInLine(_ key: Key, _ env: Environment) -> [Effect]? {
    switch key {
    case .escape:
      if line.editing != nil {
        line.endEditing()
        focus = .list
        return [.message("correction cancelled; the entry is as it was")]
      }
      return focusList(env)
    case .up where line.isBlank:
      return focusList(env)
    case .char(":") where line.text.isEmpty && line.editing == nil:
      // `:` on an empty line opens the command line, for `:export` or `:approve` without
      // leaving the line first. Inside a line it is just a colon.
      return nil
    default:
      return line.type(key) ? [] : nil
    }
  }

  /// Tab: completes an `@` word before the cursor, else chooses the next kind.
  mutating func cycleKind() -> [Effect] {
    if focus == .line, line.editing == nil, let said = line.complete(with: officers) {
      return [.message(said)]
    }
    guard line.editing == nil else {
      return [.message("a correction keeps the entry's kind; delete and re-add it to change it")]
    }
    line.cycleKind()
    return []
  }

  mutating func focusLine() -> [Effect] {
    focus = .line
    return []
  }

  // MARK: - Enter

  /// Adds the line to the minutes, saves a correction, or moves to an agenda heading.
  mutating func submit(_ env: Environment) -> [Effect] {
    guard let detail else { return [.message("the meeting is still loading")] }
    if line.editing != nil { return saveCorrection(detail, env) }
    if line.isBlank { return [.message(emptyLineHelp(detail))] }
    if let heading = EntrySyntax.heading(line.text) { return chooseAgenda(heading, detail) }
    if env.readOnly { return [.error("read-only: this database cannot be changed from here")] }
    let context = EntryRequest.Context(
      meeting: detail.row.meeting, operations: detail.operations, officers: officers,
      today: env.today)
    switch EntryRequest.change(line.text, kind: line.kind, agenda: line.agenda, context) {
    case .success(let made):
      pending = line.text
      return [.change(made.change, done: made.done)]
    case .failure(let refusal):
      // The line stays as typed, so only the word that is wrong needs fixing.
      return [.error(refusal.message)]
    }
  }

  private mutating func saveCorrection(_ detail: MeetingDetail, _ env: Environment) -> [Effect] {
    guard let id = line.editing, let row = detail.entries.first(where: { $0.entry.id == id })
    else {
      line.endEditing()
      return [.error("that entry is no longer in the minutes; the line is back as it was")]
    }
    let text = line.text.trimmingCharacters(in: .whitespaces)
    if text == row.entry.text {
      line.endEditing()
      focus = .list
      return [.message("\(row.entry.ref) unchanged")]
    }
    guard !text.isEmpty else {
      return [.error("an entry cannot be empty: Esc keeps it as it was, x deletes it")]
    }
    if let refusal = refusal(detail.row.meeting) { return [refusal] }
    pending = line.text
    return [.change(.editMinuteEntry(id, text: text), done: "\(row.entry.ref) corrected")]
  }

  /// `# Title` files what follows under that agenda item (created with its first entry);
  /// `# 2` under the second item; `#` alone lists the agenda.
  private mutating func chooseAgenda(_ heading: String, _ detail: MeetingDetail) -> [Effect] {
    let agenda = detail.agenda
    if heading.isEmpty {
      line.clear()
      return [.message(agendaList(detail) + " · # N or # Title chooses")]
    }
    if let number = Int(heading), agenda.indices.contains(number - 1) {
      line.agenda = agenda[number - 1].title
    } else if let known = agenda.first(where: { $0.title.lowercased() == heading.lowercased() }) {
      line.agenda = known.title
    } else {
      line.agenda = heading
      line.clear()
      return [.message("new entries go under “\(heading)”, added with the first of them")]
    }
    line.clear()
    return [.message("new entries go under “\(line.agenda!)”")]
  }

  private func agendaList(_ detail: MeetingDetail) -> String {
    guard !detail.agenda.isEmpty else { return "no agenda yet" }
    return "agenda: "
      + detail.agenda.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
      .joined(separator: " · ")
  }

  private func emptyLineHelp(_ detail: MeetingDetail) -> String {
    detail.row.meeting.minutesState.isReadOnly
      ? "approved minutes: type a correction and Enter adds it as an amendment"
      : "type an entry: “d ” decision, “a ” action with @owner due:DATE, # heading"
  }

  /// The store's refusal for approved minutes, said before anything is asked or sent.
  func refusal(_ meeting: Meeting) -> Effect? {
    do {
      try meeting.requireEditableMinutes()
      return nil
    } catch {
      return .error(error.message)
    }
  }
}
