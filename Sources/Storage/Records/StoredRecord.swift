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

extension StoredRecord {
  /// The row whose id is `id`, deleted or not. Written out rather than GRDB's
  /// `fetchOne(key:)`, which first reads the table's primary key from the schema: in a short
  /// command that look-up (the whole schema parsed, every search index connected) cost more
  /// than the query itself.
  static func fetch(_ db: Database, id: String) throws -> Self? {
    try fetchOne(
      db, sql: "SELECT * FROM \(databaseTableName) WHERE id = ?", arguments: [id])
  }
}

// MARK: - Columns shared by every record

extension PersistenceContainer {
  mutating func encode(stamp: Stamp) {
    self["created_at"] = StoredDate.text(stamp.createdAt)
    self["created_by"] = stamp.createdBy.text
    self["updated_at"] = StoredDate.text(stamp.updatedAt)
    self["updated_by"] = stamp.updatedBy.text
    self["deleted_at"] = stamp.deletedAt.map(StoredDate.text)
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
      createdAt: try decodeInstant(forColumn: "created_at"),
      createdBy: try decodeID(forColumn: "created_by"),
      updatedAt: try decodeInstant(forColumn: "updated_at"),
      updatedBy: try decodeID(forColumn: "updated_by"),
      deletedAt: try decodeInstantIfPresent(forColumn: "deleted_at"))
  }

  /// An id, as stored (see ``UUID/text``); anything else, a missing column included, is left
  /// to GRDB, which reads it, returns nil or throws as it always did.
  func decodeID(forColumn column: String) throws -> UUID? {
    if let text = self[column] as? String, let id = UUID(text: text) { return id }
    return try decode(UUID?.self, forColumn: column)
  }

  func decodeID(forColumn column: String) throws -> UUID {
    guard let id: UUID = try decodeID(forColumn: column) else {
      return try decode(UUID.self, forColumn: column)
    }
    return id
  }

  /// An instant, as stored (see ``StoredDate``); text of another form is left to GRDB.
  func decodeInstantIfPresent(forColumn column: String) throws -> Date? {
    if let text = self[column] as? String, let date = StoredDate.date(text) { return date }
    return try decode(Date?.self, forColumn: column)
  }

  func decodeInstant(forColumn column: String) throws -> Date {
    guard let date = try decodeInstantIfPresent(forColumn: column) else {
      throw StoreError(.database, "column \(column) holds no date and time")
    }
    return date
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

/// Instants as stored: `2026-11-29 16:40:20.123`, UTC, the format GRDB reads back as a Date.
/// Written by hand because every record carries several, and a formatter per date costs more
/// than the insert.
public enum StoredDate {
  static func text(_ date: Date) -> String {
    // To the nearest millisecond, halves up, as Foundation's formatter (and so GRDB) writes
    // it: `.rounded()` differs on halves and negative instants.
    text(
      millis: Int64((date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down)),
      separator: UInt8(ascii: " "))
  }

  /// ISO 8601 in UTC, to the millisecond below, as Foundation's `ISO8601FormatStyle` writes
  /// it: `2026-11-29T16:40:20.123Z`.
  public static func iso8601(_ date: Date) -> String {
    // As the formatter cuts it: the fraction of the seconds since 2001, to the millisecond below.
    let reference = date.timeIntervalSinceReferenceDate
    let whole = reference.rounded(.down)
    let millis =
      (Int64(whole) + 978_307_200) * 1000 + Int64(((reference - whole) * 1000).rounded(.down))
    return text(millis: millis, separator: UInt8(ascii: "T")) + "Z"
  }

  private static func text(millis: Int64, separator: UInt8) -> String {
    let days =
      Int(millis.quotientAndRemainder(dividingBy: 86_400_000).quotient)
      - (millis < 0 && millis % 86_400_000 != 0 ? 1 : 0)
    let inDay = Int(millis - Int64(days) * 86_400_000)
    let civil = CalendarDate(dayNumber: days)
    let (year, month, day) = (civil.year, civil.month, civil.day)
    var out: [UInt8] = []
    out.reserveCapacity(23)
    func digits(_ value: Int, _ count: Int) {
      var divisor = 1
      for _ in 1..<count { divisor *= 10 }
      var rest = value
      for _ in 0..<count {
        out.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
        rest %= divisor
        divisor = max(1, divisor / 10)
      }
    }
    digits(year, 4)
    out.append(UInt8(ascii: "-"))
    digits(month, 2)
    out.append(UInt8(ascii: "-"))
    digits(day, 2)
    out.append(separator)
    digits(inDay / 3_600_000, 2)
    out.append(UInt8(ascii: ":"))
    digits(inDay / 60_000 % 60, 2)
    out.append(UInt8(ascii: ":"))
    digits(inDay / 1_000 % 60, 2)
    out.append(UInt8(ascii: "."))
    digits(inDay % 1_000, 3)
    return String(decoding: out, as: UTF8.self)
  }

  /// The instant that ``text(_:)`` wrote, read back as GRDB reads it (to the same Double), or
  /// nil for text of another form. By hand too: GRDB builds each date with Foundation's
  /// calendar, whose first use costs a short command half a millisecond.
  static func date(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { bytes -> Date? in
      guard bytes.count == 23 else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
          let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      let separators: [(Int, Character)] = [
        (4, "-"), (7, "-"), (10, " "), (13, ":"), (16, ":"), (19, "."),
      ]
      guard separators.allSatisfy({ bytes[$0.0] == $0.1.asciiValue }),
        let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
        let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
        let millis = number(20..<23), hour < 24, minute < 60, second < 60,
        let civil = try? CalendarDate(year: year, month: month, day: day)
      else { return nil }
      // As Foundation's calendar adds them: the day's start since 2001, then the time of day
      // with its fraction (the order matters to the last bit before 2001).
      let inDay = Double(hour * 3_600 + minute * 60 + second) + Double(millis) / 1_000
      return Date(
        timeIntervalSinceReferenceDate: Double((civil.dayNumber - 11_323) * 86_400) + inDay)
    }
  }
}

/// Lists (crime areas, languages) are stored as JSON arrays of strings.
enum StoredList {
  static func encode(_ list: [String]) -> String {
    // Lists hold vocabulary terms and language codes: no character needs escaping beyond
    // what `jsonString` does, so the encoding is the same on every platform.
    "[" + list.map(jsonString).joined(separator: ",") + "]"
  }

  static func decode(_ text: String, column: String) throws -> [String] {
    if let list = plain(text) { return list }
    guard let data = text.data(using: .utf8),
      let list = try? JSONDecoder().decode([String].self, from: data)
    else {
      throw StoreError(.database, "column \(column) does not hold a list: \(quoted(text))")
    }
    return list
  }

  /// A list as ``encode(_:)`` writes it, with nothing escaped (`["en","pt"]`), read without
  /// JSONDecoder, whose first use costs a command a fifth of a millisecond; nil for any other
  /// text, which JSONDecoder then reads or refuses.
  static func plain(_ text: String) -> [String]? {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    var rest = text.utf8[...]
    guard rest.first == UInt8(ascii: "["), rest.last == UInt8(ascii: "]") else { return nil }
    rest = rest.dropFirst().dropLast()
    var list: [String] = []
    while !rest.isEmpty {
      if !list.isEmpty {
        guard rest.first == comma else { return nil }
        rest = rest.dropFirst()
      }
      guard rest.first == quote else { return nil }
      rest = rest.dropFirst()
      // A backslash (an escape) or a control character (invalid JSON) is left to JSONDecoder.
      guard
        let end = rest.firstIndex(where: { $0 == quote || $0 == UInt8(ascii: "\\") || $0 < 0x20 }),
        rest[end] == quote
      else { return nil }
      list.append(String(Substring(rest[..<end])))
      rest = rest[rest.index(after: end)...]
    }
    return list
  }
}

// MARK: - Value conversions

// Terms are read straight from the statement, as GRDB reads its own strings
// (StatementColumnConvertible, which GRDB gives string-backed enums), rather than through a
// `DatabaseValue` made for each cell: every record holds several (markings, kind, status).
extension CountryBloc: DatabaseValueConvertible, StatementColumnConvertible {}
extension OrganisationKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension NetworkRole: DatabaseValueConvertible, StatementColumnConvertible {}
extension OperationStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension Vector: DatabaseValueConvertible, StatementColumnConvertible {}
extension ParticipantRole: DatabaseValueConvertible, StatementColumnConvertible {}
extension MeetingKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension AttendanceStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension MinutesState: DatabaseValueConvertible, StatementColumnConvertible {}
extension EntryKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension Priority: DatabaseValueConvertible, StatementColumnConvertible {}
extension ActionStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension AssetKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension AssetStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension QuantityUnit: DatabaseValueConvertible, StatementColumnConvertible {}
extension HandlingCode: DatabaseValueConvertible, StatementColumnConvertible {}
extension TLP: DatabaseValueConvertible, StatementColumnConvertible {}
extension EUClassification: DatabaseValueConvertible, StatementColumnConvertible {}
extension SourceReliability: DatabaseValueConvertible, StatementColumnConvertible {}
extension InformationAccuracy: DatabaseValueConvertible, StatementColumnConvertible {}

extension CalendarDate: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
    String.fromDatabaseValue(dbValue).flatMap { try? CalendarDate(iso: $0) }
  }
}
