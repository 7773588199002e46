import CNCurses
import CaseModel
import Foundation
import Storage
import TOMLKit

/// Starts the console: loads the configuration, keys and theme, opens the screens, and runs
/// the loop on the real terminal (or replays a key script for timing).
@MainActor
public enum ConsoleLauncher {
  public struct Options {
    public var store: Store
    public var actingReference: String?
    public var theme: String?
    public var environment = ProcessInfo.processInfo.environment

    public init(store: Store, actingReference: String?, theme: String?) {
      self.store = store
      self.actingReference = actingReference
      self.theme = theme
    }
  }

  /// The theme: `--theme`, else `theme` in config.toml, else `default`; `NO_COLOR` keeps only
  /// bold, reverse and underline.
  public static func theme(_ options: Options) throws -> (name: String, theme: Theme) {
    let name = try options.theme ?? configuredTheme(options.environment) ?? "default"
    var theme: Theme
    do {
      theme = try ThemeLoader.load(name)
    } catch let failure as ThemeLoader.Failure {
      // The shipped default may be missing when liaison runs outside its folder; the built-in
      // theme always works. A theme asked for by name must exist.
      guard options.theme == nil, name == "default" else {
        throw ConsoleFailure(failure.description)
      }
      theme = .builtIn
    }
    if let noColor = options.environment["NO_COLOR"], !noColor.isEmpty { theme = theme.monochrome }
    return (name, theme)
  }

  static func configuredTheme(_ environment: [String: String]) throws -> String? {
    let path = ConfigLocation.configDirectory(environment: environment) + "/config.toml"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    do {
      return try TOMLTable(string: text)["theme"]?.string
    } catch let error as TOMLParseError {
      throw ConsoleFailure("\(path):\(error.source.begin.line): \(error.description)")
    }
  }

  /// Builds the program around a terminal.
  public static func app(
    _ options: Options, terminal: any Terminal, themeName: String
  ) throws
    -> ConsoleApp
  {
    let data = DataService(store: options.store, actingReference: options.actingReference)
    // `--read-only` is the store's: no key or command changes a record.
    let table = try ActionTable.load(
      environment: options.environment, readOnly: options.store.isReadOnly)
    let welcome: (any Screen)? =
      try options.store.isEmpty() ? WelcomeScreen(databasePath: options.store.path) : nil
    let screens: [any Screen] = [
      OperationsScreen(), MeetingsScreen(), ActionsScreen(), DirectoryScreen(), SearchScreen(),
    ]
    return ConsoleApp(
      terminal: terminal, data: data, table: table, themeName: themeName, screens: screens,
      welcome: welcome)
  }

  /// Makes the day's backup beside the database, on a thread of its own (it reads through
  /// its own connection, and holds back while keys come in, so the console does not wait for
  /// it), and says so in the status bar. The group is left when the backup has ended.
  static func backUpToday(_ store: Store, notices: Notices, pace: BackupPace) -> DispatchGroup {
    let today = CalendarDate.today()
    let running = DispatchGroup()
    running.enter()
    Thread.detachNewThread {
      defer { running.leave() }
      do throws(StoreError) {
        if let made = try store.rotateBackups(today: today, pace: pace) {
          notices.post("today's backup is made: \(made)")
        }
      } catch {
        notices.post("today's backup failed: \(error.message)", isError: true)
      }
    }
    return running
  }

  /// Stops a backup still under way when the console closes, and waits (a few seconds at
  /// most) until its partial copy is removed: the program must not exit first and leave it.
  /// The next console makes the day's backup.
  static func stopBackup(_ running: DispatchGroup, pace: BackupPace) {
    pace.stop()
    _ = running.wait(timeout: .now() + 10)
  }

  /// Runs the console on the real terminal until the officer quits.
  public static func run(_ options: Options) throws {
    let (name, theme) = try theme(options)
    let terminal = NCursesTerminal(theme: theme)
    let app = try app(options, terminal: terminal, themeName: name)
    app.applyTheme = { terminal.use($0) }
    // Opening the console is the officer starting to work: the backup waits for the first
    // quiet second, and does not compete with the first screens' queries.
    app.backupPace.touch()
    let backup = backUpToday(options.store, notices: app.notices, pace: app.backupPace)
    let signal: Int32
    do {
      defer { stopBackup(backup, pace: app.backupPace) }
      app.data.recordSession(starting: true)
      if app.data.profile != nil, app.data.purpose == nil {
        app.notices.post("no purpose stated: :purpose WORDS records why you consult records")
      }
      signal = try app.run(signal: { terminal.pendingSignal })
      app.data.recordSession(starting: false)
      app.settle()
    }
    // Closing the last connection copies the write-ahead log into the file and removes it,
    // so that the file alone holds everything (a copy of it included); the process ending
    // with them open left the log beside the file. Should closing fail, the log stays and the
    // next program to open the file copies it in: nothing is lost either way.
    try? options.store.close()
    // Stopped by SIGTERM, SIGHUP or SIGINT: the terminal is restored; exit as the shell
    // expects of a program killed by that signal.
    if signal != 0 { exit(128 + signal) }
  }
}
