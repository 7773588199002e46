import CaseModel
import Foundation
import Storage

/// The minutes as Markdown: headings for the sections and agenda items, lists for the
/// rest, decisions and actions in bold. Every piece of record text goes through
/// ``MarkdownText``; only the structure around it is written here.
enum MarkdownMinutes {
  static func render(_ facts: MinutesExport.Facts) -> String {
    let m = facts.meeting
    let banner = "**\(facts.banner)**"
    var out = [banner, "", "# Minutes: \(MarkdownText.inline(m.title))", ""]
    for (label, value) in facts.header {
      out.append("- **\(label):** \(MarkdownText.inline(value))")
    }
    out += ["", "## Attendance", ""]
    if facts.detail.attendance.isEmpty { out.append("Nobody was invited.") }
    for (label, people) in facts.attendance where !facts.detail.attendance.isEmpty {
      let names = people.isEmpty ? "—" : people.map(MarkdownText.inline).joined(separator: "; ")
      out.append("- **\(label)\(people.isEmpty ? "" : " (\(people.count))"):** \(names)")
    }
    if !facts.detail.carriedOver.isEmpty {
      out += ["", "## Items from previous meeting", ""]
      for row in facts.detail.carriedOver {
        out.append(
          "- \(MarkdownText.inline(row.item.ref)) — \(MarkdownText.inline(row.item.title))\\")
        out.append("  \(MarkdownText.inline(facts.actionFacts(row)))")
      }
    }
    out += ["", "## Minutes", ""]
    if facts.detail.entries.isEmpty { out.append("Nothing was minuted.") }
    for section in facts.outline.sections where !facts.detail.entries.isEmpty {
      out += ["### \(MarkdownText.inline(section.title))", ""]
      if section.entries.isEmpty { out.append("Nothing minuted.") }
      for row in section.entries { out.append(entry(row, facts)) }
      out.append("")
    }
    out += ["---", "", banner, ""]
    return out.joined(separator: "\n")
  }

  /// `- **Decision:** text`; an action with its item on a second line; an amendment marked.
  private static func entry(_ row: MinuteEntryRow, _ facts: MinutesExport.Facts) -> String {
    let entry = row.entry
    let kind = entry.kind.label.prefix(1).uppercased() + entry.kind.label.dropFirst()
    let label = entry.kind == .information ? "\(kind):" : "**\(kind):**"
    let amendment = entry.amendment ? "*Amendment* · " : ""
    var text = "- \(amendment)\(label) \(MarkdownText.block(entry.text, indent: 2))"
    if !facts.meeting.markings.isAtLeast(entry.markings) {
      text += " **[\(entry.markings.banner)]**"
    }
    if let action = row.action {
      let owner = "**@\(MarkdownText.inline(action.ownerHandle))**"
      var parts = [MarkdownText.inline(action.item.ref), owner]
      parts.append(action.item.due.map { "due \($0)" } ?? "no due date")
      if action.item.priority != .normal { parts.append("**\(action.item.priority.label)**") }
      parts.append(action.item.status.label)
      text += "\\\n  → " + parts.joined(separator: " · ")
    } else if entry.kind == .action {
      text += "\\\n  → no action item"
    }
    return text
  }
}
