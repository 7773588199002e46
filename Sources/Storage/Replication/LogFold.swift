import CaseModel
import Crypto
import Foundation
import GRDB

/// Rebuilding state from the operation log.
///
/// The log is a set of last-writer-wins registers, one per (record, field). Folding it in
/// (HLC, replica id, op id) order keeps, for every field, the value of the greatest operation,
/// whatever order the operations arrived in. That is what lets laptops exchange logs and
/// agree: the same operations give the same state.
extension Store {
  /// Folds this store's whole operation log into `target`, which must hold no records. The
  /// operations are copied too, so the target is a full replica of this one.
  public func rebuild(into target: Store, as officer: ActingOfficer) throws(StoreError) {
    let operations: [Row] = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT op_id, replica_id, hlc, officer_id, entity, entity_id, field, value
          FROM op_log ORDER BY hlc, replica_id, op_id
          """)
    }
    try target.fold(operations, as: officer)
  }

  func fold(_ operations: [Row], as officer: ActingOfficer) throws(StoreError) {
    try write(as: officer) { w in
      let db = w.db
      guard try Int.fetchOne(db, sql: "SELECT count(*) FROM op_log") == 0 else {
        throw StoreError(.conflict, "the target database already holds records")
      }
      // Records refer to each other in every direction; checks run at commit.
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      var state: [EntityKind: [String: [String: DatabaseValue]]] = [:]
      for op in operations {
        let entityName: String = op["entity"]
        guard let entity = EntityKind(rawValue: entityName) else {
          throw StoreError(
            .database, "the log names an unknown kind of record \(quoted(entityName))")
        }
        let id: String = op["entity_id"]
        let field: String = op["field"]
        // Operations arrive in fold order, so a later one wins.
        state[entity, default: [:]][id, default: [:]][field] = op["value"]
        try db.execute(
          sql: """
            INSERT INTO op_log(op_id, replica_id, hlc, officer_id, entity, entity_id, field, value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            op["op_id"], op["replica_id"], op["hlc"], op["officer_id"], entityName, id, field,
            op["value"] as DatabaseValue,
          ])
      }
      for entity in EntityKind.allCases {
        for (id, fields) in (state[entity] ?? [:]).sorted(by: { $0.key < $1.key }) {
          let columns = ["id"] + fields.keys.sorted()
          let values = [id.databaseValue] + fields.keys.sorted().map { fields[$0]! }
          try db.execute(
            sql: "INSERT INTO \(entity.rawValue)(\(columns.joined(separator: ", "))) VALUES ("
              + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")",
            arguments: StatementArguments(values))
        }
      }
      try w.logEvent(
        .collect,
        "rebuilt \(state.values.reduce(0) { $0 + $1.count }) records from "
          + "\(operations.count) logged operations")
    }
  }

  /// A SHA-256 of every record of every kind, field by field: two databases with the same
  /// records have the same digest, whatever their history, row order or local state.
  public func stateDigest() throws(StoreError) -> String {
    try read { db in
      var hasher = SHA256()
      for entity in EntityKind.allCases {
        hasher.update(data: Data("table \(entity.rawValue)\n".utf8))
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(entity.rawValue) ORDER BY id")
        while let row = try rows.next() {
          for column in row.columnNames.sorted() {
            let value: DatabaseValue = row[column]
            hasher.update(data: Data("\(column)=\(Self.canonical(value))\n".utf8))
          }
        }
      }
      return Hexadecimal.lowercase(hasher.finalize())
    }
  }

  private static func canonical(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: "null"
    case .int64(let int): "i\(int)"
    case .double(let double): "d\(double.bitPattern)"
    case .string(let string): "s\(string.utf8.count):\(string)"
    case .blob(let data): "b" + data.base64EncodedString()
    }
  }
}
