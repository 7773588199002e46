import CaseModel
import Foundation

/// The keys of a form. The focused field takes what it edits before the action table sees
/// the key; Tab, Shift-Tab, Ctrl-S, Enter on a one-line field and Esc go on to the table.
extension FormScreen {
  static let discardTag = "form.discard"
  static let pickTag = "form.pick:"

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    // A key after Save with no reload in between: the store refused the change, and the
    // program said why. The form is the officer's again.
    if phase == .saving { phase = .editing }
    let last = max(0, fields.count - 1)
    switch action {
    case .nextField: focus = focus == last ? 0 : focus + 1
    case .previousField: focus = focus == 0 ? last : focus - 1
    case .top: focus = 0
    case .bottom: focus = last
    case .pageDown: focus = min(last, focus + 5)
    case .pageUp: focus = max(0, focus - 5)
    case .save: return save(env)
    case .cancel, .back: return cancel()
    default: break
    }
    return []
  }

  /// Writes the record if every field holds; otherwise the cursor goes to the first field
  /// that does not, and nothing is written.
  mutating func save(_ env: Environment) -> [Effect] {
    guard phase == .editing else { return [] }
    attempted = true
    revalidate(env)
    if let first = fields.firstIndex(where: { errors[$0.key] != nil }) {
      focus = first
      let count = errors.count
      let message = errors[fields[first].key] ?? ""
      return [
        .error(
          count == 1
            ? "not saved: \(message)" : "not saved: \(count) fields to put right — \(message)")
      ]
    }
    do {
      let change = try kind.change(values(env), record, context)
      phase = .saving
      return [.change(change, done: doneMessage(change))]
    } catch {
      errors[error.key] = error.message
      return [.error("not saved: " + error.message)]
    }
  }

  /// What the status bar says once the change is written, in the record's own words.
  private func doneMessage(_ change: Change) -> String {
    if let record { return "saved \(kind.noun) \(record.name)" }
    switch change {
    case .addOperation(let operation): return "added operation \(operation.code)"
    case .addMeeting(let meeting, _, _): return "added meeting “\(meeting.title)”"
    case .addAction(let item, _): return "added action item “\(item.title)”"
    case .addOfficer(let officer): return "added officer @\(officer.handle)"
    case .addOrganisation(let organisation): return "added organisation \(organisation.acronym)"
    case .addSeizure(let seizure): return "added seizure “\(seizure.description)”"
    default: return "added the participant to \(context.operationCode ?? "the operation")"
    }
  }

  /// Esc: an untouched form closes; a changed one asks first, with Cancel focused.
  mutating func cancel() -> [Effect] {
    guard isChanged, phase == .editing else {
      phase = .closed
      return [.pop]
    }
    let question =
      record.map { "Discard your changes to \(kind.noun) \($0.name)?" }
      ?? "Discard this new \(kind.noun)?"
    return [
      .overlay(
        .confirm(ConfirmOverlay(tag: Self.discardTag, question: question, confirmLabel: "Discard")))
    ]
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    if phase == .saving { phase = .editing }
    switch reply {
    case .confirmed(Self.discardTag):
      phase = .closed
      return [.pop]
    case .picked(let tag, let value) where tag.hasPrefix(Self.pickTag):
      let key = String(tag.dropFirst(Self.pickTag.count))
      guard let index = fields.firstIndex(where: { $0.key == key }) else { return [] }
      return choose(value, at: index, env)
    default:
      return []
    }
  }

  /// A picked option: it replaces a single choice, and is added to (or taken out of) a list,
  /// whose picker opens again for the next one.
  private mutating func choose(_ value: String, at index: Int, _ env: Environment) -> [Effect] {
    let field = fields[index]
    focus = index
    guard case .choices = field.kind else {
      edit(index, to: value, env)
      return []
    }
    var values = field.values
    if let found = values.firstIndex(of: value) {
      values.remove(at: found)
    } else if !value.isEmpty {
      values.append(value)
    }
    edit(index, to: values.joined(separator: ","), env)
    return picker(for: fields[index], cursorOn: value)
  }

  mutating func edit(_ index: Int, to text: String, _ env: Environment) {
    fields[index].set(text)
    touched.insert(fields[index].key)
    revalidate(env)
  }

  // MARK: - Typing

  public mutating func type(_ key: Key, _ env: Environment) -> [Effect]? {
    // Characters never reach the table from a form: `q` or `1` typed in a field are text,
    // not "back" or "screen 1".
    let swallow: [Effect]? = Self.isText(key) ? [] : nil
    guard phase == .editing || phase == .saving, fields.indices.contains(focus) else {
      return swallow
    }
    if phase == .saving { phase = .editing }
    let field = fields[focus]
    switch field.input {
    case .line(var line):
      guard line.handle(key) else { return swallow }
      fields[focus].input = .line(line)
    case .editor(var editor):
      editor.layout(width: FormView.editorWidth(env.columns), height: field.rows)
      guard editor.handle(key) else { return swallow }
      fields[focus].input = .editor(editor)
    case .value(let value):
      // `?` still opens the help from a flag or a choice: there is nothing to type there.
      if key == .char("?") { return nil }
      return typeInto(field, value: value, key, env) ?? swallow
    }
    // Moving the cursor about is not typing: a message waits for a change.
    if fields[focus].text != field.text {
      touched.insert(field.key)
      revalidate(env)
    }
    return []
  }

  /// Keys on a yes/no or a choice: Space switches a flag; Enter, Space or typing opens a
  /// choice's picker (typing starts its filter); Backspace empties it.
  private mutating func typeInto(
    _ field: FormField, value: String, _ key: Key, _ env: Environment
  ) -> [Effect]? {
    if field.kind == .flag {
      switch key {
      case .char(" "): edit(focus, to: value == "yes" ? "no" : "yes", env)
      case .char("y"), .char("Y"): edit(focus, to: "yes", env)
      case .char("n"), .char("N"): edit(focus, to: "no", env)
      default: return nil
      }
      return []
    }
    switch key {
    case .enter, .char(" "):
      return picker(for: field, cursorOn: field.values.last ?? "")
    case .backspace, .delete:
      edit(focus, to: field.values.dropLast().joined(separator: ","), env)
      return []
    case .char(let c): return picker(for: field, cursorOn: "", filter: String(c))
    default: return nil
    }
  }

  /// The picker of a choice field, its options marked when chosen in a list.
  func picker(for field: FormField, cursorOn value: String, filter: String = "") -> [Effect] {
    guard let source = field.kind.source else { return [] }
    guard let options = options.options(source) else {
      return [.message("the \(field.label.lowercased()) list is still being read")]
    }
    var items: [PickerOverlay.Item]
    var title = field.label + ": Enter chooses"
    if case .choices = field.kind {
      let chosen = Set(field.values)
      items = options.map {
        .init(
          id: $0.value, label: (chosen.contains($0.value) ? "✓ " : "  ") + $0.label,
          detail: $0.detail)
      }
      title = field.label + ": Enter adds or removes, Esc when done"
    } else {
      items = options.map { .init(id: $0.value, label: $0.label, detail: $0.detail) }
      if case .choice(_, required: false) = field.kind {
        items.insert(.init(id: "", label: "— none", detail: ""), at: 0)
      }
    }
    var overlay = PickerOverlay(tag: Self.pickTag + field.key, title: title, items: items)
    overlay.cursor = items.firstIndex { $0.id == value } ?? 0
    if !filter.isEmpty {
      overlay.filter = TextField(filter)
      overlay.cursor = 0
    }
    return [.overlay(.picker(overlay))]
  }

  static func isText(_ key: Key) -> Bool {
    switch key {
    case .char, .paste: true
    default: false
    }
  }
}
