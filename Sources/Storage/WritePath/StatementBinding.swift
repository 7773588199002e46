import Foundation
import GRDB
import GRDBSQLite

extension Statement {
  /// Runs the statement with `values` bound to its parameters in order (`?1`, `?2`, …).
  ///
  /// For the write path's inserts, which run a million times in a bulk load: GRDB's
  /// `StatementArguments` reads each value through a key path (a generic call its module does
  /// not specialise for ours) and binds it again: 29 % of the instructions of a small bulk load.
  /// Here the values go straight to SQLite's C API (which copies text and blobs), and GRDB is
  /// told the statement's arguments are set, to none, so that `execute()` neither checks nor
  /// binds over them; their count is checked here. Unlike GRDB's binding, text is bound to its
  /// full length (GRDB stops at a NUL, which text rules keep out of records anyway) and empty
  /// data is an empty blob, not NULL; a failed statement's error does not list the values.
  func execute(binding values: [DatabaseValue]) throws {
    let expected = Int(sqlite3_bind_parameter_count(sqliteStatement))
    guard values.count == expected else {
      throw DatabaseError(
        resultCode: .SQLITE_RANGE,
        message: "\(values.count) values for \(expected) parameters", sql: sql)
    }
    setUncheckedArguments(StatementArguments())
    for (offset, value) in values.enumerated() {
      let code = Self.bind(value, to: sqliteStatement, at: Int32(offset + 1))
      guard code == SQLITE_OK else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errstr(code)), sql: sql)
      }
    }
    try execute()
  }

  /// SQLite copies what is bound with this destructor before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  private static func bind(
    _ value: DatabaseValue, to handle: SQLiteStatement, at index: Int32
  )
    -> Int32
  {
    switch value.storage {
    case .null:
      return sqlite3_bind_null(handle, index)
    case .int64(let number):
      return sqlite3_bind_int64(handle, index, number)
    case .double(let number):
      return sqlite3_bind_double(handle, index, number)
    case .string(var text):
      // 64-bit lengths: SQLite refuses what is too big instead of a conversion trapping.
      return text.withUTF8 { bytes in
        // An empty string's buffer may have no address, which SQLite would take for NULL.
        guard let start = bytes.baseAddress else {
          return sqlite3_bind_text(handle, index, "", 0, transient)
        }
        return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
          sqlite3_bind_text64(
            handle, index, text, sqlite3_uint64(bytes.count), transient, UInt8(SQLITE_UTF8))
        }
      }
    case .blob(let data):
      guard !data.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
      return data.withUnsafeBytes { bytes in
        sqlite3_bind_blob64(
          handle, index, bytes.baseAddress, sqlite3_uint64(bytes.count), transient)
      }
    }
  }
}
