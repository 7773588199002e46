import CaseModel
import Foundation
import GRDB

extension Country: StoredRecord {
  var displayName: String { code }

  public init(row: Row) throws {
    self.init(
      code: try row.decode(forColumn: "code"), name: try row.decode(forColumn: "name"),
      bloc: try row.decode(forColumn: "bloc"), stamp: try row.decodeStamp())
    id = try row.decodeID(forColumn: "id")
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["code"] = code
    container["name"] = name
    container["bloc"] = bloc
    container.encode(stamp: stamp)
  }
}

extension Organisation: StoredRecord {
  var displayName: String { acronym }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), acronym: try row.decode(forColumn: "acronym"),
      name: try row.decode(forColumn: "name"), countryID: try row.decodeID(forColumn: "country_id"),
      kind: try row.decode(forColumn: "kind"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["acronym"] = acronym
    container["name"] = name
    container["country_id"] = countryID?.text
    container["kind"] = kind
    container.encode(stamp: stamp)
  }
}

extension Officer: StoredRecord {
  var displayName: String { handle }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), handle: try row.decode(forColumn: "handle"),
      name: try row.decode(forColumn: "name"),
      organisationID: try row.decodeID(forColumn: "organisation_id"),
      countryID: try row.decodeID(forColumn: "country_id"), role: try row.decode(forColumn: "role"),
      specialisations: try row.decodeList("specialisations", of: Specialisation.self),
      languages: try row.decodeList("languages"), email: try row.decode(forColumn: "email"),
      phone: try row.decode(forColumn: "phone"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["handle"] = handle
    container["name"] = name
    container["sort_name"] = SortKey.folded(name)
    container["organisation_id"] = organisationID.text
    container["country_id"] = countryID.text
    container["role"] = role
    container.encode(list: specialisations.map(\.rawValue), as: "specialisations")
    container.encode(list: languages, as: "languages")
    container["email"] = email
    container["phone"] = phone
    container.encode(stamp: stamp)
  }
}

/// Keys that sort names the way a reader expects: `Álvarez` next to `Alvarado`, not after `Z`.
enum SortKey {
  static func folded(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
