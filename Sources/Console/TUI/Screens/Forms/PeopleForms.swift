import CaseModel
import Foundation

/// The fields of the network's people: officers, organisations, and who takes part in an
/// operation with which role.
enum PeopleForms {
  // MARK: - Officer

  static let officerFields = [
    FormField("handle", "Handle", .line(.handle)),
    FormField("name", "Name", .line(.required("officer name"))),
    FormField("organisation", "Organisation", .choice(.organisations, required: true)),
    FormField("country", "Country", .choice(.countries, required: true)),
    FormField("role", "Network role", .choice(.terms(NetworkRole.self), required: true)),
    FormField(
      "specialisations", "Specialisations", .choices(.terms(Specialisation.self), atLeastOne: nil)),
    FormField("languages", "Languages", .line(.languages)),
    FormField("email", "E-mail", .line(.email)),
    FormField("phone", "Phone", .line(.optional("phone"))),
  ]

  static func prefill(_ officer: Officer) -> (FormRecord, [String: String]) {
    let texts = [
      "handle": officer.handle, "name": officer.name,
      "organisation": officer.organisationID.text,
      "country": FormOptions.countryCode(officer.countryID), "role": officer.role.rawValue,
      "specialisations": officer.specialisations.map(\.rawValue).joined(separator: ","),
      "languages": officer.languages.joined(separator: " "), "email": officer.email ?? "",
      "phone": officer.phone ?? "",
    ]
    return (.officer(officer), texts)
  }

  static func officerChange(
    _ values: FormValues, _ original: Officer?
  ) throws(FieldProblem) -> Change {
    let organisation = try values.required(
      values.id("organisation"), "organisation", "organisation is empty; press Enter to choose")
    let country = try values.required(
      values.country("country"), "country", "country is empty; press Enter to choose")
    let officer = Officer(
      id: original?.id ?? .v7(), handle: try values.string("handle"),
      name: try values.string("name"), organisationID: organisation, countryID: country,
      role: try values.term("role", NetworkRole.self) ?? .participant,
      specialisations: try values.terms("specialisations", Specialisation.self),
      languages: try values.words("languages"), email: try values.optionalString("email"),
      phone: try values.optionalString("phone"), stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try officer.validated() }, blame: { _ in nil })
    return original == nil ? .addOfficer(checked) : .editOfficer(checked)
  }

  // MARK: - Organisation

  static let organisationFields = [
    FormField("acronym", "Acronym", .line(.code("acronym"))),
    FormField("name", "Name", .line(.required("organisation name"))),
    FormField("country", "Country", .choice(.countries, required: false)),
    FormField("kind", "Kind", .choice(.terms(OrganisationKind.self), required: true)),
  ]

  static func prefill(_ organisation: Organisation) -> (FormRecord, [String: String]) {
    let texts = [
      "acronym": organisation.acronym, "name": organisation.name,
      "country": FormOptions.countryCode(organisation.countryID),
      "kind": organisation.kind.rawValue,
    ]
    return (.organisation(organisation), texts)
  }

  static func organisationChange(
    _ values: FormValues, _ original: Organisation?
  ) throws(FieldProblem) -> Change {
    // No country: an international body (Europol, Ameripol).
    let organisation = Organisation(
      id: original?.id ?? .v7(), acronym: try values.string("acronym"),
      name: try values.string("name"), countryID: try values.country("country"),
      kind: try values.term("kind", OrganisationKind.self) ?? .police,
      stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try organisation.validated() }, blame: { _ in nil })
    return original == nil ? .addOrganisation(checked) : .editOrganisation(checked)
  }

  // MARK: - Participant

  static let participantFields = [
    FormField("party", "Who", .choice(.parties, required: true)),
    FormField("role", "Role", .choice(.terms(ParticipantRole.self), required: true)),
  ]

  static func participantChange(
    _ values: FormValues, _ context: FormContext
  ) throws(FieldProblem) -> Change {
    let party = try values.required(
      values.party("party"), "party", "who is empty; press Enter to choose")
    let role = try values.term("role", ParticipantRole.self) ?? .participant
    let operation = try values.required(
      context.operationID, "party", "the form has lost its operation; open it again")
    return .addParticipant(operationID: operation, party, role)
  }
}
