import CaseModel
import Foundation
import GRDB

/// Lookups the domain changes make inside a write transaction.
extension Writer {
  /// Fetches a live (not deleted) record by id.
  func live<R: StoredRecord>(_ type: R.Type, _ id: UUID) throws -> R {
    guard let record = try R.fetch(db, id: id.text), !record.stamp.isDeleted else {
      throw StoreError(.notFound, "no such \(R.entity.label) \(id.text)")
    }
    return record
  }

  /// Adds a catalogue country the first time a record refers to it.
  func ensureCountry(_ id: UUID) throws {
    if try Country.exists(db, key: id.text) { return }
    guard let entry = CountryCatalogue.entries.first(where: { Country.id(forCode: $0.code) == id })
    else {
      throw StoreError(.notFound, "no such country \(id.text)")
    }
    // The country gets its own audit event, so that the record that needed it stays the
    // subject of the next one.
    try audit()
    let country = try insert(Country(code: entry.code, name: entry.name, bloc: entry.bloc))
    describe("added country \(entry.code)", subject: country)
    try audit()
  }

  /// Appends an audit event that changes no record, such as choosing the local profile.
  func logEvent(
    _ kind: AuditKind, _ summary: String, entity: EntityKind? = nil, id: UUID? = nil,
    ref: String? = nil, details: String = "{}"
  ) throws {
    try audit()
    try appendEvent(
      kind, summary: summary, entity: entity?.rawValue, entityID: id?.text, ref: ref,
      details: details)
  }
}
