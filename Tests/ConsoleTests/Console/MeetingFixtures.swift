import CaseModel
import Foundation
import Storage

@testable import Console

/// Values for the meeting and operation screens' pure tests: rows built by hand, no store.
enum MeetingFixtures {
  static let today = try! CalendarDate(iso: "2026-03-18")
  static let now = today.startOfDay(in: TimeZone(identifier: "UTC")!).addingTimeInterval(12 * 3600)
  static let env = Environment(today: today, now: now, profile: nil, pageRows: 18)
  static let officerID = UUID()
  static let operationID = UUID()

  static func meeting(
    _ ref: String, _ title: String, hoursFromNow: Double = 48, zone: String = "America/Bogota",
    minutes: MinutesState = .draft, markings: Markings = .standard
  ) -> Meeting {
    Meeting(
      ref: ref, kind: .technical, title: title,
      startsAt: now.addingTimeInterval(hoursFromNow * 3600),
      timeZone: zone, durationMinutes: 90, place: "Bogotá, DIJIN", videoCall: true,
      minutesState: minutes, markings: markings)
  }

  static func meetingRow(_ meeting: Meeting, entries: Int = 0) -> MeetingRow {
    MeetingRow(
      meeting: meeting, operationCodes: ["TF-MAR-2026-003"], entries: entries,
      chairHandle: "gomez.l")
  }

  static func action(
    _ ref: String, _ title: String, status: ActionStatus = .open, due: String? = "2026-03-10",
    priority: Priority = .normal
  ) -> ActionRow {
    ActionRow(
      item: ActionItem(
        ref: ref, title: title, ownerID: officerID, operationID: operationID,
        due: due.map { try! CalendarDate(iso: $0) }, priority: priority, status: status,
        markings: .standard),
      ownerHandle: "silva.f", ownerName: "Fernanda Silva", operationCode: "TF-MAR-2026-003")
  }

  static func officer(_ handle: String, _ name: String) -> Officer {
    Officer(
      handle: handle, name: name, organisationID: UUID(), countryID: UUID(), role: .participant)
  }

  /// A meeting with attendance (one guest), an item carried over, and minutes under two
  /// agenda items: information with accents and 東京, a decision, an action with its item,
  /// and an amendment.
  static func detail(
    entryText: String = "Container from Santos to Rotterdam via 東京 📦"
  ) -> (
    MeetingDetail, created: ActionRow, carried: ActionRow
  ) {
    let m = meeting(
      "M7-TEST", "Maritime picture — São Paulo", hoursFromNow: -24, minutes: .approved)
    let first = AgendaItem(meetingID: m.id, position: 1, title: "Maritime picture")
    let second = AgendaItem(meetingID: m.id, position: 2, title: "Asset recovery")
    let created = action("A9-TEST", "Ask MAOC-N for the AIS history 🚢", due: "2026-04-01")
    let carried = action("A3-TEST", "Check the crew list", status: .inProgress, due: "2026-03-01")
    func entry(
      _ position: Int, _ item: AgendaItem, _ kind: EntryKind, _ text: String,
      action: ActionRow? = nil, amendment: Bool = false
    ) -> MinuteEntryRow {
      MinuteEntryRow(
        entry: MinuteEntry(
          ref: "E\(position)-TEST", meetingID: m.id, agendaItemID: item.id, position: position,
          kind: kind, text: text, actionID: action?.item.id, amendment: amendment,
          markings: .standard),
        authorHandle: "ribeiro", action: action)
    }
    let attendance = [
      AttendanceRow(
        attendance: Attendance(meetingID: m.id, officerID: UUID(), status: .present),
        officer: officer("gomez.l", "Lucía Gómez"), organisationAcronym: "GC"),
      AttendanceRow(
        attendance: Attendance(meetingID: m.id, officerID: UUID(), status: .excused),
        officer: officer("tanaka", "田中 Hiro"), organisationAcronym: "NPA"),
      AttendanceRow(
        attendance: Attendance(meetingID: m.id, officerID: UUID(), status: .present, guest: true),
        officer: officer("tamm", "Kristiina Tamm"), organisationAcronym: "FRONTEX"),
    ]
    let entries = [
      entry(1, first, .information, entryText),
      entry(2, first, .decision, "Share the vessel list with Frontex under H1."),
      entry(3, first, .action, "Ask MAOC-N for the AIS history 🚢", action: created),
      entry(4, second, .information, "Correction: the wallet is on TRON.", amendment: true),
    ]
    let detail = MeetingDetail(
      row: meetingRow(m, entries: entries.count), operations: [operation()],
      attendance: attendance, agenda: [first, second], entries: entries, carriedOver: [carried])
    return (detail, created, carried)
  }

  static func operation() -> JointOperation {
    JointOperation(
      id: operationID, code: "TF-MAR-2026-003", codename: "MARÉ ALTA",
      summary: "Cocaine shipped from Santos 🚢 to Algeciras.", status: .active,
      crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: UUID(),
      threatAssessment: "EU SOCTA 2025", startDate: try! CalendarDate(iso: "2026-01-10"))
  }

  static func operationDetail(participants: [ParticipantRow]? = nil) -> OperationDetail {
    let op = operation()
    let row = OperationRow(
      operation: op, leadCountryCode: "ES", leadOrganisationAcronym: "GC", openActions: 4,
      overdueActions: 1, nextMeeting: nil)
    return OperationDetail(
      row: row, leadCountryName: "España",
      participants: participants ?? [
        participant(.lead, "country", "ES", "España"),
        participant(
          .participant, "officer", "gomez.l", "Lucía Gómez",
          party: .officer(officerID)),
      ], meetings: 3, seizures: 2)
  }

  static func participant(
    _ role: ParticipantRole, _ kind: String, _ ref: String, _ name: String,
    party: Participant.Party = .country(UUID())
  ) -> ParticipantRow {
    ParticipantRow(
      participant: Participant(operationID: operationID, party: party, role: role),
      partyKind: kind, reference: ref, name: name)
  }

  /// A single page holding every row, as a short list arrives.
  static func page<Row>(_ rows: [Row]) -> Page<Row> {
    Page(rows: rows, keys: [], next: nil, previous: nil)
  }
}
