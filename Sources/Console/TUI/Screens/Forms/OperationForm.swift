import CaseModel
import Foundation

/// The fields of a joint operation. Its status is chosen when it is created; afterwards it
/// moves along its life cycle with its own command, never through a form. Participants are
/// added on the operation's Participants tab, each with its role (see ``PeopleForms``).
enum OperationForm {
  static func fields(editing: Bool) -> [FormField] {
    let head = [
      FormField("code", "Code", .line(.code("operation code"))),
      FormField("codename", "Codename", .line(.required("codename"))),
      FormField("summary", "Summary", .text(name: "summary", rows: 4)),
    ]
    let status = FormField(
      "status", "Status", .choice(.terms(OperationStatus.self), required: true))
    let rest = [
      FormField(
        "areas", "Crime areas",
        .choices(
          .terms(CrimeArea.self), atLeastOne: "an operation needs at least one crime area")),
      FormField("vector", "Vector", .choice(.terms(Vector.self), required: true)),
      FormField("country", "Lead country", .choice(.countries, required: true)),
      FormField("organisation", "Lead organisation", .choice(.organisations, required: false)),
      FormField("threat", "Threat assessment", .line(.optional("threat assessment"))),
      FormField("empact", "EMPACT ref", .line(.optional("EMPACT reference"))),
      FormField("jit", "JIT ref", .line(.optional("JIT reference"))),
      FormField("start", "Start", .date(name: "start date", required: false)),
      FormField("end", "End", .date(name: "end date", required: false)),
      FormField("markings", "Markings", .markings),
    ]
    return head + (editing ? [] : [status]) + rest
  }

  static func prefill(_ operation: JointOperation) -> (FormRecord, [String: String]) {
    let texts = [
      "code": operation.code, "codename": operation.codename, "summary": operation.summary,
      "areas": operation.crimeAreas.map(\.rawValue).joined(separator: ","),
      "vector": operation.vector.rawValue,
      "country": FormOptions.countryCode(operation.leadCountryID),
      "organisation": operation.leadOrganisationID?.text ?? "",
      "threat": operation.threatAssessment ?? "", "empact": operation.empactRef ?? "",
      "jit": operation.jitRef ?? "", "start": operation.startDate?.description ?? "",
      "end": operation.endDate?.description ?? "",
      "markings": MarkingsText.format(operation.markings),
    ]
    return (.operation(operation), texts)
  }

  static func change(
    _ values: FormValues, _ original: JointOperation?
  ) throws(FieldProblem) -> Change {
    let country = try values.required(
      values.country("country"), "country", "lead country is empty; press Enter to choose")
    // Only a new operation has the field: an edit keeps the status it had.
    let status = try original == nil ? values.term("status", OperationStatus.self) : nil
    let operation = JointOperation(
      id: original?.id ?? .v7(), code: try values.string("code"),
      codename: try values.string("codename"), summary: try values.string("summary"),
      status: original?.status ?? status ?? .planned,
      crimeAreas: try values.terms("areas", CrimeArea.self),
      vector: try values.term("vector", Vector.self) ?? .maritime, leadCountryID: country,
      leadOrganisationID: try values.id("organisation"),
      threatAssessment: try values.optionalString("threat"),
      empactRef: try values.optionalString("empact"), jitRef: try values.optionalString("jit"),
      startDate: try values.date("start"), endDate: try values.date("end"),
      markings: try values.markings("markings"), stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try operation.validated() },
      blame: { error in
        switch error.code {
        case .endBeforeStart: "end"
        case .emptyText where error.message.contains("crime area"): "areas"
        default: nil
        }
      })
    return original == nil ? .addOperation(checked) : .editOperation(checked)
  }
}
