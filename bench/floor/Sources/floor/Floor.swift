import ArgumentParser
import Foundation
import GRDB

/// `floor action list --op CODE --limit N`: liaison's command shape, over liaison's file
/// (`LIAISON_DB`), with the SQL of the side-by-side script's sqlite3 floor.
@main
struct Floor: ParsableCommand {
  static let configuration = CommandConfiguration(subcommands: [Action.self])

  struct Action: ParsableCommand {
    static let configuration = CommandConfiguration(subcommands: [List.self])

    struct List: ParsableCommand {
      @Option(name: .customLong("op")) var operation: String
      @Option var limit = 100

      func run() throws {
        guard let path = ProcessInfo.processInfo.environment["LIAISON_DB"] else {
          throw ValidationError("set LIAISON_DB to liaison's file")
        }
        let rows = try DatabaseQueue(path: path).read { db in
          try Row.fetchAll(
            db,
            sql: """
              SELECT a.ref, a.title, a.status, a.due, p.handle FROM action_item a
              JOIN officer p ON p.id = a.owner_id
              WHERE a.operation_id = (SELECT id FROM operation WHERE code = ?)
              AND a.status IN ('open', 'in-progress', 'blocked') AND a.deleted_at IS NULL
              ORDER BY a.due IS NULL, a.due, a.ref LIMIT ?
              """, arguments: [operation, limit])
        }
        var out = ""
        for row in rows {
          let due: String? = row["due"]
          out += "\(row["ref"] as String)  \(due ?? "")  \(row["status"] as String)  "
          out += "\(row["handle"] as String)  \(row["title"] as String)\n"
        }
        print(out, terminator: "")
      }
    }
  }
}
