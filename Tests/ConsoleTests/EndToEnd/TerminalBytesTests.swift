import Foundation
import Fuzzing
import Testing

extension ConsoleEndToEndTests {
  /// Every line of the hostile corpus is put into records behind the program's back (as a
  /// tampered file or a bad merge would), the console is driven through every screen on a
  /// real pseudo-terminal, and the bytes it wrote are read: no control byte, escape or bidi
  /// override that came from the data reaches the terminal.
  @Test func noControlByteFromTheDataReachesTheTerminal() throws {
    let workspace = try Workspace("e2e-bytes")
    let corpus = FuzzText.corpusLines
    try #require(corpus.count > 20)
    // One action title, minute entry, officer name and operation summary per corpus line.
    func hex(_ text: String) -> String {
      "CAST(X'" + text.utf8.map { String(format: "%02X", $0) }.joined() + "' AS TEXT)"
    }
    var sql = ""
    for (index, line) in corpus.enumerated() {
      let value = hex(String(line.prefix(2_000)))
      sql += """
        UPDATE action_item SET title = \(value) WHERE rowid = (SELECT rowid FROM action_item
          WHERE status IN ('open', 'in-progress', 'blocked') ORDER BY rowid LIMIT 1 OFFSET \(index));
        UPDATE minute_entry SET text = \(value) WHERE rowid = (SELECT rowid FROM minute_entry
          ORDER BY rowid LIMIT 1 OFFSET \(index));
        UPDATE officer SET name = \(value) WHERE rowid = (SELECT rowid FROM officer
          ORDER BY rowid LIMIT 1 OFFSET \(index + 1));

        """
    }
    sql +=
      "UPDATE operation SET summary = \(hex(corpus.map { $0.prefix(200) }.joined(separator: " ")));"
    // Megabytes of SQL: read from a file, not passed as an argument.
    let script = workspace.folder.file("hostile.sql")
    try sql.write(toFile: script, atomically: true, encoding: .utf8)
    try workspace.sqlite(".read \(script)")
    // Every screen, lists scrolled, records opened with their tabs, a search, help.
    let keys = workspace.folder.file("tour.keys")
    try """
    1 j j enter ] ] ] ] ] ] esc G enter esc
    2 enter esc t enter esc
    3 j j j j enter esc v v v v v G g
    4 l j j j enter esc v
    5 type:a enter j j j esc
    ?
    """.write(toFile: keys, atomically: true, encoding: .utf8)
    let typescript = workspace.folder.file("typescript")
    let command =
      "\(LiaisonProcess.binary.path) --replay \(keys) --size terminal"
    var environment = workspace.environment
    environment.merge([
      "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color", "LC_ALL": "C.UTF-8",
      "PATH": "/usr/bin:/bin",
    ]) { $1 }
    let (status, output) = try Spawn.run(
      "/usr/bin/script", ["-qfec", command, typescript], environment: environment)
    try #require(status == 0, "the replay failed: \(output)")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: typescript)))
    try #require(bytes.count > 10_000, "the console should have drawn its screens")
    let text = String(decoding: bytes, as: UTF8.self)
    // The hostile text was on screen, as visible placeholders.
    #expect(text.contains("␛") && text.contains("‹RLO›"), "the corpus should have been shown")
    // What ncurses itself writes is ESC sequences, CR, LF, BS and TAB; never these.
    #expect(!bytes.contains(0x07), "a BEL (an OSC terminator from the data?)")
    #expect(!bytes.contains(0x00), "a NUL")
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let bidi =
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        || value == 0x200E || value == 0x200F || value == 0x061C
      let c1 = (0x80...0x9F).contains(value)
      if bidi || c1 {
        Issue.record("U+\(String(value, radix: 16, uppercase: true)) reached the terminal")
        break
      }
    }
    // OSC (ESC ]) and DCS (ESC P) are never used by the console: one here came from data.
    let escapes = zip(bytes, bytes.dropFirst()).filter { $0.0 == 0x1B }.map(\.1)
    #expect(!escapes.contains(UInt8(ascii: "]")), "an OSC sequence reached the terminal")
    #expect(!escapes.contains(UInt8(ascii: "P")), "a DCS sequence reached the terminal")
  }
}
