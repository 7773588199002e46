import CaseModel
import Foundation
import Testing

@testable import Console
@testable import Storage

/// The operation detail's updates: tabs, what each tab reads, Enter, and removing a
/// participant only after a confirmation.
@MainActor
@Suite("Operation detail")
struct OperationDetailTests {
  typealias F = MeetingFixtures

  func loaded() -> OperationDetailScreen {
    var screen = OperationDetailScreen(id: F.operationID, code: "TF-MAR-2026-003")
    _ = screen.start(F.env)
    _ = screen.receive(.operationDetail(F.operationDetail()), F.env)
    return screen
  }

  func pushed(_ effect: Effect) -> (any Screen)? {
    if case .push(let screen) = effect { return screen }
    return nil
  }

  func queries(_ effects: [Effect]) -> [Query] {
    effects.compactMap { if case .query(let query) = $0 { query } else { nil } }
  }

  @Test func opensOnTheOverviewAndReadsTheOperation() {
    var screen = OperationDetailScreen(id: F.operationID, code: "")
    #expect(queries(screen.start(F.env)) == [.operationDetail(F.operationID)])
    _ = screen.receive(.operationDetail(F.operationDetail()), F.env)
    #expect(screen.tab == .overview)
    #expect(screen.title == "Operation TF-MAR-2026-003")
    let overview = screen.overview.lines.map(\.plainText).joined(separator: "\n")
    #expect(overview.contains("MARÉ ALTA"))
    #expect(overview.contains("ES España · GC"))
    #expect(overview.contains("4 (1 overdue)"))
    #expect(overview.contains("Cocaine shipped from Santos 🚢 to Algeciras."))
    #expect(screen.participants.rows.count == 2)
  }

  @Test func tabsCycleBothWaysAndEachListIsReadWhenFirstShown() {
    var screen = loaded()
    var seen: [OperationDetailScreen.Tab] = []
    var read: [Query] = []
    for _ in OperationDetailScreen.Tab.allCases {
      read += queries(screen.perform(.nextTab, F.env))
      seen.append(screen.tab)
    }
    #expect(seen == [.participants, .meetings, .actions, .seizures, .activity, .overview])
    #expect(read.count == 4)
    #expect(
      read.contains {
        if case .meetings(let filter, _) = $0 { filter.operationID == F.operationID } else { false }
      })
    #expect(
      read.contains {
        if case .actions(let filter, _) = $0 {
          filter == ActionFilter(operationID: F.operationID)
        } else {
          false
        }
      })
    #expect(
      read.contains {
        if case .seizures(let filter, _) = $0 { filter.operationID == F.operationID } else { false }
      })
    #expect(read.contains(.history(F.operationID)))
    // Back round the other way: nothing is read again until the data changes.
    _ = screen.perform(.previousTab, F.env)
    #expect(screen.tab == .activity)
    for _ in 0..<5 { #expect(queries(screen.perform(.previousTab, F.env)).isEmpty) }
    #expect(screen.tab == .overview)
  }

  @Test func theMeetingsTabTogglesPastAndOpensAMeeting() {
    var screen = loaded()
    _ = screen.perform(.nextTab, F.env)
    let first = queries(screen.perform(.nextTab, F.env))
    #expect(screen.contexts.contains(.meetings))
    guard case .meetings(_, let page) = first.first else {
      Issue.record("the Meetings tab read no meetings")
      return
    }
    let meeting = F.meeting("M5-TEST", "Kick-off")
    _ = screen.receive(.meetings(F.page([F.meetingRow(meeting)]), page), F.env)
    guard case .push(let pushed) = screen.perform(.open, F.env).first,
      let detail = pushed as? MeetingDetailScreen
    else {
      Issue.record("Enter did not open the meeting")
      return
    }
    #expect(detail.id == meeting.id)
    let past = queries(screen.perform(.togglePeriod, F.env))
    #expect(
      past.contains {
        if case .meetings(let filter, _) = $0 {
          filter == MeetingFilter(period: .past, operationID: F.operationID)
        } else {
          false
        }
      })
  }

  @Test func enterOnTheActionsTabOpensTheAction() {
    var screen = loaded()
    for _ in 0..<2 { _ = screen.perform(.nextTab, F.env) }
    guard case .actions(_, let page) = queries(screen.perform(.nextTab, F.env)).first else {
      Issue.record("the Actions tab read no actions")
      return
    }
    let rows = [F.action("A1-TEST", "First"), F.action("A2-TEST", "Second")]
    _ = screen.receive(.actions(F.page(rows), page), F.env)
    _ = screen.perform(.down, F.env)
    let effects = screen.perform(.open, F.env)
    #expect(effects.contains { if case .show(.actions) = $0 { true } else { false } })
    #expect(effects.contains { (pushed($0) as? ActionDetailScreen)?.id == rows[1].item.id })
    #expect(screen.position == "2/2")
  }

  @Test func theActivityTabShowsChangesNewestFirstWithoutBookkeeping() {
    var screen = tab(.activity, of: loaded())
    func change(_ minutes: Double, _ field: String, _ value: String?) -> FieldChange {
      FieldChange(
        at: F.now.addingTimeInterval(minutes * 60), officerHandle: "gomez.l",
        entity: "operation", entityID: F.operationID, field: field, value: value)
    }
    let history = [
      change(0, "status", "planned"), change(0, "jit_ref", nil), change(0, "updated_at", "x"),
      change(1, "threat_assessment", "IDEAL 2024"), change(2, "jit_ref", nil),
    ]
    _ = screen.receive(.history(history), F.env)
    #expect(screen.activity.rows.map(\.fieldLabel) == ["jit ref", "threat assessment", "status"])
  }

  func tab(
    _ wanted: OperationDetailScreen.Tab, of screen: OperationDetailScreen
  ) -> OperationDetailScreen {
    var screen = screen
    while screen.tab != wanted { _ = screen.perform(.nextTab, F.env) }
    return screen
  }

  @Test func removingAParticipantAsksWithCancelFocusedFirst() {
    var screen = loaded()
    // Removing means nothing outside the Participants tab.
    guard case .message = screen.perform(.remove, F.env).first else {
      Issue.record("remove outside Participants should only explain")
      return
    }
    screen = tab(.participants, of: screen)
    _ = screen.perform(.down, F.env)
    let target = screen.participants.current!
    guard case .overlay(.confirm(var confirm)) = screen.perform(.remove, F.env).first else {
      Issue.record("remove did not ask")
      return
    }
    #expect(!confirm.focusOnConfirm)
    #expect(confirm.question.contains("gomez.l") && confirm.question.contains("TF-MAR-2026-003"))
    // Enter on the focused Cancel closes without a reply: nothing is removed.
    var cancelled = confirm
    #expect(cancelled.handle(.enter) == .close)
    // Moving to Remove and pressing Enter confirms; only then is there a change.
    #expect(confirm.handle(.tab) == .stay)
    guard case .reply(let reply) = confirm.handle(.enter) else {
      Issue.record("confirming gave no reply")
      return
    }
    let effects = screen.reply(reply, F.env)
    guard case .change(.removeParticipant(let id), let done) = effects.first else {
      Issue.record("no change after confirming")
      return
    }
    #expect(id == target.participant.id)
    #expect(done.contains("gomez.l"))
    // Del and x are the keys of `remove` on detail screens.
    #expect(ActionTable().action(for: .delete, in: screen.contexts) == .remove)
    #expect(ActionTable().action(for: .char("x"), in: screen.contexts) == .remove)
  }

  @Test func theBannerCoversTheOperationAndTheRowsShown() {
    var screen = loaded()
    #expect(screen.markings == [Markings.standard])
    screen = tab(.seizures, of: screen)
    let red = Markings(handling: .h3, tlp: .red)
    let seizure = Seizure(
      operationID: F.operationID, kind: .drugs, description: "Cocaine", substance: "cocaine",
      quantity: 1250.5, unit: .kg, value: 4_200_000_000, currency: "COP", place: "Cartagena",
      date: F.today, status: .seized, markings: red)
    let row = SeizureRow(seizure: seizure, operationCode: "TF-MAR-2026-003", countryCode: "CO")
    let request =
      screen.seizures.pending ?? PageRequest(.first, limit: ListModel<SeizureRow>.pageSize)
    _ = screen.receive(.seizures(F.page([row]), request), F.env)
    #expect(screen.markings.contains(red))
    #expect(Amount.text(4_200_000_000, "COP", width: 14) == "4.2 bn COP")
    #expect(Amount.text(1250.5, "kg", width: 10) == "1,250.5 kg")
  }
}
