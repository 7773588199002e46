import CaseModel
import Foundation
import Storage

/// The options a form's choices offer: vocabularies and the country catalogue are known at
/// once; officers, operations and organisations come from the store when the form opens.
public struct FormOptions: Sendable, Equatable {
  public private(set) var officers: [ChoiceOption]?
  public private(set) var operations: [ChoiceOption]?
  public private(set) var organisations: [ChoiceOption]?

  public init() {}

  /// The reads that fill the lists `sources` need.
  static func queries(for sources: [ChoiceSource]) -> [Query] {
    var queries: [Query] = []
    func add(_ query: Query) { if !queries.contains(query) { queries.append(query) } }
    for source in sources {
      switch source {
      case .officers: add(.officerChoices)
      case .operations: add(.operationChoices)
      case .organisations: add(organisationsQuery)
      case .parties:
        add(organisationsQuery)
        add(.officerChoices)
      case .vocabulary, .countries: break
      }
    }
    return queries
  }

  /// Every organisation, for pickers: the network has dozens, not thousands.
  static let organisationsQuery = Query.organisations(countryID: nil, PageRequest(limit: 5_000))

  /// Takes a list a form asked for; false if the result is not one.
  mutating func receive(_ result: QueryResult) -> Bool {
    switch result {
    case .officerChoices(let rows):
      officers = rows.map { row in
        ChoiceOption(
          row.officer.id.text, "@" + row.officer.handle,
          detail: "\(row.officer.name) · \(row.organisationAcronym) · \(row.countryCode)")
      }
    case .operationChoices(let rows):
      operations = rows.map { row in
        ChoiceOption(
          row.operation.id.text, row.operation.code,
          detail: "\(row.operation.codename) · \(row.operation.status.label)")
      }
    case .organisations(let page, _):
      organisations = page.rows.map { row in
        ChoiceOption(
          row.organisation.id.text, row.organisation.acronym,
          detail: row.organisation.name + (row.countryCode.map { " · " + $0 } ?? ""))
      }
    default:
      return false
    }
    return true
  }

  /// The options of a source, or nil while they are being read.
  func options(_ source: ChoiceSource) -> [ChoiceOption]? {
    switch source {
    case .vocabulary(let terms): terms
    case .countries: Self.countries
    case .officers: officers
    case .operations: operations
    case .organisations: organisations
    case .parties:
      organisations.flatMap { organisations in
        officers.map { officers in
          Self.countries.map { ChoiceOption("country:" + $0.value, $0.label, detail: $0.detail) }
            + organisations.map {
              ChoiceOption(
                "organisation:" + $0.value, $0.label, detail: "organisation · " + $0.detail)
            }
            + officers.map {
              ChoiceOption("officer:" + $0.value, $0.label, detail: "officer · " + $0.detail)
            }
        }
      }
    }
  }

  /// How a value reads: `@ribeiro`, `PT Portugal`, `in progress`; nil if it is not known.
  func label(_ value: String, in source: ChoiceSource) -> String? {
    options(source)?.first { $0.value == value }?.label
  }

  /// The catalogue's countries, valued by ISO code: `PT Portugal`.
  static let countries: [ChoiceOption] = CountryCatalogue.entries.map {
    ChoiceOption($0.code, "\($0.code) \($0.name)", detail: $0.bloc.label)
  }

  /// The ISO code of a country id, for prefilling a form from a record.
  static func countryCode(_ id: UUID?) -> String {
    guard let id else { return "" }
    return CountryCatalogue.entries.first { Country.id(forCode: $0.code) == id }?.code ?? ""
  }
}
