import Foundation
import Testing

/// What one run of the `liaison` binary left behind.
struct ProcessOutput: Sendable {
  let arguments: [String]
  let status: Int32
  /// True when a signal ended the process (a crash, an abort, the watchdog).
  let signalled: Bool
  let stdout: Data
  let stderr: Data

  var out: String { String(decoding: stdout, as: UTF8.self) }
  var err: String { String(decoding: stderr, as: UTF8.self) }
  /// Standard error's lines, without the empty one after the final line break.
  var errLines: [String] {
    err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { !$0.isEmpty }
  }

  /// A short account of the run for failure messages.
  var summary: String {
    let shown = arguments.map { $0.count > 60 ? String($0.prefix(60)) + "…" : $0 }
    return "liaison \(shown.joined(separator: " ")) → status \(status)"
      + (signalled ? " (signal)" : "") + "\nstdout: \(out.prefix(600))\nstderr: \(err.prefix(600))"
  }
}

/// Why a run could not even start.
struct LiaisonProcessError: Error, CustomStringConvertible {
  let description: String
}

/// Runs the built `liaison` executable as a subprocess, the way an officer's shell would.
enum LiaisonProcess {
  /// The binary SwiftPM built next to the test bundle, so tests exercise the same build.
  static let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("liaison")

  /// A run that takes longer than this is hung: it is killed and reported as signalled.
  static let timeout: Duration = .seconds(60)

  /// Only the variables a test asks for: a developer's LIAISON_DB, LIAISON_OFFICER or
  /// XDG_DATA_HOME must never reach the program under test.
  static func environment(home: String, _ extra: [String: String]) -> [String: String] {
    ["LC_ALL": "C.UTF-8", "HOME": home, "PATH": "/usr/bin:/bin"].merging(extra) { $1 }
  }

  /// Runs `liaison arguments…`; standard input is empty unless `stdin` is given.
  static func run(
    _ arguments: [String], environment: [String: String], stdin: Data? = nil
  ) async throws -> ProcessOutput {
    try checkBinary()
    return try await gated {
      try await spawn(binary, arguments, environment: environment, stdin: stdin)
    }
  }

  private static func checkBinary() throws {
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw LiaisonProcessError(
        description: "the liaison binary is missing at \(binary.path); build it first "
          + "(`swift build --build-tests`) so that it sits next to the test bundle")
    }
  }

  /// Runs `body` once a slot is free.
  private static func gated<Result>(_ body: () async throws -> Result) async throws -> Result {
    await gate.enter()
    do {
      let output = try await body()
      await gate.leave()
      return output
    } catch {
      await gate.leave()
      throw error
    }
  }

  /// Runs a `/bin/sh -c` script, for arguments Foundation cannot express (invalid UTF-8).
  /// The script finds the binary in `$LIAISON`.
  static func shell(_ script: String, environment: [String: String]) async throws -> ProcessOutput {
    try checkBinary()
    var env = environment
    env["LIAISON"] = binary.path
    return try await gated {
      try await spawn(
        URL(fileURLWithPath: "/bin/sh"), ["-c", script], environment: env, stdin: nil)
    }
  }

  private static func spawn(
    _ executable: URL, _ arguments: [String], environment: [String: String], stdin: Data?
  ) async throws -> ProcessOutput {
    // Files rather than pipes: a chatty process can never block on a full pipe buffer.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    let inURL = folder.appendingPathComponent("stdin")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    try (stdin ?? Data()).write(to: inURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = folder
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle = try FileHandle(forReadingFrom: inURL)
    defer {
      try? outHandle.close()
      try? errHandle.close()
      try? inHandle.close()
    }
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle

    let box = ProcessBox(process)
    let watchdog = Task {
      try await Task.sleep(for: timeout)
      box.process.terminate()
    }
    defer { watchdog.cancel() }
    try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in done.resume() }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        done.resume(throwing: error)
      }
    }
    return ProcessOutput(
      arguments: arguments, status: process.terminationStatus,
      signalled: process.terminationReason == .uncaughtSignal,
      stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
  }

  /// Two cores: a few processes at once keep them busy without thrashing.
  private static let gate = ProcessGate(limit: 4)
}

/// Lets the watchdog reach the process; `terminate()` is safe from any thread.
private final class ProcessBox: @unchecked Sendable {
  let process: Process
  init(_ process: Process) { self.process = process }
}

/// An async counting semaphore.
private actor ProcessGate {
  private let limit: Int
  private var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  init(limit: Int) { self.limit = limit }

  func enter() async {
    if running < limit {
      running += 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func leave() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}
