import ArgumentParser
import CaseModel
import Foundation
import Storage

@main
struct Liaison: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "liaison",
    abstract: "Case coordination for the EU–CLASI counter-narcotics network.",
    discussion: """
      Joint operations, technical meetings and their minutes, action items and seizures, kept \
      in one SQLite file that works offline. Without a subcommand, liaison opens the \
      full-screen console (when its output is not a terminal, it prints the summary instead).

      Dates may be written 2026-12-04, today, tomorrow, +3d, +2w or a weekday (fri). Records \
      are named by an operation's code, an officer's handle, an organisation's acronym, a short \
      reference (A17-KQ3M, or A17 when unambiguous) or a UUID.
      """,
    version: version,
    subcommands: [
      SummaryCommand.self, OperationCommand.self, MeetingCommand.self, MinutesCommand.self,
      ActionCommand.self, OfficerCommand.self, OrganisationCommand.self, SeizureCommand.self,
      SearchCommand.self, WhoamiCommand.self, DemoCommand.self, DatabaseCommand.self,
      AuditCommand.self, PurposeCommand.self, BenchCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      "Colour theme: default, light, high-contrast, mono, or one in ~/.config/liaison/themes.",
      valueName: "name"))
  var theme: String?

  @Option(
    help: ArgumentHelp("Replay a key script against the console (see README).", valueName: "file"))
  var replay: String?

  @Flag(help: "With --replay: print how long each key took, from key to frame.")
  var timings = false

  @Option(
    help: ArgumentHelp(
      "With --replay: the in-memory terminal's size (default 120x40), or terminal to draw on the real one.",
      valueName: "WxH"))
  var size = "120x40"

  /// Without a subcommand: the console.
  func run() throws {
    if let replay {
      try MainActor.assumeIsolated {
        try ReplayCommand.run(
          global: global, theme: theme, script: replay, size: size, timings: timings)
      }
      return
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      // Piped or scripted: the console needs a terminal, so print what it would open on.
      let summary = try SummaryCommand.parse(global.forwarded)
      try summary.run()
      return
    }
    let context = try global.context(interactive: true)
    try MainActor.assumeIsolated {
      try ConsoleLauncher.run(
        ConsoleLauncher.Options(
          store: context.store, actingReference: context.actingReference, theme: theme))
    }
  }

  /// Runs the command line. Refusals print one line on standard error and exit with 1;
  /// a database that cannot be used exits with 2; misuse of options exits with 64.
  static func main() {
    // A file that may not grow (a full quota, `ulimit -f`) must fail the write, which SQLite
    // rolls back and the officer is told of, not kill the program without a word.
    signal(SIGXFSZ, SIG_IGN)
    DisplayWidth.prepareLocale()
    if let message = ArgumentCheck.invalidUTF8() {
      Diagnostics.fail(message)
      Foundation.exit(1)
    }
    // A text that starts with a dash ("- crew list sent") would be read as options, one
    // letter at a time: -h among them prints the help and exits with 0, the text not stored.
    if let text = ArgumentCheck.dashedText() {
      Diagnostics.fail(
        "\(quoted(text)) starts with a dash and would be read as an option: put -- before "
          + "it, or write the option with =, as --details=\"…\"")
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
      finish(0)
    } catch let error as StoreError {
      Diagnostics.fail(error.description)
      finish(exitCode(for: error.code))
    } catch let error as CaseModel.ValidationError {
      Diagnostics.fail(error.message)
      finish(1)
    } catch let error as CommandFailure {
      Diagnostics.fail(error.message)
      finish(1)
    } catch let error as ConsoleFailure {
      // A keys.toml, config.toml or theme the officer must fix: said before the screen opens.
      Diagnostics.fail(error.description)
      finish(1)
    } catch {
      // ArgumentParser's own (help, --version, misuse, validation), and any other error.
      _ = OpenStores.closeAll()
      exit(withError: error)
    }
  }

  /// Closes the stores the command opened, then exits with `status`; with a database
  /// problem's status instead when a command that succeeded leaves a store it cannot close.
  /// The stores are still referenced at the exit, on purpose (see ``OpenStores``).
  private static func finish(_ status: Int32) -> Never {
    let closed = OpenStores.closeAll()
    Foundation.exit(status == 0 && !closed ? exitCode(for: .database) : status)
  }

  static func exitCode(for code: StoreError.Code) -> Int32 {
    switch code {
    case .cannotOpen, .notALiaisonDatabase, .newerSchema, .database: 2
    default: 1
    }
  }
}

/// A refusal from the command line itself, such as a missing option combination.
struct CommandFailure: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

/// Arguments arrive as bytes; Swift would silently repair invalid UTF-8 into U+FFFD. Checking
/// the raw bytes first lets liaison refuse them instead of storing a corrupted value.
enum ArgumentCheck {
  /// The first argument before any `--` that starts with a dash and holds white space: no
  /// option does, so it is text the parser would take for one. An option given its value
  /// with `=` (`--details=- item one`) is not.
  static func dashedText() -> String? {
    // By scalar, and only for arguments that start with a dash: every command pays for this
    // check, and walking each argument's characters costs more than the rest of it.
    CommandLine.arguments.dropFirst().prefix { $0 != "--" }.first { argument in
      let scalars = argument.unicodeScalars
      guard scalars.first == "-", scalars.contains(where: \.properties.isWhitespace) else {
        return false
      }
      let name = scalars.prefix { $0 != "=" }
      let inline =
        argument.hasPrefix("--") && name.endIndex < scalars.endIndex
        && !name.contains(where: \.properties.isWhitespace)
      return !inline
    }
  }

  static func invalidUTF8() -> String? {
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      if String(validatingCString: pointer) == nil {
        return "argument \(index) is not valid UTF-8; check the terminal's character encoding"
      }
    }
    return nil
  }
}
