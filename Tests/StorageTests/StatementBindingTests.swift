import Foundation
import Fuzzing
import GRDB
import Testing

@testable import Storage

@Suite("Values bound by the write path")
struct StatementBindingTests {
  /// The write path binds its values through SQLite's C API (`execute(binding:)`): every
  /// kind of value, the empty text and blob (which SQLite must not take for NULL), and every
  /// hostile string must come back as it went in, of the same type.
  @Test func valuesBoundByTheWritePathComeBackAsTheyWent() throws {
    let temp = try TemporaryStore()
    let texts = ["", "ascii", "Bogotá 🚢 東京"] + FuzzText.corpusLines
    var values: [DatabaseValue] = [
      .null, 0.databaseValue, Int64.min.databaseValue, Int64.max.databaseValue,
      (-2.5).databaseValue, Data().databaseValue, Data([0, 1, 0xFF]).databaseValue,
    ]
    values += texts.map(\.databaseValue)
    let back = try temp.store.pool.write { db in
      try db.execute(sql: "CREATE TEMP TABLE bound(position INTEGER, value)")
      let insert = try db.makeStatement(sql: "INSERT INTO bound(position, value) VALUES (?, ?)")
      for (position, value) in values.enumerated() {
        try insert.execute(binding: [position.databaseValue, value])
      }
      return try Row.fetchAll(
        db,
        sql: "SELECT value, typeof(value) AS type, hex(value) AS hex FROM bound ORDER BY position")
    }
    #expect(back.count == values.count)
    for (row, value) in zip(back, values) {
      let type: String = row["type"]
      switch value.storage {
      case .null: #expect(type == "null")
      case .int64: #expect(type == "integer")
      case .double: #expect(type == "real")
      case .string(let text):
        // Compared byte for byte: reading text back stops at a NUL, which is stored.
        #expect(type == "text")
        let hex = text.utf8.map { String(format: "%02X", $0) }.joined()
        #expect(row["hex"] as String == hex, "\(text.debugDescription)")
      case .blob: #expect(type == "blob")
      }
      if case .string = value.storage { continue }
      #expect(row["value"] as DatabaseValue == value)
    }
  }

  /// Too many or too few values are refused, and nothing is inserted: a missing value must
  /// not be stored as NULL.
  @Test func theWrongNumberOfValuesIsAnError() throws {
    let temp = try TemporaryStore()
    let count = try temp.store.pool.write { db in
      try db.execute(sql: "CREATE TEMP TABLE bound(a, b)")
      let insert = try db.makeStatement(sql: "INSERT INTO bound(a, b) VALUES (?, ?)")
      try insert.execute(binding: [1.databaseValue, 2.databaseValue])
      for values in [[1.databaseValue], [1, 2, 3].map(\.databaseValue), []] {
        #expect(throws: DatabaseError.self) { try insert.execute(binding: values) }
      }
      return try Int.fetchOne(db, sql: "SELECT count(*) FROM bound")
    }
    #expect(count == 1)
  }
}
