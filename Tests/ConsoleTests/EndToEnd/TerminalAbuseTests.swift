import CaseModel
import Foundation
import Fuzzing
import Testing

extension ConsoleEndToEndTests {
  /// A cat on the keyboard and a window dragged about: thousands of random keys, hostile
  /// text pasted and typed, and resizes from 1×1 to 300×100. The console must neither crash
  /// nor hang, and must give the terminal back when it is quit.
  @Test func randomKeysAndResizesNeitherCrashNorHang() throws {
    let long = ProcessInfo.processInfo.environment["LIAISON_LONG_TESTS"] == "1"
    let (keyCount, resizeCount) = long ? (5_000, 50) : (1_000, 20)
    let workspace = try Workspace("e2e-abuse")
    // Random keys may quit cleanly (`q` in a too-small window, `:q`): the console is started
    // again so that every key reaches one, and every exit is checked at the end.
    let stop = workspace.folder.file("stop")
    let session = try TmuxSession(
      environment: workspace.environment, width: 120, height: 40, restarts: stop)
    try session.waitFor("TF-MAR-")
    var generator = SplitMix64(seed: 0xCA7)
    var text = FuzzText(seed: 0xCA7)
    // Every key the console knows and many it does not. Not Q or Ctrl-C: those quit (a
    // command line `:q` may still come up by chance, which is a clean exit too).
    let keys = [
      "j", "k", "g", "G", "h", "l", "Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left",
      "Right", "PageUp", "PageDown", "Home", "End", "Space", "BSpace", "DC", "IC", "F1", "F5",
      "C-l", "C-u", "C-w", "C-a", "C-e", "C-k", "C-s", "C-d", "C-z", "M-b", "M-f", "M-x",
      ":", "/", "?", "+", "!", "[", "]", "1", "2", "3", "4", "5", "a", "d", "e", "m", "n",
      "N", "o", "p", "r", "s", "t", "u", "U", "v", "V", "x", "T", "C", "A", "J", "K", "i", "#",
      "@",
    ]
    var sent = 0
    let resizeEvery = keyCount / resizeCount
    while sent < keyCount {
      if generator.chance(10) {
        // Typed or pasted text: the corpus, escapes and all.
        try session.type(String(text.next().prefix(300)))
        sent += 1
      } else {
        let batch = (0..<generator.int(in: 1...20)).map { _ in generator.pick(keys) }
        try session.press(batch)
        sent += batch.count
      }
      if sent / resizeEvery > (sent - 1) / resizeEvery || generator.chance(2) {
        // Mostly unusable sizes, some huge, and now and then a sensible one.
        let size =
          generator.chance(30)
          ? (generator.int(in: 1...12), generator.int(in: 1...6))
          : (generator.int(in: 1...300), generator.int(in: 1...100))
        try session.resize(width: size.0, height: size.1)
      }
    }
    // Still alive and answering: at a usable size, the console draws its screens again.
    try session.resize(width: 100, height: 30)
    try session.waitUntil("a console drawing its screens") { $0.contains("1 Operations") }
    try Data().write(to: URL(fileURLWithPath: stop))
    try session.press("C-c")
    let end = try session.waitFor("EXITED:")
    #expect(end.contains("EXITED:0"), "the console must end cleanly: \(end)")
    #expect(!end.contains("1 Operations"), "the console's screen should be gone")
    // Every console the keys ended, ended cleanly: no crash, no signal.
    let statuses = try String(contentsOfFile: stop + ".statuses", encoding: .utf8)
      .split(separator: "\n")
    #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == "0" }, "exit statuses: \(statuses)")
    print("terminal abuse: \(sent) keys, \(statuses.count) console run(s), all ended with 0")
  }
}
