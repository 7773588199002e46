/// Draws overlays over the screen.
enum OverlayView {
  static func render(_ overlay: Overlay, in buffer: inout ScreenBuffer) {
    let screen = Rect(buffer.size)
    switch overlay {
    case .help(let help):
      let box = screen.centred(width: min(76, screen.width - 4), height: screen.height - 4)
      var canvas = frame(title: help.title + " — keys (Esc closes)", box, &buffer)
      let rows = canvas.area.height
      for (offset, line) in help.lines.dropFirst(help.top).prefix(rows).enumerated() {
        if line.isHeading {
          canvas.put(line.key, x: 1, y: offset, slot: .heading)
        } else {
          canvas.put(line.key, x: 3, y: offset, slot: .helpKey, limit: 22)
          canvas.put(line.summary, x: 26, y: offset, slot: .dialog)
        }
      }
      buffer = canvas.buffer
    case .prompt(let prompt):
      // Two rows inside the border: the field, and what to type.
      let box = Rect(x: 0, y: screen.height - 5, width: screen.width, height: 4)
      var canvas = frame(title: prompt.label, box, &buffer)
      prompt.field.render(&canvas, x: 1, y: 0, width: canvas.area.width - 2)
      canvas.put(prompt.help, x: 1, y: 1, slot: .dim)
      buffer = canvas.buffer
    case .confirm(let confirm):
      let width = min(screen.width - 4, max(40, DisplayWidth.of(confirm.question) + 6))
      let box = screen.centred(width: width, height: 6)
      var canvas = frame(title: "Confirm", box, &buffer)
      canvas.put(confirm.question, x: 1, y: 0, slot: .dialog)
      let cancel = " Cancel "
      let accept = " \(confirm.confirmLabel) "
      canvas.put(cancel, x: 2, y: 2, slot: confirm.focusOnConfirm ? .dialog : .dialogFocus)
      canvas.put(
        accept, x: 4 + DisplayWidth.of(cancel), y: 2,
        slot: confirm.focusOnConfirm ? .dialogFocus : .dialog)
      buffer = canvas.buffer
    case .picker(let picker):
      let box = screen.centred(width: min(72, screen.width - 4), height: min(20, screen.height - 4))
      var canvas = frame(title: picker.title, box, &buffer)
      canvas.put("Filter:", x: 1, y: 0, slot: .dialog)
      picker.filter.render(&canvas, x: 9, y: 0, width: canvas.area.width - 10)
      let shown = picker.shown
      let rows = canvas.area.height - 2
      let top = max(0, min(picker.cursor - rows + 1, shown.count - rows))
      if shown.isEmpty { canvas.put("nothing matches", x: 2, y: 2, slot: .dim) }
      for (offset, index) in (top..<min(shown.count, top + rows)).enumerated() {
        let item = shown[index]
        let y = offset + 2
        let used = canvas.put(item.label, x: 2, y: y, slot: .dialog, limit: 30)
        canvas.put(item.detail, x: 3 + max(used, 24), y: y, slot: .dim)
        if index == picker.cursor { canvas.restyle(row: y, slot: .dialogFocus) }
      }
      buffer = canvas.buffer
    case .commandLine(let line):
      let y = screen.height - 1
      buffer.fill(Rect(x: 0, y: y, width: screen.width, height: 1), slot: .input)
      buffer.put(":", x: 0, y: y, slot: .input)
      var canvas = Canvas(
        buffer: buffer, area: Rect(x: 1, y: y, width: screen.width - 1, height: 1))
      line.field.render(&canvas, x: 0, y: 0, width: screen.width - 1)
      buffer = canvas.buffer
      if !line.candidates.isEmpty {
        let text = line.candidates.joined(separator: "  ")
        buffer.fill(Rect(x: 0, y: y - 1, width: screen.width, height: 1), slot: .dialog)
        buffer.put(text, x: 1, y: y - 1, slot: .dialog)
      }
    }
  }

  /// A bordered box with a title; returns a canvas for its inside.
  private static func frame(title: String, _ box: Rect, _ buffer: inout ScreenBuffer) -> Canvas {
    buffer.fill(box, slot: .dialog)
    let horizontal = String(repeating: "─", count: max(0, box.width - 2))
    buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, slot: .border)
    buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, slot: .border)
    for y in box.y + 1..<max(box.y + 1, box.maxY - 1) {
      buffer.put("│", x: box.x, y: y, slot: .border)
      buffer.put("│", x: box.maxX - 1, y: y, slot: .border)
    }
    buffer.put(" " + title + " ", x: box.x + 2, y: box.y, slot: .title, limit: box.width - 4)
    return Canvas(buffer: buffer, area: box.inset(1, 1))
  }
}
