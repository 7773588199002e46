import CaseModel
import Foundation
import Storage

/// One meeting's minutes as a document to circulate, in Markdown or plain text: the marking
/// banner at the top and the bottom, the header, attendance, the items from the previous
/// meeting, and the entries under their agenda headings.
///
/// The console (`:export`) and the command line (`liaison minutes export`) both write what
/// this returns, so a file reads the same whichever way it was made. Nothing here does I/O.
public enum MinutesExport {
  public enum Format: String, Sendable, CaseIterable {
    case markdown = "md"
    case text

    /// `md`, `markdown`, `text`, `txt`; nil for anything else.
    public init?(word: String) {
      switch word.lowercased() {
      case "md", "markdown": self = .markdown
      case "text", "txt": self = .text
      default: return nil
      }
    }

    public var fileExtension: String { self == .markdown ? "md" : "txt" }
    public var name: String { self == .markdown ? "Markdown" : "plain text" }
  }

  /// The document. `people` names officers the meeting refers to but does not list, such as
  /// a minute-taker who was not invited; attendees are named from the attendance.
  public static func render(
    _ detail: MeetingDetail, as format: Format, people: [Officer] = []
  ) -> String {
    let facts = Facts(detail, people: people)
    switch format {
    case .markdown: return MarkdownMinutes.render(facts)
    case .text: return PlainTextMinutes.render(facts)
    }
  }

  /// The file a meeting's minutes are written to when no name is given: `M4-KQ3M.md`.
  public static func fileName(_ meeting: Meeting, _ format: Format) -> String {
    // A reference is letters, digits and a dash; anything else is kept out of file names.
    let safe = meeting.ref.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    return (safe.isEmpty ? "minutes" : safe) + "." + format.fileExtension
  }

  /// What both formats say, gathered once. Text here is as stored: each format makes it
  /// safe its own way.
  struct Facts {
    let detail: MeetingDetail
    let banner: String
    let names: [UUID: Officer]
    let outline: MinutesOutline

    init(_ detail: MeetingDetail, people: [Officer]) {
      self.detail = detail
      let all = MeetingDocument.markings(detail)
      banner = all.dropFirst().reduce(all[0]) { $0.combined(with: $1) }.banner
      var names = Dictionary(people.map { ($0.id, $0) }) { a, _ in a }
      for row in detail.attendance { names[row.officer.id] = row.officer }
      self.names = names
      outline = MinutesOutline(detail)
    }

    var meeting: Meeting { detail.row.meeting }

    /// The header, label and value, in the order both formats print it.
    var header: [(label: String, value: String)] {
      let m = meeting
      var place = m.place ?? ""
      if m.videoCall { place += place.isEmpty ? "video call" : " · video call" }
      let operations = detail.operations.map { "\($0.code) \($0.codename)" }
      let state =
        m.minutesState.label
        + (m.minutesState.isReadOnly ? " (read-only; corrections are amendments)" : "")
      return [
        ("Meeting", m.ref), ("Kind", m.kind.label),
        ("Start", "\(m.localStart) · \(MeetingCells.duration(m.durationMinutes))"),
        ("Place", place.isEmpty ? "—" : place),
        ("Chair", person(m.chairID, handle: detail.row.chairHandle)),
        ("Minute-taker", person(m.minuteTakerID, handle: nil)),
        ("Operations", operations.isEmpty ? "—" : operations.joined(separator: ", ")),
        ("Minutes", state),
      ]
    }

    /// `Ana Ribeiro (ribeiro)`, or the handle alone, or a dash.
    func person(_ id: UUID?, handle: String?) -> String {
      if let id, let officer = names[id] { return "\(officer.name) (\(officer.handle))" }
      return handle ?? "—"
    }

    /// Invitees by status, then guests, each as `Name (handle, ORG)`.
    var attendance: [(label: String, people: [String])] {
      func named(_ rows: [AttendanceRow]) -> [String] {
        rows.map { "\($0.officer.name) (\($0.officer.handle), \($0.organisationAcronym))" }
      }
      let invitees = detail.attendance.filter { !$0.attendance.guest }
      var groups: [(String, [String])] = [
        ("Present", named(invitees.filter { $0.attendance.status == .present })),
        ("Excused", named(invitees.filter { $0.attendance.status == .excused })),
        ("Absent", named(invitees.filter { $0.attendance.status == .absent })),
      ]
      let unrecorded = invitees.filter { $0.attendance.status == .invited }
      if !unrecorded.isEmpty { groups.append(("Not recorded", named(unrecorded))) }
      let guests = detail.attendance.filter(\.attendance.guest)
      groups.append(
        (
          "Guests",
          zip(named(guests), guests).map { name, row in
            row.attendance.status == .present ? name : "\(name) — \(row.attendance.status.label)"
          }
        ))
      return groups
    }

    /// `open · @oconnor · due 2026-11-30 · high`: what the minutes say about an action.
    func actionFacts(_ row: ActionRow) -> String {
      var parts = [row.item.status.label, "@" + row.ownerHandle]
      parts.append(row.item.due.map { "due \($0)" } ?? "no due date")
      if row.item.priority != .normal { parts.append(row.item.priority.label) }
      return parts.joined(separator: " · ")
    }
  }
}
