import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The meeting read view: what it shows, how it scrolls over wrapped rows, what Enter opens.
@MainActor
@Suite("Meeting detail")
struct MeetingDetailTests {
  typealias F = MeetingFixtures

  func loaded() -> (MeetingDetailScreen, created: ActionRow, carried: ActionRow) {
    let (detail, created, carried) = F.detail()
    var screen = MeetingDetailScreen(id: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(detail), F.env)
    return (screen, created, carried)
  }

  func text(_ screen: MeetingDetailScreen) -> [String] { screen.text.lines.map(\.plainText) }

  func draw(_ screen: MeetingDetailScreen, _ size: Size = Size(width: 80, height: 21)) -> String {
    var canvas = Canvas(buffer: ScreenBuffer(size: size), area: Rect(size))
    screen.render(&canvas, F.env)
    return canvas.buffer.plainText
  }

  @Test func asksForTheMeetingWhenOpenedAndOnReload() {
    let id = UUID()
    var screen = MeetingDetailScreen(id: id)
    guard case .query(.meetingDetail(id)) = screen.start(F.env).first else {
      Issue.record("no meeting query")
      return
    }
    guard case .query(.meetingDetail(id)) = screen.reload(F.env).first else {
      Issue.record("no reload query")
      return
    }
  }

  @Test func showsHeaderAttendanceCarriedOverItemsAndMinutes() {
    let (screen, _, _) = loaded()
    let lines = text(screen).joined(separator: "\n")
    #expect(lines.contains("M7-TEST  Maritime picture — São Paulo"))
    #expect(lines.contains("Bogotá, DIJIN · video call"))
    #expect(lines.contains("America/Bogota · 1 h 30"))
    #expect(lines.contains("approved — read-only"))
    #expect(lines.contains("Attendance · 2 present, 1 excused"))
    #expect(lines.contains("Kristiina Tamm") && lines.contains("present · guest"))
    #expect(lines.contains("Items from previous meeting · 1 open"))
    #expect(lines.contains("A3-TEST   Check the crew list"))
    #expect(lines.contains("in progress · silva.f · due 2026-03-01 (overdue)"))
    #expect(lines.contains("1. Maritime picture"))
    #expect(lines.contains("2. Asset recovery"))
    #expect(lines.contains("information  Container from Santos to Rotterdam via 東京 📦"))
    #expect(lines.contains("decision     Share the vessel list"))
    #expect(lines.contains("→ A9-TEST · open · silva.f · due 2026-04-01"))
    #expect(lines.contains("amendment: Correction"))
    #expect(screen.title == "Meeting M7-TEST")
  }

  @Test func enterOnAnActionLineOpensTheAction() {
    var (screen, created, carried) = loaded()
    #expect(screen.perform(.open, F.env).isEmpty)
    var opened: [UUID] = []
    for _ in 0..<80 {
      _ = screen.perform(.down, F.env)
      for effect in screen.perform(.open, F.env) {
        if case .push(let pushed) = effect, let action = pushed as? ActionDetailScreen {
          if opened.last != action.id { opened.append(action.id) }
        }
      }
    }
    #expect(opened == [carried.item.id, created.item.id])
  }

  @Test func movesOverWrappedRowsAndStopsAtTheEnds() {
    let long = String(repeating: "Bogotá 東京 🚢 ", count: 30)
    let (detail, _, _) = F.detail(entryText: long)
    var screen = MeetingDetailScreen(id: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(detail), F.env)
    _ = draw(screen)
    _ = screen.perform(.bottom, F.env)
    let last = screen.position!
    _ = screen.perform(.down, F.env)
    #expect(screen.position == last)
    _ = screen.perform(.top, F.env)
    #expect(screen.position?.hasPrefix("1/") == true)
    _ = screen.perform(.pageDown, F.env)
    #expect(screen.position?.hasPrefix("21/") == true)
    // The long entry takes several rows: its text is read a row at a time.
    let rows = Int(last.split(separator: "/")[1])!
    #expect(rows > screen.text.lines.count)
  }

  /// The wrapped rows are kept between keys (see `ScrollingText.wrapped`): they must follow
  /// a reload, a resize, and stay with the text of a copy.
  @Test func wrappedRowsFollowReloadsResizesAndCopies() {
    func rows(_ screen: MeetingDetailScreen) -> Int {
      Int(screen.position!.split(separator: "/")[1])!
    }
    let long = String(repeating: "Bogotá 東京 🚢 ", count: 30)
    let (detail, _, _) = F.detail(entryText: long)
    var screen = MeetingDetailScreen(id: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(detail), F.env)
    _ = draw(screen)
    let wide = rows(screen)
    _ = draw(screen, Size(width: 40, height: 21))
    let narrow = rows(screen)
    #expect(narrow > wide)
    _ = draw(screen)
    #expect(rows(screen) == wide)
    // A copy keeps the rows of its text when the screen reloads with another.
    let before = screen
    let entries = detail.entries.map { row in
      var entry = row.entry
      if entry.text == long { entry.text = "Kurz: Zoll in Hamburg" }
      return MinuteEntryRow(entry: entry, authorHandle: row.authorHandle, action: row.action)
    }
    let short = MeetingDetail(
      row: detail.row, operations: detail.operations, attendance: detail.attendance,
      agenda: detail.agenda, entries: entries, carriedOver: detail.carriedOver)
    _ = screen.receive(.meetingDetail(short), F.env)
    #expect(rows(screen) < wide)
    #expect(rows(before) == wide)
    _ = screen.perform(.bottom, F.env)
    let frame = draw(screen, Size(width: 80, height: 60))
    #expect(frame.contains("Kurz: Zoll in Hamburg"))
    #expect(!frame.contains("🚢 Bogotá"))
    #expect(draw(before, Size(width: 80, height: 60)).contains("🚢 Bogotá"))
  }

  @Test func wrapsByDisplayColumnsNeverInsideACharacter() {
    let line = DetailLine(
      [DetailSpan("information  "), DetailSpan(String(repeating: "東京🚢São ", count: 12))],
      hang: 13)
    for width in [20, 21, 33, 80] {
      let rows = DetailWrap.rows(line, width: width)
      #expect(rows.count > 1)
      for (index, row) in rows.enumerated() {
        #expect(DetailWrap.width(row) <= width)
        // Continuation rows keep under the text, when that leaves half the width for it.
        if index > 0, width >= 26 {
          #expect(row.first?.text.hasPrefix(String(repeating: " ", count: 13)) == true)
        }
      }
      let joined = rows.map { $0.map(\.text).joined() }.joined()
      #expect(joined.filter { $0 == "東" }.count == 12)
      #expect(joined.filter { $0 == "🚢" }.count == 12)
    }
    // A word longer than a row is cut between characters.
    let word = DetailWrap.rows(DetailLine(String(repeating: "東", count: 9)), width: 5)
    #expect(word.map { $0.map(\.text).joined() } == ["東東", "東東", "東東", "東東", "東"])
  }

  /// Paragraphs are split on the line-feed byte; the same lines as split by characters.
  @Test func paragraphsSplitWhereCharactersSplit() {
    var texts = HostileText.corpus.map(\.text)
    #expect(!texts.isEmpty)
    texts += ["one\r\ntwo", "\n\nlead", "tail\n\n", "e\u{301}\n\u{301}x", "🇵🇹\n👨‍👩‍👧\n東京", ""]
    for text in texts {
      let expected = TextSanitizer.lines(text).split(
        separator: "\n", omittingEmptySubsequences: false)
      var lines = expected.enumerated().map { index, piece in
        (index == 0 ? "• " : "    ") + piece
      }
      while lines.count > 1, lines.last == "    " { lines.removeLast() }
      let made = DetailLine.paragraphs(text, indent: 4, lead: [DetailSpan("• ")])
      #expect(made.map(\.plainText) == lines, "\(text.debugDescription)")
    }
  }

  @Test func hostileTextIsShownNotObeyed() {
    let (detail, _, _) = F.detail(entryText: "SAFE\rEVIL \u{1B}]0;pwned\u{07}")
    var screen = MeetingDetailScreen(id: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(detail), F.env)
    let frame = draw(screen, Size(width: 80, height: 60))
    #expect(frame.contains("SAFE␍EVIL"))
    #expect(!frame.contains("\u{1B}"))
  }

  @Test func findMovesToTheNextLineWithTheText() {
    var (screen, _, _) = loaded()
    _ = screen.reply(.text(tag: "find", "tokyo"), F.env)
    _ = screen.reply(.text(tag: "find", "東京"), F.env)
    #expect(screen.text.lines[screen.text.currentLine].plainText.contains("東京"))
    let none = screen.perform(.nextMatch, F.env)
    #expect(none.contains { if case .error = $0 { true } else { false } })
  }

  @Test func theBannerCoversEveryMarkingInTheMeeting() {
    let (detail, _, _) = F.detail()
    let red = Markings(handling: .h2, tlp: .red)
    let entries = detail.entries.enumerated().map { index, row in
      var entry = row.entry
      if index == 1 { entry.markings = red }
      return MinuteEntryRow(entry: entry, authorHandle: row.authorHandle, action: row.action)
    }
    let marked = MeetingDetail(
      row: detail.row, operations: detail.operations, attendance: detail.attendance,
      agenda: detail.agenda, entries: entries, carriedOver: detail.carriedOver)
    var screen = MeetingDetailScreen(id: detail.row.meeting.id)
    _ = screen.receive(.meetingDetail(marked), F.env)
    #expect(screen.markings.contains(red))
    #expect(
      text(screen).contains { $0.contains("Share the vessel list") && $0.contains("TLP:RED") })
  }
}
