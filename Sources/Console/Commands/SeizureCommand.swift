import ArgumentParser
import CaseModel
import Foundation
import Storage

struct SeizureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seizure", abstract: "Seizures and criminal assets: list, add, change status.",
    subcommands: [List.self, Add.self, Status.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List seizures, latest first.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @Option(name: .customLong("op"), help: "Only this operation's.") var operation: String?
    @Option(help: "Only this kind (\(AssetKind.choices)).") var kind: String?
    @Option(help: "Only this status (\(AssetStatus.choices)).") var status: String?

    func run() throws {
      let context = try global.context(json: output.json)
      let filter = SeizureFilter(
        operationID: try operation.map { try context.store.operation($0).id },
        kind: try AssetKind.parse(kind), status: try AssetStatus.parse(status))
      let page = try context.store.seizures(filter, page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        context.output.print(
          json: listJSON(
            page.rows.map(\.json), markings: page.rows.map(\.seizure.markings),
            more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "REF"), .init(title: "DATE"), .init(title: "OPERATION"), .init(title: "KIND"),
        .init(title: "QUANTITY", alignRight: true), .init(title: "VALUE", alignRight: true),
        .init(title: "STATUS"), .init(title: "PLACE"), .init(title: "DESCRIPTION", flexible: true),
      ])
      for row in page.rows {
        let s = row.seizure
        table.add([
          s.ref, s.date.description, row.operationCode, s.kind.label,
          s.quantity.map { "\(Self.number($0)) \(s.unit?.rawValue ?? "")" } ?? "—",
          s.value.map { "\(Self.number($0)) \(s.currency ?? "")" } ?? "—",
          s.status.label, s.place + (row.countryCode.map { " (\($0))" } ?? ""),
          s.description + (s.substance.map { " — \($0)" } ?? ""),
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }

    static func number(_ value: Double) -> String {
      value.formatted(
        .number.precision(.fractionLength(0...2)).locale(Locale(identifier: "en_US_POSIX")))
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Record a seizure or an identified criminal asset.")
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("op"), help: "The operation.") var operation: String
    @Option(help: "Kind (\(AssetKind.choices)).") var kind: String
    @Option(help: "What it is.") var description: String
    @Option(help: "For drugs: the substance.") var substance: String?
    @Option(help: "Quantity.") var quantity: Double?
    @Option(help: "Unit of the quantity (\(QuantityUnit.choices)).") var unit: String?
    @Option(help: "Estimated value.") var value: Double?
    @Option(help: "Currency of the value (ISO 4217, e.g. EUR).") var currency: String?
    @Option(help: "Where.") var place: String
    @Option(help: "Country (ISO code).") var country: String?
    @Option(parsing: .unconditional, help: "Date (default today).") var date: String?
    @Option(help: "Status (\(AssetStatus.choices)); default identified.") var status: String?
    @OptionGroup var markings: MarkingOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let op = try context.store.operation(operation)
      let seizure = Seizure(
        operationID: op.id, kind: try AssetKind.parse(kind), description: description,
        substance: substance, quantity: quantity, unit: try QuantityUnit.parse(unit), value: value,
        currency: currency, place: place, countryID: try country.map { try context.countryID($0) },
        date: try date.map { try context.date($0, field: "date") } ?? context.today,
        status: try AssetStatus.parse(status) ?? .identified,
        markings: try markings.applied(to: op.markings))
      let saved = try context.store.addSeizure(
        seizure, inheritMarkings: markings.isEmpty, as: actor)
      context.output.print("added seizure \(saved.ref) to \(op.code)")
    }
  }

  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Move an asset along identified → frozen → seized → confiscated | released.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The seizure.") var seizure: String
    @Argument(help: "The new status (\(AssetStatus.choices)).") var status: String

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let target = try AssetStatus.parse(status)
      let found = try context.store.seizure(seizure)
      let saved = try context.store.changeSeizureStatus(found.id, to: target, as: actor)
      context.output.print("seizure \(saved.ref) is now \(saved.status.label)")
    }
  }
}
