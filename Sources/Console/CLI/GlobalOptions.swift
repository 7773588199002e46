import ArgumentParser
import CaseModel
import Foundation
import Storage

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $LIAISON_DB, else $XDG_DATA_HOME/liaison/liaison.sqlite).",
      valueName: "path"))
  var db: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp(
      "Act as this officer (handle or id) instead of the local profile ($LIAISON_OFFICER).",
      valueName: "officer"))
  var actingAs: String?

  @Flag(
    name: .customLong("read-only"),
    help: "Change nothing: every command and key that changes records is refused or gone.")
  var readOnly = false

  /// These options as arguments, to hand to another command.
  var forwarded: [String] {
    (db.map { ["--db", $0] } ?? []) + (actingAs.map { ["--as", $0] } ?? [])
      + (readOnly ? ["--read-only"] : [])
  }

  /// The database file named by `--db`, `LIAISON_DB` or the default location, and whether it
  /// was named (the default location's folder is created when missing).
  var location: (path: String, explicit: Bool) { location(in: ProcessInfo.processInfo.environment) }

  private func location(in environment: [String: String]) -> (path: String, explicit: Bool) {
    let explicit = db ?? environment["LIAISON_DB"].flatMap { $0.isEmpty ? nil : $0 }
    return (StoreLocation.resolve(explicit: explicit, environment: environment), explicit != nil)
  }

  /// Opens the database and gathers what a command needs. The console asks for an
  /// `interactive` store: its writes run off the key loop, and its reads must not wait for them.
  func context(json: Bool = false, interactive: Bool = false) throws -> CommandContext {
    // Read once: Foundation builds the whole dictionary at each read.
    let environment = ProcessInfo.processInfo.environment
    let (path, explicit) = location(in: environment)
    let store = try Store.open(path: path, createFolder: !explicit, interactive: interactive)
    OpenStores.keep(store)
    store.isReadOnly = readOnly
    let fromEnvironment = environment["LIAISON_OFFICER"].flatMap { $0.isEmpty ? nil : $0 }
    var context = CommandContext(
      store: store, output: Output(json: json, environment: environment),
      actingReference: actingAs ?? fromEnvironment,
      actingFromEnvironment: actingAs == nil && fromEnvironment != nil)
    try context.viewAsActingOfficer()
    return context
  }
}

/// `--json`, for commands that print records.
struct JSONOption: ParsableArguments {
  @Flag(name: .long, help: "Print JSON with stable keys instead of a table.")
  var json = false
}

/// What a command works with: the store, the output, today.
struct CommandContext {
  let store: Store
  let output: Output
  let actingReference: String?
  /// Whether the acting officer was named by `LIAISON_OFFICER` rather than `--as`.
  let actingFromEnvironment: Bool
  /// Today in the officer's time zone.
  let today = CalendarDate.today()
  /// The officer the store reads for, set by ``viewAsActingOfficer()``; nil when nobody is
  /// acting.
  private(set) var reader: ActingOfficer?

  /// The officer writes are recorded against; a clear refusal if none is set.
  func actor() throws -> ActingOfficer {
    let failure: StoreError
    do {
      return try store.actingOfficer(actingReference)
    } catch {
      failure = error
    }
    switch failure.code {
    case .notFound where actingFromEnvironment:
      throw StoreError(
        .notFound, "LIAISON_OFFICER names an unknown officer: " + failure.description)
    case .noActingOfficer:
      throw StoreError(
        .noActingOfficer,
        "no acting officer: choose one with `liaison whoami --set HANDLE`, pass --as HANDLE or "
          + "set LIAISON_OFFICER (on a new database: `liaison whoami --register` or `liaison demo`)"
      )
    default:
      throw failure
    }
  }

  /// Makes the store read for the acting officer: a command shows only what they may see.
  /// With no officer named and no profile, records under operations are not shown at all;
  /// an officer named but unknown is refused rather than quietly showing nothing.
  mutating func viewAsActingOfficer() throws {
    do {
      let reader = try actor()
      store.viewer = .officer(reader.id)
      self.reader = reader
    } catch let error as StoreError where error.code == .noActingOfficer {
      store.viewer = .nobody
      reader = nil
    }
  }

  /// Records in the audit trail that the acting officer is shown `records`, with the purpose
  /// they stated, before anything is printed: what cannot be logged is not shown. With no
  /// officer acting only the directory is shown, and there is nobody to record. The record
  /// names the officer the records were read for, not looked up again.
  func consulted(_ records: [AuditSubject]) throws {
    guard case .officer = store.viewer else { return }
    try store.recordConsultation(Self.commandLine, of: records, as: try reader ?? actor())
  }

  /// The command as typed, for the audit trail: `liaison action list --overdue`. Long
  /// arguments are cut, so that a pasted page of text does not fill the trail.
  static var commandLine: String {
    let words =
      ["liaison"]
      + CommandLine.arguments.dropFirst().map { word in
        word.count > 80 ? String(word.prefix(80)) + "…" : word
      }
    let line = words.joined(separator: " ")
    return line.count > 500 ? String(line.prefix(500)) + "…" : line
  }

  /// Parses a date typed on the command line.
  func date(_ text: String, field: String) throws -> CalendarDate {
    try DateExpression.parse(text, today: today, field: field)
  }
}
