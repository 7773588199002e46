import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The minutes as Markdown and plain text: what they hold, and that text from records cannot
/// change their structure or reach the file raw.
@MainActor
@Suite("Minutes export")
struct MinutesExportFormatTests {
  typealias F = MeetingFixtures

  func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func markdownHasTheBannerAttendanceDecisionsAndActions() {
    let (detail, created, carried) = F.detail()
    let markdown = MinutesExport.render(detail, as: .markdown)
    let all = lines(markdown)
    #expect(all.first == "**TLP:AMBER · H0**")
    #expect(all.last(where: { !$0.isEmpty }) == "**TLP:AMBER · H0**")
    #expect(markdown.contains("# Minutes: Maritime picture — São Paulo"))
    #expect(markdown.contains("- **Meeting:** M7-TEST"))
    #expect(markdown.contains("- **Start:** "))
    #expect(markdown.contains("America/Bogota · 1 h 30"))
    #expect(markdown.contains("- **Chair:** gomez.l"))
    #expect(markdown.contains("- **Operations:** TF-MAR-2026-003 MARÉ ALTA"))
    #expect(markdown.contains("- **Minutes:** approved (read-only"))
    #expect(markdown.contains("- **Present (1):** Lucía Gómez (gomez.l, GC)"))
    #expect(markdown.contains("- **Excused (1):** 田中 Hiro (tanaka, NPA)"))
    #expect(markdown.contains("- **Absent:** —"))
    #expect(markdown.contains("- **Guests (1):** Kristiina Tamm (tamm, FRONTEX)"))
    #expect(markdown.contains("## Items from previous meeting"))
    #expect(markdown.contains(carried.item.title))
    #expect(markdown.contains("in progress · @silva.f · due 2026-03-01"))
    #expect(markdown.contains("### 1\\. Maritime picture"))
    #expect(markdown.contains("### 2\\. Asset recovery"))
    #expect(markdown.contains("- Information: Container from Santos to Rotterdam via 東京 📦"))
    #expect(markdown.contains("- **Decision:** Share the vessel list with Frontex under H1."))
    #expect(markdown.contains("- **Action:** Ask MAOC-N for the AIS history 🚢\\"))
    #expect(markdown.contains("  → A9-TEST · **@silva.f** · due 2026-04-01 · open"))
    #expect(markdown.contains("- *Amendment* · Information: Correction: the wallet is on TRON."))
    #expect(created.item.ref == "A9-TEST")
  }

  @Test func plainTextHasTheSameInWordsThatStandOut() {
    let (detail, _, _) = F.detail()
    let text = MinutesExport.render(detail, as: .text)
    let all = lines(text)
    #expect(all.first == "TLP:AMBER · H0")
    #expect(all.last(where: { !$0.isEmpty }) == "TLP:AMBER · H0")
    #expect(text.contains("MINUTES — Maritime picture — São Paulo"))
    #expect(text.contains("Meeting         M7-TEST"))
    #expect(text.contains("Present (1)     Lucía Gómez (gomez.l, GC)"))
    #expect(text.contains("Guests (1)      Kristiina Tamm (tamm, FRONTEX)"))
    #expect(text.contains("ITEMS FROM PREVIOUS MEETING"))
    #expect(text.contains("  DECISION      Share the vessel list with Frontex under H1."))
    #expect(text.contains("  ACTION        Ask MAOC-N for the AIS history 🚢"))
    #expect(text.contains("                → A9-TEST · open · @silva.f · due 2026-04-01"))
    #expect(text.contains("  information   (amendment) Correction: the wallet is on TRON."))
    #expect(MinutesExport.fileName(detail.row.meeting, .text) == "M7-TEST.txt")
  }

  @Test func exportCommandsReadAFormatAndAPath() {
    let (detail, _, _) = F.detail()
    let meeting = detail.row.meeting
    #expect(
      ExportRequest.parse("", force: false, meeting: meeting)
        == .success(ExportRequest(format: .markdown, path: "M7-TEST.md", force: false)))
    #expect(
      ExportRequest.parse("text", force: true, meeting: meeting)
        == .success(ExportRequest(format: .text, path: "M7-TEST.txt", force: true)))
    #expect(
      ExportRequest.parse("markdown ~/minutes of M7.md", force: false, meeting: meeting)
        == .success(ExportRequest(format: .markdown, path: "~/minutes of M7.md", force: false)))
    guard case .failure(let refusal) = ExportRequest.parse("pdf", force: false, meeting: meeting)
    else {
      Issue.record("pdf accepted")
      return
    }
    #expect(refusal.message.contains("md or text"))
    #expect(ExportFile.resolve("m.md", in: "/tmp/x").path == "/tmp/x/m.md")
    #expect(ExportFile.resolve("/srv/m.md", in: "/tmp/x").path == "/srv/m.md")
  }

  @Test func hostileRecordTextCannotChangeTheMarkdownOrReachItRaw() {
    let hostile =
      "# evil\n| pipe | table |\n|---|---|\n```\n<script>alert(1)</script> [link](http://x)"
      + "\u{1B}]0;pwned\u{07}\u{1B}[2J and\rCR\u{202E}txt.exe\n    indented code\n1. list\n---\n"
      + "&amp; *bold* _it_ ~~gone~~ `tick` \\"
    let (detail, _, _) = F.detail(entryText: hostile)
    let markdown = MinutesExport.render(detail, as: .markdown)
    for line in lines(markdown) {
      // Only the export's own headings start with `#`, and no line opens a table, a quote,
      // a fence, a rule, a list of its own or an indented code block.
      if line.hasPrefix("#") {
        #expect(line.hasPrefix("# Minutes: ") || line.hasPrefix("## ") || line.hasPrefix("### "))
      }
      #expect(!line.hasPrefix("|") && !line.hasPrefix("  |") && !line.hasPrefix(">"))
      #expect(!line.contains("```"))
      #expect(!line.hasPrefix("    "))
      #expect(!line.contains("<script>"))
    }
    #expect(markdown.contains("\\# evil"))
    #expect(markdown.contains("\\| pipe \\| table \\|"))
    #expect(markdown.contains("\\<script\\>"))
    #expect(markdown.contains("\\[link\\](http://x)"))
    #expect(markdown.contains("1\\. list"))
    #expect(markdown.contains("\\---"))
    #expect(markdown.contains("\\&amp; \\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\`tick\\` \\\\"))
    #expect(markdown.contains("␛\\]0;pwned␇␛\\[2J and␍CR‹RLO›txt.exe"))
    #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!markdown.contains("\u{202E}"))

    let text = MinutesExport.render(detail, as: .text)
    #expect(text.contains("# evil"))
    #expect(text.contains("␛]0;pwned␇␛[2J"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func theDemoMeetingExportsWithItsRealAttendanceAndActions() throws {
    let console = try ConsoleHarness()
    let past = try console.store.meetings(
      MeetingFilter(period: .past), now: ConsoleHarness.now, page: PageRequest(limit: 10)
    ).rows
    let row = try #require(past.first { $0.entries > 10 })
    let detail = try console.store.meetingDetail(row.meeting.id)
    let markdown = MinutesExport.render(detail, as: .markdown)
    let banner = MeetingDocument.markings(detail).dropFirst()
      .reduce(detail.row.meeting.markings) { $0.combined(with: $1) }.banner
    #expect(markdown.hasPrefix("**\(banner)**\n"))
    #expect(markdown.hasSuffix("**\(banner)**\n"))
    #expect(markdown.contains("- **Present ("))
    #expect(markdown.contains("**Decision:**"))
    let action = try #require(detail.entries.compactMap(\.action).first)
    #expect(markdown.contains("**@\(action.ownerHandle)**"))
    let text = MinutesExport.render(detail, as: .text)
    #expect(text.hasPrefix(banner + "\n"))
    #expect(text.contains("@\(action.ownerHandle)"))
  }

  @Test func exportFromTheEditorWritesAFileAndKeepsAnExistingOne() throws {
    let console = try ConsoleHarness(size: Size(width: 160, height: 30))
    let meeting = try #require(
      try console.store.meetings(
        MeetingFilter(period: .past), now: ConsoleHarness.now, page: PageRequest(limit: 1)
      ).rows.first)
    console.press(.char(":"))
    console.type("minutes \(meeting.meeting.ref)")
    console.press(.enter)
    let path = console.folder.appendingPathComponent("minutes é.md").path
    console.press(.char(":"))
    console.type("export md \(path)")
    console.press(.enter)
    #expect(console.statusBar.contains("wrote the minutes of \(meeting.meeting.ref) (Markdown)"))
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("**TLP:"))
    #expect(written.contains(meeting.meeting.ref))

    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    console.press(.char(":"))
    console.type("export md \(path)")
    console.press(.enter)
    #expect(console.statusBar.contains("already exists; :export! md"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    console.press(.char(":"))
    console.type("export! text \(path)")
    console.press(.enter)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("TLP:"))
    console.press(.char(":"))
    console.type("export pdf")
    console.press(.enter)
    #expect(console.statusBar.contains("export takes md or text"))
  }
}
