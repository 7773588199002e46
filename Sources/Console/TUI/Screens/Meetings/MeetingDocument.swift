import CaseModel
import Foundation
import Storage

/// A meeting laid out for reading: the header, attendance, the items carried over from the
/// previous meeting, then the minutes under their agenda items.
enum MeetingDocument {
  /// Where entry text starts: after the agenda indent and the kind column.
  static let entryIndent = 5
  static let kindWidth = 13
  static var textIndent: Int { entryIndent + kindWidth }

  static func lines(_ detail: MeetingDetail, today: CalendarDate) -> [DetailLine] {
    header(detail) + attendance(detail) + carriedOver(detail, today: today)
      + minutes(detail, today: today)
  }

  /// Every marking in the document, for the header banner: the meeting's, its entries' and
  /// the action items it shows.
  static func markings(_ detail: MeetingDetail) -> [Markings] {
    [detail.row.meeting.markings] + detail.entries.map(\.entry.markings)
      + detail.entries.compactMap(\.action?.item.markings)
      + detail.carriedOver.map(\.item.markings)
  }

  // MARK: - Sections

  private static func header(_ detail: MeetingDetail) -> [DetailLine] {
    let m = detail.row.meeting
    var place = m.place ?? ""
    if m.videoCall { place += place.isEmpty ? "video call" : " · video call" }
    var lines = [
      DetailLine([DetailSpan(m.ref + "  ", .title), DetailSpan(m.title, .title)], hang: 2),
      .blank,
      .field("Kind", m.kind.label),
      .field("Start", "\(m.localStart) · \(MeetingCells.duration(m.durationMinutes))"),
      .field("Place", place.isEmpty ? "—" : place, place.isEmpty ? .dim : .normal),
      .field(
        "Chair", detail.row.chairHandle ?? "—", detail.row.chairHandle == nil ? .dim : .normal),
    ]
    if detail.operations.isEmpty {
      lines.append(.field("Operations", "—", .dim))
    }
    for (index, op) in detail.operations.enumerated() {
      lines.append(
        .field(
          index == 0 ? "Operations" : "", "\(op.code) \(op.codename)",
          link: .operation(op.id, code: op.code)))
    }
    let minutes = MeetingCells.minutes(m.minutesState)
    lines.append(
      .field(
        "Minutes",
        minutes.text
          + (m.minutesState.isReadOnly ? " — read-only; corrections are amendments" : ""),
        minutes.slot))
    lines.append(.markings(m.markings))
    return lines
  }

  private static func attendance(_ detail: MeetingDetail) -> [DetailLine] {
    var lines: [DetailLine] = [.blank]
    let counts = AttendanceStatus.allCases.compactMap { status -> String? in
      let count = detail.attendance.filter { $0.attendance.status == status }.count
      return count == 0 ? nil : "\(count) \(status.label)"
    }
    lines.append(
      .heading("Attendance" + (counts.isEmpty ? "" : " · " + counts.joined(separator: ", "))))
    if detail.attendance.isEmpty { lines.append(DetailLine("  nobody invited yet", .dim)) }
    for row in detail.attendance {
      let status = row.attendance.status
      let slot: Slot = status == .present ? .normal : .dim
      var spans = [
        DetailSpan("  " + DetailLine.cell(row.officer.name, 26) + " "),
        DetailSpan(DetailLine.cell(row.officer.handle, 14) + " ", .dim),
        DetailSpan(DetailLine.cell(row.organisationAcronym, 10) + " "),
        DetailSpan(status.label, slot),
      ]
      if row.attendance.guest { spans.append(DetailSpan(" · guest", .mark)) }
      lines.append(DetailLine(spans, hang: 4, link: .officer(row.officer.id)))
    }
    return lines
  }

  private static func carriedOver(_ detail: MeetingDetail, today: CalendarDate) -> [DetailLine] {
    guard !detail.carriedOver.isEmpty else { return [] }
    var lines: [DetailLine] = [
      .blank, .heading("Items from previous meeting · \(detail.carriedOver.count) open"),
    ]
    for row in detail.carriedOver {
      let ref = DetailSpan("  " + DetailLine.cell(row.item.ref, 9) + " ", .dim)
      lines += DetailLine.paragraphs(
        row.item.title, indent: 12, lead: [ref], link: .action(row.item.id))
      let margin = DetailSpan(String(repeating: " ", count: 12))
      lines.append(
        DetailLine([margin] + facts(row, today: today), hang: 12, link: .action(row.item.id)))
    }
    return lines
  }

  private static func minutes(_ detail: MeetingDetail, today: CalendarDate) -> [DetailLine] {
    let count = detail.entries.count
    var lines: [DetailLine] = [
      .blank, .heading("Minutes · \(count) \(count == 1 ? "entry" : "entries")"),
    ]
    if detail.entries.isEmpty {
      lines.append(DetailLine("  nothing minuted yet", .dim))
      return lines
    }
    let known = Set(detail.agenda.map(\.id))
    for (number, item) in detail.agenda.enumerated() {
      let entries = detail.entries.filter { $0.entry.agendaItemID == item.id }
      lines.append(DetailLine("  \(number + 1). \(item.title)", .title, hang: 5))
      if entries.isEmpty { lines.append(DetailLine("     nothing minuted", .dim)) }
      for entry in entries { lines += self.entry(entry, meeting: detail.row.meeting, today: today) }
    }
    let loose = detail.entries.filter { $0.entry.agendaItemID.map { !known.contains($0) } ?? true }
    if !loose.isEmpty {
      lines.append(DetailLine("  Other business", .title, hang: 5))
      for entry in loose { lines += self.entry(entry, meeting: detail.row.meeting, today: today) }
    }
    return lines
  }

  // MARK: - Pieces

  /// An entry: its kind, its text, and for an action the item it created.
  private static func entry(
    _ row: MinuteEntryRow, meeting: Meeting, today: CalendarDate
  ) -> [DetailLine] {
    let entry = row.entry
    let slot: Slot = entry.kind == .information ? .dim : .heading
    var lead = [
      DetailSpan(String(repeating: " ", count: entryIndent)),
      DetailSpan(DetailLine.cell(entry.kind.label, kindWidth), slot),
    ]
    if entry.amendment { lead.append(DetailSpan("amendment: ", .mark)) }
    let link = (row.action?.item.id ?? entry.actionID).map(DetailLink.action)
    var lines = DetailLine.paragraphs(entry.text, indent: textIndent, lead: lead, link: link)
    // An entry marked stricter than its meeting says so where it stands.
    if !meeting.markings.isAtLeast(entry.markings), !lines.isEmpty {
      lines[lines.count - 1].spans.append(
        DetailSpan("  " + entry.markings.banner, Cells.slot(for: entry.markings)))
    }
    let margin = String(repeating: " ", count: textIndent)
    if let action = row.action {
      let arrow = DetailSpan(margin + "→ ", .dim)
      lines.append(
        DetailLine(
          [arrow, DetailSpan(action.item.ref + " · ")] + facts(action, today: today),
          hang: textIndent + 2, link: link))
    } else if entry.kind == .action {
      lines.append(DetailLine(margin + "→ no action item", .dim))
    }
    return lines
  }

  /// `open · silva.f · due 2026-11-20`, each part in its slot.
  private static func facts(_ row: ActionRow, today: CalendarDate) -> [DetailSpan] {
    let item = row.item
    let status = Cells.status(item.status)
    let due = Cells.due(item, today: today)
    let priority = Cells.priority(item.priority)
    var spans = [
      DetailSpan(status.text, status.slot),
      DetailSpan(" · \(row.ownerHandle) · "),
      DetailSpan(item.due == nil ? "no due date" : "due " + due.text, due.slot),
    ]
    if item.isOverdue(on: today) { spans.append(DetailSpan(" (overdue)", .itemOverdue)) }
    if item.priority != .normal {
      spans += [DetailSpan(" · "), DetailSpan(priority.text, priority.slot)]
    }
    return spans
  }
}
