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
    let wanted = text.trimmingCharacters(in: .whitespaces)
    guard wanted.utf8.count <= longestReference else {
      throw StoreError(.notFound, "no such \(label) \(quoted(wanted))")
    }
    return wanted
  }

  static func operation(_ db: Database, _ text: String) throws -> JointOperation {
    let wanted = try checked(text, "operation")
    if let found = try byID(db, JointOperation.self, wanted) { return found }
    let live = visible(JointOperation.self)
    if let found = try live.filter(sql: "code = ? COLLATE NOCASE", arguments: [wanted]).fetchOne(db)
    {
      return found
    }
    // A unique part of the code (MAR-2026-003) or the codename (Maré Alta) is enough.
    let matches = try live.filter(
      sql: "code LIKE ? ESCAPE '\\' OR codename LIKE ? ESCAPE '\\'",
      arguments: [likeInfix(wanted), likeInfix(wanted)]
    ).order(sql: "code").limit(candidateLimit + 1).fetchAll(db)
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
    let live = Officer.filter(sql: "deleted_at IS NULL")
    if let found = try live.filter(sql: "handle = ?", arguments: [handle.lowercased()]).fetchOne(db)
    {
      return found
    }
    let folded = SortKey.folded(handle)
    let matches = try live.filter(
      sql: "handle LIKE ? ESCAPE '\\' OR sort_name LIKE ? ESCAPE '\\'",
      arguments: [likePrefix(handle.lowercased()), likeInfix(folded)]
    ).order(sql: "sort_name").limit(candidateLimit + 1).fetchAll(db)
    if matches.count == 1 { return matches[0] }
    throw answer("officer", wanted, matches.map { "\($0.handle) (\($0.name))" }, fallback: [])
  }

  static func organisation(_ db: Database, _ text: String) throws -> Organisation {
    let wanted = try checked(text, "organisation")
    if let found = try byID(db, Organisation.self, wanted) { return found }
    let live = Organisation.filter(sql: "deleted_at IS NULL")
    if let found = try live.filter(sql: "acronym = ? COLLATE NOCASE", arguments: [wanted])
      .fetchOne(db)
    {
      return found
    }
    let matches = try live.filter(
      sql: "acronym LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'",
      arguments: [likePrefix(wanted), likeInfix(wanted)]
    ).order(sql: "acronym").limit(candidateLimit + 1).fetchAll(db)
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
    let live = visible(R.self)
    func describe(_ row: Row) -> String {
      let title: String = row[titleColumn] ?? ""
      return "\(row["ref"] as String? ?? "") (\(title.prefix(40)))"
    }
    if let ref = ShortRef(parsing: wanted), ref.prefix == R.refPrefix {
      let rows: [Row]
      if ref.tag != nil {
        rows = try Row.fetchAll(
          db, live.filter(sql: "ref = ?", arguments: [ref.description]).limit(1))
      } else {
        rows = try Row.fetchAll(
          db,
          live.filter(sql: "ref LIKE ?", arguments: [ref.description + "-%"])
            .limit(candidateLimit + 1))
      }
      if rows.count == 1 { return try R(row: rows[0]) }
      throw answer(label, wanted, rows.map(describe), fallback: [])
    }
    let rows = try Row.fetchAll(
      db,
      live.filter(sql: "\(titleColumn) LIKE ? ESCAPE '\\'", arguments: [likeInfix(wanted)])
        .limit(candidateLimit))
    throw StoreError(
      .notFound, "no \(label) has the reference \(quoted(wanted))", candidates: rows.map(describe))
  }

  // MARK: - Helpers

  /// The live records of a kind that the viewer may see. What the viewer may not see is
  /// answered exactly as what never existed: no "deleted" or "not yours" to tell them apart.
  private static func visible<R: StoredRecord>(_ type: R.Type) -> QueryInterfaceRequest<R> {
    let table = R.databaseTableName
    let live = R.filter(sql: "\(table).deleted_at IS NULL")
    guard let rule = AccessRules.reads.record(R.entity, table) else { return live }
    return live.filter(sql: rule)
  }

  private static func byID<R: StoredRecord>(
    _ db: Database, _ type: R.Type, _ text: String
  )
    throws -> R?
  {
    guard let id = UUID(uuidString: text) else { return nil }
    return try visible(R.self).filter(sql: "\(R.databaseTableName).id = ?", arguments: [id.text])
      .fetchOne(db)
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
