import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Records and answers for the forms' pure update tests, and a form driven the way the
/// program drives it: keys to the form first, then through the action table.
@MainActor
enum FormFixture {
  static let today = try! CalendarDate(iso: "2026-03-18")
  static let portugal = Country.id(forCode: "PT")
  static let colombia = Country.id(forCode: "CO")
  static let pj = Organisation(
    acronym: "PJ", name: "Polícia Judiciária", countryID: portugal, kind: .police)
  static let dijin = Organisation(
    acronym: "DIJIN", name: "Dirección de Investigación Criminal", countryID: colombia,
    kind: .police)
  static let ribeiro = Officer(
    handle: "ribeiro", name: "Ana Ribeiro", organisationID: pj.id, countryID: portugal,
    role: .nationalCoordinator)
  static let gomez = Officer(
    handle: "gomez.l", name: "Lucía Gómez", organisationID: dijin.id, countryID: colombia,
    role: .analyst)
  static let operation = JointOperation(
    code: "TF-MAR-2026-001", codename: "ATLÂNTICO AZUL", summary: "Rotas do Atlântico",
    status: .active, crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: portugal,
    leadOrganisationID: pj.id, startDate: try! CalendarDate(iso: "2026-01-10"))
  static let action = ActionItem(
    ref: "A7-TEST", title: "Pedir rastro AIS do MV Esperanza", ownerID: ribeiro.id,
    operationID: operation.id, due: try! CalendarDate(iso: "2026-03-20"), priority: .normal,
    markings: .standard)
  static let seizure = Seizure(
    ref: "S3-TEST", operationID: operation.id, kind: .drugs, description: "Cocaína a bordo",
    substance: "cocaine hydrochloride", quantity: 1200, unit: .kg, place: "Leixões",
    countryID: portugal, date: try! CalendarDate(iso: "2026-03-01"), status: .seized,
    markings: .standard)

  static func env(columns: Int = 80) -> Environment {
    Environment(
      today: today, now: Date(timeIntervalSince1970: 1_773_835_200), profile: ribeiro,
      pageRows: 18, columns: columns)
  }

  /// The store's answer to a form's read.
  static func answer(_ query: Query) -> QueryResult? {
    switch query {
    case .officerChoices:
      return .officerChoices([
        OfficerChoice(officer: ribeiro, organisationAcronym: "PJ", countryCode: "PT"),
        OfficerChoice(officer: gomez, organisationAcronym: "DIJIN", countryCode: "CO"),
      ])
    case .operationChoices:
      return .operationChoices([operationRow])
    case .organisations(_, let page):
      let rows = [
        OrganisationRow(organisation: pj, countryCode: "PT", officers: 1),
        OrganisationRow(organisation: dijin, countryCode: "CO", officers: 1),
      ]
      return .organisations(Page(rows: rows, keys: [], next: nil), page)
    case .operationDetail(let id) where id == operation.id:
      return .operationDetail(
        OperationDetail(
          row: operationRow, leadCountryName: "Portugal", participants: [], meetings: 0,
          seizures: 1))
    case .actionDetail(let id) where id == action.id:
      let row = ActionRow(
        item: action, ownerHandle: "ribeiro", ownerName: "Ana Ribeiro",
        operationCode: operation.code)
      return .actionDetail(ActionDetail(row: row, coOwners: [gomez], meeting: nil, updates: []))
    case .seizure(let id) where id == seizure.id:
      return .seizure(seizure)
    case .officerDetail(let id) where id == gomez.id:
      return .officerDetail(
        OfficerDetail(
          row: OfficerRow(
            officer: gomez, organisationAcronym: "DIJIN", countryCode: "CO", openActions: 1),
          organisation: dijin, countryName: "Colombia", operations: [], openActions: []))
    default:
      return nil
    }
  }

  static let operationRow = OperationRow(
    operation: operation, leadCountryCode: "PT", leadOrganisationAcronym: "PJ", openActions: 3,
    overdueActions: 1, nextMeeting: nil)

  /// A form opened, its reads answered.
  static func open(_ form: FormScreen, env: Environment = env()) -> FormScreen {
    var form = form
    answer(form.start(env), to: &form, env)
    return form
  }

  static func answer(_ effects: [Effect], to form: inout FormScreen, _ env: Environment) {
    for effect in effects {
      guard case .query(let query) = effect, let result = answer(query) else { continue }
      answer(form.receive(result, env), to: &form, env)
    }
  }

  static let table = ActionTable()

  /// A key as the program routes it: the form first, then the action table.
  @discardableResult
  static func press(_ form: inout FormScreen, _ key: Key, _ env: Environment = env()) -> [Effect] {
    if let effects = form.type(key, env) { return effects }
    guard let action = table.action(for: key, in: form.contexts + [.global]) else { return [] }
    return form.perform(action, env)
  }

  static func type(_ form: inout FormScreen, _ text: String, _ env: Environment = env()) {
    for character in text { press(&form, .char(character), env) }
  }

  /// Moves the focus to a field by its key, with Tab.
  static func focus(_ form: inout FormScreen, _ key: String) {
    for _ in form.fields.indices where form.fields[form.focus].key != key {
      press(&form, .tab)
    }
  }

  /// Empties the focused one-line field and types `text` in it.
  static func retype(_ form: inout FormScreen, _ key: String, _ text: String) {
    focus(&form, key)
    press(&form, .end)
    press(&form, .ctrl("u"))
    type(&form, text)
  }

  static func text(_ form: FormScreen, _ key: String) -> String {
    form.fields.first { $0.key == key }?.text ?? ""
  }

  // MARK: - Reading effects

  static func changes(_ effects: [Effect]) -> [Change] {
    effects.compactMap {
      if case .change(let change, _) = $0 { return change }
      return nil
    }
  }

  static func confirm(_ effects: [Effect]) -> ConfirmOverlay? {
    for case .overlay(.confirm(let overlay)) in effects { return overlay }
    return nil
  }

  static func picker(_ effects: [Effect]) -> PickerOverlay? {
    for case .overlay(.picker(let overlay)) in effects { return overlay }
    return nil
  }

  static func pops(_ effects: [Effect]) -> Bool {
    effects.contains {
      if case .pop = $0 { return true }
      return false
    }
  }
}
