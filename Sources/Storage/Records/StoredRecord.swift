import CaseModel
import Foundation
import GRDB

/// A case-model record as the store keeps it: one row of the table named after its entity.
///
/// Conformances map each property to a column explicitly (rather than through `Codable`) so
/// that markings and stamps are flat columns that queries can filter on, ids are stored as
/// text that the `sqlite3` tool can read, and a malformed row throws instead of crashing.
protocol StoredRecord: CaseRecord, FetchableRecord, PersistableRecord {
  /// The prefix of short references, for records that get one from the store.
  static var refPrefix: ShortRef.Prefix? { get }
  /// The short reference, for records with a ``refPrefix``.
  var shortRef: String { get set }
  /// How the record is named in messages and the audit trail: a code, a handle, a reference.
  var displayName: String { get }
  /// The record with its text normalised, or a refusal.
  func validated() throws(ValidationError) -> Self
}

extension CaseRecord where Self: TableRecord {
  /// Each kind of record has its own table, named after the kind.
  public static var databaseTableName: String { entity.rawValue }
}

extension StoredRecord {
  static var refPrefix: ShortRef.Prefix? { nil }
  var shortRef: String {
    get { "" }
    set {}
  }
  var displayName: String { shortRef.isEmpty ? id.text : shortRef }
  func validated() throws(ValidationError) -> Self { self }
}

// MARK: - Columns shared by every record

extension PersistenceContainer {
  mutating func encode(stamp: Stamp) {
    self["created_at"] = stamp.createdAt
    self["created_by"] = stamp.createdBy.text
    self["updated_at"] = stamp.updatedAt
    self["updated_by"] = stamp.updatedBy.text
    self["deleted_at"] = stamp.deletedAt
  }

  mutating func encode(markings: Markings) {
    self["handling"] = markings.handling
    self["tlp"] = markings.tlp
    self["classification"] = markings.classification
    self["reliability"] = markings.reliability
    self["accuracy"] = markings.accuracy
  }

  mutating func encode(list: [String], as column: String) {
    self[column] = StoredList.encode(list)
  }
}

extension Row {
  func decodeStamp() throws -> Stamp {
    Stamp(
      createdAt: try decode(forColumn: "created_at"),
      createdBy: try decode(forColumn: "created_by"),
      updatedAt: try decode(forColumn: "updated_at"),
      updatedBy: try decode(forColumn: "updated_by"),
      deletedAt: try decode(forColumn: "deleted_at"))
  }

  func decodeMarkings() throws -> Markings {
    Markings(
      handling: try decode(forColumn: "handling"), tlp: try decode(forColumn: "tlp"),
      classification: try decode(forColumn: "classification"),
      reliability: try decode(forColumn: "reliability"),
      accuracy: try decode(forColumn: "accuracy"))
  }

  func decodeList<Term: Vocabulary>(_ column: String, of type: Term.Type) throws -> [Term] {
    try decodeList(column).map { raw in
      guard let term = Term(rawValue: raw) else {
        throw StoreError(
          .database, "column \(column) holds the unknown \(Term.vocabularyName) \(quoted(raw))")
      }
      return term
    }
  }

  func decodeList(_ column: String) throws -> [String] {
    try StoredList.decode(try decode(String.self, forColumn: column), column: column)
  }
}

/// Lists (crime areas, languages) are stored as JSON arrays of strings.
enum StoredList {
  static func encode(_ list: [String]) -> String {
    // Lists hold vocabulary terms and language codes: no character needs escaping beyond
    // what `quotedJSON` does, so the encoding is the same on every platform.
    "[" + list.map(quotedJSON).joined(separator: ",") + "]"
  }

  static func decode(_ text: String, column: String) throws -> [String] {
    guard let data = text.data(using: .utf8),
      let list = try? JSONDecoder().decode([String].self, from: data)
    else {
      throw StoreError(.database, "column \(column) does not hold a list: \(quoted(text))")
    }
    return list
  }

  private static func quotedJSON(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

// MARK: - Value conversions

extension CountryBloc: DatabaseValueConvertible {}
extension OrganisationKind: DatabaseValueConvertible {}
extension NetworkRole: DatabaseValueConvertible {}
extension OperationStatus: DatabaseValueConvertible {}
extension Vector: DatabaseValueConvertible {}
extension ParticipantRole: DatabaseValueConvertible {}
extension MeetingKind: DatabaseValueConvertible {}
extension AttendanceStatus: DatabaseValueConvertible {}
extension MinutesState: DatabaseValueConvertible {}
extension EntryKind: DatabaseValueConvertible {}
extension Priority: DatabaseValueConvertible {}
extension ActionStatus: DatabaseValueConvertible {}
extension AssetKind: DatabaseValueConvertible {}
extension AssetStatus: DatabaseValueConvertible {}
extension QuantityUnit: DatabaseValueConvertible {}
extension HandlingCode: DatabaseValueConvertible {}
extension TLP: DatabaseValueConvertible {}
extension EUClassification: DatabaseValueConvertible {}
extension SourceReliability: DatabaseValueConvertible {}
extension InformationAccuracy: DatabaseValueConvertible {}

extension CalendarDate: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
    String.fromDatabaseValue(dbValue).flatMap { try? CalendarDate(iso: $0) }
  }
}
