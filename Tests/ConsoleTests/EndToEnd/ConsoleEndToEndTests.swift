import Foundation
import Testing

/// The real binary in a real terminal (tmux): what an officer would see and do.
@Suite("The console in a terminal", .enabled(if: TmuxSession.isAvailable))
struct ConsoleEndToEndTests {
  /// A copy of the demo database in a fresh folder, with a private HOME.
  final class Workspace: Sendable {
    let folder: ScratchFolder
    let database: String
    var environment: [String: String] {
      ["HOME": folder.path, "XDG_CONFIG_HOME": folder.file("config"), "LIAISON_DB": database]
    }

    init(_ label: String) throws {
      folder = try ScratchFolder(label)
      database = folder.file("liaison.sqlite")
      try FileManager.default.copyItem(atPath: try ConsoleHarness.template(), toPath: database)
    }

    /// The first column of each row a query gives, through the `sqlite3` tool.
    func query(_ sql: String) throws -> [String] {
      let (status, output) = try Spawn.run("/usr/bin/sqlite3", [database, sql])
      guard status == 0 else {
        throw TmuxSession.Failure(description: "sqlite3 failed on \(sql): \(output)")
      }
      return output.split(separator: "\n").map(String.init)
    }

    func sqlite(_ sql: String) throws {
      let (status, output) = try Spawn.run("/usr/bin/sqlite3", [database, sql])
      guard status == 0 else {
        throw TmuxSession.Failure(description: "sqlite3 failed on \(sql): \(output)")
      }
    }
  }

  @Test func launchSwitchScreensHelpResizeAndQuit() throws {
    let workspace = try Workspace("e2e-tour")
    let session = try TmuxSession(environment: workspace.environment)
    try session.waitFor("1 Operations")
    try session.waitFor("TF-MAR-")
    for (key, title) in [("2", "Meetings"), ("3", "Actions"), ("4", "Directory"), ("5", "Search")] {
      try session.press(key)
      try session.waitUntil("the status bar to name \(title)") {
        $0.split(separator: "\n").last?.contains(title) == true
      }
    }
    // The search field has the keys; Tab leaves it for the next screen, which wraps to 1.
    try session.press("Tab")
    try session.waitUntil("the status bar to name Operations") {
      $0.split(separator: "\n").last?.contains("Operations") == true
    }
    try session.press("?")
    try session.waitFor("keys (Esc closes)")
    try session.press("Escape")
    try session.waitUntil("the help to close") { !$0.contains("keys (Esc closes)") }
    try session.resize(width: 60, height: 20)
    try session.waitFor("terminal too small — need 80×24")
    try session.resize(width: 100, height: 30)
    try session.waitFor("TF-MAR-")
    try session.press("Q")
    let screen = try session.waitFor("EXITED:0")
    #expect(!screen.contains("1 Operations"), "the console's screen should be gone after quitting")
    // Its connections closed, the log is in the file and gone from beside it.
    #expect(!FileManager.default.fileExists(atPath: workspace.database + "-wal"))
  }

  @Test func triageAnActionThenFindItDoneOnTheCommandLine() throws {
    let workspace = try Workspace("e2e-triage")
    let session = try TmuxSession(environment: workspace.environment, width: 120, height: 40)
    try session.waitFor("TF-MAR-")
    try session.press("3")
    let board = try session.waitUntil("the board to list actions") {
      $0.split(separator: "\n").last?.contains("Actions") == true
        && $0.range(of: #"A\d+-K6M0"#, options: .regularExpression) != nil
    }
    // The first item under the cursor is the one the move applies to.
    let row = try #require(
      board.split(separator: "\n").first {
        $0.range(of: #"^  A\d+-K6M0"#, options: .regularExpression) != nil
      })
    let ref = String(row.split(separator: " ")[0])
    try session.press("d")
    try session.waitFor("Done")
    try session.type("sent to MAOC-N — São Paulo")
    try session.press("Enter")
    try session.waitFor("done")
    try session.press("Q")
    try session.waitFor("EXITED:0")
    let (status, result) = try Spawn.run(
      LiaisonProcess.binary.path, ["action", "show", ref, "--json"],
      environment: workspace.environment.merging(["LC_ALL": "C.UTF-8"]) { $1 })
    #expect(status == 0, "\(result)")
    #expect(result.contains("\"status\" : \"done\"") || result.contains("\"status\": \"done\""))
    #expect(result.contains("sent to MAOC-N — São Paulo"))
  }

  @Test func controlCQuitsAndRestoresTheTerminal() throws {
    let workspace = try Workspace("e2e-ctrl-c")
    let session = try TmuxSession(environment: workspace.environment)
    try session.waitFor("TF-MAR-")
    try session.press("C-c")
    try session.waitFor("EXITED:0")
    #expect(!FileManager.default.fileExists(atPath: workspace.database + "-wal"))
  }

  @Test(arguments: [("TERM", 143), ("HUP", 129)])
  func aSignalRestoresTheTerminalAndExitsAsKilled(signal: String, status: Int) throws {
    let workspace = try Workspace("e2e-sig\(signal)")
    let session = try TmuxSession(environment: workspace.environment)
    try session.waitFor("TF-MAR-")
    try session.signal(signal)
    let screen = try session.waitFor("EXITED:\(status)")
    #expect(!screen.contains("1 Operations"), "the console's screen should be gone")
    #expect(!FileManager.default.fileExists(atPath: workspace.database + "-wal"))
  }

  @Test func hostileTextInARecordCannotTakeOverTheTerminal() throws {
    let workspace = try Workspace("e2e-hostile")
    // What a merge from another laptop or a tampered file could hold: an OSC title change,
    // a screen clear, a carriage return that would overwrite, a bidi override.
    try workspace.sqlite(
      """
      UPDATE operation SET codename = 'PWN' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J'
        WHERE code = (SELECT min(code) FROM operation WHERE status <> 'archived');
      UPDATE operation SET codename = 'SAFE' || char(13) || 'EVIL'
        WHERE code = (SELECT max(code) FROM operation WHERE status <> 'archived');
      """)
    let session = try TmuxSession(environment: workspace.environment, width: 120, height: 30)
    let screen = try session.waitFor("SAFE␍EVIL")
    #expect(screen.contains("PWN␛]0;pwned␇␛[2J") || screen.contains("PWN␛]0;pwned"))
    #expect(screen.contains("1 Operations"), "the screen must not have been cleared")
    #expect(try session.title() != "pwned")
    try session.press("Q")
    try session.waitFor("EXITED:0")
  }

  @Test func anEmptyDatabaseWelcomesAndLoadsTheDemo() throws {
    let folder = try ScratchFolder("e2e-welcome")
    let environment = [
      "HOME": folder.path, "XDG_CONFIG_HOME": folder.file("config"),
      "LIAISON_DB": folder.file("new.sqlite"),
    ]
    let session = try TmuxSession(environment: environment)
    try session.waitFor("Welcome to liaison")
    try session.press("d")
    try session.waitFor("loaded the demo network", timeout: 60)
    try session.waitFor("TF-MAR-")
    try session.press("Q")
    try session.waitFor("EXITED:0")
  }

  /// How a session can end without the officer quitting: a signal (with the exit status the
  /// shell reports), or the terminal window closing under it.
  enum SuddenEnd: CustomStringConvertible, Sendable {
    case signal(String, status: Int)
    case closedTerminal
    var description: String {
      switch self {
      case .signal(let name, _): "SIG\(name)"
      case .closedTerminal: "closed terminal"
      }
    }
  }

  /// The promise that no line of minutes is lost: what is typed and not yet added survives
  /// `kill -9`, a dropped SSH session (SIGHUP) and a closed terminal, and comes back on the
  /// next start, in the same place; also while other processes write to the file and search
  /// it without pause, so that every draft save waits for the lock.
  @Test(
    arguments: [
      SuddenEnd.signal("KILL", status: 137), .signal("HUP", status: 129), .closedTerminal,
    ], [false, true])
  func aLineBeingTypedSurvives(_ end: SuddenEnd, underLoad: Bool) throws {
    // A demo loaded today, so the meetings list opens on upcoming meetings with draft minutes.
    let label = "e2e-draft-\(end)\(underLoad ? "-load" : "")"
    let workspace = try Workspace(label.replacingOccurrences(of: " ", with: "-"))
    try FileManager.default.removeItem(atPath: workspace.database)
    let (status, output) = try Spawn.run(
      LiaisonProcess.binary.path, ["demo", "--db", workspace.database],
      environment: workspace.environment.merging(["LC_ALL": "C.UTF-8"]) { $1 })
    try #require(status == 0, "liaison demo failed: \(output)")
    let load = underLoad ? try Load(workspace) : nil
    defer { load?.stop() }
    let line = "a Ask MAOC-N for the AIS history of 東京 Maru 🚢 — São Luís"
    let first = try TmuxSession(environment: workspace.environment, width: 120, height: 35)
    try first.waitFor("TF-MAR-")
    try first.press("2")
    try first.waitUntil("the meetings list") {
      $0.split(separator: "\n").last?.contains("Meetings") == true
    }
    try first.press("m")
    try first.waitFor("entry line")
    try first.type(line)
    try first.waitFor("action ▸ Ask MAOC-N for the AIS history of 東京 Maru 🚢 — São Luís")
    // The draft is saved within half a second of the last key; wait until all of it is on
    // disk (an earlier save may hold only the first letters).
    try waitForDraft(workspace, containing: "São Luís")
    switch end {
    case .signal(let name, let status):
      try first.signal(name)
      try first.waitFor("EXITED:\(status)")
    case .closedTerminal:
      try first.closeTerminal()
    }

    if let load { #expect(load.writes > 0, "the writer should have written meanwhile") }

    let second = try TmuxSession(environment: workspace.environment, width: 120, height: 35)
    try second.waitFor("recovered what was being typed: the entry line of")
    try second.waitFor("action ▸ Ask MAOC-N for the AIS history of 東京 Maru 🚢 — São Luís")
    // Escape moves to the list (wait for it: Escape and Q within the escape delay read as Alt-Q).
    try second.press("Escape")
    try second.waitFor("Esc leave")
    try second.press("Q")
    try second.waitFor("EXITED:0")
  }

  /// Other officers' work on the same file: a writer adding notes to an item and a reader
  /// searching, each as fast as it can, until stopped. Each writes what it managed to a file.
  final class Load {
    private let processes: [Process]
    let acknowledged: String

    init(_ workspace: Workspace) throws {
      let (status, listed) = try Spawn.run(
        LiaisonProcess.binary.path,
        ["action", "list", "--db", workspace.database, "--limit", "1", "--json"],
        environment: workspace.environment)
      guard status == 0,
        let reference = listed.split(separator: "\"").drop(while: { $0 != "ref" }).dropFirst(2)
          .first
      else { throw TmuxSession.Failure(description: "no action to load: \(listed)") }
      acknowledged = workspace.folder.file("load-acks")
      let loops = [
        #"i=0; while true; do i=$((i+1)); "$0" --db "$1" action note "$2" "load $i" >/dev/null 2>&1 && echo $i >>"$3"; done"#,
        #"while true; do "$0" --db "$1" search container >/dev/null 2>&1; done"#,
      ]
      processes = loops.map { loop in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
          "-c", loop, LiaisonProcess.binary.path, workspace.database, String(reference),
          workspace.folder.file("load-acks"),
        ]
        process.environment = workspace.environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
        return process
      }
      for process in processes { try process.run() }
    }

    func stop() {
      for process in processes where process.isRunning {
        kill(-process.processIdentifier, SIGKILL)
        process.terminate()
        process.waitUntilExit()
      }
    }

    /// How many notes the writer had acknowledged.
    var writes: Int {
      ((try? String(contentsOfFile: acknowledged, encoding: .utf8)) ?? "")
        .split(separator: "\n").count
    }
  }

  /// Polls the database (another process, as a person's second terminal would) for a draft
  /// holding `text`.
  func waitForDraft(_ workspace: Workspace, containing text: String) throws {
    let deadline = Date().addingTimeInterval(10)
    var seen = ""
    while Date() < deadline {
      let status: Int32
      (status, seen) = try Spawn.run(
        "/usr/bin/sqlite3", [workspace.database, "SELECT payload FROM draft"])
      if status == 0, seen.contains(text) { return }
      Thread.sleep(forTimeInterval: 0.1)
    }
    throw TmuxSession.Failure(description: "no draft holding \(text) within 10 s; saw \(seen)")
  }
}
