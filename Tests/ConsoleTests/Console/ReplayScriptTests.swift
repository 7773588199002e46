import Foundation
import Testing

@testable import Console

/// The key scripts of `liaison --replay`, as the benchmarks feed them.
@MainActor
@Suite("replay scripts")
struct ReplayScriptTests {
  /// The triage session the README times, through every screen and the directory's
  /// countries: every key in it is one the console knows.
  @Test func theShippedTriageSessionParses() throws {
    let url = packageRoot().appendingPathComponent("bench/navigation.keys")
    let keys = try ReplayCommand.parse(String(contentsOf: url, encoding: .utf8)).map(\.0)
    #expect(keys.count > 50)
    for screen in ["1", "2", "3", "4", "5"] { #expect(keys.contains(screen), "\(screen)") }
  }

  @Test func anUnknownKeyIsNamed() {
    #expect {
      _ = try ReplayCommand.parse("j k # a comment\npgdn sideways")
    } throws: { error in
      (error as? CommandFailure)?.message == "the replay script names an unknown key \"sideways\""
    }
  }
}
