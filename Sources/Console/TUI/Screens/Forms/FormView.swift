import CaseModel

/// Draws a form: its title, the fields in one column (labels left, values lined up, the
/// focused field highlighted, each message under its field), and a summary line at the foot.
/// A form taller than the terminal scrolls so that the focused field shows whole.
@MainActor
enum FormView {
  static let labelX = 2
  static let labelWidth = 18
  static let valueX = labelX + labelWidth + 1

  /// The columns values take: the width of the screen, short of a comfortable line.
  static func valueWidth(_ columns: Int) -> Int {
    max(10, min(76, columns - valueX - 2))
  }

  /// The columns a multi-line field's editor wraps in.
  static func editorWidth(_ columns: Int) -> Int { valueWidth(columns) - 1 }

  /// The box a typed field is drawn in: short values leave room for what they resolve to.
  static func boxWidth(_ kind: FieldKind, _ valueWidth: Int) -> Int {
    let wanted: Int
    switch kind {
    case .date: wanted = 14
    case .number: wanted = 14
    case .startTime: wanted = 20
    case .markings: wanted = 34
    default: wanted = valueWidth
    }
    return min(wanted, valueWidth)
  }

  static func render(_ form: FormScreen, in canvas: inout Canvas, _ env: Environment) {
    let width = canvas.area.width
    let height = canvas.area.height
    canvas.put(form.title, x: labelX, y: 0, slot: .title)
    guard form.phase != .loading else {
      canvas.put(
        form.failure ?? "Loading…", x: labelX, y: 2, slot: form.failure == nil ? .dim : .itemOverdue
      )
      return
    }
    let shown = form.shownErrors
    let messageWidth = max(10, width - valueX - 2)
    let messages = shown.mapValues { messageRows($0, width: messageWidth) }
    // Where each field starts, counting the rows of editors and of messages.
    var tops: [Int] = []
    var next = 0
    for field in form.fields {
      tops.append(next)
      next += field.rows + (messages[field.key]?.count ?? 0)
    }
    let bodyHeight = max(1, height - 4)
    let focused = form.fields.indices.contains(form.focus) ? form.focus : 0
    let focusField = form.fields[focused]
    let focusBottom = tops[focused] + focusField.rows + (messages[focusField.key]?.count ?? 0)
    let scroll = max(0, focusBottom - bodyHeight)
    var body = canvas.sub(Rect(x: 0, y: 2, width: width, height: bodyHeight))
    let values = form.values(env)
    for (index, field) in form.fields.enumerated() {
      let y = tops[index] - scroll
      guard y + field.rows + (messages[field.key]?.count ?? 0) > 0, y < bodyHeight else { continue }
      draw(field, focused: index == focused, y: y, values, &body, env)
      for (offset, row) in (messages[field.key] ?? []).enumerated() {
        body.put(
          row, x: valueX + 1, y: y + field.rows + offset, slot: .itemOverdue, limit: messageWidth)
      }
    }
    canvas.merge(body)
    // The rows around the body say when there is more of the form above or below.
    if scroll > 0 { canvas.put("↑ more", x: width - 8, y: 1, slot: .dim) }
    if next - scroll > bodyHeight { canvas.put("↓ more", x: width - 8, y: height - 2, slot: .dim) }
    summary(form, shown, in: &canvas, y: height - 1)
  }

  /// A message as at most two rows under its field, wrapped by the console's rule; what does
  /// not fit ends with `…` (Save puts the whole message in the status bar).
  static func messageRows(_ message: String, width: Int) -> [String] {
    let rows = DetailWrap.rows(DetailLine("✗ " + message, hang: 2), width: width).map {
      $0.map(\.text).joined()
    }
    guard rows.count > 2 else { return rows }
    return [rows[0], rows[1...].joined(separator: " ")]
  }

  private static func draw(
    _ field: FormField, focused: Bool, y: Int, _ values: FormValues, _ canvas: inout Canvas,
    _ env: Environment
  ) {
    if focused { canvas.put("›", x: 0, y: y, slot: .heading) }
    canvas.put(
      padded: field.label, x: labelX, y: y, width: labelWidth, slot: focused ? .heading : .dim)
    let width = valueWidth(canvas.area.width)
    // Values start one column in, so that a focused value sits inside its highlighted box.
    switch field.input {
    case .line(let line):
      let box = boxWidth(field.kind, width)
      var used = box
      if focused {
        canvas.put(" ", x: valueX, y: y, slot: .input)
        line.render(&canvas, x: valueX + 1, y: y, width: box - 1)
      } else {
        used = 1 + canvas.put(line.text, x: valueX + 1, y: y, limit: box - 1)
      }
      if let resolved = values.resolved(field) {
        canvas.put(resolved, x: valueX + used + 1, y: y, slot: .dim, limit: width - used - 1)
      }
    case .editor(let editor):
      let slot: Slot = focused ? .input : .normal
      for row in 0..<field.rows { canvas.put(" ", x: valueX, y: y + row, slot: slot) }
      editor.render(
        &canvas, x: valueX + 1, y: y, width: editorWidth(canvas.area.width), height: field.rows,
        focused: focused, slot: slot)
    case .value:
      let text = display(field, values.options)
      let empty = field.text.isEmpty
      if focused {
        let used = canvas.put(" " + text + " ", x: valueX, y: y, slot: .input, limit: width)
        let hint = field.kind == .flag ? "Space switches" : "Enter or Space chooses"
        canvas.put(hint, x: valueX + used + 1, y: y, slot: .dim, limit: width - used - 1)
      } else {
        canvas.put(text, x: valueX + 1, y: y, slot: empty ? .dim : .normal, limit: width - 1)
      }
    }
  }

  /// How a flag or a choice reads: the options' labels, or "—" when none is chosen.
  static func display(_ field: FormField, _ options: FormOptions) -> String {
    guard let source = field.kind.source else { return field.text.isEmpty ? "no" : field.text }
    let labels = field.values.map { options.label($0, in: source) ?? $0 }
    return labels.isEmpty ? "—" : labels.joined(separator: ", ")
  }

  /// The foot of the form: what is wrong, or how to go on.
  private static func summary(
    _ form: FormScreen, _ shown: [String: String], in canvas: inout Canvas, y: Int
  ) {
    let wrong = form.fields.filter { shown[$0.key] != nil }.map(\.label)
    if !wrong.isEmpty {
      let count = wrong.count == 1 ? "1 field" : "\(wrong.count) fields"
      canvas.put(
        "✗ \(count) to put right: " + wrong.joined(separator: ", "), x: labelX, y: y,
        slot: .itemOverdue)
      return
    }
    let field = form.fields.indices.contains(form.focus) ? form.fields[form.focus] : nil
    let hint: String
    switch field?.input {
    case .editor: hint = "Enter starts a line · Ctrl-S saves · Tab next field · Esc closes"
    case .value where field?.kind.source != nil:
      hint = "Enter or Space chooses · Ctrl-S saves · Tab next field · Esc closes"
    default: hint = "Enter or Ctrl-S saves · Tab next field · Esc closes"
    }
    canvas.put(hint, x: labelX, y: y, slot: .dim)
  }
}
