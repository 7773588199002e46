import CaseModel
import Foundation
import GRDB

extension Writer {
  /// Whether the acting officer sees the operation, by the rules reads follow.
  func sees(operation id: UUID) throws -> Bool {
    let rule = AccessRules.officer(actor.id).operation("?")
    return try Bool.fetchOne(db, sql: "SELECT \(rule)", arguments: [id.text]) ?? false
  }
}
