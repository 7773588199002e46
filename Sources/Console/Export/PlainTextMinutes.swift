import CaseModel
import Foundation
import Storage

/// The minutes as plain text, for mail bodies and printers: capitals for the sections,
/// labels padded so values line up, decisions and actions in capitals so they stand out.
/// Record text is made safe with ``TextSanitizer``: a file `cat` to a terminal cannot drive
/// it.
enum PlainTextMinutes {
  /// Where entry text starts, after the indent and the kind.
  static let textColumn = 16

  static func render(_ facts: MinutesExport.Facts) -> String {
    let m = facts.meeting
    var out = [facts.banner, "", "MINUTES — \(line(m.title))", ""]
    for (label, value) in facts.header { out.append(field(label, line(value))) }
    out += ["", "ATTENDANCE"]
    if facts.detail.attendance.isEmpty { out.append("  nobody was invited") }
    for (label, people) in facts.attendance where !facts.detail.attendance.isEmpty {
      let title = label + (people.isEmpty ? "" : " (\(people.count))")
      out.append(field(title, people.isEmpty ? "—" : people.map(line).joined(separator: "; ")))
    }
    if !facts.detail.carriedOver.isEmpty {
      out += ["", "ITEMS FROM PREVIOUS MEETING"]
      for row in facts.detail.carriedOver {
        out.append("  " + DisplayWidth.pad(line(row.item.ref), to: 12) + line(row.item.title))
        out.append(String(repeating: " ", count: 14) + line(facts.actionFacts(row)))
      }
    }
    out += ["", "MINUTES"]
    if facts.detail.entries.isEmpty { out.append("  nothing was minuted") }
    for section in facts.outline.sections where !facts.detail.entries.isEmpty {
      out += ["", line(section.title)]
      if section.entries.isEmpty { out.append("  nothing minuted") }
      for row in section.entries { out += entry(row, facts) }
    }
    out += ["", facts.banner, ""]
    return out.joined(separator: "\n")
  }

  private static func entry(_ row: MinuteEntryRow, _ facts: MinutesExport.Facts) -> [String] {
    let entry = row.entry
    let kind = entry.kind == .information ? entry.kind.label : entry.kind.label.uppercased()
    let margin = String(repeating: " ", count: textColumn)
    var lead = "  " + DisplayWidth.pad(kind, to: textColumn - 3) + " "
    if entry.amendment { lead += "(amendment) " }
    let pieces = TextSanitizer.lines(entry.text).split(separator: "\n").map(String.init)
    var lines = [lead + (pieces.first ?? "")] + pieces.dropFirst().map { margin + $0 }
    if !facts.meeting.markings.isAtLeast(entry.markings) {
      lines[lines.count - 1] += "  [\(entry.markings.banner)]"
    }
    if let action = row.action {
      lines.append(margin + "→ \(line(action.item.ref)) · " + line(facts.actionFacts(action)))
    } else if entry.kind == .action {
      lines.append(margin + "→ no action item")
    }
    return lines
  }

  private static func field(_ label: String, _ value: String) -> String {
    DisplayWidth.pad(label, to: 16) + value
  }

  private static func line(_ text: String) -> String { TextSanitizer.line(text) }
}
