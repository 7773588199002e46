import Foundation
import Testing

/// Every command-line test lives in this suite, so that the demo is loaded once for all of
/// them (see ``DemoTemplateTrait``).
@Suite(.demoTemplate) enum LiaisonCLI {}

/// A temporary folder, removed with everything in it when the last reference goes.
final class ScratchFolder: Sendable {
  let url: URL
  var path: String { url.path }

  init(_ label: String) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-cli-\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func file(_ name: String) -> String { url.appendingPathComponent(name).path }
}

// MARK: - The demo, loaded once

/// The demo database every test copies from, and records in it that tests need.
///
/// Loading the demo takes seconds; copying its file takes milliseconds. The loading process
/// must exit cleanly first, so that its WAL is folded into the main file and the main file
/// alone is a complete database. The demo is still growing, so tests look up records in the
/// state they need (once, here) rather than naming ones that may change.
struct DemoTemplate: Sendable {
  let path: String
  /// A meeting whose minutes still take entries (not approved), upcoming ones first.
  let meetingTakingMinutes: String
  /// The code of an active operation.
  let activeOperation: String
  /// An action with status open.
  let openAction: String

  @TaskLocal static var loading: Task<DemoTemplate, any Error>?

  static func current() async throws -> DemoTemplate {
    guard let loading else {
      throw LiaisonProcessError(
        description: "no demo template: command-line tests must be nested in LiaisonCLI")
    }
    return try await loading.value
  }

  static func load(into folder: ScratchFolder) async throws -> DemoTemplate {
    let path = folder.file("template.sqlite")
    let env = LiaisonProcess.environment(home: folder.path, ["LIAISON_DB": path])
    let result = try await LiaisonProcess.run(["demo"], environment: env)
    guard result.status == 0, !result.signalled else {
      throw LiaisonProcessError(description: "loading the demo failed: \(result.summary)")
    }
    let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
    guard wal.isEmpty else {
      throw LiaisonProcessError(
        description: "the demo left \(wal.count) bytes in \(path)-wal: the store did not close "
          + "its file, so the main file alone is not a complete copy")
    }
    func list(_ arguments: String...) async throws -> [JSON] {
      let result = try await LiaisonProcess.run(arguments + ["--json"], environment: env)
      guard result.status == 0 else {
        throw LiaisonProcessError(description: "reading the demo failed: \(result.summary)")
      }
      return try JSON.parse(result.stdout).items
    }
    func first(_ items: [JSON], _ what: String, where wanted: (JSON) -> Bool) throws -> String {
      guard let ref = items.first(where: wanted)?["ref"]?.string else {
        throw LiaisonProcessError(description: "the demo has no \(what)")
      }
      return ref
    }
    let meetings = try await list("meeting", "list") + list("meeting", "list", "--past")
    return DemoTemplate(
      path: path,
      meetingTakingMinutes: try first(meetings, "meeting with open minutes") {
        $0["minutesState"]?.string != "approved"
      },
      activeOperation: try first(
        try await list("op", "list", "--status", "active"), "active operation"
      ) { _ in true },
      openAction: try first(
        try await list("action", "list", "--status", "open"), "open action"
      ) { _ in true })
  }
}

/// Starts loading the demo when the suite starts (tests that do not need it run meanwhile),
/// and removes it when the suite ends.
struct DemoTemplateTrait: SuiteTrait, TestScoping {
  var isRecursive: Bool { false }

  func provideScope(
    for test: Test, testCase: Test.Case?,
    performing function: @Sendable () async throws -> Void
  ) async throws {
    let folder = try ScratchFolder("template")
    let loading = Task { try await DemoTemplate.load(into: folder) }
    try await DemoTemplate.$loading.withValue(loading) { try await function() }
    _ = await loading.result
    withExtendedLifetime(folder) {}
  }
}

extension Trait where Self == DemoTemplateTrait {
  static var demoTemplate: Self { DemoTemplateTrait() }
}

// MARK: - One database per test

/// A database file in its own temporary folder, and the runs of `liaison` against it.
final class TestDatabase: Sendable {
  let folder: ScratchFolder
  let path: String

  /// A path in a new folder; the file does not exist until a command creates it.
  init(_ label: String = "db", fileName: String = "liaison.sqlite") throws {
    folder = try ScratchFolder(label)
    path = folder.file(fileName)
    try FileManager.default.createDirectory(
      atPath: folder.file("home"), withIntermediateDirectories: true)
  }

  /// A private copy of the demo.
  static func demo(_ label: String = "demo") async throws -> TestDatabase {
    let template = try await DemoTemplate.current()
    let database = try TestDatabase(label)
    try FileManager.default.copyItem(atPath: template.path, toPath: database.path)
    return database
  }

  /// A clean environment pointing at this database; `extra` adds or overrides variables.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    LiaisonProcess.environment(
      home: folder.file("home"), ["LIAISON_DB": path].merging(extra) { $1 })
  }

  func run(_ arguments: [String], env: [String: String] = [:]) async throws -> ProcessOutput {
    try await LiaisonProcess.run(arguments, environment: environment(env))
  }

  func run(_ arguments: String..., env: [String: String] = [:]) async throws -> ProcessOutput {
    try await run(arguments, env: env)
  }

  /// Runs a command that must succeed; the test stops here if it does not.
  @discardableResult
  func ok(
    _ arguments: String..., env: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ProcessOutput {
    try await ok(arguments, env: env, sourceLocation: sourceLocation)
  }

  @discardableResult
  func ok(
    _ arguments: [String], env: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ProcessOutput {
    let result = try await run(arguments, env: env)
    try #require(
      result.status == 0 && !result.signalled, "\(result.summary)", sourceLocation: sourceLocation)
    return result
  }

  /// Runs a command with `--json`, which must succeed and print valid JSON.
  func json(
    _ arguments: String..., env: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> JSON {
    try await json(arguments, env: env, sourceLocation: sourceLocation)
  }

  func json(
    _ arguments: [String], env: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> JSON {
    let result = try await ok(arguments + ["--json"], env: env, sourceLocation: sourceLocation)
    do {
      return try JSON.parse(result.stdout)
    } catch {
      Issue.record("not JSON (\(error)): \(result.summary)", sourceLocation: sourceLocation)
      throw error
    }
  }

  func snapshot() throws -> FileSnapshot { try FileSnapshot(path) }

  /// Records of the demo in a known state, for tests on a demo copy.
  func meetingTakingMinutes() async throws -> String {
    try await DemoTemplate.current().meetingTakingMinutes
  }

  func activeOperation() async throws -> String { try await DemoTemplate.current().activeOperation }

  func openAction() async throws -> String { try await DemoTemplate.current().openAction }

  /// Runs a command that must be refused: `status`, one `liaison: ` line on standard error
  /// holding every fragment, nothing on standard output, and the file exactly as it was.
  @discardableResult
  func expectRefusal(
    _ arguments: [String], status: Int32 = 1, containing fragments: [String] = [],
    env: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ProcessOutput {
    let before = try snapshot()
    let result = try await run(arguments, env: env)
    expectOneLineRefusal(result, status: status, containing: fragments, sourceLocation)
    try expectUnchanged(since: before, after: result, sourceLocation)
    return result
  }

  /// Usage errors come from the argument parser, whose message spans several lines; only the
  /// status, the silence on standard output and the untouched file are promised.
  func expectUsageError(
    _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    let before = try snapshot()
    let result = try await run(arguments)
    #expect(result.status == 64, "\(result.summary)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(result.summary)", sourceLocation: sourceLocation)
    #expect(!result.stderr.isEmpty, "\(result.summary)", sourceLocation: sourceLocation)
    try expectUnchanged(since: before, after: result, sourceLocation)
  }

  func expectUnchanged(
    since before: FileSnapshot, after result: ProcessOutput,
    _ sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let after = try snapshot()
    #expect(
      after.main == before.main, "the database file changed: \(result.summary)",
      sourceLocation: sourceLocation)
    #expect(
      after.wal == before.wal, "the WAL holds \(after.wal.count) new bytes: \(result.summary)",
      sourceLocation: sourceLocation)
  }
}

/// The bytes of a database file and of its WAL (empty when there is none). A refused command
/// must leave both as they were: comparing every byte is stricter than comparing hashes.
struct FileSnapshot: Equatable {
  let main: Data
  let wal: Data

  init(_ path: String) throws {
    main = try Data(contentsOf: URL(fileURLWithPath: path))
    wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
  }
}

/// The shape every refusal shares.
func expectOneLineRefusal(
  _ result: ProcessOutput, status: Int32 = 1, containing fragments: [String] = [],
  _ sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(result.status == status, "\(result.summary)", sourceLocation: sourceLocation)
  #expect(!result.signalled, "\(result.summary)", sourceLocation: sourceLocation)
  #expect(result.stdout.isEmpty, "\(result.summary)", sourceLocation: sourceLocation)
  #expect(
    result.errLines.count == 1 && result.err.hasSuffix("\n"),
    "expected exactly one line on stderr: \(result.summary)", sourceLocation: sourceLocation)
  #expect(
    result.err.hasPrefix("liaison: "), "\(result.summary)", sourceLocation: sourceLocation)
  for fragment in fragments {
    #expect(
      result.err.contains(fragment),
      "stderr lacks \(fragment.debugDescription): \(result.summary)",
      sourceLocation: sourceLocation)
  }
}

// MARK: - Output checks

/// Bytes that would drive a terminal: C0 controls but tab and line feed, DEL, C1 controls
/// (UTF-8 C2 80…C2 9F) and the bidirectional embeddings, overrides and isolates.
enum RawControl {
  /// The first such byte sequence and its offset, described; nil when the output is clean.
  static func first(in data: Data) -> String? {
    let bytes = [UInt8](data)
    for (index, byte) in bytes.enumerated() {
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      let found: Bool
      switch byte {
      case 0x00...0x08, 0x0B...0x1F, 0x7F: found = true
      case 0xC2: found = (0x80...0x9F).contains(next)
      case 0xE2:
        found =
          (next == 0x80 && (0xAA...0xAE).contains(third))
          || (next == 0x81 && (0xA6...0xA9).contains(third))
      default: found = false
      }
      if found {
        let shown = bytes[index..<min(index + 3, bytes.count)]
          .map { String(format: "%02X", $0) }.joined(separator: " ")
        return "bytes \(shown) at offset \(index)"
      }
    }
    return nil
  }
}

/// The package root, from this file's path: Tests/ConsoleTests/<file>.
func packageRoot(_ file: String = #filePath) -> URL {
  // Tests/ConsoleTests/CommandLine/TestDatabase.swift → the package root.
  URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}

/// Runs `/usr/bin/sqlite3 path sql`, for building odd files and tampering with good ones;
/// what it prints, without the last line break.
@discardableResult
func sqlite3(_ path: String, _ sql: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  process.arguments = [path, sql]
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else {
    throw LiaisonProcessError(description: "sqlite3 \(path) \(sql) failed")
  }
  return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
}

extension TestDatabase {
  /// The answer of the `sqlite3` tool to a query on this database.
  func query(_ sql: String) throws -> String { try sqlite3(path, sql) }
}
