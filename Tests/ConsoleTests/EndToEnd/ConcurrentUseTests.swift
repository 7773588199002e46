import Foundation
import Testing

extension ConsoleEndToEndTests {
  /// Two officers' consoles and a script write to one file at once, all to the same action
  /// item: nobody is told the database is locked, no note is lost, and each console shows
  /// what the others did within a second or so.
  @Test func twoConsolesAndAScriptShareOneFile() async throws {
    let long = ProcessInfo.processInfo.environment["LIAISON_LONG_TESTS"] == "1"
    let seconds: Double = long ? 60 : 10
    let workspace = try Workspace("e2e-concurrent")
    let consoles = try ["A", "B"].map { _ in
      try TmuxSession(environment: workspace.environment, width: 150, height: 40)
    }
    for console in consoles {
      try console.waitFor("TF-MAR-")
      try console.press("3")
    }
    // The first row of the triage board, once it is shown: the same item in both.
    func firstReference(_ screen: String) -> String? {
      let word = screen.split(separator: "\n").dropFirst(3).first?.split(separator: " ").first
      guard let word, word.hasPrefix("A"), word.contains("-") else { return nil }
      return String(word)
    }
    let screen = try consoles[0].waitUntil("the first action row") { firstReference($0) != nil }
    let reference = try #require(firstReference(screen))
    try consoles[1].waitUntil("the same row in the other console") {
      firstReference($0) == reference
    }

    // The script: a note a time, acknowledged once the command exits with 0.
    let acks = workspace.folder.file("acks")
    let script = Process()
    script.executableURL = URL(fileURLWithPath: "/bin/bash")
    script.arguments = [
      "-c",
      #"i=0; while true; do i=$((i+1)); "$0" action note "$1" "from the script $i" >/dev/null 2>"$2.err" && echo $i >>"$2"; done"#,
      LiaisonProcess.binary.path, reference, acks,
    ]
    script.environment = workspace.environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
    try script.run()

    var typed = [0, 0]
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      for (index, console) in consoles.enumerated() {
        typed[index] += 1
        try console.press("a")
        try console.type("from console \(["A", "B"][index]) \(typed[index])")
        try console.press("Enter")
      }
      // A thread's sleep, not a task's: with the other suites' synchronous tests holding the
      // test pool's threads, a task's sleep could resume a minute late (seen: one note each
      // in 60 s of a full `LIAISON_LONG_TESTS=1` run).
      usleep(300_000)
      for console in consoles {
        let now = try console.screen()
        #expect(!Self.saysBusy(now), "\(now)")
      }
    }
    kill(-script.processIdentifier, SIGKILL)
    script.waitUntilExit()

    // A change from the command line shows in both consoles by itself: a second or so of
    // polling, allowed five on a machine busy with every other test.
    let marker = try await LiaisonProcess.run(
      ["action", "set", reference, "--priority", "urgent"], environment: workspace.environment)
    #expect(marker.status == 0, "\(marker.summary)")
    for console in consoles {
      try console.waitUntil(timeout: 5, "the other's change") { screen in
        screen.split(separator: "\n").dropFirst(3).first?.contains("urgent") == true
      }
    }
    for console in consoles {
      try console.press("C-c")
      try console.waitFor("EXITED:0")
    }

    // Every note typed and every note acknowledged is there, once.
    let notes = try workspace.query(
      "SELECT note FROM action_update u JOIN action_item a ON a.id = u.action_id "
        + "WHERE a.ref = '\(reference)' AND u.note <> ''")
    for (index, name) in ["A", "B"].enumerated() {
      let mine = notes.filter { $0.hasPrefix("from console \(name) ") }
      #expect(
        mine.count == typed[index], "console \(name): typed \(typed[index]), saved \(mine.count)")
    }
    let acknowledged = try String(contentsOfFile: acks, encoding: .utf8)
      .split(separator: "\n").compactMap { Int($0) }
    #expect(acknowledged.count > 0, "the script should have written")
    print(
      "concurrent use, \(Int(seconds)) s: console A \(typed[0]) notes, console B \(typed[1]), "
        + "script \(acknowledged.count) acknowledged")
    for number in acknowledged {
      #expect(notes.contains("from the script \(number)"))
    }
    let failures = (try? String(contentsOfFile: acks + ".err", encoding: .utf8)) ?? ""
    #expect(!Self.saysBusy(failures), "\(failures)")
  }

  /// Another program holds the write lock while the officer changes an item and moves on:
  /// the console stays alive (a resize is redrawn, the wait and the kept keys are shown)
  /// and, once the lock is released, the change is made and the kept key follows it.
  @Test func aWriteWaitingForTheLockLeavesTheScreenAlive() throws {
    let workspace = try Workspace("e2e-lock-wait")
    let console = try TmuxSession(environment: workspace.environment, width: 120, height: 30)
    try console.waitFor("TF-MAR-")
    try console.press("3")
    let board = try console.waitUntil("the triage board") { $0.contains(" Actions 1/") }
    let reference = try #require(
      board.split(separator: "\n").dropFirst(3).first?.split(separator: " ").first.map(String.init))
    let before = try workspace.query("SELECT status FROM action_item WHERE ref = '\(reference)'")

    let lock = try LockHolder(workspace.database)
    try console.press("s")
    try console.press("j")
    try console.waitFor("waiting for the database")
    try console.resize(width: 140, height: 32)
    try console.waitUntil("the wait, redrawn at the new size") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return (lines.first?.count ?? 0) > 125 && screen.contains("1 key kept")
    }
    #expect(
      try workspace.query("SELECT status FROM action_item WHERE ref = '\(reference)'") == before)

    try lock.release()
    try console.waitUntil("the change, then the kept key") { $0.contains(" Actions 2/") }
    let after = try workspace.query("SELECT status FROM action_item WHERE ref = '\(reference)'")
    #expect(after != before, "\(before) → \(after)")
    try console.press("C-c")
    try console.waitFor("EXITED:0")
  }

  /// SQLite's words for a lock held too long, and liaison's ("blocked" is a status).
  static func saysBusy(_ text: String) -> Bool {
    text.contains("database is locked") || text.contains("kept the database busy")
  }
}
