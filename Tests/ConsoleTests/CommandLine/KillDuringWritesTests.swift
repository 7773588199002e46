import Foundation
import Testing

extension LiaisonCLI {
  /// Power cuts and `kill -9` in the middle of writes: whatever was acknowledged is there,
  /// and the file and its audit chain are whole.
  @Suite("kill -9 during writes")
  struct KillDuringWritesTests {
    /// 30 rounds in CI; 300 with `LIAISON_LONG_TESTS=1`.
    static var rounds: Int {
      ProcessInfo.processInfo.environment["LIAISON_LONG_TESTS"] == "1" ? 300 : 30
    }

    /// A writer: commands of every kind one after the other, each acknowledged in a file
    /// only once it has exited with 0, as a script driving liaison would take it.
    static let writer = #"""
      liaison=$1; acks=$2; round=$3; meeting=$4
      i=0
      while true; do
        i=$((i + 1))
        case $((i % 3)) in
          0) "$liaison" action add "round $round item $i" --owner ribeiro >/dev/null 2>&1 ;;
          1) "$liaison" minutes add "$meeting" --kind information "round $round entry $i" >/dev/null 2>&1 ;;
          2) "$liaison" officer add --handle "r${round}i$i" --name "Round $round Officer $i" \
               --country PT --org PJ --role participant >/dev/null 2>&1 ;;
        esac && echo "$i" >>"$acks"
      done
      """#

    /// Whether a process of the group is still alive (a zombie, which its new parent may
    /// take a while to collect, can no longer write).
    static func groupRuns(_ group: Int32) -> Bool {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
      return entries.contains { entry in
        guard Int32(entry) != nil,
          let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")")
        else { return false }
        // After "pid (name) ": state, ppid, pgrp.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 2 && Int32(fields[2]) == group && fields[0] != "Z"
      }
    }

    @Test("every acknowledged write survives kill -9; integrity and the audit chain hold")
    func killedWriters() async throws {
      let db = try await TestDatabase.demo("kill-writes")
      let meeting = try await DemoTemplate.current().meetingTakingMinutes
      var generator = SystemRandomNumberGenerator()
      var acknowledged: [(round: Int, index: Int)] = []
      for round in 1...Self.rounds {
        let acks = db.folder.file("acks-\(round)")
        try #require(FileManager.default.createFile(atPath: acks, contents: nil))
        let process = Process()
        // Foundation starts the child in a process group of its own: the writer and the
        // liaison it runs are killed together through it.
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
          "-c", Self.writer, "writer", LiaisonProcess.binary.path, acks,
          String(round), meeting,
        ]
        process.environment = db.environment()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Every other round first waits for a write to be acknowledged, so that however slow
        // the machine, kills also fall in the middle of later writes; the others kill at any
        // moment, the start of the first write included.
        if round.isMultiple(of: 2) {
          let deadline = Date().addingTimeInterval(30)
          while (try? FileManager.default.attributesOfItem(atPath: acks)[.size] as? Int) ?? 0 == 0,
            Date() < deadline
          {
            try await Task.sleep(for: .milliseconds(10))
          }
        }
        try await Task.sleep(for: .milliseconds(Int.random(in: 20...400, using: &generator)))
        try #require(kill(-process.processIdentifier, SIGKILL) == 0, "no writer group to kill")
        process.waitUntilExit()
        // No writer may outlive its round: the next must start from a still file.
        while Self.groupRuns(process.processIdentifier) {
          try await Task.sleep(for: .milliseconds(5))
        }
        let text = try String(contentsOfFile: acks, encoding: .utf8)
        acknowledged += text.split(separator: "\n").compactMap { Int($0) }.map { (round, $0) }
      }
      #expect(acknowledged.count >= Self.rounds / 2, "every other round waits for a write")
      print(
        "kill -9 during writes: \(Self.rounds) rounds, \(acknowledged.count) acknowledged writes")

      _ = try await db.ok("db", "check")
      _ = try await db.ok("audit", "verify")
      let actions = Set(
        try await db.json("action", "list", "--status", "all", "--limit", "100000").items
          .compactMap { $0["title"]?.string })
      let officers = Set(
        try await db.json("officer", "list", "--limit", "100000").items
          .compactMap { $0["handle"]?.string })
      let minutes = try await db.ok("meeting", "show", meeting).out
      for (round, index) in acknowledged {
        switch index % 3 {
        case 0: #expect(actions.contains("round \(round) item \(index)"))
        case 1: #expect(minutes.contains("round \(round) entry \(index)"))
        default: #expect(officers.contains("r\(round)i\(index)"))
        }
      }
    }
  }
}
