import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The entry line as pure updates: keys in, the line and the exact write out.
@MainActor
@Suite("Minutes editor: the entry line")
struct MinutesEditorTests {
  typealias F = MinutesFixtures
  let env = F.env

  @Test func aPrefixChoosesTheKindAtOnceAndTabCyclesIt() {
    var screen = F.editor()
    F.type("d ", into: &screen)
    #expect(screen.line.kind == .decision)
    #expect(screen.line.text.isEmpty)
    F.type("a ", into: &screen)
    #expect(screen.line.kind == .action)
    F.type("i ", into: &screen)
    #expect(screen.line.kind == .information)
    // Only at the start of the line: inside a sentence `a ` is a word.
    F.type("There is a d of", into: &screen)
    #expect(screen.line.kind == .information)
    #expect(screen.line.text == "There is a d of")

    var other = F.editor()
    _ = other.perform(.cycleKind, env)
    #expect(other.line.kind == .decision)
    _ = other.perform(.cycleKind, env)
    #expect(other.line.kind == .action)
    _ = other.perform(.cycleKind, env)
    #expect(other.line.kind == .information)
  }

  @Test func tabAfterAnAtCompletesHandlesAccentInsensitivelyAndCycles() {
    var screen = F.editor()
    F.type("a Call the harbour master @par", into: &screen)
    _ = screen.perform(.cycleKind, env)
    #expect(screen.line.text == "Call the harbour master @paredes.m")
    // Tab completed rather than changing the kind.
    #expect(screen.line.kind == .action)
    _ = screen.perform(.cycleKind, env)
    #expect(screen.line.text == "Call the harbour master @parra.j")
    _ = screen.perform(.cycleKind, env)
    #expect(screen.line.text == "Call the harbour master @paredes.m")
    // Elsewhere on the line, Tab goes back to choosing the kind.
    F.type(" now", into: &screen)
    _ = screen.perform(.cycleKind, env)
    #expect(screen.line.kind == .information)

    var accented = F.editor()
    F.type("a Ask @gonç", into: &accented)
    let said = accented.perform(.cycleKind, env)
    #expect(accented.line.text == "Ask @goncalves")
    #expect(F.messages(said).first?.contains("goncalves") == true)
    // A name works too: `@lucía` is Lucía Gómez.
    var named = F.editor()
    F.type("a Ask @LUCIA", into: &named)
    _ = named.perform(.cycleKind, env)
    #expect(named.line.text == "Ask @gomez.l")
  }

  @Test func enterAddsAnActionWithItsOwnerDueDateAndPriority() throws {
    var screen = F.editor()
    F.type("a Request AIS track of MV Esperanza @ribeiro due:fri !high", into: &screen)
    let effects = screen.perform(.submit, env)
    #expect(effects.count == 1)
    let written = try #require(F.changes(effects).first)
    #expect(
      written
        == .addMinuteEntry(
          meetingID: F.meetingID, kind: .action, text: "Request AIS track of MV Esperanza",
          agenda: "Asset recovery",
          action: ActionRequest(
            ownerID: F.ribeiro.id, due: try CalendarDate(iso: "2026-03-20"), priority: .high),
          amendment: false))
    // The line stays until the write is known to have gone through.
    #expect(!screen.line.isBlank)
    _ = screen.reload(env)
    #expect(screen.line.text.isEmpty)
    #expect(screen.line.kind == .information)
    #expect(screen.line.agenda == "Asset recovery")
  }

  @Test func informationAndDecisionsAreAddedAsTyped() {
    var screen = F.editor()
    F.type("d Share the vessel list with @tamm's team — São Paulo 🚢", into: &screen)
    #expect(
      F.changes(screen.perform(.submit, env))
        == [
          .addMinuteEntry(
            meetingID: F.meetingID, kind: .decision,
            text: "Share the vessel list with @tamm's team — São Paulo 🚢",
            agenda: "Asset recovery", action: nil, amendment: false)
        ])
    // A pasted line keeps its prefix; Enter reads it.
    var pasted = F.editor()
    _ = pasted.type(.paste("d Agreed to meet in Bogotá"), env)
    #expect(F.changes(pasted.perform(.submit, env)).first.map(F.kind) == .decision)
  }

  @Test func anUnknownOwnerIsRefusedAndTheLineKept() {
    var screen = F.editor()
    F.type("a Check the crew list @nobody due:fri", into: &screen)
    let effects = screen.perform(.submit, env)
    #expect(F.changes(effects).isEmpty)
    #expect(F.errors(effects).first?.contains("@nobody") == true)
    #expect(screen.line.text == "Check the crew list @nobody due:fri")
    #expect(screen.line.kind == .action)
    _ = screen.type(.char(" "), env)
    _ = screen.reload(env)
    #expect(screen.line.text == "Check the crew list @nobody due:fri ")

    var ambiguous = F.editor()
    F.type("a Call @par", into: &ambiguous)
    #expect(F.errors(ambiguous.perform(.submit, env)).first?.contains("paredes.m") == true)

    var ownerless = F.editor()
    F.type("a Check the crew list due:fri", into: &ownerless)
    #expect(F.errors(ownerless.perform(.submit, env)).first?.contains("needs an owner") == true)
  }

  @Test func dueDatesResolveAgainstTodayAndImpossibleOnesAreRefused() throws {
    var screen = F.editor()
    F.type("a Brief the boarding team @gomez.l due:+3d", into: &screen)
    guard
      case .addMinuteEntry(_, _, _, _, let action?, _) = F.changes(screen.perform(.submit, env))
        .first
    else {
      Issue.record("no action written")
      return
    }
    #expect(action.due == (try CalendarDate(iso: "2026-03-21")))

    var bad = F.editor()
    F.type("a Brief the boarding team @gomez.l due:2026-02-30", into: &bad)
    let refused = bad.perform(.submit, env)
    #expect(F.changes(refused).isEmpty)
    #expect(F.errors(refused).first?.contains("2026-02-30") == true)
    #expect(bad.line.text.hasSuffix("due:2026-02-30"))

    var misplaced = F.editor()
    F.type("Information with due:fri", into: &misplaced)
    #expect(
      F.errors(misplaced.perform(.submit, env)).first?.contains("only goes on an action") == true)
  }

  @Test func aHashLineChoosesTheAgendaHeading() {
    var screen = F.editor()
    F.type("# 1", into: &screen)
    #expect(F.changes(screen.perform(.submit, env)).isEmpty)
    #expect(screen.line.agenda == "Maritime picture")
    #expect(screen.line.text.isEmpty)
    F.type("# asset RECOVERY", into: &screen)
    _ = screen.perform(.submit, env)
    #expect(screen.line.agenda == "Asset recovery")
    F.type("# Judicial cooperation", into: &screen)
    let said = screen.perform(.submit, env)
    #expect(F.messages(said).first?.contains("added with the first of them") == true)
    F.type("Eurojust offered a coordination centre", into: &screen)
    guard
      case .addMinuteEntry(_, _, _, let agenda, _, _) = F.changes(screen.perform(.submit, env))
        .first
    else {
      Issue.record("no entry written")
      return
    }
    #expect(agenda == "Judicial cooperation")
  }

  /// The editor keeps its layout between keys (see `laidOut`): a reload, another agenda
  /// heading and another width each lay the minutes out again.
  @Test func theKeptLayoutFollowsReloadsHeadingsAndWidths() {
    func frame(_ screen: MinutesEditorScreen, width: Int = 80) -> String {
      var canvas = Canvas(
        buffer: ScreenBuffer(size: Size(width: width, height: 30)),
        area: Rect(Size(width: width, height: 30)))
      screen.render(&canvas, env)
      return canvas.buffer.plainText
    }
    var screen = F.editor()
    #expect(frame(screen).contains("Lady Esperanza changed flag"))
    let copy = screen
    let added = F.entry(4, F.agenda[1], .decision, "Ask Eurojust for a coordination centre")
    _ = screen.receive(.meetingDetail(F.detail(entries: F.entries + [added])), env)
    #expect(frame(screen).contains("Ask Eurojust for a coordination centre"))
    #expect(!frame(copy).contains("Ask Eurojust for a coordination centre"))
    // Where the next entry goes moves with the heading chosen on the line.
    let before = frame(screen)
    F.type("# 1", into: &screen)
    _ = screen.perform(.submit, env)
    #expect(screen.line.agenda == "Maritime picture")
    #expect(frame(screen) != before)
    var fresh = screen
    fresh.laidOut = LayoutCache()
    #expect(frame(screen) == frame(fresh))
    // A narrower terminal wraps the long entry onto more rows.
    let wide = frame(screen).split(separator: "\n").count {
      $0.contains("Lady") || $0.contains("months")
    }
    let narrow = frame(screen, width: 40).split(separator: "\n").count {
      $0.contains("Lady") || $0.contains("months")
    }
    #expect(wide == 1)
    #expect(narrow == 2)
  }

  @Test func theLineIsADraftUntilItIsAddedAndComesBackWhole() throws {
    var screen = F.editor()
    #expect(screen.draft == nil)
    F.type("# 1", into: &screen)
    _ = screen.perform(.submit, env)
    F.type("a Ask MAOC-N for the AIS history of 東京 Maru 🚢 @rib", into: &screen)
    let draft = try #require(screen.draft)
    #expect(draft.key == MinutesEditorScreen.draftPrefix + F.meetingID.uuidString)
    #expect(draft.description == "the entry line of M4-TEST's minutes")

    let restored = try #require(
      MinutesEditorScreen(restoring: Draft(key: draft.key, payload: draft.payload, savedAt: F.now)))
    #expect(restored.meetingID == F.meetingID)
    #expect(restored.line.text == "Ask MAOC-N for the AIS history of 東京 Maru 🚢 @rib")
    #expect(restored.line.kind == .action)
    #expect(restored.line.agenda == "Maritime picture")
    #expect(restored.line.field.cursor == restored.line.text.count)
    #expect(restored.focus == .line)
    #expect(restored.draft?.payload == draft.payload)
    #expect(
      MinutesEditorScreen(restoring: Draft(key: "form:x", payload: "", savedAt: F.now)) == nil)
  }

  @Test func approvedMinutesTakeWhatIsTypedAsAnAmendment() {
    var screen = F.editor(state: .approved)
    F.type("Correction: the wallet is on TRON", into: &screen)
    #expect(
      F.changes(screen.perform(.submit, env))
        == [
          .addMinuteEntry(
            meetingID: F.meetingID, kind: .information, text: "Correction: the wallet is on TRON",
            agenda: "Asset recovery", action: nil, amendment: true)
        ])
    #expect(screen.hint(screen.meeting, env).contains("amendment"))
  }

  @Test func escapeAndUpOnAnEmptyLineMoveToTheListAndBack() {
    var screen = F.editor()
    #expect(screen.type(.up, env) != nil)
    #expect(screen.focus == .list)
    // The newest entry is selected first.
    #expect(screen.selection == .entry(F.entries[2].entry.id))
    #expect(screen.contexts == [.minutes, .list])
    #expect(screen.type(.char("i"), env) != nil)
    #expect(screen.focus == .line)
    _ = screen.type(.escape, env)
    #expect(screen.focus == .list)
    _ = screen.perform(.submit, env)
    #expect(screen.focus == .line)
    // With text on the line, leaving the list goes back to the line instead of losing it.
    F.type("half a sentence", into: &screen)
    _ = screen.type(.escape, env)
    #expect(screen.focus == .list)
    let kept = screen.type(.escape, env)
    #expect(screen.focus == .line)
    #expect(F.messages(kept ?? []).first?.contains("unsaved") == true)
    // On an empty list-less line, `:` opens the command line rather than typing.
    var empty = F.editor()
    #expect(empty.type(.char(":"), env) == nil)
  }
}
