import ArgumentParser
import CaseModel
import Foundation
import Storage

extension BenchCommand {
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run", abstract: "Measure reads, writes, search and the console on a database.",
      discussion: """
        Run it on a database made by `liaison bench generate`, with a release build: \
        swift build -c release && .build/release/liaison bench run --db /tmp/big.sqlite. \
        The write measurements change records of that database, so they run only on a \
        database made by `liaison bench generate`.
        """)
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("repeat"), help: "Repetitions of each measurement.")
    var repetitions = 20
    @Option(help: "Also write the figures as JSON to this file.") var json: String?

    func validate() throws {
      guard (1...10_000).contains(repetitions) else {
        throw ArgumentParser.ValidationError("--repeat must be between 1 and 10000")
      }
    }

    func run() throws {
      // The console's store: reads on read-only connections of their own, as an officer's
      // lists and searches run.
      let context = try global.context(interactive: true)
      let results = try MainActor.assumeIsolated {
        try BenchRunner(store: context.store, repetitions: repetitions, today: context.today).all()
      }
      // As the console does when it quits (see ConsoleLauncher.run): the file alone is whole.
      try? context.store.close()
      context.output.print(BenchReport.table(results))
      context.output.print("\n" + BenchReport.memoryLine())
      if let json {
        do {
          try ExportFile.write(
            BenchReport.json(results), to: ExportFile.resolve(json), overwrite: true)
        } catch {
          throw CommandFailure(error.message)
        }
        Diagnostics.note("figures written to \(json)")
      }
    }
  }
}
