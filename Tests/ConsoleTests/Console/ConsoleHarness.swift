import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// The console on an in-memory terminal over a real SQLite file: keys in, frames out.
///
/// Every harness starts from a copy of one demo database made once per test run, with a fixed
/// replica (so short references are stable) and a fixed day (so due dates, overdue items and
/// upcoming meetings are the same in every run). The console's clock is fixed to that day.
@MainActor
final class ConsoleHarness {
  /// The day the demo is built for and the console believes it is.
  nonisolated static let today = try! CalendarDate(iso: "2026-03-18")
  nonisolated static let now = today.startOfDay(in: TimeZone(identifier: "UTC")!)
    .addingTimeInterval(12 * 3600)
  nonisolated static let replica = UUID(uuidString: "01890a5d-ac96-774b-bcce-b302099a8057")!

  let folder: URL
  let store: Store
  let terminal: MemoryTerminal
  let app: ConsoleApp

  init(size: Size = Size(width: 80, height: 24), demo: Bool = true, readOnly: Bool = false) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-console-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("liaison.sqlite").path
    if demo {
      try FileManager.default.copyItem(atPath: try Self.template(), toPath: path)
    }
    store = try Store.open(path: path, newReplicaID: Self.replica, interactive: true)
    store.isReadOnly = readOnly
    terminal = MemoryTerminal(size: size)
    var options = ConsoleLauncher.Options(store: store, actingReference: nil, theme: nil)
    // Keys and themes come from the repository, never from the tester's own configuration.
    options.environment = ["XDG_CONFIG_HOME": folder.path, "HOME": folder.path]
    app = try ConsoleLauncher.app(options, terminal: terminal, themeName: "default")
    app.clock = { Self.now }
    app.startStepping()
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Presses keys one after the other, drawing a frame after each, as the real loop does.
  func press(_ keys: Key...) { press(keys) }

  func press(_ keys: [Key]) {
    for key in keys {
      app.step(key)
    }
  }

  /// Types text, one character at a time.
  func type(_ text: String) { press(text.map { Key.char($0) }) }

  /// Changes the terminal's size, as a window resize does.
  func resize(_ size: Size) {
    terminal.resize(to: size)
    press(.resize)
  }

  var frame: ScreenBuffer { terminal.lastFrame! }
  var screen: String { frame.plainText }
  var styles: String { frame.styleMap }

  /// The row holding `text`, if any.
  func row(containing text: String) -> Int? {
    (0..<frame.size.height).first { frame.row($0).contains(text) }
  }

  /// The status bar.
  var statusBar: String { frame.row(frame.size.height - 1) }

  // MARK: - Snapshots

  /// Compares the frame (plain text, then the style map) with `Snapshots/NAME.txt`. With
  /// `LIAISON_RECORD_SNAPSHOTS=1` the file is written instead.
  func expectSnapshot(
    _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let text = screen + "\n--- styles ---\n" + styles + "\n"
    let url = Self.snapshots.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["LIAISON_RECORD_SNAPSHOTS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no snapshot \(name).txt; run with LIAISON_RECORD_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != text {
      let actual = url.deletingPathExtension().appendingPathExtension("actual.txt")
      try? text.write(to: actual, atomically: true, encoding: .utf8)
      let message =
        "frame differs from \(name).txt (the new frame is in "
        + "\(actual.lastPathComponent)):\n\(text)"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  nonisolated static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")

  // MARK: - The demo template

  /// Loads the demo once per test run into a file that every harness copies.
  nonisolated static func template() throws -> String {
    try templatePath.get()
  }

  nonisolated private static let templatePath: Result<String, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-console-template-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("demo.sqlite").path
    let store = try Store.open(path: path, newReplicaID: replica)
    _ = try DemoDataset.load(into: store, today: today)
    try store.close()
    return path
  }
}
