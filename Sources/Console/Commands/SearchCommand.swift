import ArgumentParser
import CaseModel
import Foundation
import Storage

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search operations, meetings, minutes, action items and officers.",
    discussion: """
      Words are matched whatever their accents or case (bogota finds Bogotá). Every word must \
      occur; a word ending in * matches as a prefix (esper*). Quotes and operators are taken \
      as plain text.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: JSONOption
  @Option(parsing: .unconditional, help: "At most this many results of each kind.")
  var limit: Int = 10
  @Argument(help: "The words to find.") var words: [String]

  func validate() throws {
    guard (1...1000).contains(limit) else {
      throw ArgumentParser.ValidationError("--limit must be between 1 and 1000")
    }
  }

  func run() throws {
    let context = try global.context(json: output.json)
    let results = try context.store.search(words.joined(separator: " "), limitPerKind: limit)
    try context.consulted(results.groups.flatMap { $0.hits.map(\.auditSubject) })
    let markings = results.groups.flatMap { $0.hits.compactMap(\.markings) }
    if context.output.json {
      let hits = results.groups.flatMap(\.hits).map { hit -> JSONValue in
        .object([
          "kind": .string(hit.kind.rawValue), "id": JSONValue(hit.id), "ref": .string(hit.ref),
          "title": .string(hit.title), "rank": .double(hit.rank),
          "snippet": .string(hit.snippet.map { $0.isMatch ? "[\($0.text)]" : $0.text }.joined()),
          "marking": hit.markings.map(\.json) ?? .null,
        ])
      }
      context.output.print(
        json: .object([
          "query": .string(results.query), "results": .array(hits),
          "marking": combinedMarking(markings),
        ]))
      return
    }
    if results.count == 0 {
      context.output.print("nothing found for \(quoted(results.query))")
      return
    }
    // The strictest marking of what follows, as `show` prints it.
    if let first = markings.first {
      context.output.print(
        "[\(markings.dropFirst().reduce(first) { $0.combined(with: $1) }.banner)]")
    }
    for (kind, hits) in results.groups {
      context.output.heading("\(kind.label) (\(hits.count))")
      for hit in hits {
        let snippet = hit.snippet.map { part in
          part.isMatch
            ? context.output.style.apply(.strong, TextSanitizer.line(part.text))
            : TextSanitizer.line(part.text)
        }.joined()
        let title = DisplayWidth.truncate(TextSanitizer.line(hit.title), to: 50)
        Swift.print("  \(TextSanitizer.line(hit.ref))  \(title)")
        Swift.print("      \(snippet)")
      }
    }
  }
}

struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "The network at a glance: counts, overdue actions, next meetings.")
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: JSONOption

  func run() throws {
    let context = try global.context(json: output.json)
    let summary = try context.store.summary(today: context.today)
    try context.consulted(
      summary.overdue.map(\.auditSubject) + summary.nextMeetings.map(\.auditSubject))
    if context.output.json {
      context.output.print(
        json: .object([
          "operations": .object(
            Dictionary(
              uniqueKeysWithValues: summary.operationsByStatus.map {
                ($0.status.rawValue, JSONValue.int($0.count))
              })),
          "officers": .int(summary.officers), "organisations": .int(summary.organisations),
          "countries": .int(summary.countries), "openActions": .int(summary.openActions),
          "overdueActions": .int(summary.overdueActions), "dueThisWeek": .int(summary.dueThisWeek),
          "blockedActions": .int(summary.blockedActions), "seizures": .int(summary.seizures),
          "overdue": .array(summary.overdue.map { $0.json(today: context.today) }),
          "nextMeetings": .array(summary.nextMeetings.map(\.json)),
          "marking": combinedMarking(
            summary.overdue.map(\.item.markings) + summary.nextMeetings.map(\.meeting.markings)),
        ]))
      return
    }
    if try context.store.isEmpty() {
      context.output.print(
        """
        This database is empty (\(context.store.path)).
        Load the demo with `liaison demo`, or set up your officer profile with
        `liaison whoami --register --handle … --name … --org … --country …`.
        """)
      return
    }
    let operations = summary.operationsByStatus.filter { $0.count > 0 }
      .map { "\($0.count) \($0.status.label)" }.joined(separator: ", ")
    context.output.print(fields: [
      ("Operations", operations.isEmpty ? "none" : operations),
      (
        "Actions",
        "\(summary.openActions) open, \(summary.overdueActions) overdue, \(summary.dueThisWeek) due within 7 days, \(summary.blockedActions) blocked"
      ),
      (
        "Network",
        "\(summary.officers) officers, \(summary.organisations) organisations, \(summary.countries) countries"
      ),
      ("Seizures", "\(summary.seizures)"),
    ])
    if !summary.overdue.isEmpty {
      context.output.heading("Most overdue")
      for row in summary.overdue {
        context.output.print(
          "  \(row.item.ref)  due \(row.item.due?.description ?? "—")  @\(row.ownerHandle)  \(row.item.title)"
        )
      }
    }
    if !summary.nextMeetings.isEmpty {
      context.output.heading("Next meetings")
      for row in summary.nextMeetings {
        context.output.print(
          "  \(row.meeting.ref)  \(row.meeting.localStart)  \(row.meeting.title)")
      }
    }
  }
}

struct WhoamiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whoami",
    abstract: "Show or choose the local officer profile that writes are recorded against.",
    discussion: """
      --set HANDLE chooses an officer already in the database. On a new database, --register \
      creates your officer record (and your organisation, given --org-name and --org-kind, if \
      it is not there yet) and makes it the profile.
      """)
  @OptionGroup var global: GlobalOptions
  @OptionGroup var output: JSONOption
  @Option(help: "Make this officer the local profile.") var set: String?
  @Flag(help: "Create your own officer record and make it the profile.") var register = false
  @Option(help: "With --register: your handle.") var handle: String?
  @Option(help: "With --register: your full name.") var name: String?
  @Option(name: .customLong("org"), help: "With --register: your organisation's acronym.")
  var organisation: String?
  @Option(name: .customLong("org-name"), help: "With --register: its full name, if it is new.")
  var organisationName: String?
  @Option(name: .customLong("org-kind"), help: "With --register: its kind, if it is new.")
  var organisationKind: String?
  @Option(help: "With --register: your country (ISO code).") var country: String?
  @Option(help: "With --register: your network role.") var role: String?

  func run() throws {
    let context = try global.context(json: output.json)
    if register {
      try registerSelf(context)
    } else if let set {
      let officer = try context.store.officer(set)
      try context.store.setProfile(officer.id)
      context.output.print("the local profile is now \(officer.handle) (\(officer.name))")
      return
    }
    let actor = try context.actor()
    let officer = try context.store.officer(id: actor.id)
    if context.output.json {
      context.output.print(
        json: .object([
          "officer": officer.json, "osUser": .string(actor.osUser),
          "database": .string(context.store.path),
        ]))
    } else {
      context.output.print(
        "\(officer.handle) (\(officer.name)) on \(context.store.path), OS user \(actor.osUser)")
    }
  }

  private func registerSelf(_ context: CommandContext) throws {
    guard set == nil else { throw CommandFailure("use either --set or --register") }
    guard let handle, let name, let organisation, let country else {
      throw CommandFailure("--register needs --handle, --name, --org and --country")
    }
    var newOrganisation: Organisation?
    let organisationID: UUID
    if let existing = try? context.store.organisation(organisation) {
      organisationID = existing.id
    } else {
      guard let organisationName, let organisationKind else {
        throw CommandFailure(
          "organisation \(quoted(organisation)) is not in this database; add --org-name and --org-kind to create it"
        )
      }
      let created = Organisation(
        acronym: organisation, name: organisationName,
        countryID: Country.id(forCode: try CountryCatalogue.entry(country).code),
        kind: try OrganisationKind.parse(organisationKind))
      newOrganisation = created
      organisationID = created.id
    }
    let officer = Officer(
      handle: handle, name: name, organisationID: organisationID,
      countryID: Country.id(forCode: try CountryCatalogue.entry(country).code),
      role: try NetworkRole.parse(role) ?? .participant)
    _ = try context.store.registerSelf(officer, newOrganisation: newOrganisation)
  }
}
