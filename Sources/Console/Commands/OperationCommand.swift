import ArgumentParser
import CaseModel
import Foundation
import Storage

struct OperationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "op", abstract: "Joint operations: list, show, add, edit, change status.",
    subcommands: [
      List.self, Show.self, Add.self, Edit.self, Status.self, Join.self, Leave.self,
    ])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List operations by code (all but archived unless --status says otherwise).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @Option(help: "Only these statuses (\(OperationStatus.choices)), or all.")
    var status: [String] = []
    @Option(help: "Only this vector (\(Vector.choices)).") var vector: String?
    @Option(help: "Only operations led by this country (ISO code).") var lead: String?

    func run() throws {
      let context = try global.context(json: output.json)
      var filter = OperationFilter(vector: try Vector.parse(vector))
      if !status.isEmpty && status.map({ $0.lowercased() }) != ["all"] {
        filter.statuses = Set(try status.map { try OperationStatus.parse($0) })
      } else if !status.isEmpty {
        filter.statuses = Set(OperationStatus.allCases)
      }
      if let lead { filter.leadCountryID = try context.countryID(lead) }
      let page = try context.store.operations(
        filter, today: context.today, page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        context.output.print(
          json: listJSON(
            page.rows.map(\.json), markings: page.rows.map(\.operation.markings),
            more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "CODE"), .init(title: "CODENAME"), .init(title: "STATUS"),
        .init(title: "VECTOR"), .init(title: "LEAD"), .init(title: "OPEN", alignRight: true),
        .init(title: "LATE", alignRight: true), .init(title: "NEXT MEETING"),
        .init(title: "TLP"),
      ])
      for row in page.rows {
        let op = row.operation
        table.add([
          .init(text: op.code), .init(text: op.codename), .init(text: op.status.label),
          .init(text: op.vector.label),
          .init(text: row.leadCountryCode + (row.leadOrganisationAcronym.map { " " + $0 } ?? "")),
          .init(text: String(row.openActions)),
          .init(
            text: String(row.overdueActions), emphasis: row.overdueActions > 0 ? .warning : .none),
          .init(text: row.nextMeeting.map { context.local($0) } ?? "—"),
          .init(text: op.markings.tlp.rawValue.uppercased()),
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show an operation with its participants and workload.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The operation's code, a unique part of it, its codename or its id.")
    var operation: String

    func run() throws {
      let context = try global.context(json: output.json)
      let found = try context.store.operation(operation)
      let detail = try context.store.operationDetail(found.id, today: context.today)
      try context.consulted([detail.row.auditSubject])
      let op = detail.row.operation
      if context.output.json {
        guard case .object(var fields) = detail.row.json else { return }
        fields["participants"] = .array(
          detail.participants.map {
            .object([
              "id": JSONValue($0.participant.id), "kind": .string($0.partyKind),
              "ref": .string($0.reference), "name": .string($0.name),
              "role": JSONValue($0.participant.role),
            ])
          })
        fields["meetings"] = .int(detail.meetings)
        fields["seizures"] = .int(detail.seizures)
        context.output.print(
          json: .object(["operation": .object(fields), "marking": op.markings.json]))
        return
      }
      context.output.print("[\(op.markings.banner)]")
      context.output.print(fields: [
        ("Operation", "\(op.code) — \(op.codename)"),
        ("Status", op.status.label),
        ("Crime areas", op.crimeAreas.map(\.label).joined(separator: ", ")),
        ("Vector", op.vector.label),
        (
          "Lead",
          detail.leadCountryName + (detail.row.leadOrganisationAcronym.map { ", " + $0 } ?? "")
        ),
        ("Period", period(op)),
        ("Threat assessment", op.threatAssessment),
        ("EMPACT", op.empactRef),
        ("JIT", op.jitRef),
        ("Actions", "\(detail.row.openActions) open, \(detail.row.overdueActions) overdue"),
        (
          "Meetings",
          "\(detail.meetings)"
            + (detail.row.nextMeeting.map { ", next \(context.local($0))" } ?? "")
        ),
        ("Seizures", "\(detail.seizures)"),
        ("Id", op.id.text),
      ])
      if !op.summary.isEmpty {
        context.output.heading("Summary")
        context.output.print(TextSanitizer.lines(op.summary))
      }
      context.output.heading("Participants")
      var table = Table([
        .init(title: "ROLE"), .init(title: "KIND"), .init(title: "REF"),
        .init(title: "NAME", flexible: true),
      ])
      for p in detail.participants {
        table.add([p.participant.role.label, p.partyKind, p.reference, p.name])
      }
      context.output.print(table)
    }

    private func period(_ op: JointOperation) -> String? {
      switch (op.startDate, op.endDate) {
      case (nil, nil): nil
      case (let start?, nil): "from \(start)"
      case (nil, let end?): "until \(end)"
      case (let start?, let end?): "\(start) – \(end)"
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add a joint operation.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The code, e.g. TF-MAR-2026-003.") var code: String
    @Option(help: "The codename.") var name: String
    @Option(
      name: .customLong("crime-area"),
      help: "Crime area (\(CrimeArea.choices)); repeat for several.")
    var crimeAreas: [String] = []
    @Option(help: "Vector (\(Vector.choices)).") var vector: String
    @Option(name: .customLong("lead-country"), help: "Lead country (ISO code).") var leadCountry:
      String
    @Option(name: .customLong("lead-org"), help: "Lead organisation (acronym).")
    var leadOrganisation: String?
    @Option(help: "Summary.") var summary: String = ""
    @Option(help: "Status (\(OperationStatus.choices)); default planned.") var status: String?
    @Option(parsing: .unconditional, help: "Start date.") var start: String?
    @Option(parsing: .unconditional, help: "End date.") var end: String?
    @Option(help: "Threat assessment, e.g. \"EU SOCTA 2025\".") var threat: String?
    @Option(help: "EMPACT reference.") var empact: String?
    @Option(help: "Joint investigation team reference.") var jit: String?
    @OptionGroup var markings: MarkingOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let operation = JointOperation(
        code: code, codename: name, summary: summary,
        status: try OperationStatus.parse(status) ?? .planned,
        crimeAreas: try crimeAreas.map { try CrimeArea.parse($0) },
        vector: try Vector.parse(vector),
        leadCountryID: try context.countryID(leadCountry),
        leadOrganisationID: try leadOrganisation.map { try context.store.organisation($0).id },
        threatAssessment: threat, empactRef: empact, jitRef: jit,
        startDate: try start.map { try context.date($0, field: "start date") },
        endDate: try end.map { try context.date($0, field: "end date") },
        markings: try markings.applied(to: .standard))
      let saved = try context.store.addOperation(operation, as: actor)
      context.output.print("added operation \(saved.code) (\(TextSanitizer.line(saved.codename)))")
    }
  }

  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit",
      abstract: "Change an operation's codename, summary, dates, references or markings.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The operation.") var operation: String
    @Option(help: "New codename.") var name: String?
    @Option(help: "New summary.") var summary: String?
    @Option(name: .customLong("crime-area"), help: "Replace the crime areas; repeat for several.")
    var crimeAreas: [String] = []
    @Option(help: "New vector.") var vector: String?
    @Option(name: .customLong("lead-org"), help: "New lead organisation.") var leadOrganisation:
      String?
    @Option(parsing: .unconditional, help: "New start date, or none.") var start: String?
    @Option(parsing: .unconditional, help: "New end date, or none.") var end: String?
    @Option(help: "Threat assessment.") var threat: String?
    @Option(help: "EMPACT reference.") var empact: String?
    @Option(help: "JIT reference.") var jit: String?
    @OptionGroup var markings: MarkingOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      var op = try context.store.operation(operation)
      let before = op
      if let name { op.codename = name }
      if let summary { op.summary = summary }
      if !crimeAreas.isEmpty { op.crimeAreas = try crimeAreas.map { try CrimeArea.parse($0) } }
      if let vector { op.vector = try Vector.parse(vector) }
      if let leadOrganisation {
        op.leadOrganisationID = try context.store.organisation(leadOrganisation).id
      }
      if let start { op.startDate = try optionalDate(start, context, "start date") }
      if let end { op.endDate = try optionalDate(end, context, "end date") }
      if let threat { op.threatAssessment = threat }
      if let empact { op.empactRef = empact }
      if let jit { op.jitRef = jit }
      op.markings = try markings.applied(to: op.markings)
      guard op != before else { throw CommandFailure("nothing to change on \(op.code)") }
      let saved = try context.store.editOperation(op, as: actor)
      context.output.print("edited operation \(saved.code)")
    }

    private func optionalDate(
      _ text: String, _ context: CommandContext, _ field: String
    ) throws
      -> CalendarDate?
    {
      text.lowercased() == "none" ? nil : try context.date(text, field: field)
    }
  }

  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Move an operation along planned → active → suspended/concluded → archived.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The operation.") var operation: String
    @Argument(help: "The new status (\(OperationStatus.choices)).") var status: String

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let target = try OperationStatus.parse(status)
      let op = try context.store.operation(operation)
      let saved = try context.store.changeOperationStatus(op.id, to: target, as: actor)
      context.output.print("operation \(saved.code) is now \(saved.status.label)")
    }
  }

  /// Who takes part: one of --country, --org, --officer.
  struct PartyOptions: ParsableArguments {
    @Option(help: "A country (ISO code).") var country: String?
    @Option(name: .customLong("org"), help: "An organisation (acronym).") var organisation: String?
    @Option(help: "An officer (handle).") var officer: String?

    func party(_ context: CommandContext) throws -> (Participant.Party, String) {
      switch (country, organisation, officer) {
      case (let code?, nil, nil):
        return (.country(try context.countryID(code)), code.uppercased())
      case (nil, let acronym?, nil):
        let found = try context.store.organisation(acronym)
        return (.organisation(found.id), found.acronym)
      case (nil, nil, let handle?):
        let found = try context.store.officer(handle)
        return (.officer(found.id), found.handle)
      default:
        throw CommandFailure("name exactly one participant: --country, --org or --officer")
      }
    }
  }

  struct Join: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "join",
      abstract: "Add a country, organisation or officer to an operation, or change its role.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The operation.") var operation: String
    @OptionGroup var party: PartyOptions
    @Option(help: "Role (\(ParticipantRole.choices)); default participant.") var role: String?

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let op = try context.store.operation(operation)
      let (who, name) = try party.party(context)
      let saved = try context.store.addParticipant(
        op.id, who, role: try ParticipantRole.parse(role) ?? .participant, as: actor)
      context.output.print("\(name) takes part in \(op.code) as \(saved.role.label)")
    }
  }

  struct Leave: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "leave", abstract: "Remove a participant from an operation.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The operation.") var operation: String
    @OptionGroup var party: PartyOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let op = try context.store.operation(operation)
      let (who, name) = try party.party(context)
      let detail = try context.store.operationDetail(op.id, today: context.today)
      guard let participant = detail.participants.first(where: { $0.participant.party == who })
      else { throw CommandFailure("\(name) does not take part in \(op.code)") }
      try context.store.removeParticipant(participant.participant.id, as: actor)
      context.output.print("\(name) no longer takes part in \(op.code)")
    }
  }
}
