import CaseModel
import Foundation
import Storage

/// What the list of the minutes editor can select: an item carried over from the previous
/// meeting, or an entry.
enum MinutesTarget: Hashable {
  case carried(UUID)
  case entry(UUID)
}

/// A piece of the editor's list: one or more lines, selected together.
struct MinutesBlock {
  var lines: [DetailLine]
  var target: MinutesTarget? = nil
  /// The end of the part new entries go to: what the list shows while the line has focus.
  var anchor = false
}

/// The editor's list, laid out like the meeting's read view (``MeetingDocument``): the items
/// from the previous meeting, then the entries under their agenda headings, with the heading
/// new entries go under marked.
enum MinutesBody {
  static func blocks(
    _ detail: MeetingDetail, agenda current: String?, today: CalendarDate
  ) -> [MinutesBlock] {
    var blocks: [MinutesBlock] = []
    if !detail.carriedOver.isEmpty {
      blocks.append(
        MinutesBlock(
          lines: [.heading("Items from previous meeting · \(detail.carriedOver.count) open")]))
      for row in detail.carriedOver {
        let lead = [DetailSpan("  " + DetailLine.cell(row.item.ref, 10) + " ", .dim)]
        var lines = DetailLine.paragraphs(row.item.title, indent: 13, lead: lead)
        lines.append(
          DetailLine([DetailSpan(String(repeating: " ", count: 13))] + facts(row, today)))
        blocks.append(MinutesBlock(lines: lines, target: .carried(row.item.id)))
      }
      blocks.append(MinutesBlock(lines: [.blank]))
    }
    let count = detail.entries.count
    blocks.append(
      MinutesBlock(lines: [.heading("Minutes · \(count) \(count == 1 ? "entry" : "entries")")]))
    let outline = MinutesOutline(detail)
    var marked = false
    for section in outline.sections {
      let here = isCurrent(section, current)
      marked = marked || here
      blocks.append(MinutesBlock(lines: [heading(section.title, current: here)]))
      if section.entries.isEmpty {
        blocks.append(MinutesBlock(lines: [DetailLine("     nothing minuted yet", .dim)]))
      }
      for row in section.entries {
        blocks.append(
          MinutesBlock(
            lines: entry(row, meeting: detail.row.meeting, today: today),
            target: .entry(row.entry.id)))
      }
      if here { blocks[blocks.count - 1].anchor = true }
    }
    // A heading typed with `#` that the meeting does not have yet is created with the first
    // entry under it; until then it shows at the end, where that entry will be.
    if !marked {
      let title = current.map { $0 + "  (new)" } ?? "Other business"
      blocks.append(MinutesBlock(lines: [heading(title, current: true)], anchor: true))
    }
    return blocks
  }

  /// Whether new entries go under this section: the store matches titles ignoring case.
  static func isCurrent(_ section: MinutesOutline.Section, _ current: String?) -> Bool {
    guard let agenda = section.agenda else { return current == nil }
    return current.map { $0.lowercased() == agenda.title.lowercased() } ?? false
  }

  private static func heading(_ title: String, current: Bool) -> DetailLine {
    DetailLine(
      [DetailSpan(current ? "▸ " : "  ", .mark), DetailSpan(title, .title)]
        + (current ? [DetailSpan("  ◂ new entries go here", .dim)] : []), hang: 5)
  }

  // MARK: - Pieces

  /// An entry: its kind, its text, and for an action the item it created. The columns are
  /// the read view's, so an entry looks the same in both.
  static func entry(_ row: MinuteEntryRow, meeting: Meeting, today: CalendarDate) -> [DetailLine] {
    let entry = row.entry
    let slot: Slot = entry.kind == .information ? .dim : .heading
    var lead = [
      DetailSpan(String(repeating: " ", count: MeetingDocument.entryIndent)),
      DetailSpan(DetailLine.cell(entry.kind.label, MeetingDocument.kindWidth), slot),
    ]
    if entry.amendment { lead.append(DetailSpan("amendment: ", .mark)) }
    let indent = MeetingDocument.textIndent
    var lines = DetailLine.paragraphs(entry.text, indent: indent, lead: lead)
    if !meeting.markings.isAtLeast(entry.markings), !lines.isEmpty {
      lines[lines.count - 1].spans.append(
        DetailSpan("  " + entry.markings.banner, Cells.slot(for: entry.markings)))
    }
    let margin = String(repeating: " ", count: indent)
    if let action = row.action {
      lines.append(
        DetailLine(
          [DetailSpan(margin + "→ ", .dim), DetailSpan(action.item.ref + " · ")]
            + facts(action, today), hang: indent + 2))
    } else if entry.kind == .action {
      lines.append(DetailLine(margin + "→ no action item", .dim))
    }
    return lines
  }

  /// `open · @silva.f · due 2026-11-20 · high`, each part in its slot.
  static func facts(_ row: ActionRow, _ today: CalendarDate) -> [DetailSpan] {
    let item = row.item
    let status = Cells.status(item.status)
    let due = Cells.due(item, today: today)
    var spans = [
      DetailSpan(status.text, status.slot), DetailSpan(" · @\(row.ownerHandle) · "),
      DetailSpan(item.due == nil ? "no due date" : "due " + due.text, due.slot),
    ]
    if item.isOverdue(on: today) { spans.append(DetailSpan(" (overdue)", .itemOverdue)) }
    if item.priority != .normal {
      let priority = Cells.priority(item.priority)
      spans += [DetailSpan(" · "), DetailSpan(priority.text, priority.slot)]
    }
    return spans
  }
}
