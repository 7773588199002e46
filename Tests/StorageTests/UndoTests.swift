import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

@Suite("Undo and redo")
struct UndoTests {
  @Test func undoingAFieldChangePutsTheOldValueBackAsANewChange() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Trace the vessel's owner")
    _ = f.store.takeLastChange()
    try f.store.changeAction(item.id, ActionChange(status: .done), note: "traced", as: f.me)
    let change = try #require(f.store.takeLastChange())
    #expect(change.summary.contains("status open → done"))
    let opsBefore = try f.store.pool.read {
      try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log")
    }
    let undoing = try f.store.revert(change, as: f.me)
    #expect(try f.store.action(item.ref).status == .open)
    // History is not rewritten: the undo added operations and an audit event.
    let opsAfter = try f.store.pool.read {
      try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log")
    }
    #expect(opsAfter! > opsBefore!)
    #expect(try f.store.auditEvents().rows.first?.summary.hasPrefix("undid: ") == true)
    #expect(try f.store.verifyAudit().isIntact)
    // Redo is the undoing's own undo.
    _ = try f.store.revert(undoing, as: f.me)
    #expect(try f.store.action(item.ref).status == .done)
  }

  @Test func undoingACreationDeletesTheRecordByTombstone() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Request the AIS track")
    let change = try #require(f.store.takeLastChange())
    _ = try f.store.revert(change, as: f.me)
    #expect(throws: StoreError.self) { try f.store.action(item.ref) }
    let row = try f.store.pool.read {
      try Row.fetchOne(
        $0, sql: "SELECT deleted_at FROM action_item WHERE id = ?", arguments: [item.id.text])
    }
    #expect((row?["deleted_at"] as String?) != nil, "the row stays, tombstoned")
  }

  @Test func undoIsRefusedWhenTheRecordChangedSince() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Map the crew")
    try f.store.changeAction(item.id, ActionChange(priority: .high), as: f.me)
    let mine = try #require(f.store.takeLastChange())
    // Someone else raises it further.
    try f.store.changeAction(
      item.id, ActionChange(priority: .urgent),
      as: ActingOfficer(id: f.luis.id, handle: f.luis.handle))
    let events = try f.store.auditEvents().rows.count
    #expect {
      try f.store.revert(mine, as: f.me)
    } throws: { error in
      (error as? StoreError)?.message.contains("changed again since") == true
    }
    #expect(try f.store.action(item.ref).priority == .urgent)
    #expect(try f.store.auditEvents().rows.count == events, "a refused undo writes nothing")
  }

  @Test func approvedMinutesAreNotUndone() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    try f.store.addMinuteEntry(meeting.id, kind: .decision, text: "Share the track", as: f.me)
    let entry = try #require(f.store.takeLastChange())
    try f.store.changeMinutesState(meeting.id, to: .circulated, as: f.me)
    try f.store.changeMinutesState(meeting.id, to: .approved, as: f.me)
    let approval = try #require(f.store.takeLastChange())
    #expect(throws: StoreError.self) { try f.store.revert(approval, as: f.me) }
    #expect(throws: StoreError.self) { try f.store.revert(entry, as: f.me) }
    #expect(try f.store.meeting(meeting.ref).minutesState == .approved)
  }
}

@Suite("Drafts")
struct DraftTests {
  @Test func draftsAreSavedReplacedListedAndRemovedWithoutLogging() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let ops = try f.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log") }
    try f.store.saveDraft("minutes:1", payload: "{\"line\":\"a Request AIS\"}")
    try f.store.saveDraft("form:action:new", payload: "{}")
    try f.store.saveDraft("minutes:1", payload: "{\"line\":\"a Request AIS track @rib\"}")
    let drafts = try f.store.drafts()
    #expect(drafts.map(\.key).sorted() == ["form:action:new", "minutes:1"])
    #expect(drafts.first { $0.key == "minutes:1" }?.payload.contains("@rib") == true)
    try f.store.removeDraft("form:action:new")
    #expect(try f.store.drafts().map(\.key) == ["minutes:1"])
    // Drafts are working state, not records: nothing is logged or audited.
    #expect(
      try f.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM op_log") } == ops)
    #expect(try f.store.verifyAudit().isIntact)
  }

  @Test func aDraftSurvivesReopeningTheFile() throws {
    let temp = try TemporaryStore()
    try temp.store.saveDraft("minutes:2", payload: "Ação — 東京 📦")
    let reopened = try Store.open(path: temp.path)
    #expect(try reopened.drafts().first?.payload == "Ação — 東京 📦")
  }
}

@Suite("Editing minutes and records")
struct RecordEditTests {
  @Test func entriesAreEditedMovedAndDeletedUntilApproval() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    let first = try f.store.addMinuteEntry(meeting.id, kind: .information, text: "One", as: f.me)
      .entry
    let second = try f.store.addMinuteEntry(meeting.id, kind: .decision, text: "Two", as: f.me)
      .entry
    try f.store.editMinuteEntry(first.id, text: "One, corrected", as: f.me)
    try f.store.moveMinuteEntry(second.id, by: -1, as: f.me)
    var texts = try f.store.meetingDetail(meeting.id).entries.map(\.entry.text)
    #expect(texts == ["Two", "One, corrected"])
    #expect(throws: StoreError.self) { try f.store.moveMinuteEntry(second.id, by: -1, as: f.me) }
    try f.store.deleteMinuteEntry(first.id, as: f.me)
    texts = try f.store.meetingDetail(meeting.id).entries.map(\.entry.text)
    #expect(texts == ["Two"])
    try f.store.changeMinutesState(meeting.id, to: .circulated, as: f.me)
    try f.store.changeMinutesState(meeting.id, to: .approved, as: f.me)
    #expect {
      try f.store.editMinuteEntry(second.id, text: "Three", as: f.me)
    } throws: { error in
      (error as? StoreError)?.message.contains("amendment") == true
    }
  }

  @Test func draftMinutesCannotBeApprovedWithoutCirculation() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync")
    #expect {
      try f.store.changeMinutesState(meeting.id, to: .approved, as: f.me)
    } throws: { error in
      (error as? StoreError)?.message.contains("circulate them before approving") == true
    }
  }

  @Test func editingAMeetingFollowsItsOperationsAndInvitees() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Weekly sync", invitees: [f.luis.id])
    var edited = meeting
    edited.title = "Weekly sync — Bogotá"
    try f.store.editMeeting(edited, operations: [], invitees: [f.ana.id], as: f.me)
    let detail = try f.store.meetingDetail(meeting.id)
    #expect(detail.row.meeting.title == "Weekly sync — Bogotá")
    #expect(detail.operations.isEmpty)
    #expect(detail.attendance.map(\.officer.handle) == ["ribeiro"])
  }

  @Test func editingAnActionLogsWhatTheLogFollows() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let item = try f.action("Map the crew")
    var edited = item
    edited.title = "Map the crew of the Rayo"
    edited.priority = .urgent
    edited.due = CalendarDate.today().adding(days: 7)
    try f.store.editAction(edited, coOwners: [f.ana.id], as: f.me)
    let detail = try f.store.actionDetail(item.id)
    #expect(detail.row.item.title == "Map the crew of the Rayo")
    #expect(detail.coOwners.map(\.handle) == ["ribeiro"])
    #expect(detail.updates.last?.update.priority == .urgent)
    #expect(detail.updates.last?.update.due == edited.due)
  }

  @Test func handlesAndAcronymsStayUniqueOnEdit() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var luis = f.luis
    luis.handle = "ribeiro"
    #expect {
      try f.store.editOfficer(luis, as: f.me)
    } throws: { error in
      (error as? StoreError)?.code == .duplicate
    }
    var dirna = f.dirna
    dirna.acronym = "pj"
    #expect {
      try f.store.editOrganisation(dirna, as: f.me)
    } throws: { error in
      (error as? StoreError)?.code == .duplicate
    }
  }
}
