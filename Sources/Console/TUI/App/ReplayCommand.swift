import Foundation
import Storage

/// `liaison --replay FILE [--timings]`: feeds a key script to the real console loop on an
/// in-memory terminal and reports how long each key took from reading to a drawn frame.
/// With `--size terminal` the frames go to the real terminal through ncurses, so the timings
/// include writing the changed cells to it (run it in a terminal, or under `script`).
///
/// A script holds key names separated by spaces or lines (`j`, `G`, `enter`, `esc`, `ctrl-l`,
/// `space`), `type:TEXT` for typed text, and `#` comments.
@MainActor
enum ReplayCommand {
  struct Timing {
    var key: String
    var milliseconds: Double
  }

  static func run(
    global: GlobalOptions, theme: String?, script path: String, size: String, timings: Bool
  ) throws {
    let keys = try parse(try String(contentsOfFile: path, encoding: .utf8))
    let onTerminal = size.lowercased() == "terminal"
    let dimensions = size.lowercased().split(separator: "x").compactMap { Int($0) }
    guard onTerminal || (dimensions.count == 2 && dimensions[0] > 0 && dimensions[1] > 0) else {
      throw CommandFailure("--size must look like 120x40, or be terminal")
    }
    guard !onTerminal || (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1) else {
      throw CommandFailure("--size terminal needs a terminal: run it in one, or under script")
    }
    let started = DispatchTime.now()
    let context = try global.context(interactive: true)
    let options = ConsoleLauncher.Options(
      store: context.store, actingReference: context.actingReference, theme: theme)
    let memory = MemoryTerminal(
      size: Size(width: dimensions.first ?? 1, height: dimensions.last ?? 1))
    var real: NCursesTerminal?
    if onTerminal {
      let terminal = NCursesTerminal(theme: try ConsoleLauncher.theme(options).theme)
      try terminal.start()
      real = terminal
    }
    let app: ConsoleApp
    do {
      app = try ConsoleLauncher.app(
        options, terminal: real ?? memory, themeName: theme ?? "default")
    } catch {
      real?.stop()
      throw error
    }
    app.startStepping()
    let firstFrame = milliseconds(since: started)
    var results: [Timing] = []
    for (label, key) in keys where app.isRunning {
      let start = DispatchTime.now()
      app.step(key)
      results.append(Timing(key: label, milliseconds: milliseconds(since: start)))
    }
    real?.stop()
    // As the console does when it quits (see ConsoleLauncher.run): the file alone is whole.
    try? context.store.close()
    if !onTerminal, let frame = memory.lastFrame { print(frame.plainText) }
    guard timings else { return }
    print("")
    let frames = onTerminal ? "on the terminal" : "in memory, \(size)"
    print(
      "first frame: \(format(firstFrame)) ms (open database, load the first screen, draw; \(frames))"
    )
    print(report(results))
  }

  static func parse(_ text: String) throws -> [(String, Key)] {
    var keys: [(String, Key)] = []
    for line in text.split(separator: "\n") {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      for token in content.split(whereSeparator: \.isWhitespace) {
        if token.hasPrefix("type:") {
          for character in token.dropFirst(5) { keys.append((String(character), .char(character))) }
        } else if let key = Key(spec: String(token)) {
          keys.append((String(token), key))
        } else {
          throw CommandFailure(
            "the replay script names an unknown key \(String(token).debugDescription)")
        }
      }
    }
    return keys
  }

  static func report(_ timings: [Timing]) -> String {
    var lines = ["key        count    p50 ms    p99 ms    max ms"]
    var groups: [String: [Double]] = [:]
    for timing in timings { groups[timing.key, default: []].append(timing.milliseconds) }
    let all = timings.map(\.milliseconds)
    for (key, values) in groups.sorted(by: { $0.key < $1.key }) + [("all", all)] {
      let sorted = values.sorted()
      lines.append(
        key.padding(toLength: 10, withPad: " ", startingAt: 0)
          + String(
            format: "%6d  %8@  %8@  %8@", sorted.count, format(percentile(sorted, 0.5)),
            format(percentile(sorted, 0.99)), format(sorted.last ?? 0)))
    }
    return lines.joined(separator: "\n")
  }

  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))]
  }

  static func format(_ value: Double) -> String { String(format: "%.2f", value) }

  static func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
  }
}
