import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("Directory: the officer detail")
struct DirectoryOfficerTests {
  let env = DirectoryFixtures.env

  static let operation = JointOperation(
    code: "TF-MAR-2026-001", codename: "ATLÁNTICO", status: .active,
    crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: DirectoryFixtures.colombia.id)

  static func action(_ ref: String, due: String, status: ActionStatus = .open) -> ActionRow {
    let row = DirectoryFixtures.officers[0]
    return ActionRow(
      item: ActionItem(
        ref: ref, title: "Share the vessel's AIS history", ownerID: row.officer.id,
        due: try! CalendarDate(iso: due), status: status, markings: Markings(tlp: .red)),
      ownerHandle: row.officer.handle, ownerName: row.officer.name, operationCode: nil)
  }

  static let detail = OfficerDetail(
    row: DirectoryFixtures.officers[0], organisation: DirectoryFixtures.diran,
    countryName: "Colombia", operations: [(operation, .lead)],
    openActions: [action("A1-KQ3M", due: "2026-03-01"), action("A2-KQ3M", due: "2026-04-01")])

  func loaded() -> OfficerDetailScreen {
    var screen = OfficerDetailScreen(id: Self.detail.row.officer.id)
    _ = screen.receive(.officerDetail(Self.detail), env)
    return screen
  }

  @Test func startReadsTheOfficer() {
    var screen = OfficerDetailScreen(id: Self.detail.row.officer.id)
    let effects = screen.start(env)
    guard case .query(.officerDetail(let id)) = effects.first else {
      Issue.record("expected the officer query, got \(effects)")
      return
    }
    #expect(id == Self.detail.row.officer.id)
  }

  @Test func operationsComeBeforeOpenActions() {
    let screen = loaded()
    #expect(screen.items.count == 3)
    #expect(screen.title == "Officer @gomez.c")
    #expect(screen.position == "1/3")
    // The red action item sets the banner.
    #expect(screen.markings.contains { $0.tlp == .red })
  }

  @Test func enterOpensTheOperationOrTheAction() {
    var screen = loaded()
    let opened = screen.perform(.open, env)
    guard case .show(.operations) = opened.first, case .push(let pushed) = opened.last,
      let operation = pushed as? OperationDetailScreen
    else {
      Issue.record("expected the operation to open, got \(opened)")
      return
    }
    #expect(operation.id == Self.operation.id)
    _ = screen.perform(.down, env)
    let action = screen.perform(.open, env)
    guard case .show(.actions) = action.first, case .push(let next) = action.last,
      let detail = next as? ActionDetailScreen
    else {
      Issue.record("expected the action to open, got \(action)")
      return
    }
    #expect(detail.id == Self.detail.openActions[0].item.id)
  }

  @Test func aReloadKeepsTheCursorOnTheSameRecord() {
    var screen = loaded()
    _ = screen.perform(.bottom, env)
    #expect(screen.cursor == 2)
    let fewer = OfficerDetail(
      row: Self.detail.row, organisation: Self.detail.organisation, countryName: "Colombia",
      operations: [], openActions: Self.detail.openActions)
    _ = screen.receive(.officerDetail(fewer), env)
    #expect(screen.cursor == 1)
    #expect(screen.current?.id == Self.detail.openActions[1].item.id)
  }

  @Test func aMissingOfficerSaysSo() {
    var screen = OfficerDetailScreen(id: UUID())
    _ = screen.receive(.failed(.officerDetail(screen.id), "no officer has the id x"), env)
    #expect(screen.failure == "no officer has the id x")
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 2, width: 80, height: 21))
    screen.render(&canvas, env)
    #expect(canvas.buffer.plainText.contains("no officer has the id x"))
  }

  @Test func theCardShowsHowToReachTheOfficer() {
    let screen = loaded()
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 2, width: 80, height: 21))
    screen.render(&canvas, env)
    let text = canvas.buffer.plainText
    #expect(text.contains("Camilo Gómez  @gomez.c"))
    #expect(text.contains("DIRAN — Dirección de Antinarcóticos"))
    #expect(text.contains("Colombia (CO)"))
    #expect(text.contains("OPEN ACTIONS (2)"))
    // The overdue due date is drawn in the overdue slot (the cursor is on the operation).
    let y = (0..<24).first { canvas.buffer.row($0).contains("A1-KQ3M") }!
    let x = canvas.buffer.row(y).range(of: "2026-03-01")!.lowerBound.utf16Offset(
      in: canvas.buffer.row(y))
    #expect(canvas.buffer[x, y].slot == .itemOverdue)
  }
}
