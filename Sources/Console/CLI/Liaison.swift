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
      in one SQLite file that works offline. Without a subcommand, liaison prints the summary.

      Dates may be written 2026-12-04, today, tomorrow, +3d, +2w or a weekday (fri). Records \
      are named by an operation's code, an officer's handle, an organisation's acronym, a short \
      reference (A17-KQ3M, or A17 when unambiguous) or a UUID.
      """,
    version: version,
    subcommands: [
      SummaryCommand.self, OperationCommand.self, MeetingCommand.self, MinutesCommand.self,
      ActionCommand.self, OfficerCommand.self, OrganisationCommand.self, SeizureCommand.self,
      SearchCommand.self, WhoamiCommand.self, DemoCommand.self, DatabaseCommand.self,
      AuditCommand.self,
    ],
    defaultSubcommand: SummaryCommand.self)

  /// Runs the command line. Refusals print one line on standard error and exit with 1;
  /// a database that cannot be used exits with 2; misuse of options exits with 64.
  static func main() {
    DisplayWidth.prepareLocale()
    if let message = ArgumentCheck.invalidUTF8() {
      Diagnostics.fail(message)
      Foundation.exit(1)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as StoreError {
      Diagnostics.fail(error.description)
      Foundation.exit(exitCode(for: error.code))
    } catch let error as CaseModel.ValidationError {
      Diagnostics.fail(error.message)
      Foundation.exit(1)
    } catch let error as CommandFailure {
      Diagnostics.fail(error.message)
      Foundation.exit(1)
    } catch {
      exit(withError: error)
    }
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
