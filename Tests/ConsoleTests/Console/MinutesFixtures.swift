import CaseModel
import Foundation
import Storage

@testable import Console

/// A meeting for the minutes editor's pure tests: two agenda items, three entries (the last
/// an action), one item carried over, and officers whose handles share beginnings.
@MainActor
enum MinutesFixtures {
  static let today = try! CalendarDate(iso: "2026-03-18")
  static let now = today.startOfDay(in: TimeZone(identifier: "UTC")!).addingTimeInterval(12 * 3600)
  static let env = Environment(today: today, now: now, profile: nil, pageRows: 18, columns: 80)
  static let meetingID = UUID(uuidString: "01890a5d-0000-7000-8000-000000000004")!
  static let operationID = UUID(uuidString: "01890a5d-0000-7000-8000-0000000000a1")!

  static func officer(_ handle: String, _ name: String) -> Officer {
    Officer(
      id: UUID(), handle: handle, name: name, organisationID: UUID(), countryID: UUID(),
      role: .participant)
  }

  static let ribeiro = officer("ribeiro", "Ana Ribeiro")
  static let gomez = officer("gomez.l", "Lucía Gómez")
  static let officers = [
    ribeiro, gomez, officer("goncalves", "João Gonçalves"), officer("parra.j", "Julia Parra"),
    officer("paredes.m", "Mateo Paredes"), officer("tamm", "Kristiina Tamm"),
  ]

  static let agenda = [
    AgendaItem(meetingID: meetingID, position: 1, title: "Maritime picture"),
    AgendaItem(meetingID: meetingID, position: 2, title: "Asset recovery"),
  ]

  static func action(_ ref: String, _ title: String, status: ActionStatus = .open) -> ActionRow {
    ActionRow(
      item: ActionItem(
        ref: ref, title: title, ownerID: ribeiro.id, operationID: operationID,
        meetingID: meetingID, due: try! CalendarDate(iso: "2026-03-27"), status: status,
        markings: .standard),
      ownerHandle: "ribeiro", ownerName: "Ana Ribeiro", operationCode: "TF-MAR-2026-003")
  }

  static let created = action("A9-TEST", "Freeze the wallet on TRON")
  static let carried = action("A3-TEST", "Check the crew list of Sea Pioneer", status: .inProgress)

  static func entry(
    _ position: Int, _ agenda: AgendaItem?, _ kind: EntryKind, _ text: String,
    action: ActionRow? = nil
  ) -> MinuteEntryRow {
    MinuteEntryRow(
      entry: MinuteEntry(
        ref: "E\(position)-TEST", meetingID: meetingID, agendaItemID: agenda?.id,
        position: position, kind: kind, text: text, actionID: action?.item.id,
        markings: .standard),
      authorHandle: "ribeiro", action: action)
  }

  static let entries = [
    entry(1, agenda[0], .information, "Lady Esperanza changed flag twice in eight months."),
    entry(2, agenda[0], .decision, "Share the vessel list with Frontex under H1."),
    entry(3, agenda[1], .action, "Freeze the wallet on TRON", action: created),
  ]

  static func detail(
    state: MinutesState = .draft, entries: [MinuteEntryRow] = entries,
    agenda: [AgendaItem] = agenda
  ) -> MeetingDetail {
    let meeting = Meeting(
      id: meetingID, ref: "M4-TEST", kind: .technical, title: "Maritime picture — São Paulo",
      startsAt: now.addingTimeInterval(-3600), timeZone: "America/Sao_Paulo",
      durationMinutes: 90, place: "Polícia Federal, São Paulo", minutesState: state)
    let operation = JointOperation(
      id: operationID, code: "TF-MAR-2026-003", codename: "MARÉ ALTA", summary: "",
      status: .active, crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: UUID(),
      startDate: try! CalendarDate(iso: "2026-01-10"))
    return MeetingDetail(
      row: MeetingRow(
        meeting: meeting, operationCodes: [operation.code], entries: entries.count,
        chairHandle: "gomez.l"),
      operations: [operation], attendance: [], agenda: agenda, entries: entries,
      carriedOver: [carried])
  }

  /// An editor that has received its meeting and officers.
  static func editor(
    state: MinutesState = .draft, detail: MeetingDetail? = nil
  )
    -> MinutesEditorScreen
  {
    var screen = MinutesEditorScreen(meetingID: meetingID)
    _ = screen.start(env)
    _ = screen.receive(.meetingDetail(detail ?? self.detail(state: state)), env)
    _ = screen.receive(
      .officerChoices(
        officers.map {
          OfficerChoice(officer: $0, organisationAcronym: "PJ", countryCode: "PT")
        }), env)
    return screen
  }

  static func type(_ text: String, into screen: inout MinutesEditorScreen) {
    for character in text { _ = screen.type(.char(character), env) }
  }

  // MARK: - Reading effects

  static func changes(_ effects: [Effect]) -> [Change] {
    effects.compactMap { if case .change(let change, _) = $0 { change } else { nil } }
  }

  static func errors(_ effects: [Effect]) -> [String] {
    effects.compactMap { if case .error(let text) = $0 { text } else { nil } }
  }

  static func messages(_ effects: [Effect]) -> [String] {
    effects.compactMap { if case .message(let text) = $0 { text } else { nil } }
  }

  static func confirm(_ effects: [Effect]) -> ConfirmOverlay? {
    effects.lazy.compactMap { if case .overlay(.confirm(let c)) = $0 { c } else { nil } }.first
  }

  static func prompt(_ effects: [Effect]) -> PromptOverlay? {
    effects.lazy.compactMap { if case .overlay(.prompt(let p)) = $0 { p } else { nil } }.first
  }

  static func kind(_ change: Change) -> EntryKind? {
    if case .addMinuteEntry(_, let kind, _, _, _, _) = change { return kind }
    return nil
  }
}
