import CaseModel
import Foundation
import Storage

/// The item under the board's cursor, beside or below the list: what it is, who has it, and
/// its update log, newest last so that the latest news sits at the bottom edge.
enum UpdateLogPane {
  /// Draws the pane; `wide` lays it out in a column, else in a few rows under the list.
  static func render(
    _ detail: ActionDetail?, in canvas: inout Canvas, wide: Bool, today: CalendarDate
  ) {
    let width = canvas.area.width
    let height = canvas.area.height
    guard width > 4, height > 0 else { return }
    guard let detail else {
      canvas.put("No action item selected", x: 0, y: 0, slot: .dim)
      return
    }
    let head = wide ? wideHead(detail, width: width, today: today) : compactHead(detail, width)
    let log =
      detail.updates.isEmpty
      ? [[DetailLine("nothing logged yet", .dim)]] : entries(detail.updates, width: width)
    let logLines = log.reduce(0) { $0 + $1.count }
    // The head gives way to the log, down to half the pane beside the list or to the title
    // and owner below it.
    let least = wide ? height / 2 : 2
    let headRows = min(head.count, max(least, height - 1 - logLines))
    var lines = Array(head.prefix(headRows))
    let (shown, hidden) = newest(log, rows: max(0, height - lines.count - 1))
    var heading = DetailLine("Update log (\(detail.updates.count))", .heading)
    if hidden > 0 {
      let noun = hidden == 1 ? "entry" : "entries"
      heading.spans.append(DetailSpan(" · \(hidden) earlier \(noun) above; Enter shows all", .dim))
    }
    lines.append(heading)
    lines += shown
    for (y, line) in lines.enumerated() { line.render(&canvas, x: 0, y: y, width: width) }
  }

  // MARK: - The item

  private static func wideHead(
    _ detail: ActionDetail, width: Int, today: CalendarDate
  ) -> [DetailLine] {
    let item = detail.row.item
    let status = Cells.status(item.status)
    let priority = Cells.priority(item.priority)
    let due = Cells.due(item, today: today)
    var lines = [
      DetailLine(pieces: [
        (item.ref + "  ", .title), (status.text, status.slot), (" · ", .dim),
        (priority.text, priority.slot),
      ])
    ]
    lines += WordWrap.lines(item.title, width: width).map { DetailLine($0, .title) }
    let details = WordWrap.lines(item.details, width: width)
    if !item.details.isEmpty {
      lines += details.prefix(6).map { DetailLine($0) }
      if details.count > 6 { lines.append(DetailLine("… (Enter shows the rest)", .dim)) }
    }
    lines += [
      field("Due", due.text + (item.isOverdue(on: today) ? " (overdue)" : ""), due.slot)
    ]
    lines += field("Owner", "\(detail.row.ownerHandle) · \(detail.row.ownerName)", width)
    lines += field("Operation", detail.row.operationCode ?? "—", width)
    lines += field("Co-owners", coOwners(detail), width)
    lines += field("Meeting", meeting(detail), width)
    lines.append(.blank)
    return lines
  }

  private static func compactHead(_ detail: ActionDetail, _ width: Int) -> [DetailLine] {
    let item = detail.row.item
    var lines = [DetailLine(pieces: [(item.ref + " ", .title), (item.title, .title)])]
    lines.append(
      DetailLine(pieces: [
        ("owner ", .dim), (detail.row.ownerHandle, .normal), (" · operation ", .dim),
        (detail.row.operationCode ?? "—", .normal), (" · co-owners ", .dim),
        (coOwners(detail), .normal), (" · meeting ", .dim), (meeting(detail), .normal),
      ]))
    if let first = WordWrap.lines(item.details, width: .max).first, !first.isEmpty {
      lines.append(DetailLine(first, .dim))
    }
    return lines
  }

  static func field(_ label: String, _ value: String, _ slot: Slot = .normal) -> DetailLine {
    DetailLine(pieces: [(DisplayWidth.pad(label, to: 10), .dim), (value, slot)])
  }

  /// A field whose value wraps under itself, clear of the labels.
  static func field(_ label: String, _ value: String, _ width: Int) -> [DetailLine] {
    let indent = String(repeating: " ", count: 10)
    return WordWrap.lines(value, width: max(10, width - 10)).enumerated().map { index, line in
      index == 0 ? field(label, line) : DetailLine(indent + line)
    }
  }

  static func coOwners(_ detail: ActionDetail) -> String {
    detail.coOwners.isEmpty ? "—" : detail.coOwners.map(\.handle).joined(separator: ", ")
  }

  static func meeting(_ detail: ActionDetail) -> String {
    detail.meeting.map { "\($0.ref) \($0.title)" } ?? "—"
  }

  // MARK: - The log

  /// Each update: when, who and what changed on one line, then its note wrapped under it.
  static func entries(_ updates: [ActionUpdateRow], width: Int) -> [[DetailLine]] {
    updates.map { row in
      let time = TimeText.short(row.update.stamp.createdAt)
      let changed = changes(row)
      var first: [(String, Slot)] = [(time + " ", .dim), (row.authorHandle, .heading)]
      let oneLine = DisplayWidth.of(time + row.authorHandle + changed) + 3 <= width
      if changed.isEmpty {
        first.append(("  note", .dim))
      } else if oneLine {
        first.append(("  " + changed, .normal))
      }
      var lines = [DetailLine(pieces: first)]
      if !changed.isEmpty, !oneLine {
        lines += WordWrap.lines(changed, width: width - 2).map { DetailLine("  " + $0) }
      }
      if !row.update.note.isEmpty {
        lines += WordWrap.lines(row.update.note, width: width - 2).map { DetailLine("  " + $0) }
      }
      return lines
    }
  }

  /// The newest whole entries that fit in `rows` (at least the start of the newest), and how
  /// many earlier entries are left out: a note is never shown without its time and author.
  private static func newest(_ log: [[DetailLine]], rows: Int) -> ([DetailLine], Int) {
    var shown: [DetailLine] = []
    var taken = 0
    for entry in log.reversed() {
      if shown.count + entry.count > rows {
        if taken == 0 { shown = Array(entry.prefix(rows)) }
        break
      }
      shown = entry + shown
      taken += 1
    }
    return (shown, log.count - max(taken, shown.isEmpty ? 0 : 1))
  }

  /// What an update changed: `status → done; due → 2026-03-25`.
  static func changes(_ row: ActionUpdateRow) -> String {
    let update = row.update
    var parts: [String] = []
    if let status = update.status { parts.append("status → \(status.label)") }
    if let priority = update.priority { parts.append("priority → \(priority.label)") }
    if let due = update.due { parts.append("due → \(due)") }
    if update.dueCleared { parts.append("due date removed") }
    if update.ownerID != nil {
      parts.append("owner → \(row.newOwnerHandle ?? "another officer")")
    }
    return parts.joined(separator: "; ")
  }
}
