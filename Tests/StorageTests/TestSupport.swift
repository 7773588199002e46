import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// A fresh temporary folder, removed with everything in it when released.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the folder.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// The names of the files in the folder.
  func listing() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}

/// A database file in a fresh temporary folder, removed when the fixture is released.
final class TemporaryStore {
  let folder: URL
  let store: Store
  var path: String { store.path }
  private let temporary: TemporaryFolder

  init(name: String = "liaison.sqlite") throws {
    temporary = try TemporaryFolder()
    folder = temporary.url
    store = try Store.open(path: folder.appendingPathComponent(name).path)
    // Tests of the queries read the whole file; the access tests act as officers.
    store.viewer = .everything
  }

  /// Another database file in the same folder.
  func sibling(_ name: String) throws -> Store {
    let store = try Store.open(path: folder.appendingPathComponent(name).path)
    store.viewer = .everything
    return store
  }

  /// A second connection pool on the same file, as a second process would have.
  func reopen() throws -> Store {
    let store = try Store.open(path: path)
    store.viewer = .everything
    return store
  }

  /// The file changed behind liaison's back: the store closed, `sql` run by the `sqlite3`
  /// tool (as someone with access to the laptop could), which must take it, and the file
  /// opened again.
  func edited(
    _ sql: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Store {
    try store.close()
    let result = try sqlite3(path, sql)
    #expect(result.status == 0, "\(result.error)", sourceLocation: sourceLocation)
    return try reopen()
  }

  /// A path in the same folder, for files the test creates itself.
  func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// A small network: one officer registered as the profile, two organisations, an operation.
struct Fixture {
  let store: Store
  let me: ActingOfficer
  let ana: Officer
  let luis: Officer
  let pj: Organisation
  let dirna: Organisation
  let operation: JointOperation

  init(_ store: Store) throws {
    self.store = store
    let pjID = UUID.v7()
    let anaID = UUID.v7()
    pj = Organisation(
      id: pjID, acronym: "PJ", name: "Polícia Judiciária", countryID: Country.id(forCode: "PT"),
      kind: .police)
    ana = try store.registerSelf(
      Officer(
        id: anaID, handle: "ribeiro", name: "Ana Ribeiro", organisationID: pjID,
        countryID: Country.id(forCode: "PT"), role: .nationalCoordinator,
        specialisations: [.maritime], languages: ["pt", "es", "en"]),
      newOrganisation: pj)
    me = ActingOfficer(id: ana.id, handle: ana.handle)
    dirna = try store.addOrganisation(
      Organisation(
        acronym: "DIRAN", name: "Dirección de Antinarcóticos",
        countryID: Country.id(forCode: "CO"), kind: .police), as: me)
    luis = try store.addOfficer(
      Officer(
        handle: "gomez.l", name: "Luis Gómez", organisationID: dirna.id,
        countryID: Country.id(forCode: "CO"), role: .driver, languages: ["es"]), as: me)
    operation = try store.addOperation(
      JointOperation(
        code: "TF-MAR-2026-003", codename: "Esperanza",
        summary: "Cocaine shipments from Bogotá via the Atlantic to Lisboa.",
        status: .active, crimeAreas: [.drugTrafficking], vector: .maritime,
        leadCountryID: Country.id(forCode: "PT"), leadOrganisationID: pjID), as: me)
  }

  /// An officer of DIRAN with this handle and name.
  func officer(_ handle: String, _ name: String) throws -> Officer {
    try store.addOfficer(
      Officer(
        handle: handle, name: name, organisationID: dirna.id,
        countryID: Country.id(forCode: "CO"), role: .participant), as: me)
  }

  /// A meeting of the fixture's operation, a day from now unless told.
  func meeting(
    _ title: String, startsAt: Date = Date().addingTimeInterval(86_400), place: String? = nil,
    invitees: [UUID] = []
  ) throws -> Meeting {
    try store.addMeeting(
      Meeting(
        kind: .operational, title: title, startsAt: startsAt, timeZone: "Europe/Lisbon",
        place: place, chairID: ana.id), operations: [operation.id], invitees: invitees, as: me)
  }

  /// An open action of the fixture's operation, owned by Luis unless told.
  func action(
    _ title: String, details: String = "", owner: UUID? = nil, due: CalendarDate? = nil
  ) throws -> ActionItem {
    try store.addAction(
      ActionItem(
        title: title, details: details, ownerID: owner ?? luis.id, operationID: operation.id,
        due: due, markings: .standard), as: me)
  }
}

// MARK: - Looking at the file

/// The bytes of a file, to show that a refusal left it untouched.
func fileBytes(_ path: String) throws -> Data {
  try Data(contentsOf: URL(fileURLWithPath: path))
}

/// A file's permission bits.
func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Every row of every table (records, logs, local state, search index), to show that a
/// refused write changed nothing at all.
func databaseContents(_ store: Store) throws -> [String: [[DatabaseValue]]] {
  try store.pool.read { db in
    let tables = try String.fetchAll(
      db,
      sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    var contents: [String: [[DatabaseValue]]] = [:]
    for table in tables {
      // Some search-index tables have no rowid: order the rows here instead.
      contents[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"")
        .map { Array($0.databaseValues) }
        .sorted { "\($0)" < "\($1)" }
    }
    return contents
  }
}

/// Runs the `sqlite3` command-line tool on a file, as someone with access to the laptop could.
@discardableResult
func sqlite3(_ path: String, _ sql: String) throws -> (status: Int32, error: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  process.arguments = [path]
  let input = Pipe()
  let errors = Pipe()
  process.standardInput = input
  process.standardOutput = FileHandle.nullDevice
  process.standardError = errors
  try process.run()
  input.fileHandleForWriting.write(Data(sql.utf8))
  try input.fileHandleForWriting.close()
  let message = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: message, as: UTF8.self))
}

// MARK: - The operation log and the audit trail

/// One row of `op_log`.
struct LoggedOp: Hashable {
  var seq: Int64
  var opID: String
  var replicaID: String
  var hlc: Int64
  var officerID: String
  var entity: String
  var entityID: String
  var field: String
  var value: DatabaseValue
}

/// One row of `audit_event`.
struct LoggedEvent: Hashable {
  var seq: Int64
  var officerID: String?
  var osUser: String
  var kind: String
  var entity: String?
  var entityID: String?
  var summary: String
}

/// A field of a record: what the operation log should hold one operation for.
struct FieldValue: Hashable, CustomStringConvertible {
  var entity: String
  var entityID: String
  var field: String
  var value: DatabaseValue
  var description: String { "\(entity) \(entityID.prefix(8)) \(field)=\(value)" }
}

/// What a write added to the logs, and which record fields it changed.
///
/// Taken before a write, it compares every record table after the write with before, so a
/// test can check that the operation log holds one operation per changed field: no more,
/// no fewer, with the new value.
struct WriteProbe {
  let store: Store
  private let opSeq: Int64
  private let auditSeq: Int64
  private let lastHLC: Int64
  private let records: [String: [String: Row]]

  init(_ store: Store) throws {
    self.store = store
    (opSeq, auditSeq, lastHLC) = try store.pool.read { db in
      (
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM op_log") ?? 0,
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM audit_event") ?? 0,
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(hlc), 0) FROM op_log") ?? 0
      )
    }
    records = try WriteProbe.records(store)
  }

  private static func records(_ store: Store) throws -> [String: [String: Row]] {
    try store.pool.read { db in
      var all: [String: [String: Row]] = [:]
      for entity in EntityKind.allCases {
        var rows: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(entity.rawValue)") {
          let id: String = row["id"]
          rows[id] = row
        }
        all[entity.rawValue] = rows
      }
      return all
    }
  }

  /// The operations logged since the probe was taken, in log order.
  func ops() throws -> [LoggedOp] {
    try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM op_log WHERE seq > ? ORDER BY seq", arguments: [opSeq]
      ).map { row in
        LoggedOp(
          seq: row["seq"], opID: row["op_id"], replicaID: row["replica_id"], hlc: row["hlc"],
          officerID: row["officer_id"], entity: row["entity"], entityID: row["entity_id"],
          field: row["field"], value: row["value"])
      }
    }
  }

  /// The audit events appended since the probe was taken, in order.
  func events() throws -> [LoggedEvent] {
    try store.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM audit_event WHERE seq > ? ORDER BY seq", arguments: [auditSeq]
      ).map { row in
        LoggedEvent(
          seq: row["seq"], officerID: row["officer_id"], osUser: row["os_user"],
          kind: row["kind"], entity: row["entity"], entityID: row["entity_id"],
          summary: row["summary"])
      }
    }
  }

  /// Every record field that differs from when the probe was taken; for a new record, every
  /// field but its id and its empty ones (an empty field of a new record is not logged:
  /// folding the log leaves it empty anyway).
  func changedFields() throws -> Set<FieldValue> {
    var changed = Set<FieldValue>()
    for (table, rows) in try WriteProbe.records(store) {
      for (id, row) in rows {
        let before = records[table]?[id]
        for column in row.columnNames where column != "id" {
          let value: DatabaseValue = row[column]
          if let before, (before[column] as DatabaseValue) == value { continue }
          if before == nil && value.isNull { continue }
          changed.insert(FieldValue(entity: table, entityID: id, field: column, value: value))
        }
      }
    }
    return changed
  }

  /// Checks the logs against the records: one operation per changed field, carrying the
  /// acting officer, this replica and a clock that only moves forward; audit events carrying
  /// the officer and OS user. Returns the events for the caller to check their kinds.
  @discardableResult
  func expectLogged(
    by officer: ActingOfficer, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (ops: [LoggedOp], fields: Set<FieldValue>, events: [LoggedEvent]) {
    let ops = try ops()
    let fields = try changedFields()
    let logged = ops.map {
      FieldValue(entity: $0.entity, entityID: $0.entityID, field: $0.field, value: $0.value)
    }
    #expect(Set(logged) == fields, sourceLocation: sourceLocation)
    #expect(
      logged.count == Set(logged).count, "a field logged twice", sourceLocation: sourceLocation)
    #expect(ops.allSatisfy { $0.officerID == officer.id.text }, sourceLocation: sourceLocation)
    #expect(
      ops.allSatisfy { $0.replicaID == store.replicaID.text }, sourceLocation: sourceLocation)
    let clocks = [lastHLC] + ops.map(\.hlc)
    #expect(zip(clocks, clocks.dropFirst()).allSatisfy { $0 < $1 }, sourceLocation: sourceLocation)
    let events = try events()
    #expect(!events.isEmpty, "no audit event", sourceLocation: sourceLocation)
    #expect(
      events.allSatisfy { $0.officerID == officer.id.text && $0.osUser == officer.osUser },
      sourceLocation: sourceLocation)
    return (ops, fields, events)
  }
}

extension Set where Element == FieldValue {
  /// The fields changed on one record.
  func fields(of id: UUID) -> Set<String> {
    Set<String>(filter { $0.entityID == id.text }.map(\.field))
  }

  /// The ids of the records of a kind that were touched.
  func ids(of entity: EntityKind) -> Set<String> {
    Set<String>(filter { $0.entity == entity.rawValue }.map(\.entityID))
  }
}

// MARK: - The hostile-text corpus

/// The corpus of hostile strings, read from Tests/Corpus.
enum HostileCorpus {
  struct Entry: Decodable {
    let name: String
    let text: String
  }

  static var url: URL {
    // Tests/StorageTests/TestSupport.swift → Tests/Corpus.
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus/hostile-text.jsonl")
  }

  /// Every entry that decodes; lines a JSON decoder refuses (a lone surrogate) are skipped.
  static func entries() throws -> [Entry] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      try? JSONDecoder().decode(Entry.self, from: Data(line.utf8))
    }
  }
}

// MARK: - Small helpers

extension CalendarDate {
  /// A date a test knows to be valid.
  static func on(_ iso: String) -> CalendarDate {
    // Test dates are literals; a typo should stop the test, not be skipped.
    try! CalendarDate(iso: iso)
  }
}

/// The error a throwing call threw, as a `StoreError`.
func storeError(_ body: () throws -> Void) -> StoreError? {
  do {
    try body()
    return nil
  } catch let error as StoreError {
    return error
  } catch {
    Issue.record("expected a StoreError, got \(error)")
    return nil
  }
}

// MARK: - A network with history

/// The fixture grown into a network with some history: more officers and organisations, a
/// second operation, past and future meetings with minutes, actions that were changed,
/// shared, reopened and deleted, seizures along their life cycle, removed participants.
struct RichNetwork {
  let f: Fixture
  let maria: Officer
  let joao: Officer
  let guardia: Organisation
  let condor: JointOperation
  let kickOff: Meeting
  let followUp: Meeting
  let actions: [ActionItem]
  let deletedAction: ActionItem
  let seizures: [Seizure]

  init(_ f: Fixture) throws {
    self.f = f
    let store = f.store
    let me = f.me
    guardia = try store.addOrganisation(
      Organisation(
        acronym: "GC", name: "Guardia Civil", countryID: Country.id(forCode: "ES"), kind: .police),
      as: me)
    maria = try store.addOfficer(
      Officer(
        handle: "gomez.m", name: "María Gómez", organisationID: guardia.id,
        countryID: Country.id(forCode: "ES"), role: .analyst,
        specialisations: [.financial, .assetRecovery], languages: ["es", "en"],
        email: "maria.gomez@example.eu"), as: me)
    joao = try store.addOfficer(
      Officer(
        handle: "silva.j", name: "João Silva", organisationID: f.pj.id,
        countryID: Country.id(forCode: "PT"), role: .liaisonOfficer, phone: "+351 000 000"),
      as: me)
    let leaver = try f.officer("temp.x", "Temporary Officer")
    try store.write(as: me) { try $0.delete(leaver) }

    condor = try store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-001", codename: "Cóndor", summary: "Couriers through São Paulo.",
        status: .planned, crimeAreas: [.drugTrafficking, .financialCrime], vector: .air,
        leadCountryID: Country.id(forCode: "ES"), leadOrganisationID: guardia.id,
        startDate: .on("2026-01-10"), markings: Markings(handling: .h2, tlp: .amberStrict)),
      as: me)
    _ = try store.changeOperationStatus(condor.id, to: .active, as: me)
    var edited = try store.operation(condor.code)
    edited.summary = "Couriers through São Paulo and Madrid."
    edited.endDate = .on("2026-12-31")
    edited.jitRef = "JIT-2026-17"
    _ = try store.editOperation(edited, as: me)
    _ = try store.addParticipant(condor.id, .officer(joao.id), role: .participant, as: me)
    let guest = try store.addParticipant(
      f.operation.id, .organisation(guardia.id), role: .coLead, as: me)
    try store.removeParticipant(guest.id, as: me)
    _ = try store.addParticipant(
      f.operation.id, .country(Country.id(forCode: "BR")), role: .observer, as: me)

    kickOff = try f.meeting(
      "Kick-off in Bogotá", startsAt: Date().addingTimeInterval(-10 * 86_400), place: "Bogotá",
      invitees: [f.luis.id, maria.id])
    followUp = try f.meeting(
      "Follow-up", startsAt: Date().addingTimeInterval(7 * 86_400), place: "São Paulo",
      invitees: [f.luis.id, joao.id])
    _ = try store.setAttendance(kickOff.id, officer: f.luis.id, status: .present, as: me)
    _ = try store.setAttendance(kickOff.id, officer: maria.id, status: .excused, as: me)
    _ = try store.setAttendance(kickOff.id, officer: joao.id, status: .present, as: me)
    _ = try store.addMinuteEntry(
      kickOff.id, kind: .information, text: "MAOC-N shared the AIS picture.",
      agenda: "Maritime picture", as: me)
    _ = try store.addMinuteEntry(
      kickOff.id, kind: .decision, text: "Track MV Esperanza from Cartagena.",
      agenda: "Maritime picture", as: me)
    let fromMinutes = try store.addMinuteEntry(
      kickOff.id, kind: .action, text: "Request the AIS track of MV Esperanza",
      agenda: "Follow-up", action: ActionRequest(ownerID: maria.id, due: .on("2026-12-04")),
      as: me
    ).action!
    _ = try store.changeMinutesState(kickOff.id, to: .circulated, as: me)
    _ = try store.changeMinutesState(kickOff.id, to: .approved, as: me)
    _ = try store.addMinuteEntry(
      kickOff.id, kind: .information, text: "Correction: Maria was excused.", amendment: true,
      as: me)

    var actions = [fromMinutes]
    for (index, title) in [
      "Trace the vessel's owner", "Freeze the company accounts in Panamá",
      "Ask Eurojust about a JIT", "Share the courier list with Ameripol",
      "Check crypto wallets of the crew", "Draft the EMPACT report",
    ].enumerated() {
      actions.append(try f.action(title, due: .on("2026-12-0\(index + 1)")))
    }
    _ = try store.changeAction(
      actions[1].id, ActionChange(status: .inProgress), note: "registry contacted", as: me)
    _ = try store.changeAction(
      actions[2].id, ActionChange(due: .some(nil), ownerID: maria.id), as: me)
    _ = try store.changeAction(actions[3].id, ActionChange(status: .done), as: me)
    _ = try store.changeAction(
      actions[3].id, ActionChange(status: .open), note: "Eurojust asked again", as: me)
    _ = try store.changeActions(
      [actions[4].id, actions[5].id], ActionChange(priority: .urgent), note: "before Friday",
      as: me)
    try store.addCoOwner(actions[1].id, officer: maria.id, as: me)
    try store.addCoOwner(actions[1].id, officer: joao.id, as: me)
    try store.removeCoOwner(actions[1].id, officer: joao.id, as: me)
    let deleted = actions.removeLast()
    try store.write(as: me) { try $0.delete(deleted) }
    deletedAction = deleted
    self.actions = actions

    var seizures: [Seizure] = []
    seizures.append(
      try store.addSeizure(
        Seizure(
          operationID: f.operation.id, kind: .drugs, description: "Cocaine in banana boxes",
          substance: "cocaine hydrochloride", quantity: 1_200.5, unit: .kg, value: 36_000_000,
          currency: "EUR", place: "Algeciras", countryID: Country.id(forCode: "ES"),
          date: .on("2026-11-02"), markings: .standard), as: me))
    seizures.append(
      try store.addSeizure(
        Seizure(
          operationID: f.operation.id, kind: .vessel, description: "MV Esperanza",
          place: "Lisboa", date: .on("2026-11-03"), markings: .standard), as: me))
    seizures.append(
      try store.addSeizure(
        Seizure(
          operationID: condor.id, kind: .cash, description: "Cash in a suitcase", value: 250_000,
          currency: "USD", place: "Madrid-Barajas", date: .on("2026-10-20"),
          markings: .standard), as: me))
    _ = try store.changeSeizureStatus(seizures[0].id, to: .seized, as: me)
    _ = try store.changeSeizureStatus(seizures[0].id, to: .confiscated, as: me)
    _ = try store.changeSeizureStatus(seizures[2].id, to: .frozen, as: me)
    _ = try store.changeSeizureStatus(seizures[2].id, to: .released, as: me)
    self.seizures = seizures
    try store.setProfile(maria.id, as: me)
    try store.setProfile(f.ana.id, as: me)
  }
}

/// The store's refusal of `body`, or nil when it did not refuse.
func refusal(_ body: () throws -> Void) -> StoreError? {
  do {
    try body()
    return nil
  } catch {
    return error as? StoreError
  }
}
