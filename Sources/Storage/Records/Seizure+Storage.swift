import CaseModel
import Foundation
import GRDB

extension Seizure: StoredRecord {
  static var refPrefix: ShortRef.Prefix? { .seizure }
  var shortRef: String {
    get { ref }
    set { ref = newValue }
  }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), ref: try row.decode(forColumn: "ref"),
      operationID: try row.decodeID(forColumn: "operation_id"),
      kind: try row.decode(forColumn: "kind"),
      description: try row.decode(forColumn: "description"),
      substance: try row.decode(forColumn: "substance"),
      quantity: try row.decode(forColumn: "quantity"), unit: try row.decode(forColumn: "unit"),
      value: try row.decode(forColumn: "value"), currency: try row.decode(forColumn: "currency"),
      place: try row.decode(forColumn: "place"),
      countryID: try row.decodeID(forColumn: "country_id"),
      date: try row.decode(forColumn: "date"), status: try row.decode(forColumn: "status"),
      markings: try row.decodeMarkings(), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["ref"] = ref
    container["operation_id"] = operationID.text
    container["kind"] = kind
    container["description"] = description
    container["substance"] = substance
    container["quantity"] = quantity
    container["unit"] = unit
    container["value"] = value
    container["currency"] = currency
    container["place"] = place
    container["country_id"] = countryID?.text
    container["date"] = date
    container["status"] = status
    container.encode(markings: markings)
    container.encode(stamp: stamp)
  }
}
