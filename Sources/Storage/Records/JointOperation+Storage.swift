import CaseModel
import Foundation
import GRDB

extension JointOperation: StoredRecord {
  var displayName: String { code }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), code: try row.decode(forColumn: "code"),
      codename: try row.decode(forColumn: "codename"),
      summary: try row.decode(forColumn: "summary"),
      status: try row.decode(forColumn: "status"),
      crimeAreas: try row.decodeList("crime_areas", of: CrimeArea.self),
      vector: try row.decode(forColumn: "vector"),
      leadCountryID: try row.decodeID(forColumn: "lead_country_id"),
      leadOrganisationID: try row.decodeID(forColumn: "lead_organisation_id"),
      threatAssessment: try row.decode(forColumn: "threat_assessment"),
      empactRef: try row.decode(forColumn: "empact_ref"),
      jitRef: try row.decode(forColumn: "jit_ref"),
      startDate: try row.decode(forColumn: "start_date"),
      endDate: try row.decode(forColumn: "end_date"), markings: try row.decodeMarkings(),
      stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["code"] = code
    container["codename"] = codename
    container["summary"] = summary
    container["status"] = status
    container.encode(list: crimeAreas.map(\.rawValue), as: "crime_areas")
    container["vector"] = vector
    container["lead_country_id"] = leadCountryID.text
    container["lead_organisation_id"] = leadOrganisationID?.text
    container["threat_assessment"] = threatAssessment
    container["empact_ref"] = empactRef
    container["jit_ref"] = jitRef
    container["start_date"] = startDate
    container["end_date"] = endDate
    container.encode(markings: markings)
    container.encode(stamp: stamp)
  }
}

extension Participant: StoredRecord {
  public init(row: Row) throws {
    let party: Party
    if let country: UUID = try row.decodeID(forColumn: "country_id") {
      party = .country(country)
    } else if let organisation: UUID = try row.decodeID(forColumn: "organisation_id") {
      party = .organisation(organisation)
    } else {
      party = .officer(try row.decodeID(forColumn: "officer_id"))
    }
    self.init(
      id: try row.decodeID(forColumn: "id"),
      operationID: try row.decodeID(forColumn: "operation_id"),
      party: party, role: try row.decode(forColumn: "role"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["operation_id"] = operationID.text
    var country: UUID?
    var organisation: UUID?
    var officer: UUID?
    switch party {
    case .country(let id): country = id
    case .organisation(let id): organisation = id
    case .officer(let id): officer = id
    }
    container["country_id"] = country?.text
    container["organisation_id"] = organisation?.text
    container["officer_id"] = officer?.text
    container["role"] = role
    container.encode(stamp: stamp)
  }
}
