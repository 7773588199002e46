import Foundation
import GRDB

/// Something typed and not yet saved as a record, kept so that a crash, a closed terminal or a
/// dropped SSH session loses nothing.
public struct Draft: Sendable, Equatable {
  /// What the text belongs to: `minutes:<meeting id>`, `form:action:new`.
  public let key: String
  /// The screen's own encoding of what was typed (JSON).
  public let payload: String
  public let savedAt: Date

  public init(key: String, payload: String, savedAt: Date) {
    self.key = key
    self.payload = payload
    self.savedAt = savedAt
  }
}

extension Store {
  /// Saves (or replaces) a draft. Drafts are local working state, not records: they are not
  /// logged, audited or exchanged.
  public func saveDraft(
    _ key: String, payload: String, at date: Date = Date()
  )
    throws(StoreError)
  {
    do {
      try pool.write { db in
        try db.cachedStatement(
          sql: """
            INSERT INTO draft(key, payload, saved_at) VALUES (?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at
            """
        ).execute(arguments: [key, payload, date])
      }
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Forgets a draft: its text became a record, or the officer discarded it.
  public func removeDraft(_ key: String) throws(StoreError) {
    do {
      try pool.write { db in
        try db.execute(sql: "DELETE FROM draft WHERE key = ?", arguments: [key])
      }
    } catch {
      throw StoreError.wrap(error)
    }
  }

  /// Every draft, oldest first.
  public func drafts() throws(StoreError) -> [Draft] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM draft ORDER BY saved_at, key").map { row in
        Draft(
          key: try row.decode(forColumn: "key"), payload: try row.decode(forColumn: "payload"),
          savedAt: try row.decode(forColumn: "saved_at"))
      }
    }
  }
}
