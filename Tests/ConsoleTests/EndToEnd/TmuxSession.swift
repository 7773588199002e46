import Foundation
import Testing

/// The real `liaison` binary running in a tmux pane: keys are sent as a person would type
/// them, and the screen is read back as text. Each session has its own tmux server socket, so
/// tests never touch the tester's tmux and run in parallel.
final class TmuxSession: @unchecked Sendable {
  let socket = "liaison-test-\(UUID().uuidString.prefix(8))"
  let name = "e2e"

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `liaison ARGUMENTS` in a pane of the given size. When it exits, the pane prints
  /// its exit status and stays, so tests can see how the terminal was left.
  ///
  /// With `restarts`, a liaison that quits is started again until that file exists, and each
  /// exit status is added to the file's `.statuses` beside it: random keys may quit the
  /// console cleanly (a `q` in a too-small window), and the keys after that must still reach
  /// a console, not the shell. The shell ignores the keyboard's signals meanwhile (a pasted
  /// Ctrl-C would end the pane); liaison sets its own handlers.
  init(
    arguments: [String] = [], environment: [String: String], width: Int = 100, height: Int = 30,
    restarts stopFile: String? = nil
  ) throws {
    let binary = LiaisonProcess.binary.path
    let exports = environment.merging(["LC_ALL": "C.UTF-8", "TERM": "xterm-256color"]) { $1 }
      .map { "\($0.key)=\(Self.shellQuoted($0.value))" }.sorted().joined(separator: " ")
    let liaison =
      "env -i PATH=/usr/bin:/bin \(exports) \(Self.shellQuoted(binary)) "
      + arguments.map(Self.shellQuoted).joined(separator: " ")
    let command: String
    if let stopFile {
      let stop = Self.shellQuoted(stopFile)
      let statuses = Self.shellQuoted(stopFile + ".statuses")
      command =
        "trap '' INT QUIT TSTP; while :; do \(liaison); status=$?; echo $status >>\(statuses); "
        + "[ -e \(stop) ] && break; done; echo \"EXITED:$status\"; sleep 600"
    } else {
      command = liaison + "; echo \"EXITED:$?\"; sleep 600"
    }
    try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
  }

  deinit { _ = try? tmux(["kill-server"]) }

  /// Sends keys by tmux name (`Enter`, `Escape`, `C-c`, `j`).
  func press(_ keys: String...) throws { try press(keys) }

  func press(_ keys: [String]) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  /// The screen as text; a line the terminal wrapped (a long shell message after the
  /// program exits) is joined back, so that a word is never split across two lines.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-J", "-t", name])
  }

  /// The pane's title, which escape sequences in data must never change.
  func title() throws -> String {
    try tmux(["display-message", "-p", "-t", name, "#{pane_title}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Sends a signal to the liaison process in the pane (the shell's child).
  func signal(_ name: String) throws {
    _ = try Spawn.run("/bin/kill", ["-\(name)", try liaisonProcess()])
  }

  /// Closes the terminal window, as an officer closing it would: the pane goes and the
  /// program gets its hang-up. Returns when the program has gone.
  func closeTerminal() throws {
    let pid = try liaisonProcess()
    try tmux(["kill-session", "-t", name])
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if try Spawn.run("/bin/kill", ["-0", pid]).0 != 0 { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "liaison (pid \(pid)) still runs 10 s after its terminal closed")
  }

  /// The pid of the liaison process in the pane (the shell's child).
  private func liaisonProcess() throws -> String {
    let shell = try tmux(["display-message", "-p", "-t", self.name, "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let (status, pids) = try Spawn.run("/usr/bin/pgrep", ["-P", shell, "liaison"])
    guard status == 0, let pid = pids.split(separator: "\n").first else {
      throw Failure(description: "no liaison process under the pane's shell \(shell)")
    }
    return String(pid)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until it contains `text` (never a fixed sleep).
  @discardableResult
  func waitFor(
    _ text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try waitUntil(timeout: timeout, "the screen to show \(text.debugDescription)") {
      $0.contains(text)
    }
  }

  @discardableResult
  func waitUntil(
    timeout: TimeInterval = 15, _ what: String, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let (status, text) = try Spawn.run(
      "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
    guard status == 0 else {
      throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }
}

/// Runs a program and collects what it prints, with posix_spawn and waitpid.
///
/// Foundation's Process is not used here: on Linux it learns of a child's exit through a run
/// loop, and a tmux client that starts a server was seen never to be reported as exited.
enum Spawn {
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil
  ) throws -> (Int32, String) {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("spawn-\(UUID().uuidString.prefix(8)).out")
    defer { try? FileManager.default.removeItem(at: output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // The test runner blocks signals in its threads; children must not inherit that, or a
    // tmux server would ignore the HUP and TERM meant to end it and its panes.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let envp: [UnsafeMutablePointer<CChar>?]? = environment.map {
      $0.map { strdup("\($0.key)=\($0.value)") } + [nil]
    }
    defer { envp?.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned =
      envp.map { posix_spawn(&pid, path, &actions, &attributes, argv, $0) }
      ?? posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard spawned == 0 else {
      throw TmuxSession.Failure(
        description: "cannot run \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
  }
}
