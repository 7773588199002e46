import CaseModel
import Foundation
import Storage

/// Drawing the editor: the meeting's header, the list, and the entry line at the bottom with
/// a row above it saying how the line will be read.
extension MinutesEditorScreen {
  /// Rows above the list (header and a gap) and below it (rule, hint and line).
  static let headerRows = 3
  static let lineRows = 3

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    guard let detail else {
      canvas.put("Loading…", x: 2, y: 1, slot: .dim)
      renderLine(&canvas, nil, env)
      return
    }
    let width = canvas.area.width
    let height = max(1, canvas.area.height - Self.headerRows - Self.lineRows)
    renderHeader(&canvas, detail.row.meeting)
    let layout = layout(width: width - 2, today: env.today)
    let top =
      focus == .list
      ? layout.top(keeping: selection, from: listTop, height: height)
      : layout.topForLine(height: height)
    layout.render(
      &canvas, x: 1, y: Self.headerRows, height: height, top: top,
      selection: focus == .list ? selection : nil)
    let above = top
    let below = max(0, layout.rows.count - top - height)
    var rule = "─ entry line "
    if above > 0 { rule += "─ ↑ \(above) more " }
    if below > 0 { rule += "─ ↓ \(below) more " }
    let y = canvas.area.height - Self.lineRows
    rule += String(repeating: "─", count: max(0, width - DisplayWidth.of(rule)))
    canvas.put(rule, x: 0, y: y, slot: .border)
    renderLine(&canvas, detail.row.meeting, env)
  }

  /// The meeting's minutes laid out at `width`, from `laidOut` when they already are.
  func layout(width: Int, today: CalendarDate) -> MinutesLayout {
    guard let detail else { return MinutesLayout([], width: width) }
    let key = MinutesLayout.Key(width: width, agenda: line.agenda, today: today)
    return laidOut.value(for: key) {
      MinutesLayout(MinutesBody.blocks(detail, agenda: line.agenda, today: today), width: width)
    }
  }

  /// Keeps the selection in view after it moved, at the size the program reports. From the
  /// line, the list starts where the line's view of it was, so that it does not jump.
  mutating func scrollToSelection(_ env: Environment, fromLine: Bool = false) {
    guard detail != nil else { return }
    let height = max(1, env.pageRows + 3 - Self.headerRows - Self.lineRows)
    let layout = layout(width: env.columns - 2, today: env.today)
    if fromLine { listTop = layout.topForLine(height: height) }
    listTop = layout.top(keeping: selection, from: listTop, height: height)
  }

  // MARK: - Header

  private func renderHeader(_ canvas: inout Canvas, _ meeting: Meeting) {
    let width = canvas.area.width
    let state = MeetingCells.minutes(meeting.minutesState)
    let badge =
      "minutes " + state.text + (meeting.minutesState.isReadOnly ? " · read-only" : "")
    let badgeWidth = DisplayWidth.of(badge)
    var x = 1 + canvas.put(meeting.ref + "  ", x: 1, y: 0, slot: .title)
    x += canvas.put(
      meeting.title, x: x, y: 0, slot: .title, limit: max(0, width - x - badgeWidth - 3))
    canvas.put(badge, x: max(x + 2, width - badgeWidth - 1), y: 0, slot: state.slot)
    var place = meeting.place ?? ""
    if meeting.videoCall { place += place.isEmpty ? "video call" : " · video call" }
    // The markings before the place: a long place is what gives way on a narrow terminal.
    let banner = markings.dropFirst().reduce(markings.first ?? meeting.markings) {
      $0.combined(with: $1)
    }
    var used = 1 + canvas.put(meeting.localStart + " · ", x: 1, y: 1, slot: .dim)
    used += canvas.put(banner.banner, x: used, y: 1, slot: Cells.slot(for: banner))
    if !place.isEmpty { canvas.put(" · " + place, x: used, y: 1, slot: .dim) }
  }

  // MARK: - The line

  private func renderLine(_ canvas: inout Canvas, _ meeting: Meeting?, _ env: Environment) {
    let width = canvas.area.width
    let y = canvas.area.height - 1
    canvas.put(hint(meeting, env), x: 1, y: y - 1, slot: .dim, limit: width - 2)
    let amend = meeting?.minutesState.isReadOnly == true && line.editing == nil
    let label =
      (line.editing != nil ? "correct " : amend ? "amend " : "") + line.kind.label + " ▸ "
    let slot: Slot =
      focus != .line ? .dim : line.kind == .information && !amend ? .normal : .heading
    let used = canvas.put(label, x: 1, y: y, slot: slot)
    let fieldWidth = max(2, width - used - 2)
    if focus == .line {
      line.field.render(&canvas, x: 1 + used, y: y, width: fieldWidth)
    } else {
      canvas.put(
        DisplayWidth.truncate(TextSanitizer.line(line.text), to: fieldWidth), x: 1 + used, y: y,
        slot: .dim)
    }
  }

  /// The row above the line: how what is typed will be read, or what the keys do.
  func hint(_ meeting: Meeting?, _ env: Environment) -> String {
    guard focus == .line else {
      if case .carried = selection {
        return "d done · p postpone · a note · s status · o owner · i the line"
      }
      return "i line · J/K move · e correct · x delete · T attendance · C circulate · "
        + "A approve"
    }
    if let editing = line.editing {
      let ref = detail?.entries.first { $0.entry.id == editing }?.entry.ref ?? "the entry"
      return "correcting \(ref): Enter saves, Esc cancels"
    }
    if let completion = line.completion { return completion.summary }
    let under = "under " + agendaTitle
    if meeting?.minutesState.isReadOnly == true {
      return "approved, read-only: Enter adds the line as an amendment · " + under
    }
    guard line.kind == .action || EntrySyntax.prefix(line.text)?.kind == .action else {
      return under + " · Tab kind · # heading · ↑ list"
    }
    return actionPreview(env) + " · " + under
  }

  /// The heading new entries go under, numbered as the list shows it.
  var agendaTitle: String {
    guard let agenda = line.agenda else { return "Other business" }
    let number = detail?.agenda.firstIndex { $0.title.lowercased() == agenda.lowercased() }
    return number.map { "\($0 + 1). \(agenda)" } ?? "\(agenda) (new)"
  }

  /// `action for @ribeiro (Ana Ribeiro) · due 2026-03-20 · high`, as far as it can be read.
  private func actionPreview(_ env: Environment) -> String {
    let parsed = EntrySyntax.parse(line.text, kind: line.kind)
    var parts: [String] = []
    if let stem = parsed.owner {
      switch EntrySyntax.owner(stem, in: officers) {
      case .success(let officer): parts.append("for @\(officer.handle) (\(officer.name))")
      case .failure: parts.append("for @\(stem)?")
      }
    } else {
      parts.append("needs @owner")
    }
    if let due = parsed.due {
      let date = try? DateExpression.parse(due, today: env.today)
      parts.append(date.map { "due \($0)" } ?? "due:\(due)?")
    } else {
      parts.append("due:DATE")
    }
    if let priority = parsed.priority { parts.append(priority.label) }
    return "action " + parts.joined(separator: " · ")
  }
}
