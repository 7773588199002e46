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
  /// told the statement's arguments are set, to none, so that `execute()` neither checks
  /// their count nor binds over them: the statements are made from the very columns bound.
  func execute(binding values: [DatabaseValue]) throws {
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
      return text.withUTF8 { bytes in
        // An empty string's buffer may have no address, which SQLite would take for NULL.
        guard let start = bytes.baseAddress else {
          return sqlite3_bind_text(handle, index, "", 0, transient)
        }
        return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
          sqlite3_bind_text(handle, index, text, Int32(bytes.count), transient)
        }
      }
    case .blob(let data):
      guard !data.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
      return data.withUnsafeBytes { bytes in
        sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
      }
    }
  }
}
