import ArgumentParser
import CaseModel
import Foundation
import Storage

struct MeetingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting", abstract: "Meetings: list, show with minutes, add, take attendance.",
    subcommands: [List.self, Show.self, Add.self, Attend.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List upcoming meetings, soonest first (--past: past ones, latest first).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @Flag(help: "Past meetings instead of upcoming ones.") var past = false
    @Option(name: .customLong("op"), help: "Only meetings of this operation.") var operation:
      String?
    @Option(help: "Only this kind (\(MeetingKind.choices)).") var kind: String?

    func run() throws {
      let context = try global.context(json: output.json)
      let filter = MeetingFilter(
        period: past ? .past : .upcoming,
        operationID: try operation.map { try context.store.operation($0).id },
        kind: try MeetingKind.parse(kind))
      let page = try context.store.meetings(filter, page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        context.output.print(
          json: listJSON(
            page.rows.map(\.json), markings: page.rows.map(\.meeting.markings),
            more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "REF"), .init(title: "START"), .init(title: "ZONE"), .init(title: "KIND"),
        .init(title: "MINUTES"), .init(title: "ENTRIES", alignRight: true),
        .init(title: "OPERATIONS"), .init(title: "TITLE", flexible: true),
      ])
      for row in page.rows {
        let m = row.meeting
        table.add([
          m.ref, context.local(m.startsAt, zone: m.timeZone), m.timeZone, m.kind.label,
          m.minutesState.label, String(row.entries), row.operationCodes.joined(separator: " "),
          m.title,
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show a meeting: attendance, minutes, and items carried over.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The meeting's reference (M4-KQ3M, M4) or id.") var meeting: String

    func run() throws {
      let context = try global.context(json: output.json)
      let detail = try context.store.meetingDetail(try context.store.meeting(meeting).id)
      try context.consulted([detail.auditSubject])
      let m = detail.row.meeting
      let markings = [m.markings] + detail.entries.map(\.entry.markings)
      if context.output.json {
        guard case .object(var fields) = detail.row.json else { return }
        fields["attendance"] = .array(
          detail.attendance.map {
            .object([
              "officer": .string($0.officer.handle), "name": .string($0.officer.name),
              "organisation": .string($0.organisationAcronym),
              "status": JSONValue($0.attendance.status), "guest": .bool($0.attendance.guest),
            ])
          })
        fields["agenda"] = .array(detail.agenda.map { .string($0.title) })
        fields["minutes"] = .array(
          detail.entries.map { row in
            guard case .object(var entry) = row.entry.json else { return row.entry.json }
            entry["agenda"] = JSONValue(
              detail.agenda.first { $0.id == row.entry.agendaItemID }?.title)
            entry["action"] = row.action.map { $0.json(today: context.today) } ?? .null
            return .object(entry)
          })
        fields["carriedOver"] = .array(detail.carriedOver.map { $0.json(today: context.today) })
        context.output.print(
          json: .object(["meeting": .object(fields), "marking": combinedMarking(markings)]))
        return
      }
      context.output.print("[\(combinedBanner(markings))]")
      context.output.print(fields: [
        ("Meeting", "\(m.ref) — \(m.title)"),
        ("Kind", m.kind.label),
        ("Start", "\(m.localStart) (\(m.durationMinutes) min)"),
        ("Place", m.videoCall ? "video call" + (m.place.map { ", " + $0 } ?? "") : m.place),
        (
          "Operations",
          detail.operations.isEmpty ? nil : detail.operations.map(\.code).joined(separator: ", ")
        ),
        ("Minutes", m.minutesState.label),
        ("Id", m.id.text),
      ])
      if !detail.attendance.isEmpty {
        context.output.heading("Attendance")
        var table = Table([
          .init(title: "OFFICER"), .init(title: "NAME"), .init(title: "ORG"),
          .init(title: "STATUS"),
        ])
        for row in detail.attendance {
          table.add([
            row.officer.handle, row.officer.name, row.organisationAcronym,
            row.attendance.status.label + (row.attendance.guest ? " (guest)" : ""),
          ])
        }
        context.output.print(table)
      }
      if !detail.carriedOver.isEmpty {
        context.output.heading("Items from previous meeting")
        for row in detail.carriedOver {
          context.output.print(
            "  \(row.item.ref)  [\(row.item.status.label)]  @\(row.ownerHandle)  due \(row.item.due?.description ?? "—")  \(row.item.title)"
          )
        }
      }
      context.output.heading("Minutes")
      if detail.entries.isEmpty { context.output.print("  (no entries yet)") }
      var currentAgenda: UUID?? = .none
      for row in detail.entries {
        if currentAgenda != .some(row.entry.agendaItemID) {
          currentAgenda = .some(row.entry.agendaItemID)
          let title =
            detail.agenda.first { $0.id == row.entry.agendaItemID }?.title ?? "(no agenda item)"
          context.output.print("\n  \(title)")
        }
        let e = row.entry
        let head =
          "    \(e.ref)  \(e.kind.rawValue.uppercased())\(e.amendment ? " (amendment)" : "")  "
        let indent = String(repeating: " ", count: DisplayWidth.of(head))
        var text = TextSanitizer.lines(e.text).replacingOccurrences(of: "\n", with: "\n" + indent)
        if let action = row.action {
          text +=
            "  → \(action.item.ref) @\(action.ownerHandle) due "
            + "\(action.item.due?.description ?? "—") [\(action.item.status.label)]"
        }
        context.output.print(head + text)
      }
    }

    private func combinedBanner(_ markings: [Markings]) -> String {
      markings.dropFirst().reduce(markings[0]) { $0.combined(with: $1) }.banner
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a meeting.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The title.") var title: String
    @Option(help: "Kind (\(MeetingKind.choices)); default technical.") var kind: String?
    @Option(
      parsing: .unconditional,
      help: "Start, in the meeting's zone: \"2026-12-04 15:00\" or \"fri 09:30\".")
    var start: String
    @Option(help: "The meeting's time zone (default: this machine's).") var tz: String?
    @Option(parsing: .unconditional, help: "Duration in minutes.") var duration: Int = 60
    @Option(help: "Where it is held.") var place: String?
    @Flag(help: "Held by video call.") var video = false
    @Option(help: "The chair.") var chair: String?
    @Option(name: .customLong("minute-taker"), help: "Who takes the minutes.") var minuteTaker:
      String?
    @Option(name: .customLong("op"), help: "An operation it deals with; repeat for several.")
    var operations: [String] = []
    @Option(name: .customLong("invite"), help: "An invitee; repeat for several.")
    var invitees: [String] = []
    @OptionGroup var markings: MarkingOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let zone = tz ?? TimeZone.current.identifier
      let ops = try operations.map { try context.store.operation($0) }
      let base = ops.map(\.markings).reduce(Markings.standard) { $0.combined(with: $1) }
      let meeting = Meeting(
        kind: try MeetingKind.parse(kind) ?? .technical, title: title,
        startsAt: try MeetingTime.parse(start, zone: zone, today: context.today), timeZone: zone,
        durationMinutes: duration, place: place, videoCall: video,
        chairID: try chair.map { try context.store.officer($0).id },
        minuteTakerID: try minuteTaker.map { try context.store.officer($0).id },
        markings: try markings.applied(to: base))
      let saved = try context.store.addMeeting(
        meeting, operations: ops.map(\.id), invitees: try context.officers(invitees).map(\.id),
        as: actor)
      context.output.print("added meeting \(saved.ref) on \(saved.localStart)")
    }
  }

  struct Attend: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "attend",
      abstract: "Record whether an officer attended; one not invited is added as a guest.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting.") var meeting: String
    @Argument(help: "The officer.") var officer: String
    @Argument(help: "present, excused, absent (or invited).") var status: String

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let state = try AttendanceStatus.parse(status)
      let found = try context.store.meeting(meeting)
      let person = try context.store.officer(officer)
      let saved = try context.store.setAttendance(
        found.id, officer: person.id, status: state, as: actor)
      context.output.print(
        "\(found.ref): \(person.handle) \(saved.status.label)\(saved.guest ? " (guest)" : "")")
    }
  }
}
