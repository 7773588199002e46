import Foundation
import Testing

extension LiaisonCLI {
  /// The disk fills up under a field laptop: writes are refused in one line, nothing already
  /// there is damaged, and once there is room again liaison carries on.
  @Suite("storage faults")
  struct StorageFaultTests {
    /// Runs in a mount namespace of its own (`unshare`) on a 12 MB tmpfs filled to the brim,
    /// or to `room` bytes: a real full disk, not a simulation. Prints what each step gave.
    static let script = #"""
      set -u
      mount=$1; database=$2; liaison=$3; room=$4
      mount -t tmpfs -o size=12m tmpfs "$mount" || exit 90
      cp "$database" "$mount/liaison.sqlite"
      dd if=/dev/zero of="$mount/filler" bs=4096 2>/dev/null
      [ "$room" -gt 0 ] && truncate -s -"$room" "$mount/filler"
      db="$mount/liaison.sqlite"
      "$liaison" --db "$db" action add "Written on a full disk" --owner ribeiro 2>"$mount/../write.err"
      echo "write=$?"
      "$liaison" --db "$db" summary >"$mount/../read.out" 2>"$mount/../read.err"
      echo "read=$?"
      rm "$mount/filler"
      echo "integrity=$(sqlite3 "$db" 'PRAGMA integrity_check')"
      echo "written=$(sqlite3 "$db" "SELECT count(*) FROM action_item WHERE title = 'Written on a full disk'")"
      "$liaison" --db "$db" audit verify >/dev/null 2>&1
      echo "audit=$?"
      "$liaison" --db "$db" action add "Written once there is room" --owner ribeiro >/dev/null 2>&1
      echo "after=$?"
      """#

    /// No room at all: SQLite cannot even make its -shm file. A little room: the write does
    /// not fit, and neither does the consultation a read records in the audit trail, so the
    /// read shows nothing and says why: what cannot be logged is not shown.
    @Test(
      "a full disk refuses the write with a clear message and damages nothing",
      arguments: [0, 45_056])
    func fullDisk(room: Int) async throws {
      let db = try await TestDatabase.demo("full-disk")
      let mount = db.folder.file("mount")
      try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
      // `-r` maps the caller to root in a new user namespace, so that the mount needs no
      // privilege outside the test.
      let (status, output) = try Spawn.run(
        "/usr/bin/unshare",
        [
          "-rm", "bash", "-c", Self.script, "full-disk", mount, db.path, LiaisonProcess.binary.path,
          String(room),
        ],
        environment: db.environment().merging(["PATH": "/usr/bin:/bin"]) { $1 })
      try #require(status == 0, "the full-disk script failed: \(output)")
      let steps = Dictionary(
        uniqueKeysWithValues: output.split(separator: "\n").compactMap { line in
          let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
          return parts.count == 2 ? (parts[0], parts[1]) : nil
        })
      #expect(steps["write"] == "2", "\(output)")
      let message = try String(contentsOfFile: db.folder.file("write.err"), encoding: .utf8)
      #expect(message.hasPrefix("liaison: ") && message.contains("the disk is full"), "\(message)")
      #expect(message.split(separator: "\n").count == 1, "one line: \(message)")
      #expect(steps["read"] == "2", "\(output)")
      let shown = try String(contentsOfFile: db.folder.file("read.out"), encoding: .utf8)
      let said = try String(contentsOfFile: db.folder.file("read.err"), encoding: .utf8)
      #expect(shown.isEmpty, "nothing is shown that is not logged: \(shown)")
      #expect(said.hasPrefix("liaison: ") && said.split(separator: "\n").count == 1, "\(said)")
      #expect(steps["integrity"] == "ok")
      #expect(steps["written"] == "0")
      #expect(steps["audit"] == "0")
      #expect(steps["after"] == "0", "once there is room, writes work again")
    }

    /// A file that may not grow (`ulimit -f`, a quota) fails the write; the program is not
    /// killed by SIGXFSZ without a word, and the file stays whole.
    /// A database on a read-only file system (a mounted backup disk, a locked-down share):
    /// reading it would need the consultation written to its audit trail, so every command,
    /// read or write, says why it cannot use the file, and the file is left as it was.
    @Test("a read-only file system is refused in one line by every command, the file untouched")
    func readOnlyFileSystem() async throws {
      let db = try await TestDatabase.demo("read-only")
      let folder = db.folder.file("ro")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let path = folder + "/liaison.sqlite"
      try FileManager.default.copyItem(atPath: db.path, toPath: path)
      let before = try FileSnapshot(path)
      let commands = [
        "action add 'On a read-only disk' --owner ribeiro", "action list", "op list",
        "search bogota", "db check", "audit verify", "whoami --set nunez",
      ]
      let script = """
        set -u
        mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 90

        """
        + commands.enumerated().map { index, command in
          "\"$2\" --db \"$1/liaison.sqlite\" \(command) >\"$3/\(index).out\" 2>\"$3/\(index).err\"; "
            + "echo \"\(index)=$?\""
        }.joined(separator: "\n")
      let (status, output) = try Spawn.run(
        "/usr/bin/unshare",
        [
          "-rm", "bash", "-c", script, "read-only", folder, LiaisonProcess.binary.path,
          db.folder.path,
        ],
        environment: db.environment().merging(["PATH": "/usr/bin:/bin"]) { $1 })
      try #require(status == 0, "the read-only script failed: \(output)")
      for (index, command) in commands.enumerated() {
        #expect(output.contains("\(index)=2\n"), "\(command): \(output)")
        let shown = try String(contentsOfFile: db.folder.file("\(index).out"), encoding: .utf8)
        let said = try String(contentsOfFile: db.folder.file("\(index).err"), encoding: .utf8)
        #expect(shown.isEmpty, "\(command) showed \(shown)")
        #expect(said.hasPrefix("liaison: cannot use ") && said.contains("read-only file system"))
        #expect(said.split(separator: "\n").count == 1, "\(command): \(said)")
      }
      #expect(try FileSnapshot(path) == before)
    }

    @Test("a file size limit refuses the write in one line instead of killing liaison")
    func fileSizeLimit() async throws {
      let db = try await TestDatabase.demo("ulimit")
      let (status, output) = try Spawn.run(
        "/bin/bash",
        [
          "-c", "ulimit -f 8; exec \"$0\" --db \"$1\" action add 'Past the limit' --owner ribeiro",
          LiaisonProcess.binary.path, db.path,
        ], environment: db.environment())
      #expect(status == 2, "\(output)")
      #expect(
        output.hasPrefix("liaison: ") && output.split(separator: "\n").count == 1, "\(output)")
      _ = try await db.ok("db", "check")
      let written = try await db.json("action", "list", "--status", "all", "--limit", "1000")
      #expect(!written.items.contains { $0["title"]?.string == "Past the limit" })
    }
  }
}
