import CaseModel
import Foundation
import Storage

/// The entry line at the bottom of the minutes editor: the text being typed, the kind it
/// will be added as, the agenda heading it goes under, and, while `e` is at work, the entry
/// being corrected.
struct EntryLine: Equatable {
  var field = TextField()
  var kind = EntryKind.information
  /// The agenda heading new entries go under, by title; nil for none ("Other business").
  var agenda: String?
  /// The entry whose text the line holds (`e`), saved in place by Enter.
  var editing: UUID?
  /// The line as it was before `e` borrowed it, given back when the edit ends.
  var stash: Stash?
  /// Where Tab is in cycling through the officers an `@` can name.
  var completion: Completion?

  struct Stash: Equatable {
    var text: String
    var kind: EntryKind
  }

  struct Completion: Equatable {
    /// What was typed after `@` before the first Tab.
    var stem: String
    var handles: [String]
    var index: Int
    /// The line as the last Tab left it: another Tab on it moves to the next officer.
    var line: String
  }

  var text: String { field.text }
  var isBlank: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }

  /// Applies a typed key; false if it is not one the line takes.
  mutating func type(_ key: Key) -> Bool {
    guard field.handle(key) else { return false }
    completion = nil
    // `a ` typed at the start chooses the kind at once, so the line shows what it will be
    // while the rest is typed. A pasted line keeps its prefix; Enter reads it then.
    if editing == nil, field.cursor == 2, let (chosen, rest) = EntrySyntax.prefix(text),
      rest.isEmpty
    {
      kind = chosen
      field.set("")
    }
    return true
  }

  mutating func cycleKind() {
    let all = EntryKind.allCases
    kind = all[(all.firstIndex(of: kind)! + 1) % all.count]
  }

  /// The word the cursor ends, when it starts with `@`: what Tab completes.
  var mention: (stem: String, start: Int)? {
    let before = Array(text.prefix(field.cursor))
    var start = before.count
    while start > 0, !before[start - 1].isWhitespace { start -= 1 }
    let word = String(before[start...])
    guard word.hasPrefix("@") else { return nil }
    return (String(word.dropFirst()), start)
  }

  /// Completes the `@` word before the cursor with the next officer it can name; what the
  /// status bar should say, or nil if there is no `@` word here.
  mutating func complete(with officers: [Officer]) -> String? {
    if var current = completion, current.line == text, let (_, start) = mention {
      current.index = (current.index + 1) % current.handles.count
      replaceWord(from: start, with: "@" + current.handles[current.index])
      current.line = text
      completion = current
      return current.summary
    }
    guard let (stem, start) = mention else { return nil }
    let handles = EntrySyntax.candidates(stem, in: officers).map(\.handle)
    guard !handles.isEmpty else {
      completion = nil
      return officers.isEmpty
        ? "the officers are still loading" : "no officer's handle or name starts with “\(stem)”"
    }
    replaceWord(from: start, with: "@" + handles[0])
    completion = Completion(stem: stem, handles: handles, index: 0, line: text)
    return completion!.summary
  }

  /// Replaces the word from `start` to the cursor, leaving the cursor after the new word.
  private mutating func replaceWord(from start: Int, with word: String) {
    let characters = Array(text)
    let after = String(characters[field.cursor...])
    let before = String(characters[..<start]) + word
    field.set(before + after)
    for _ in 0..<after.count { _ = field.handle(.left) }
  }

  // MARK: - Editing an entry

  /// Puts an entry's text in the line, keeping what was being typed for afterwards.
  mutating func beginEditing(_ entry: MinuteEntry) {
    if editing == nil { stash = Stash(text: text, kind: kind) }
    editing = entry.id
    kind = entry.kind
    field.set(entry.text)
    completion = nil
  }

  /// Ends an edit, saved or not: the line is what it was before `e`.
  mutating func endEditing() {
    editing = nil
    field.set(stash?.text ?? "")
    kind = stash?.kind ?? .information
    stash = nil
    completion = nil
  }

  /// After an entry is added the line starts over as information, the commonest kind.
  mutating func clear() {
    field.set("")
    kind = .information
    completion = nil
  }
}

extension EntryLine.Completion {
  /// `@par → parra.j (1/3): parra.j paredes.m parizot.a`
  var summary: String {
    let shown = handles.prefix(8).joined(separator: " ")
    return "@\(stem) → \(handles[index]) (\(index + 1)/\(handles.count))"
      + (handles.count > 1 ? ": " + shown + (handles.count > 8 ? " …" : "") : "")
  }
}
