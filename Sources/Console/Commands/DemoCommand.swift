import ArgumentParser
import CaseModel
import Foundation
import Storage

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract:
      "Load the demo: the EU–CLASI Task Force with officers, operations, meetings, actions.",
    discussion: """
      The demo is the same every time, with dates relative to today. It is loaded only into an \
      empty database; with --force, a database that holds records is first moved aside (kept \
      next to it, named …before-demo-TIME.sqlite) and the demo goes into a new file.
      """)
  @OptionGroup var global: GlobalOptions
  @Flag(help: "Move a non-empty database aside and load the demo into a new one.") var force = false

  func run() throws {
    var context = try global.context()
    if !(try context.store.isEmpty()) {
      guard force else {
        throw CommandFailure(
          "\(context.store.path) already holds records; the demo loads into an empty database "
            + "(use --force to move this one aside first, or --db NEW-FILE)")
      }
      let aside = try moveAside(context.store)
      Diagnostics.note("moved the previous database to \(aside)")
      context = try global.context()
    }
    let summary = try DemoDataset.load(into: context.store, today: context.today)
    context.output.print(
      """
      loaded the demo into \(context.store.path):
        \(summary.operations) operations, \(summary.meetings) meetings, \(summary.minuteEntries) minute entries,
        \(summary.actions) action items, \(summary.seizures) seizures,
        \(summary.officers) officers of \(summary.organisations) organisations in \(summary.countries) countries.
      you are \(DemoDataset.profileHandle); try `liaison summary`, `liaison action list --overdue`.
      """)
  }

  /// Renames the database (after closing it, which folds the WAL into the main file) to a
  /// dated name beside it.
  private func moveAside(_ store: Store) throws -> String {
    let path = store.path
    try store.close()
    let stamp = Date().formatted(
      .iso8601.year().month().day().time(includingFractionalSeconds: false)
    )
    .replacingOccurrences(of: ":", with: "")
    let base = path.hasSuffix(".sqlite") ? String(path.dropLast(7)) : path
    let aside = "\(base).before-demo-\(stamp).sqlite"
    let manager = FileManager.default
    do {
      try manager.moveItem(atPath: path, toPath: aside)
      for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
        try manager.moveItem(atPath: path + suffix, toPath: aside + suffix)
      }
    } catch {
      throw CommandFailure("cannot move \(path) aside: \(error.localizedDescription)")
    }
    return aside
  }
}

struct DatabaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db", abstract: "The database file: info, check, backup, restore.",
    subcommands: [Info.self, Check.self, Backup.self, Restore.self])

  struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "info",
      abstract: "Show where the database is, its schema version and what it holds.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() throws {
      let context = try global.context(json: output.json)
      let info = try context.store.info()
      if context.output.json {
        context.output.print(
          json: .object([
            "path": .string(info.path), "schemaVersion": .int(info.schemaVersion),
            "replicaID": JSONValue(info.replicaID), "replicaTag": .string(info.replicaTag),
            "createdAt": JSONValue(info.createdAt), "bytes": .int(Int(info.fileBytes)),
            "journalMode": .string(info.journalMode), "synchronous": .int(info.synchronous),
            "profile": JSONValue(info.profileHandle),
            "records": .object(
              Dictionary(
                uniqueKeysWithValues: info.records.map {
                  ($0.kind.rawValue, JSONValue.int($0.count))
                })),
            "operations": .int(info.operations), "auditEvents": .int(info.auditEvents),
          ]))
        return
      }
      context.output.print(fields: [
        ("Database", info.path),
        (
          "Schema",
          "version \(info.schemaVersion) (this program writes version \(Store.schemaVersion))"
        ),
        ("Replica", "\(info.replicaTag) (\(info.replicaID.text))"),
        ("Created", info.createdAt.map { context.local($0) }),
        ("Size", ByteCountFormatter.string(fromByteCount: info.fileBytes, countStyle: .file)),
        (
          "Journal",
          "\(info.journalMode), synchronous \(info.synchronous == 2 ? "FULL" : String(info.synchronous))"
        ),
        ("Profile", info.profileHandle ?? "none"),
        ("Logged", "\(info.operations) field operations, \(info.auditEvents) audit events"),
      ])
      context.output.heading("Records")
      var table = Table([.init(title: "KIND"), .init(title: "COUNT", alignRight: true)])
      for (kind, count) in info.records { table.add([kind.label, String(count)]) }
      context.output.print(table)
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract:
        "Check integrity, foreign keys, search indexes, running counts, action scope and audit chain.",
      discussion: """
        With --repair, the tables liaison derives from the records (the search indexes, the \
        running counts, the action scope) that are out of step with them are filled again, \
        and the file is checked once more. Records, the operation log and the audit trail are \
        never changed: damage to them is for `liaison db restore FILE`.
        """)
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Fill again the derived tables the check finds out of step with the records.")
    var repair = false

    func run() throws {
      let path = global.location.path
      var problems: [String]
      do {
        let store = try global.context().store
        problems = try store.check()
        if repair && !problems.isEmpty {
          for problem in problems { Diagnostics.note(problem) }
          let rebuilt = try store.repairDerivedTables()
          StandardStream.write(
            rebuilt.isEmpty
              ? "nothing that liaison derives from the records was out of step\n"
              : "filled again from the records: \(rebuilt.joined(separator: ", "))\n")
          problems = try store.check()
        }
      } catch let error as StoreError where error.code == .database {
        // Too damaged to open as a store: say what SQLite finds, without writing to it.
        problems = Store.checkDamaged(path: path)
      }
      if problems.isEmpty {
        StandardStream.write("\(path): ok\n")
        return
      }
      for problem in problems { Diagnostics.note(problem) }
      throw CommandFailure(
        "\(problems.count) problem(s) found in \(path)"
          + (repair ? "; restore a backup with `liaison db restore FILE`" : ""))
    }
  }

  struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: "Write a consistent copy of the database to a new file, or make today's backup.",
      discussion: """
        Without a file: today's backup in the backups folder beside the database, unless it \
        was made already (the console makes it when it opens); the newest \(BackupRotation.kept) \
        are kept.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file (default: today's backup).") var destination: String?

    func run() throws {
      let context = try global.context()
      if let destination {
        try context.store.backup(to: destination)
        context.output.print("backed up \(context.store.path) to \(destination)")
        return
      }
      let rotation = BackupRotation(databasePath: context.store.path)
      if let made = try context.store.rotateBackups(today: context.today) {
        context.output.print("backed up \(context.store.path) to \(made)")
      } else {
        context.output.print(
          "today's backup is there already: \(rotation.path(for: context.today))")
      }
    }
  }

  struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore", abstract: "Put a backup in place of the database, after checking it.",
      discussion: """
        The backup must be a healthy liaison database (integrity, schema version, audit \
        chain); otherwise nothing changes. What the database held before is kept as a backup \
        of its own, so a restore loses nothing.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The backup to restore.") var backup: String

    func run() throws {
      let path = global.location.path
      let facts: BackupFacts
      let saved: String
      var opened: Store?
      do {
        let store = try global.context().store
        opened = store
        (facts, saved) = try store.restore(from: backup)
      } catch let error as StoreError where error.code == .database && !global.readOnly {
        // Too damaged to open (or to copy): the restore is made by file, with no connection
        // left on the file it replaces (closing one on a damaged file may fail; it is let go).
        try? opened?.close()
        (facts, saved) = try Store.restoreDamaged(path: path, from: backup)
      }
      StandardStream.write(
        "restored \(path) from \(backup): \(facts.actions) action items, "
          + "\(facts.minuteEntries) minute entries, \(facts.auditEvents) audit events\n"
          + "what it held before is in \(saved)\n")
    }
  }
}
