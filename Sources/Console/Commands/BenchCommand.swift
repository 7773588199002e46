import ArgumentParser
import CaseModel
import Foundation
import Storage

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Build a large database and measure liaison on it.",
    subcommands: [Generate.self, Run.self])

  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate",
      abstract: "Build a deterministic large database, complete in every table.",
      discussion: """
        Every record is written through the write path, with its operation-log and audit rows, \
        the search index, the running counts and the action scope. Build it into a new file: \
        liaison bench generate --db /tmp/big.sqlite --actions 1000000 --minutes 1000000
        """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "Action items.") var actions = 1_000_000
    @Option(help: "Minute entries.") var minutes = 1_000_000
    @Option(help: "Joint operations.") var operations = 200
    @Option(help: "Officers.") var officers = 2_000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 2026

    func validate() throws {
      for (name, value) in [
        ("--actions", actions), ("--minutes", minutes), ("--operations", operations),
        ("--officers", officers),
      ] where value < 0 || value > 50_000_000 {
        throw ArgumentParser.ValidationError("\(name) must be between 0 and 50,000,000")
      }
      if operations < 1 || officers < 1 {
        throw ArgumentParser.ValidationError("--operations and --officers must be at least 1")
      }
    }

    func run() throws {
      let context = try global.context()
      let started = Date()
      try BenchDataset.generate(
        into: context.store,
        size: .init(actions: actions, minutes: minutes, operations: operations, officers: officers),
        today: context.today, seed: seed
      ) { step in
        Diagnostics.note(String(format: "%7.1f s  %@", Date().timeIntervalSince(started), step))
      }
      let seconds = Date().timeIntervalSince(started)
      context.output.print(
        String(
          format: "built %@ in %.1f s: %d actions, %d minute entries, %d operations, %d officers",
          context.store.path, seconds, actions, minutes, operations, officers))
    }
  }
}
