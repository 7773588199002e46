import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Every triage move as a pure update: keys and overlay answers in, the exact write out.
@MainActor
@Suite("Triage moves on the board")
struct ActionsTriageTests {
  typealias F = ActionsFixture
  let env = F.env()
  let rows = [F.row(1), F.row(2, dueIn: 3), F.row(3, status: .blocked), F.row(4, dueIn: nil)]

  @Test func nextStatusCyclesOpenInProgressBlockedOpen() {
    var screen = F.board(rows)
    let first = F.writes(screen.perform(.nextStatus, env))
    #expect(first.count == 1)
    #expect(first.first?.ids == [rows[0].item.id])
    #expect(first.first?.change == ActionChange(status: .inProgress))
    #expect(first.first?.note == nil)
    #expect(TriageMove.status(after: .inProgress) == .blocked)
    _ = screen.perform(.down, env)
    _ = screen.perform(.down, env)
    let blocked = F.writes(screen.perform(.nextStatus, env))
    #expect(blocked.first?.ids == [rows[2].item.id])
    #expect(blocked.first?.change == ActionChange(status: .open))
  }

  @Test func reopeningADoneItemNeedsANote() {
    let done = F.row(9, status: .done)
    var screen = F.board([done])
    let asked = screen.perform(.nextStatus, env)
    #expect(F.writes(asked).isEmpty)
    let prompt = try! #require(F.prompt(asked))
    #expect(prompt.label.contains("Reopen A9-TEST as open"))
    // An empty note asks again, saying why.
    let again = screen.reply(.text(tag: prompt.tag, "  "), env)
    #expect(F.writes(again).isEmpty)
    #expect(F.prompt(again)?.tag == prompt.tag)
    #expect(F.errors(again).first?.contains("a note is required") == true)
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "lab results came back"), env))
    #expect(written.first?.change == ActionChange(status: .open))
    #expect(written.first?.note == "lab results came back")
  }

  @Test func doneAsksForAnOptionalNote() {
    var screen = F.board(rows)
    let asked = screen.perform(.done, env)
    let prompt = try! #require(F.prompt(asked))
    #expect(prompt.label.contains("optional"))
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "sent"), env))
    #expect(written.count == 1)
    #expect(written.first?.ids == [rows[0].item.id])
    #expect(written.first?.change == ActionChange(status: .done))
    #expect(written.first?.note == "sent")
    #expect(written.first?.done == "A1-TEST done")

    _ = screen.perform(.done, env)
    let silent = F.writes(screen.reply(.text(tag: prompt.tag, ""), env))
    #expect(silent.first?.change == ActionChange(status: .done))
    #expect(silent.first?.note == nil)
  }

  @Test func aMoveAppliesToEveryMarkedRow() {
    var screen = F.board(rows)
    _ = screen.perform(.mark, env)  // marks row 1, steps to row 2
    _ = screen.perform(.down, env)
    _ = screen.perform(.mark, env)  // marks row 3
    #expect(screen.position?.contains("2 marked") == true)
    let prompt = try! #require(F.prompt(screen.perform(.done, env)))
    #expect(prompt.label.contains("2 items"))
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "closed at the meeting"), env))
    #expect(written.count == 1)
    #expect(written.first?.ids == [rows[0].item.id, rows[2].item.id])
    #expect(written.first?.done == "2 items done")
  }

  @Test func postponeOffersADayAWeekOrADate() {
    var screen = F.board([F.row(1, dueIn: 3)])
    let picker = try! #require(F.picker(screen.perform(.postpone, env)))
    #expect(picker.items.map(\.label) == ["+1 day", "+1 week", "a date…"])
    #expect(picker.items[1].detail == "due 2026-03-28")
    let written = F.writes(screen.reply(.picked(tag: picker.tag, id: "+1w"), env))
    #expect(written.count == 1)
    #expect(written.first?.change == ActionChange(due: .some(F.today.adding(days: 10))))
  }

  @Test func postponingAnOverdueItemCountsFromToday() {
    var screen = F.board([F.row(1, dueIn: -20)])
    let picker = try! #require(F.picker(screen.perform(.postpone, env)))
    let written = F.writes(screen.reply(.picked(tag: picker.tag, id: "+1d"), env))
    #expect(written.first?.change == ActionChange(due: .some(F.today.adding(days: 1))))
  }

  @Test func postponingItemsDueOnDifferentDaysMovesEachBySevenDays() {
    var screen = F.board([F.row(1, dueIn: 2), F.row(2, dueIn: 5), F.row(3, dueIn: 2)])
    for _ in 0..<3 { _ = screen.perform(.mark, env) }
    let picker = try! #require(F.picker(screen.perform(.postpone, env)))
    #expect(picker.items[1].detail == "each due date later by a week")
    let written = F.writes(screen.reply(.picked(tag: picker.tag, id: "+1w"), env))
    #expect(written.count == 2)
    #expect(written[0].change == ActionChange(due: .some(F.today.adding(days: 9))))
    #expect(written[0].ids.count == 2)
    #expect(written[1].change == ActionChange(due: .some(F.today.adding(days: 12))))
  }

  @Test func postponeToADateReasksUntilTheDateReads() {
    var screen = F.board(rows)
    let picker = try! #require(F.picker(screen.perform(.postpone, env)))
    let prompt = try! #require(F.prompt(screen.reply(.picked(tag: picker.tag, id: "date"), env)))
    let again = screen.reply(.text(tag: prompt.tag, "next blue moon"), env)
    #expect(F.writes(again).isEmpty)
    let reasked = try! #require(F.prompt(again))
    #expect(reasked.field.text == "next blue moon")
    #expect(F.errors(again).first?.contains("is not a date") == true)
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "fri"), env))
    #expect(written.first?.change == ActionChange(due: .some(F.today.adding(days: 2))))
    _ = screen.perform(.postpone, env)
    _ = screen.reply(.picked(tag: picker.tag, id: "date"), env)
    let cleared = F.writes(screen.reply(.text(tag: prompt.tag, "none"), env))
    #expect(cleared.first?.change == ActionChange(due: .some(nil)))
  }

  @Test func reassignPicksFromTheOfficers() {
    var screen = F.board(rows)
    let asked = screen.perform(.reassign, env)
    #expect(F.queries(asked) == [.officerChoices])
    let gomez = Officer(
      handle: "gomez.l", name: "Lucía Gómez", organisationID: UUID(), countryID: UUID(),
      role: .participant)
    let choices = [
      OfficerChoice(officer: F.officer, organisationAcronym: "PJ", countryCode: "PT"),
      OfficerChoice(officer: gomez, organisationAcronym: "CNP", countryCode: "ES"),
    ]
    var picker = try! #require(F.picker(screen.receive(.officerChoices(choices), env)))
    #expect(picker.items.map(\.label) == ["Ana Ribeiro", "Lucía Gómez"])
    for character in "gomez" { _ = picker.handle(.char(character)) }
    #expect(picker.shown.map(\.id) == [gomez.id.uuidString])
    let written = F.writes(screen.reply(.picked(tag: picker.tag, id: gomez.id.uuidString), env))
    #expect(written.first?.change == ActionChange(ownerID: gomez.id))
    #expect(written.first?.done == "A1-TEST reassigned to gomez.l")
  }

  @Test func priorityPicksOneOfFour() {
    var screen = F.board([F.row(1, priority: .high)])
    let picker = try! #require(F.picker(screen.perform(.priority, env)))
    #expect(picker.items.map(\.id) == ["urgent", "high", "normal", "low"])
    #expect(picker.cursor == 1)
    let written = F.writes(screen.reply(.picked(tag: picker.tag, id: "urgent"), env))
    #expect(written.first?.change == ActionChange(priority: .urgent))
  }

  @Test func aNoteIsAddedAloneAndAnEmptyNoteDoesNothing() {
    var screen = F.board(rows)
    let prompt = try! #require(F.prompt(screen.perform(.note, env)))
    let nothing = screen.reply(.text(tag: prompt.tag, "   "), env)
    #expect(F.writes(nothing).isEmpty)
    #expect(F.messages(nothing) == ["nothing noted"])
    _ = screen.perform(.note, env)
    let written = F.writes(screen.reply(.text(tag: prompt.tag, "called the liaison desk"), env))
    #expect(written.first?.change == ActionChange())
    #expect(written.first?.note == "called the liaison desk")
  }

  @Test func dropAsksWithCancelFocusedAndNamesTheCount() {
    var screen = F.board(rows)
    _ = screen.perform(.mark, env)
    _ = screen.perform(.mark, env)
    let asked = screen.perform(.drop, env)
    #expect(F.writes(asked).isEmpty)
    guard case .confirm(let confirm) = F.overlay(asked) else {
      Issue.record("drop did not ask")
      return
    }
    #expect(confirm.focusOnConfirm == false)
    #expect(confirm.question == "Drop 2 action items (A1-TEST, A2-TEST)?")
    let written = F.writes(screen.reply(.confirmed(tag: confirm.tag), env))
    #expect(written.first?.ids == [rows[0].item.id, rows[1].item.id])
    #expect(written.first?.change == ActionChange(status: .dropped))
  }

  @Test func readOnlyRefusesEveryMove() {
    let readOnly = F.env(readOnly: true)
    var screen = F.board(rows, env: readOnly)
    for action in TriageMove.actions {
      let effects = screen.perform(action, readOnly)
      #expect(F.writes(effects).isEmpty)
      #expect(F.overlay(effects) == nil)
      #expect(F.errors(effects).first?.hasPrefix("read-only") == true)
    }
  }

  @Test func anEmptyListHasNothingToMove() {
    var screen = F.board([])
    let effects = screen.perform(.done, env)
    #expect(F.overlay(effects) == nil)
    #expect(F.messages(effects) == ["no action item here to change"])
  }
}
