import ArgumentParser
import CaseModel
import Foundation
import Storage

struct OfficerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "officer", abstract: "The directory of officers: list, show, add.",
    subcommands: [List.self, Show.self, Add.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List officers by name.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @Option(help: "Only officers of this country (ISO code).") var country: String?
    @Option(name: .customLong("org"), help: "Only officers of this organisation.")
    var organisation: String?
    @Option(help: "Only this network role (\(NetworkRole.choices)).") var role: String?

    func run() throws {
      let context = try global.context(json: output.json)
      let filter = OfficerFilter(
        countryID: try country.map { try context.countryID($0) },
        organisationID: try organisation.map { try context.store.organisation($0).id },
        role: try NetworkRole.parse(role))
      let page = try context.store.officers(filter, page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        context.output.print(
          json: listJSON(page.rows.map(\.json), markings: [], more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "HANDLE"), .init(title: "NAME"), .init(title: "ORG"), .init(title: "CC"),
        .init(title: "ROLE"), .init(title: "OPEN", alignRight: true),
        .init(title: "SPECIALISATIONS", flexible: true),
      ])
      for row in page.rows {
        let o = row.officer
        table.add([
          o.handle, o.name, row.organisationAcronym, row.countryCode, o.role.label,
          String(row.openActions), o.specialisations.map(\.label).joined(separator: ", "),
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show an officer with their operations and open actions.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The officer's handle, name or id.") var officer: String

    func run() throws {
      let context = try global.context(json: output.json)
      let detail = try context.store.officerDetail(try context.store.officer(officer).id)
      try context.consulted([detail.row.auditSubject])
      let o = detail.row.officer
      if context.output.json {
        guard case .object(var fields) = detail.row.json else { return }
        fields["operations"] = .array(
          detail.operations.map {
            .object(["code": .string($0.operation.code), "role": JSONValue($0.role)])
          })
        fields["openActionItems"] = .array(detail.openActions.map { $0.json(today: context.today) })
        context.output.print(
          json: .object([
            "officer": .object(fields),
            "marking": combinedMarking(detail.openActions.map(\.item.markings)),
          ]))
        return
      }
      context.output.print(fields: [
        ("Officer", "\(o.name) (\(o.handle))"),
        ("Organisation", "\(detail.organisation.acronym) — \(detail.organisation.name)"),
        ("Country", detail.countryName),
        ("Role", o.role.label),
        (
          "Specialisations",
          o.specialisations.isEmpty ? nil : o.specialisations.map(\.label).joined(separator: ", ")
        ),
        ("Languages", o.languages.isEmpty ? nil : o.languages.joined(separator: ", ")),
        ("E-mail", o.email),
        ("Phone", o.phone),
        ("Id", o.id.text),
      ])
      if !detail.operations.isEmpty {
        context.output.heading("Operations")
        for (operation, role) in detail.operations {
          context.output.print("  \(operation.code)  \(operation.codename)  (\(role.label))")
        }
      }
      context.output.heading("Open actions (\(detail.openActions.count))")
      for row in detail.openActions {
        context.output.print(
          "  \(row.item.ref)  due \(row.item.due?.description ?? "—")  [\(row.item.status.label)]  \(row.item.title)"
        )
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add an officer to the network.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var profile: OfficerProfileOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let saved = try context.store.addOfficer(
        try profile.officer(
          organisationID: try context.store.organisation(profile.organisation).id),
        as: actor)
      context.output.print("added officer \(saved.handle) (\(saved.name))")
    }
  }
}

/// The fields of an officer, shared by `officer add` and `whoami --register`.
struct OfficerProfileOptions: ParsableArguments {
  @Option(help: "Short lower-case name used after @, e.g. ribeiro.") var handle: String
  @Option(help: "Full name.") var name: String
  @Option(name: .customLong("org"), help: "Organisation (acronym).") var organisation: String
  @Option(help: "Country (ISO code).") var country: String
  @Option(help: "Network role (\(NetworkRole.choices)); default participant.") var role: String?
  @Option(name: .customLong("spec"), help: "Specialisation (\(Specialisation.choices)); repeat.")
  var specialisations: [String] = []
  @Option(name: .customLong("lang"), help: "Language (ISO 639-1, e.g. es); repeat.")
  var languages: [String] = []
  @Option(help: "E-mail address.") var email: String?
  @Option(help: "Phone number.") var phone: String?

  func officer(id: UUID = .v7(), organisationID: UUID) throws -> Officer {
    Officer(
      id: id, handle: handle, name: name, organisationID: organisationID,
      countryID: Country.id(forCode: try CountryCatalogue.entry(country).code),
      role: try NetworkRole.parse(role) ?? .participant,
      specialisations: try specialisations.map { try Specialisation.parse($0) },
      languages: languages, email: email, phone: phone)
  }
}

struct OrganisationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "org", abstract: "Organisations: list, add.", subcommands: [List.self, Add.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List organisations by acronym.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption

    func run() throws {
      let context = try global.context(json: output.json)
      let page = try context.store.organisations(page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        let items: [JSONValue] = page.rows.map { row in
          guard case .object(var fields) = row.organisation.json else { return .null }
          fields["country"] = JSONValue(row.countryCode)
          fields["officers"] = .int(row.officers)
          return .object(fields)
        }
        context.output.print(json: listJSON(items, markings: [], more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "ACRONYM"), .init(title: "KIND"), .init(title: "CC"),
        .init(title: "OFFICERS", alignRight: true), .init(title: "NAME", flexible: true),
      ])
      for row in page.rows {
        let g = row.organisation
        table.add([g.acronym, g.kind.label, row.countryCode ?? "—", String(row.officers), g.name])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add an organisation.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: OrganisationOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let saved = try context.store.addOrganisation(try fields.organisation(), as: actor)
      context.output.print("added organisation \(saved.acronym) (\(saved.name))")
    }
  }
}

/// The fields of an organisation.
struct OrganisationOptions: ParsableArguments {
  @Option(help: "Short name, unique in the network, e.g. DIRAN.") var acronym: String
  @Option(help: "Full name.") var name: String
  @Option(help: "Kind (\(OrganisationKind.choices)).") var kind: String
  @Option(help: "Country (ISO code); leave out for international bodies.") var country: String?

  func organisation() throws -> Organisation {
    Organisation(
      acronym: acronym, name: name,
      countryID: try country.map { Country.id(forCode: try CountryCatalogue.entry($0).code) },
      kind: try OrganisationKind.parse(kind))
  }
}
