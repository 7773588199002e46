import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Every mutation goes through one path that logs each changed field and appends audit events
/// in the same transaction. Each test probes the logs around one kind of mutation.
@Suite("The one write path")
struct WritePathTests {
  /// The kinds and entities of audit events, for compact comparisons.
  func summary(_ events: [LoggedEvent]) -> [String] {
    events.map { "\($0.kind) \($0.entity ?? "-")" }
  }

  // MARK: - People

  @Test func addOrganisationAddsItsCountryFirst() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    let gc = try f.store.addOrganisation(
      Organisation(
        acronym: "GC", name: "Guardia Civil", countryID: Country.id(forCode: "ES"), kind: .police),
      as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .organisation) == [gc.id.text])
    #expect(fields.ids(of: .country) == [Country.id(forCode: "ES").text])
    #expect(summary(events) == ["collect country", "collect organisation"])
    #expect(events.map(\.entityID) == [Country.id(forCode: "ES").text, gc.id.text])
  }

  @Test func addOfficer() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    let maria = try f.officer("gomez.m", "María Gómez")
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .officer) == [maria.id.text])
    #expect(fields.fields(of: maria.id).isSuperset(of: ["handle", "name", "sort_name"]))
    #expect(summary(events) == ["collect officer"])
    #expect(events.map(\.entityID) == [maria.id.text])
  }

  @Test func registerSelfLogsEveryField() throws {
    let temp = try TemporaryStore()
    let probe = try WriteProbe(temp.store)
    let orgID = UUID.v7()
    let officer = Officer(
      handle: "ribeiro", name: "Ana Ribeiro", organisationID: orgID,
      countryID: Country.id(forCode: "PT"), role: .nationalCoordinator)
    let saved = try temp.store.registerSelf(
      officer,
      newOrganisation: Organisation(
        id: orgID, acronym: "PJ", name: "Polícia Judiciária",
        countryID: Country.id(forCode: "PT"), kind: .police))
    let actor = ActingOfficer(id: saved.id, handle: saved.handle)
    let (_, fields, events) = try probe.expectLogged(by: actor)
    #expect(fields.ids(of: .officer) == [saved.id.text])
    #expect(fields.ids(of: .organisation) == [orgID.text])
    #expect(summary(events) == ["collect country", "collect organisation", "collect officer"])
    #expect(try temp.store.profile()?.id == saved.id)
  }

  @Test func setProfileOnlyAudits() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    try f.store.setProfile(f.luis.id, as: f.me)
    let (ops, _, events) = try probe.expectLogged(by: f.me)
    #expect(ops.isEmpty)
    #expect(summary(events) == ["alter officer"])
    #expect(events.map(\.entityID) == [f.luis.id.text])
    #expect(try f.store.profile()?.id == f.luis.id)
  }

  // MARK: - Operations

  @Test func addOperationJoinsItsLeads() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    let operation = try f.store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-001", codename: "Cóndor", crimeAreas: [.drugTrafficking],
        vector: .air, leadCountryID: Country.id(forCode: "BR"), leadOrganisationID: f.dirna.id),
      as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .operation) == [operation.id.text])
    // Brazil and DIRAN lead; Ana, of neither, set it up and is named its lead to see it.
    #expect(fields.ids(of: .participant).count == 3)
    let named = try f.store.operationDetail(operation.id, today: .today()).participants
      .filter { $0.partyKind == "officer" }
    #expect(named.map(\.reference) == ["ribeiro"])
    #expect(named.first?.participant.role == .lead)
    #expect(summary(events) == ["collect country", "collect operation"])
    #expect(events.last?.entityID == operation.id.text)
  }

  @Test func editOperationLogsOnlyTheEditedFields() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var edited = f.operation
    edited.summary = "Cocaine shipments from Cartagena."
    edited.endDate = .on("2026-12-31")
    let probe = try WriteProbe(f.store)
    _ = try f.store.editOperation(edited, as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    let changed = fields.fields(of: f.operation.id)
    #expect(changed.isSuperset(of: ["summary", "end_date"]))
    #expect(changed.isSubset(of: ["summary", "end_date", "updated_at", "updated_by"]))
    #expect(fields.ids(of: .operation) == [f.operation.id.text])
    #expect(summary(events) == ["alter operation"])
  }

  @Test func changeOperationStatus() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    _ = try f.store.changeOperationStatus(f.operation.id, to: .suspended, as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.contains { $0.field == "status" && $0.value == "suspended".databaseValue })
    #expect(fields.fields(of: f.operation.id).isSubset(of: ["status", "updated_at", "updated_by"]))
    #expect(summary(events) == ["alter operation"])
  }

  @Test func addParticipantThenChangeItsRole() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var probe = try WriteProbe(f.store)
    let joined = try f.store.addParticipant(
      f.operation.id, .officer(f.luis.id), role: .participant, as: f.me)
    var (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .participant) == [joined.id.text])
    #expect(summary(events) == ["collect participant"])

    probe = try WriteProbe(f.store)
    let promoted = try f.store.addParticipant(
      f.operation.id, .officer(f.luis.id), role: .coLead, as: f.me)
    (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(promoted.id == joined.id)
    #expect(fields.fields(of: joined.id).contains("role"))
    #expect(summary(events) == ["alter participant"])
  }

  @Test func removeParticipantIsAnErasure() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let joined = try f.store.addParticipant(
      f.operation.id, .officer(f.luis.id), role: .participant, as: f.me)
    let probe = try WriteProbe(f.store)
    try f.store.removeParticipant(joined.id, as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.fields(of: joined.id).contains("deleted_at"))
    #expect(summary(events) == ["erase participant"])
    #expect(events.first?.entityID == joined.id.text)
  }

  // MARK: - Meetings

  @Test func addMeetingLinksAndInvites() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let probe = try WriteProbe(f.store)
    let meeting = try f.meeting("Weekly sync", invitees: [f.luis.id, f.ana.id])
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .meeting) == [meeting.id.text])
    #expect(fields.ids(of: .meetingOperation).count == 1)
    #expect(fields.ids(of: .attendance).count == 2)
    // Linking the meeting to its operation is a combination of records, an event of its own.
    #expect(summary(events) == ["collect meeting", "combine meeting"])
    #expect(events.first?.entityID == meeting.id.text)
    #expect(events.last?.summary == "linked meeting \(meeting.ref) to TF-MAR-2026-003")
  }

  @Test func setAttendanceOfAnInviteeAndOfAGuest() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync", invitees: [f.luis.id])
    var probe = try WriteProbe(f.store)
    let present = try f.store.setAttendance(
      meeting.id, officer: f.luis.id, status: .present, as: f.me)
    var (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.fields(of: present.id).contains("status"))
    #expect(summary(events) == ["alter attendance"])

    probe = try WriteProbe(f.store)
    let guest = try f.store.setAttendance(meeting.id, officer: f.ana.id, status: .present, as: f.me)
    (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(guest.guest)
    #expect(fields.ids(of: .attendance) == [guest.id.text])
    #expect(summary(events) == ["collect attendance"])
  }

  @Test func addInformationAndDecisionEntries() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    var probe = try WriteProbe(f.store)
    let information = try f.store.addMinuteEntry(
      meeting.id, kind: .information, text: "AIS picture shared by MAOC-N",
      agenda: "Maritime picture", as: f.me
    ).entry
    var (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .minuteEntry) == [information.id.text])
    #expect(fields.ids(of: .agendaItem).count == 1)
    // The new agenda item and the entry each get their own event.
    #expect(summary(events) == ["collect agenda_item", "collect minute_entry"])

    probe = try WriteProbe(f.store)
    let decision = try f.store.addMinuteEntry(
      meeting.id, kind: .decision, text: "Share the AIS track with DIRAN",
      agenda: "maritime PICTURE", as: f.me
    ).entry
    (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .minuteEntry) == [decision.id.text])
    #expect(fields.ids(of: .agendaItem).isEmpty, "the agenda item should be reused")
    #expect(decision.agendaItemID == information.agendaItemID)
    #expect(decision.position == information.position + 1)
    #expect(summary(events) == ["collect minute_entry"])
    #expect(events.first?.entityID == decision.id.text)
  }

  @Test func addActionEntryCreatesItsAction() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    let probe = try WriteProbe(f.store)
    let (entry, action) = try f.store.addMinuteEntry(
      meeting.id, kind: .action, text: "Request the AIS track of MV Esperanza",
      action: ActionRequest(ownerID: f.luis.id, due: .on("2026-12-04"), priority: .high),
      as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    let item = try #require(action)
    #expect(entry.actionID == item.id)
    #expect(item.operationID == f.operation.id, "the meeting's only operation")
    #expect(item.meetingID == meeting.id)
    #expect(item.due == .on("2026-12-04"))
    #expect(item.priority == .high)
    #expect(fields.ids(of: .actionItem) == [item.id.text])
    #expect(fields.ids(of: .minuteEntry) == [entry.id.text])
    // The action and the entry each get their own event, so each one's history shows it.
    #expect(summary(events) == ["collect action_item", "collect minute_entry"])
  }

  /// The audit trail of a minute entry should show the event that created it, whatever else
  /// the same change created along with it.
  @Test func theAuditEventOfANewEntryNamesTheEntry() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    let underNewAgendaItem = try f.store.addMinuteEntry(
      meeting.id, kind: .information, text: "AIS picture shared", agenda: "Maritime picture",
      as: f.me
    ).entry
    let withAction = try f.store.addMinuteEntry(
      meeting.id, kind: .action, text: "Request the AIS track",
      action: ActionRequest(ownerID: f.luis.id), as: f.me
    ).entry
    for entry in [underNewAgendaItem, withAction] {
      let events = try f.store.auditEvents(AuditFilter(entityID: entry.id)).rows
      #expect(events.map(\.entity) == ["minute_entry"], "\(entry.ref)")
    }
  }

  @Test func changeMinutesState() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    let probe = try WriteProbe(f.store)
    _ = try f.store.changeMinutesState(meeting.id, to: .circulated, as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.fields(of: meeting.id).contains("minutes_state"))
    #expect(fields.ids(of: .meeting) == [meeting.id.text])
    #expect(summary(events) == ["alter meeting"])
  }

  // MARK: - Actions

  @Test func addActionWithCoOwners() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let maria = try f.officer("gomez.m", "María Gómez")
    let probe = try WriteProbe(f.store)
    let item = try f.store.addAction(
      ActionItem(
        title: "Trace the vessel's owner", ownerID: f.luis.id, operationID: f.operation.id,
        markings: Markings(handling: .h3, tlp: .red)),
      coOwners: [maria.id, f.luis.id, maria.id], as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .actionItem) == [item.id.text])
    // The owner is not their own co-owner, and a repeated co-owner is added once.
    #expect(fields.ids(of: .actionCoOwner).count == 1)
    #expect(item.markings == f.operation.markings, "markings come from the operation")
    #expect(summary(events) == ["collect action_item"])
    #expect(events.first?.entityID == item.id.text)
  }

  @Test func changeActionLogsTheUpdate() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner", due: .on("2026-12-04"))
    let probe = try WriteProbe(f.store)
    let saved = try f.store.changeAction(
      item.id, ActionChange(status: .inProgress, due: .some(.on("2026-12-11"))),
      note: "asked the registry", as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(saved.status == .inProgress)
    #expect(fields.fields(of: item.id).isSuperset(of: ["status", "due"]))
    #expect(fields.fields(of: item.id).isSubset(of: ["status", "due", "updated_at", "updated_by"]))
    #expect(fields.ids(of: .actionUpdate).count == 1)
    #expect(
      fields.contains { $0.field == "note" && $0.value == "asked the registry".databaseValue })
    #expect(summary(events) == ["alter action_item"])
    #expect(events.first?.summary.contains("status open → in-progress") == true)
  }

  @Test func changeActionsAuditsEachItem() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let items = try (1...3).map { try f.action("Triage item \($0)") }
    let probe = try WriteProbe(f.store)
    let saved = try f.store.changeActions(
      items.map(\.id), ActionChange(priority: .urgent), as: f.me)
    let (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(saved.allSatisfy { $0.priority == .urgent })
    #expect(fields.ids(of: .actionItem) == Set(items.map(\.id.text)))
    #expect(fields.ids(of: .actionUpdate).count == 3)
    #expect(summary(events) == Array(repeating: "alter action_item", count: 3))
    #expect(events.map(\.entityID) == items.map(\.id.text))
  }

  @Test func addAndRemoveCoOwner() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    var probe = try WriteProbe(f.store)
    try f.store.addCoOwner(item.id, officer: f.ana.id, as: f.me)
    var (_, fields, events) = try probe.expectLogged(by: f.me)
    let link = try #require(fields.ids(of: .actionCoOwner).first)
    #expect(fields.ids(of: .actionCoOwner).count == 1)
    #expect(summary(events) == ["collect action_co_owner"])

    probe = try WriteProbe(f.store)
    try f.store.removeCoOwner(item.id, officer: f.ana.id, as: f.me)
    (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.ids(of: .actionCoOwner) == [link])
    #expect(fields.contains { $0.entityID == link && $0.field == "deleted_at" })
    #expect(summary(events) == ["erase action_co_owner"])
  }

  // MARK: - Seizures

  @Test func addSeizureAndChangeItsStatus() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var probe = try WriteProbe(f.store)
    let seizure = try f.store.addSeizure(
      Seizure(
        operationID: f.operation.id, kind: .drugs, description: "Cocaine in banana boxes",
        substance: "cocaine hydrochloride", quantity: 1_200, unit: .kg, value: 36_000_000,
        currency: "eur", place: "Algeciras", countryID: Country.id(forCode: "ES"),
        date: .on("2026-11-02"), markings: .standard),
      as: f.me)
    var (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(seizure.currency == "EUR")
    #expect(fields.ids(of: .seizure) == [seizure.id.text])
    #expect(summary(events) == ["collect country", "collect seizure"])

    probe = try WriteProbe(f.store)
    _ = try f.store.changeSeizureStatus(seizure.id, to: .seized, as: f.me)
    (_, fields, events) = try probe.expectLogged(by: f.me)
    #expect(fields.fields(of: seizure.id).contains("status"))
    #expect(summary(events) == ["alter seizure"])
  }

  // MARK: - Clock

  @Test func theClockOnlyMovesForwardAcrossWritesAndConnections() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let other = try temp.reopen()
    for index in 0..<10 {
      let store = index.isMultiple(of: 2) ? f.store : other
      _ = try store.addAction(
        ActionItem(title: "Item \(index)", ownerID: f.luis.id, markings: .standard), as: f.me)
    }
    let clocks = try f.store.pool.read {
      try Int64.fetchAll($0, sql: "SELECT hlc FROM op_log ORDER BY seq")
    }
    #expect(clocks.count > 50)
    #expect(zip(clocks, clocks.dropFirst()).allSatisfy { $0 < $1 })
    let opIDs = try f.store.pool.read {
      try String.fetchAll($0, sql: "SELECT DISTINCT op_id FROM op_log")
    }
    #expect(opIDs.count == clocks.count)
  }
}

/// A refused change writes nothing: no record, no operation, no audit event, no counter.
@Suite("Refused writes leave no trace")
struct RefusedWriteTests {
  func expectNothingWritten(
    _ store: Store, _ code: StoreError.Code, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
  ) throws {
    let before = try databaseContents(store)
    let error = storeError(body)
    #expect(error?.code == code, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(try databaseContents(store) == before, sourceLocation: sourceLocation)
  }

  @Test func validationErrors() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    try expectNothingWritten(f.store, .conflict) { _ = try f.action("   ") }
    try expectNothingWritten(f.store, .conflict) {
      _ = try f.action("Line one\u{1B}[2J")
    }
    try expectNothingWritten(f.store, .conflict) {
      _ = try f.store.addOfficer(
        Officer(
          handle: "9lives", name: "Bad Handle", organisationID: f.pj.id,
          countryID: Country.id(forCode: "PT"), role: .analyst), as: f.me)
    }
    try expectNothingWritten(f.store, .conflict) {
      _ = try f.store.addSeizure(
        Seizure(
          operationID: f.operation.id, kind: .drugs, description: "No substance",
          place: "Lisboa", date: .on("2026-01-01"), markings: .standard), as: f.me)
    }
    let idle = try f.action("Nothing to do")
    try expectNothingWritten(f.store, .conflict) {
      _ = try f.store.changeAction(idle.id, ActionChange(), note: "  ", as: f.me)
    }
  }

  @Test func unknownIDs() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let nobody = UUID.v7()
    try expectNothingWritten(f.store, .notFound) { _ = try f.action("Orphan", owner: nobody) }
    try expectNothingWritten(f.store, .notFound) {
      _ = try f.store.changeSeizureStatus(nobody, to: .frozen, as: f.me)
    }
    try expectNothingWritten(f.store, .notFound) {
      _ = try f.store.addParticipant(
        f.operation.id, .country(UUID.reference("country", "ZZ")), role: .observer, as: f.me)
    }
    try expectNothingWritten(f.store, .notFound) {
      _ = try f.store.addMeeting(
        Meeting(kind: .technical, title: "Nobody's meeting", startsAt: Date(), timeZone: "UTC"),
        operations: [nobody], invitees: [], as: f.me)
    }
  }

  @Test func duplicates() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    try expectNothingWritten(f.store, .duplicate) { _ = try f.officer("GOMEZ.L", "Another Luis") }
    try expectNothingWritten(f.store, .duplicate) {
      _ = try f.store.addOperation(
        JointOperation(
          code: "tf-mar-2026-003", codename: "Copy", crimeAreas: [.cybercrime],
          vector: .onlineEncrypted,
          leadCountryID: Country.id(forCode: "ES")), as: f.me)
    }
    try expectNothingWritten(f.store, .duplicate) {
      _ = try f.store.addOrganisation(
        Organisation(
          acronym: "pj", name: "Policía Judicial", countryID: Country.id(forCode: "ES"),
          kind: .police), as: f.me)
    }
  }

  /// A change that fails after adding a country (which gets its own audit event) is rolled
  /// back whole, country and event included.
  @Test func aFailureLateInTheWriteRollsBackEarlierSteps() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    try expectNothingWritten(f.store, .notFound) {
      _ = try f.store.addOperation(
        JointOperation(
          code: "TF-LAND-2026-009", codename: "Ghost", crimeAreas: [.armsTrafficking],
          vector: .land, leadCountryID: Country.id(forCode: "ES"), leadOrganisationID: UUID.v7()),
        as: f.me)
    }
    let items = try (1...3).map { try f.action("Batch \($0)") }
    try expectNothingWritten(f.store, .notFound) {
      _ = try f.store.changeActions(
        [items[0].id, UUID.v7(), items[2].id], ActionChange(status: .done), as: f.me)
    }
    #expect(try f.store.action(items[0].ref).status == .open)
  }

  @Test func editingAnOperationToATakenCodeIsADuplicate() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var other = try f.store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-001", codename: "Cóndor", crimeAreas: [.drugTrafficking], vector: .air,
        leadCountryID: Country.id(forCode: "PT")), as: f.me)
    other.code = f.operation.code
    let before = try databaseContents(f.store)
    let error = storeError { _ = try f.store.editOperation(other, as: f.me) }
    #expect(error != nil)
    #expect(try databaseContents(f.store) == before)
    #expect(error?.code == .duplicate, "\(String(describing: error))")
  }
}

@Suite("The logs are append-only")
struct AppendOnlyLogTests {
  @Test(arguments: ["op_log", "audit_event"])
  func refusesUpdateAndDelete(_ table: String) throws {
    let temp = try TemporaryStore()
    _ = try Fixture(temp.store)
    let before = try databaseContents(temp.store)
    for sql in [
      "UPDATE \(table) SET officer_id = 'someone else' WHERE seq = 1",
      "DELETE FROM \(table) WHERE seq = 1",
      "DELETE FROM \(table)",
    ] {
      do {
        try temp.store.pool.write { try $0.execute(sql: sql) }
        Issue.record("\(sql) succeeded")
      } catch let error as DatabaseError {
        #expect(error.message?.contains("append-only") == true, "\(error)")
      }
    }
    #expect(try databaseContents(temp.store) == before)
  }
}

@Suite("Countries from the catalogue")
struct CountryCatalogueTests {
  @Test func aCountryIsAddedOnFirstReferenceWithItsReferenceID() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    #expect(try f.store.countries().map(\.code) == ["CO", "PT"])
    let probe = try WriteProbe(f.store)
    _ = try f.store.addOrganisation(
      Organisation(
        acronym: "GC", name: "Guardia Civil", countryID: Country.id(forCode: "es"), kind: .police),
      as: f.me)
    let spain = try #require(f.store.countries().first { $0.code == "ES" })
    #expect(spain.id == Country.id(forCode: "ES"))
    #expect(spain.name == "Spain")
    #expect(spain.bloc == .eu)
    #expect(try probe.ops().filter { $0.entity == "country" }.count > 0)

    // A second reference adds nothing.
    let again = try WriteProbe(f.store)
    _ = try f.store.addOrganisation(
      Organisation(
        acronym: "CNP", name: "Policía Nacional", countryID: spain.id, kind: .police), as: f.me)
    #expect(try again.ops().allSatisfy { $0.entity == "organisation" })
    #expect(try f.store.countries().map(\.code) == ["CO", "ES", "PT"])
  }

  @Test func theSameCountryHasTheSameIDInEveryDatabase() throws {
    let first = try TemporaryStore()
    let second = try TemporaryStore()
    _ = try Fixture(first.store)
    _ = try Fixture(second.store)
    #expect(try first.store.countries().map(\.id) == second.store.countries().map(\.id))
  }
}
