import CaseModel
import Foundation

/// The fields of a seizure or an identified criminal asset: what, how much, worth what,
/// where and when, and where it stands legally.
enum SeizureForm {
  static let fields = [
    FormField("operation", "Operation", .choice(.operations, required: true)),
    FormField("kind", "Kind", .choice(.terms(AssetKind.self), required: true)),
    FormField("description", "Description", .line(.required("description"))),
    FormField("substance", "Substance", .line(.optional("substance"))),
    FormField("quantity", "Quantity", .number(name: "quantity", required: false, whole: false)),
    FormField("unit", "Unit", .choice(.terms(QuantityUnit.self), required: false)),
    FormField("value", "Value", .number(name: "value", required: false, whole: false)),
    FormField("currency", "Currency", .line(.currency)),
    FormField("place", "Place", .line(.required("place"))),
    FormField("country", "Country", .choice(.countries, required: false)),
    FormField("date", "Date", .date(name: "date", required: true)),
    FormField("status", "Status", .choice(.terms(AssetStatus.self), required: true)),
    FormField("markings", "Markings", .markings),
  ]

  static func prefill(_ seizure: Seizure) -> (FormRecord, [String: String]) {
    let texts = [
      "operation": seizure.operationID.text, "kind": seizure.kind.rawValue,
      "description": seizure.description, "substance": seizure.substance ?? "",
      "quantity": seizure.quantity.map(number) ?? "", "unit": seizure.unit?.rawValue ?? "",
      "value": seizure.value.map(number) ?? "", "currency": seizure.currency ?? "",
      "place": seizure.place, "country": FormOptions.countryCode(seizure.countryID),
      "date": seizure.date.description, "status": seizure.status.rawValue,
      "markings": MarkingsText.format(seizure.markings),
    ]
    return (.seizure(seizure), texts)
  }

  /// A number as an officer would type it: `1200`, not `1200.0`.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  static func change(_ values: FormValues, _ original: Seizure?) throws(FieldProblem) -> Change {
    let operation = try values.required(
      values.id("operation"), "operation", "operation is empty; press Enter to choose")
    let date = try values.required(values.date("date"), "date", "date is empty")
    let seizure = Seizure(
      id: original?.id ?? .v7(), ref: original?.ref ?? "", operationID: operation,
      kind: try values.term("kind", AssetKind.self) ?? .drugs,
      description: try values.string("description"),
      substance: try values.optionalString("substance"), quantity: try values.number("quantity"),
      unit: try values.term("unit", QuantityUnit.self), value: try values.number("value"),
      currency: try values.optionalString("currency"), place: try values.string("place"),
      countryID: try values.country("country"), date: date,
      status: try values.term("status", AssetStatus.self) ?? .identified,
      markings: try values.markings("markings"), stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try seizure.validated() },
      blame: { error in
        let message = error.message
        if message.hasPrefix("a quantity needs a unit") { return "unit" }
        if message.hasPrefix("a value needs a currency") { return "currency" }
        if message.hasPrefix("a drugs seizure needs") { return "substance" }
        return nil
      })
    if var moved = original {
      // Only the legal steps: identified → frozen → seized → confiscated | released.
      try values.validated(
        { () throws(ValidationError) in try moved.changeStatus(to: seizure.status) },
        blame: { _ in "status" })
    }
    return original == nil ? .addSeizure(checked) : .editSeizure(checked)
  }
}
