import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The list above the line: reordering, correcting and deleting entries, the triage moves on
/// carried-over items, circulating and approving.
@MainActor
@Suite("Minutes editor: the list")
struct MinutesListTests {
  typealias F = MinutesFixtures
  let env = F.env

  /// An editor with the list focused on `target`.
  func selecting(_ target: MinutesTarget, state: MinutesState = .draft) -> MinutesEditorScreen {
    var screen = F.editor(state: state)
    _ = screen.type(.escape, env)
    screen.selection = target
    return screen
  }

  func entry(_ index: Int) -> MinutesTarget { .entry(F.entries[index].entry.id) }

  @Test func jAndKMoveAnEntryWithTheStoresOneMove() {
    var first = selecting(entry(0))
    #expect(
      F.changes(first.perform(.moveDown, env)) == [.moveMinuteEntry(F.entries[0].entry.id, by: 1)])
    var second = selecting(entry(1))
    #expect(
      F.changes(second.perform(.moveUp, env)) == [.moveMinuteEntry(F.entries[1].entry.id, by: -1)])
    // The first entry of "Asset recovery" moved up joins the end of "Maritime picture": past
    // the decision and back over it, so that it lands after it.
    var third = selecting(entry(2))
    let id = F.entries[2].entry.id
    #expect(
      F.changes(third.perform(.moveUp, env))
        == [.moveMinuteEntry(id, by: -1), .moveMinuteEntry(id, by: 1)])
    var top = selecting(entry(0))
    #expect(F.messages(top.perform(.moveUp, env)).first?.contains("already the first") == true)
  }

  /// Every move of every entry, on meetings whose entries were minuted out of agenda order,
  /// checked against the store's own rule played on values.
  @Test func movesAsShownAreMadeOfStoreMoves() {
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for _ in 0..<60 {
      let count = 2 + next(7)
      let entries = (1...count).map { position -> MinuteEntryRow in
        let pick = next(4)
        return F.entry(
          position, pick < 2 ? F.agenda[pick] : pick == 2 ? nil : F.agenda[1],
          .information, "entry \(position)")
      }
      let detail = F.detail(entries: entries)
      for row in entries {
        for direction in [-1, 1] {
          let expected = Self.shown(detail, moving: row.entry.id, by: direction)
          guard let steps = MinutesOrder.steps(moving: row.entry.id, by: direction, in: detail)
          else {
            #expect(expected == nil)
            continue
          }
          var moved = entries
          for step in steps { moved = Self.storeMove(moved, row.entry.id, step) }
          #expect(Self.sections(F.detail(entries: moved)) == expected)
        }
      }
    }
  }

  @Test func eCorrectsAnEntryInTheLineAndEscapeCancels() {
    var screen = F.editor()
    F.type("half typed", into: &screen)
    _ = screen.type(.escape, env)
    screen.selection = entry(1)
    _ = screen.perform(.edit, env)
    #expect(screen.focus == .line)
    #expect(screen.line.text == F.entries[1].entry.text)
    F.type(" Agreed by all.", into: &screen)
    #expect(
      F.changes(screen.perform(.submit, env))
        == [
          .editMinuteEntry(
            F.entries[1].entry.id,
            text: "Share the vessel list with Frontex under H1. Agreed by all.")
        ])
    _ = screen.reload(env)
    #expect(screen.focus == .list)
    #expect(screen.line.text == "half typed")

    _ = screen.perform(.edit, env)
    _ = screen.type(.escape, env)
    #expect(screen.line.text == "half typed")
    #expect(screen.line.editing == nil)
  }

  @Test func xDeletesAfterAConfirmationWithCancelFocused() throws {
    var screen = selecting(entry(2))
    let asked = screen.perform(.remove, env)
    #expect(F.changes(asked).isEmpty)
    let confirm = try #require(F.confirm(asked))
    #expect(!confirm.focusOnConfirm)
    #expect(confirm.question.contains("E3-TEST"))
    #expect(confirm.question.contains("A9-TEST stays"))
    #expect(
      F.changes(screen.reply(.confirmed(tag: confirm.tag), env))
        == [.deleteMinuteEntry(F.entries[2].entry.id)])
  }

  @Test func carriedOverItemsTakeTheTriageMoves() throws {
    var screen = selecting(.carried(F.carried.item.id))
    #expect(screen.contexts == [.minutes, .triage, .list])
    let asked = screen.perform(.done, env)
    let prompt = try #require(F.prompt(asked))
    #expect(prompt.label.contains("A3-TEST"))
    #expect(
      F.changes(screen.reply(.text(tag: prompt.tag, "crew list checked"), env))
        == [.actions([F.carried.item.id], ActionChange(status: .done), note: "crew list checked")])
    #expect(F.prompt(screen.perform(.note, env)) != nil)
    #expect(F.messages(screen.perform(.edit, env)).first?.contains("d done") == true)
  }

  @Test func circulatingIsOneKeyAndApprovingAsksFirst() throws {
    var draft = F.editor()
    #expect(
      F.changes(draft.perform(.circulate, env))
        == [.changeMinutesState(meetingID: F.meetingID, .circulated)])
    let early = draft.perform(.approve, env)
    #expect(F.errors(early).first?.contains("circulate them before approving") == true)

    var circulated = F.editor(state: .circulated)
    let asked = circulated.perform(.approve, env)
    #expect(F.changes(asked).isEmpty)
    let confirm = try #require(F.confirm(asked))
    #expect(!confirm.focusOnConfirm)
    #expect(
      F.changes(circulated.reply(.confirmed(tag: confirm.tag), env))
        == [.changeMinutesState(meetingID: F.meetingID, .approved)])
  }

  @Test func approvedMinutesRefuseCorrectionsMovesAndDeletesWithTheStoresMessage() {
    for action in [ActionID.edit, .moveUp, .moveDown, .remove] {
      var screen = selecting(entry(1), state: .approved)
      let refused = screen.perform(action, env)
      #expect(F.changes(refused).isEmpty)
      #expect(F.confirm(refused) == nil)
      #expect(
        F.errors(refused).first
          == "the minutes of M4-TEST are approved and read-only; add a correction as an amendment")
      #expect(screen.line.editing == nil)
    }
  }

  @Test func attendanceIsOneKeyPerPersonAndGuestsComeFromThePicker() throws {
    let (detail, _, _) = MeetingFixtures.detail()
    var screen = MinutesAttendanceScreen(meetingID: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(detail), env)
    let first = detail.attendance[0].officer.id
    #expect(
      F.changes(screen.type(.char("e"), env) ?? [])
        == [.setAttendance(meetingID: detail.row.meeting.id, officerID: first, .excused)])
    // After the write, the cursor is on the next person, for a roll call.
    _ = screen.receive(.meetingDetail(detail), env)
    #expect(screen.cursor == 1)
    #expect(
      F.changes(screen.type(.char("a"), env) ?? []).first
        == .setAttendance(
          meetingID: detail.row.meeting.id, officerID: detail.attendance[1].officer.id, .absent))
    #expect(screen.type(.char("z"), env) == nil)

    let asked = screen.perform(.create, env)
    guard case .query(.officerChoices) = asked.first else {
      Issue.record("no officer query")
      return
    }
    let guest = F.ribeiro
    let listed = detail.attendance[0].officer
    let shown = screen.receive(
      .officerChoices(
        [guest, listed].map {
          OfficerChoice(officer: $0, organisationAcronym: "PJ", countryCode: "PT")
        }), env)
    guard case .overlay(.picker(let picker)) = shown.first else {
      Issue.record("no picker")
      return
    }
    // Those already on the list are not offered again.
    #expect(picker.items.map(\.id) == [guest.id.uuidString])
    #expect(
      F.changes(screen.reply(.picked(tag: picker.tag, id: guest.id.uuidString), env))
        == [.setAttendance(meetingID: detail.row.meeting.id, officerID: guest.id, .present)])
  }

  // MARK: - The store's move, played on values

  /// What `Writer.moveMinuteEntry` does: swap places with the neighbour in entry order and
  /// take its agenda item.
  static func storeMove(_ rows: [MinuteEntryRow], _ id: UUID, _ step: Int) -> [MinuteEntryRow] {
    var rows = rows.sorted { $0.entry.position < $1.entry.position }
    let index = rows.firstIndex { $0.entry.id == id }!
    var moved = rows[index].entry
    var other = rows[index + step].entry
    (moved.position, other.position) = (other.position, moved.position)
    moved.agendaItemID = other.agendaItemID
    rows[index] = MinuteEntryRow(entry: moved, authorHandle: "", action: nil)
    rows[index + step] = MinuteEntryRow(entry: other, authorHandle: "", action: nil)
    return rows.sorted { $0.entry.position < $1.entry.position }
  }

  /// The outline as ids, section by section (agenda item, or nil for other business).
  static func sections(_ detail: MeetingDetail) -> [[UUID]] {
    MinutesOutline(detail).sections.map { $0.entries.map(\.entry.id) }
  }

  /// What a move should show: a swap within the section, or the entry at the end (start) of
  /// the previous (next) section that has entries; nil at either end.
  static func shown(_ detail: MeetingDetail, moving id: UUID, by direction: Int) -> [[UUID]]? {
    var sections = sections(detail)
    let s = sections.firstIndex { $0.contains(id) }!
    let i = sections[s].firstIndex(of: id)!
    let j = i + direction
    if sections[s].indices.contains(j) {
      sections[s].swapAt(i, j)
      return sections
    }
    let others = direction < 0 ? Array((0..<s).reversed()) : Array((s + 1)..<sections.count)
    guard let t = others.first(where: { !sections[$0].isEmpty }) else { return nil }
    sections[s].remove(at: i)
    if direction < 0 { sections[t].append(id) } else { sections[t].insert(id, at: 0) }
    // An "Other business" section left empty is no longer shown.
    if MinutesOutline(detail).sections[s].agenda == nil, sections[s].isEmpty {
      sections.remove(at: s)
    }
    return sections
  }
}
