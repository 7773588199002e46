import CaseModel
import Foundation
import Storage

/// An action item laid out whole, as its own screen shows it: the fields, the details
/// wrapped to the width, then every entry of its update log.
enum ActionDocument {
  /// The width the detail screen assumes while updating, before it is drawn: the narrowest
  /// terminal the console supports, less the margins, so that scrolling never stops short.
  static let assumedWidth = Size.minimum.width - 7

  static func lines(_ detail: ActionDetail, width: Int, today: CalendarDate) -> [DetailLine] {
    let row = detail.row
    let item = row.item
    var lines = [
      DetailLine(pieces: [
        (item.ref + "  ", .title), (item.markings.banner, Cells.slot(for: item.markings)),
      ])
    ]
    lines += WordWrap.lines(item.title, width: width).map { DetailLine($0, .title) }
    lines.append(.blank)
    let status = Cells.status(item.status)
    let priority = Cells.priority(item.priority)
    let due = Cells.due(item, today: today)
    lines += [
      UpdateLogPane.field("Status", status.text, status.slot),
      UpdateLogPane.field("Priority", priority.text, priority.slot),
      UpdateLogPane.field(
        "Due", due.text + (item.isOverdue(on: today) ? " (overdue)" : ""), due.slot),
    ]
    let coOwners = detail.coOwners.map { "\($0.handle) · \($0.name)" }.joined(separator: ", ")
    lines += UpdateLogPane.field("Owner", "\(row.ownerHandle) · \(row.ownerName)", width)
    lines += UpdateLogPane.field("Co-owners", coOwners.isEmpty ? "—" : coOwners, width)
    lines += UpdateLogPane.field("Operation", row.operationCode ?? "—", width)
    lines += UpdateLogPane.field(
      "Meeting", detail.meeting.map { "\($0.ref) \($0.title) · \($0.localStart)" } ?? "—", width)
    lines += [
      .blank,
      DetailLine("Details", .heading),
    ]
    lines +=
      item.details.isEmpty
      ? [DetailLine("none", .dim)]
      : WordWrap.lines(item.details, width: width).map { DetailLine($0) }
    lines += [.blank, DetailLine("Update log (\(detail.updates.count), oldest first)", .heading)]
    lines +=
      detail.updates.isEmpty
      ? [DetailLine("nothing logged yet", .dim)]
      : UpdateLogPane.entries(detail.updates, width: width).flatMap(\.self)
    return lines
  }

  /// The plain text of each line, for `/` find.
  static func text(_ line: DetailLine) -> String {
    line.plainText
  }
}
