import CaseModel
import Foundation
import GRDB

/// Which seizures a list shows.
public struct SeizureFilter: Sendable, Hashable {
  public var operationID: UUID?
  public var kind: AssetKind?
  public var status: AssetStatus?

  public init(operationID: UUID? = nil, kind: AssetKind? = nil, status: AssetStatus? = nil) {
    self.operationID = operationID
    self.kind = kind
    self.status = status
  }
}

/// A seizure as lists show it.
public struct SeizureRow: Sendable, Hashable {
  public let seizure: Seizure
  public let operationCode: String
  public let countryCode: String?

  public init(seizure: Seizure, operationCode: String, countryCode: String?) {
    self.seizure = seizure
    self.operationCode = operationCode
    self.countryCode = countryCode
  }
}

extension Store {
  /// A page of seizures, latest first.
  public func seizures(
    _ filter: SeizureFilter = SeizureFilter(), page: PageRequest = .first
  )
    throws(StoreError) -> Page<SeizureRow>
  {
    try read { db in
      var query = KeysetQuery(
        select: "s.*, op.code AS operation_code, c.code AS country_code",
        from: """
          seizure s JOIN operation op ON op.id = s.operation_id
          LEFT JOIN country c ON c.id = s.country_id
          """,
        order: ["s.date", "s.id"], descending: true)
      query.filter("s.deleted_at IS NULL")
      query.filter(AccessRules.reads.seizure("s"))
      if let operation = filter.operationID {
        query.filter("s.operation_id = ?", [operation.text])
      }
      if let kind = filter.kind { query.filter("s.kind = ?", [kind.rawValue]) }
      if let status = filter.status { query.filter("s.status = ?", [status.rawValue]) }
      return try query.page(db, page) { row in
        SeizureRow(
          seizure: try Seizure(row: row),
          operationCode: try row.decode(forColumn: "operation_code"),
          countryCode: try row.decode(forColumn: "country_code"))
      }
    }
  }
}
