import CaseModel
import Foundation
import GRDB

/// Finds records by the references officers type: an operation's code, an officer's handle,
/// an organisation's acronym, a short reference (`A17-KQ3M` or `A17`), or a UUID.
///
/// An unknown reference is answered with the records it might have meant; an ambiguous one
/// lists the records it matches. Deleted records are never found.
extension Store {
  public func operation(_ reference: String) throws(StoreError) -> JointOperation {
    try read { db in try References.operation(db, reference) }
  }

  public func officer(_ reference: String) throws(StoreError) -> Officer {
    try read { db in try References.officer(db, reference) }
  }

  public func officer(id: UUID) throws(StoreError) -> Officer {
    try officer(id.text)
  }

  public func organisation(_ reference: String) throws(StoreError) -> Organisation {
    try read { db in try References.organisation(db, reference) }
  }

  public func meeting(_ reference: String) throws(StoreError) -> Meeting {
    try read { db in try References.byShortRef(db, Meeting.self, reference, titleColumn: "title") }
  }

  public func action(_ reference: String) throws(StoreError) -> ActionItem {
    try read { db in
      try References.byShortRef(db, ActionItem.self, reference, titleColumn: "title")
    }
  }

  public func seizure(_ reference: String) throws(StoreError) -> Seizure {
    try read { db in
      try References.byShortRef(db, Seizure.self, reference, titleColumn: "description")
    }
  }

  public func minuteEntry(_ reference: String) throws(StoreError) -> MinuteEntry {
    try read { db in try References.byShortRef(db, MinuteEntry.self, reference, titleColumn: "text")
    }
  }
}

enum References {
  static let candidateLimit = 6
  /// No code, handle, acronym or reference is this long; longer text is answered at once
  /// (SQLite also refuses LIKE patterns over 50,000 bytes).
  static let longestReference = 200

  private static func checked(_ text: String, _ label: String) throws -> String {
    // Swift's own test for white space: Foundation's trimming goes through NSString here,
    // whose first use costs every command that names a record a fifth of a millisecond.
    let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
    let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
    let wanted = String(text[start..<end])
    guard wanted.utf8.count <= longestReference else {
      throw StoreError(.notFound, "no such \(label) \(quoted(wanted))")
    }
    return wanted
  }

  static func operation(_ db: Database, _ text: String) throws -> JointOperation {
    let wanted = try checked(text, "operation")
    if let found = try byID(db, JointOperation.self, wanted) { return found }
    if let found = try find(
      db, JointOperation.self, "code = ? COLLATE NOCASE", [wanted], limit: 1
    ).first {
      return found
    }
    // A unique part of the code (MAR-2026-003) or the codename (Maré Alta) is enough.
    let matches = try find(
      db, JointOperation.self, "code LIKE ? ESCAPE '\\' OR codename LIKE ? ESCAPE '\\'",
      [likeInfix(wanted), likeInfix(wanted)], order: "code", limit: candidateLimit + 1)
    if matches.count == 1 { return matches[0] }
    if let exact = matches.first(where: { $0.codename.lowercased() == wanted.lowercased() }) {
      return exact
    }
    throw answer("operation", wanted, matches.map { "\($0.code) (\($0.codename))" }, fallback: [])
  }

  static func officer(_ db: Database, _ text: String) throws -> Officer {
    let wanted = try checked(text, "officer")
    let handle = wanted.hasPrefix("@") ? String(wanted.dropFirst()) : wanted
    if let found = try byID(db, Officer.self, wanted) { return found }
    if let found = try find(db, Officer.self, "handle = ?", [handle.lowercased()], limit: 1).first {
      return found
    }
    let folded = SortKey.folded(handle)
    let matches = try find(
      db, Officer.self, "handle LIKE ? ESCAPE '\\' OR sort_name LIKE ? ESCAPE '\\'",
      [likePrefix(handle.lowercased()), likeInfix(folded)], order: "sort_name",
      limit: candidateLimit + 1)
    if matches.count == 1 { return matches[0] }
    throw answer("officer", wanted, matches.map { "\($0.handle) (\($0.name))" }, fallback: [])
  }

  static func organisation(_ db: Database, _ text: String) throws -> Organisation {
    let wanted = try checked(text, "organisation")
    if let found = try byID(db, Organisation.self, wanted) { return found }
    if let found = try find(
      db, Organisation.self, "acronym = ? COLLATE NOCASE", [wanted], limit: 1
    ).first {
      return found
    }
    let matches = try find(
      db, Organisation.self, "acronym LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'",
      [likePrefix(wanted), likeInfix(wanted)], order: "acronym", limit: candidateLimit + 1)
    if matches.count == 1 { return matches[0] }
    throw answer("organisation", wanted, matches.map { "\($0.acronym) (\($0.name))" }, fallback: [])
  }

  /// Meetings, entries, actions and seizures: by UUID or by full or short reference. Other
  /// text is answered with the records whose title contains it, as candidates.
  static func byShortRef<R: StoredRecord>(
    _ db: Database, _ type: R.Type, _ text: String, titleColumn: String
  ) throws -> R {
    let label = R.entity.label
    let wanted = try checked(text, label)
    if let found = try byID(db, R.self, wanted) { return found }
    func describe(_ row: Row) -> String {
      let title: String = row[titleColumn] ?? ""
      return "\(row["ref"] as String? ?? "") (\(title.prefix(40)))"
    }
    if let ref = ShortRef(parsing: wanted), ref.prefix == R.refPrefix {
      let found =
        ref.tag != nil
        ? try rows(db, R.self, "ref = ?", [ref.description], limit: 1)
        : try rows(db, R.self, "ref LIKE ?", [ref.description + "-%"], limit: candidateLimit + 1)
      if found.count == 1 { return try R(row: found[0]) }
      throw answer(label, wanted, found.map(describe), fallback: [])
    }
    let titled = try rows(
      db, R.self, "\(titleColumn) LIKE ? ESCAPE '\\'", [likeInfix(wanted)], limit: candidateLimit)
    throw StoreError(
      .notFound, "no \(label) has the reference \(quoted(wanted))", candidates: titled.map(describe)
    )
  }

  // MARK: - Helpers

  /// The rows of a kind that meet `condition`, among the live records the viewer may see.
  /// What the viewer may not see is answered exactly as what never existed: no "deleted" or
  /// "not yours" to tell them apart. Written as SQL rather than with GRDB's query interface,
  /// which first reads the schema (to track the rows a request selects): in a short command
  /// that cost more than the look-up.
  private static func rows<R: StoredRecord>(
    _ db: Database, _ type: R.Type, _ condition: String, _ arguments: StatementArguments,
    order: String? = nil, limit: Int
  ) throws -> [Row] {
    let table = R.databaseTableName
    let rule = AccessRules.reads.record(R.entity, table).map { " AND " + $0 } ?? ""
    return try Row.fetchAll(
      db,
      sql: "SELECT * FROM \(table) WHERE \(table).deleted_at IS NULL\(rule) AND (\(condition))"
        + (order.map { " ORDER BY \($0)" } ?? "") + " LIMIT \(limit)",
      arguments: arguments)
  }

  private static func find<R: StoredRecord>(
    _ db: Database, _ type: R.Type, _ condition: String, _ arguments: StatementArguments,
    order: String? = nil, limit: Int
  ) throws -> [R] {
    try rows(db, type, condition, arguments, order: order, limit: limit).map { try R(row: $0) }
  }

  private static func byID<R: StoredRecord>(
    _ db: Database, _ type: R.Type, _ text: String
  )
    throws -> R?
  {
    guard let id = UUID(uuidString: text) else { return nil }
    return try find(db, R.self, "\(R.databaseTableName).id = ?", [id.text], limit: 1).first
  }

  /// Not found, or ambiguous when several matched.
  private static func answer(
    _ label: String, _ wanted: String, _ matches: [String], fallback: [String]
  ) -> StoreError {
    if matches.count > 1 {
      return StoreError(
        .ambiguous, "\(quoted(wanted)) matches several \(label)s",
        candidates: Array(matches.prefix(candidateLimit)))
    }
    return StoreError(.notFound, "no such \(label) \(quoted(wanted))", candidates: fallback)
  }

  static func likePrefix(_ text: String) -> String { escapeLike(text) + "%" }
  static func likeInfix(_ text: String) -> String { "%" + escapeLike(text) + "%" }

  private static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }
}
