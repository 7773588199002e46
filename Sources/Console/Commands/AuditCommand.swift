import ArgumentParser
import CaseModel
import Foundation
import Storage

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "The audit trail: list events, verify the hash chain, export for a supervisor.",
    discussion: """
      Every change, consultation (a record opened, a list or a search shown), disclosure (an \
      export, with its recipients), link between records, erasure and console session is an \
      event, with the officer, the operating-system user, the time and, for consultation and \
      disclosure, the purpose the officer stated (`liaison purpose`). Events are hash-chained: \
      editing, deleting, reordering or cutting off an event is found by `audit verify`. An \
      officer reads the events about records they may see.
      """,
    subcommands: [List.self, Verify.self, Export.self])

  /// Which events: the filters `list` and `export` share.
  struct FilterOptions: ParsableArguments {
    @Option(help: "Only events by this officer.") var officer: String?
    @Option(name: .customLong("op"), help: "Only events about this operation or its records.")
    var operation: String?
    @Option(help: "Only this kind (\(AuditKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kind: String?
    @Option(parsing: .unconditional, help: "Only events on or after this date.") var since: String?

    func filter(_ context: CommandContext) throws -> AuditFilter {
      var auditKind: AuditKind?
      if let kind {
        guard let parsed = AuditKind(rawValue: kind.lowercased()) else {
          throw CaseModel.ValidationError(
            .unknownTerm,
            "unknown audit kind \(quoted(kind)); expected one of: "
              + AuditKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        auditKind = parsed
      }
      return AuditFilter(
        officerID: try officer.map { try context.store.officer($0).id }, kind: auditKind,
        operationID: try operation.map { try context.store.operation($0).id },
        since: try since.map { try context.date($0, field: "since date").startOfDay(in: .current) })
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List audit events, newest first.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @OptionGroup var filter: FilterOptions

    func run() throws {
      let context = try global.context(json: output.json)
      let page = try context.store.auditEvents(
        try filter.filter(context), page: PageRequest(limit: limit.limit))
      if context.output.json {
        context.output.print(
          json: listJSON(page.rows.map(\.json), markings: [], more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "#", alignRight: true), .init(title: "WHEN"), .init(title: "WHO"),
        .init(title: "OS USER"), .init(title: "KIND"), .init(title: "WHAT", flexible: true),
      ])
      for e in page.rows {
        table.add([
          String(e.seq), String(e.at.prefix(19)).replacingOccurrences(of: "T", with: " "),
          e.officerHandle ?? "—", e.osUser, e.kind, e.summary,
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Recompute the audit trail's hash chain; name the first broken event.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let context = try global.context()
      let verdict = try context.store.verifyAudit()
      if let problem = verdict.problem {
        throw CommandFailure("the audit trail is broken at \(problem)")
      }
      context.output.print("the audit trail is intact: \(verdict.eventsChecked) events checked")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write audit events as JSON Lines, oldest first, for a supervisory authority.",
      discussion: """
        One event per line with every field, its hash and the hash before it, so that the \
        chain can be checked outside liaison. Standard output unless --output names a new \
        file (created readable by you only). The export is itself recorded as a disclosure.
        Example: liaison audit export --since 2026-01-01 --output trail.jsonl --to "CNPD"
        """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var filter: FilterOptions
    @Option(help: "The file to write (it must not exist yet).") var output: String?
    @Option(
      name: .customLong("to"),
      help: ArgumentHelp("Who receives the export (repeat for several).", valueName: "recipient"))
    var recipients: [String] = []

    func run() throws {
      let context = try global.context()
      let chosen = try filter.filter(context)
      var lines = ""
      var count = 0
      try context.store.forEachAuditEvent(chosen) { event in
        lines += event.json.line + "\n"
        count += 1
      }
      let written = try context.disclose(
        lines, what: "exported \(count) audit events", records: [], recipients: recipients,
        output: output)
      if let written { context.output.print("wrote \(count) audit events to \(written.path)") }
    }
  }
}

extension AuditEventRow {
  var json: JSONValue {
    .object([
      "seq": .int(Int(seq)), "id": JSONValue(id), "at": .string(at),
      "officer": JSONValue(officerHandle), "officerID": JSONValue(officerID),
      "osUser": .string(osUser), "kind": .string(kind), "entity": JSONValue(entity),
      "entityID": JSONValue(entityID), "ref": JSONValue(ref), "summary": .string(summary),
      // The details exactly as hashed, so that the chain can be recomputed from the export.
      "details": .string(details), "previousHash": .string(previousHash),
      "hash": .string(hash),
    ])
  }

}
