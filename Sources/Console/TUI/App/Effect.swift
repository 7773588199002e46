import CaseModel
import Foundation
import Storage

/// A read a screen asks for. The program runs it against the store and hands the result back
/// to the screen that asked, so screens stay pure: keys in, state and effects out.
public enum Query: Sendable, Equatable {
  case operations(OperationFilter, OperationSort, PageRequest)
  case operationDetail(UUID)
  case meetings(MeetingFilter, PageRequest)
  case meetingDetail(UUID)
  case actions(ActionFilter, PageRequest)
  case actionDetail(UUID)
  case officers(OfficerFilter, PageRequest)
  case officerDetail(UUID)
  case organisations(countryID: UUID?, PageRequest)
  case countries
  case seizures(SeizureFilter, PageRequest)
  case search(String)
  case history(UUID)
  case officerChoices
  case operationChoices
  case organisation(UUID)
  case seizure(UUID)
  case meetingChoices
}

/// The answer to a ``Query``.
public enum QueryResult: Sendable {
  case operations(Page<OperationRow>, PageRequest)
  case operationDetail(OperationDetail)
  case meetings(Page<MeetingRow>, PageRequest)
  case meetingDetail(MeetingDetail)
  case actions(Page<ActionRow>, PageRequest)
  case actionDetail(ActionDetail)
  case officers(Page<OfficerRow>, PageRequest)
  case officerDetail(OfficerDetail)
  case organisations(Page<OrganisationRow>, PageRequest)
  case countries([Country])
  case seizures(Page<SeizureRow>, PageRequest)
  case search(SearchResults)
  case history([FieldChange])
  case officerChoices([OfficerChoice])
  case operationChoices([OperationRow])
  case organisation(Organisation)
  case seizure(Seizure)
  case meetingChoices([MeetingRow])
  case failed(Query, String)
}

/// A write a screen asks for. It runs through the store's one write path as the acting
/// officer; afterwards every screen reloads, keeping its cursor on the same record.
public enum Change: Sendable, Equatable {
  case actions([UUID], ActionChange, note: String?)
  case addAction(ActionItem, coOwners: [UUID])
  case editAction(ActionItem, coOwners: [UUID])
  case addOperation(JointOperation)
  case editOperation(JointOperation)
  case addParticipant(operationID: UUID, Participant.Party, ParticipantRole)
  case removeParticipant(UUID)
  case addMeeting(Meeting, operations: [UUID], invitees: [UUID])
  case editMeeting(Meeting, operations: [UUID], invitees: [UUID])
  case setAttendance(meetingID: UUID, officerID: UUID, AttendanceStatus)
  case changeMinutesState(meetingID: UUID, MinutesState)
  case addMinuteEntry(
    meetingID: UUID, kind: EntryKind, text: String, agenda: String?, action: ActionRequest?,
    amendment: Bool)
  case editMinuteEntry(UUID, text: String)
  case deleteMinuteEntry(UUID)
  case moveMinuteEntry(UUID, by: Int)
  case addOfficer(Officer)
  case editOfficer(Officer)
  case addOrganisation(Organisation)
  case editOrganisation(Organisation)
  case addSeizure(Seizure)
  case editSeizure(Seizure)
  case loadDemo
  case registerProfile(Officer, newOrganisation: Organisation?)
}

/// Where a top-level screen sits: the number keys and Tab switch between them.
public enum TopScreen: Int, CaseIterable, Sendable {
  case operations = 1
  case meetings, actions, directory, search

  public var title: String {
    switch self {
    case .operations: "Operations"
    case .meetings: "Meetings"
    case .actions: "Actions"
    case .directory: "Directory"
    case .search: "Search"
    }
  }
}

/// Something an update asks the program to do.
@MainActor
public enum Effect {
  case query(Query)
  /// A write, and the message to show when it succeeded.
  case change(Change, done: String)
  case push(any Screen)
  case pop
  case show(TopScreen)
  case overlay(Overlay)
  case message(String)
  case error(String)
  /// Writes an export to a file: the program does the I/O (``ExportFile``), screens stay pure.
  case writeFile(FileWrite)
  case quit
}

/// An export for the program to write, and what to say afterwards.
public struct FileWrite: Sendable {
  var url: URL
  var text: String
  /// Whether an existing file may be replaced.
  var overwrite: Bool
  /// The message when the file is written.
  var done: String
  /// Added to the refusal when the file exists and `overwrite` is off: how to replace it.
  var replaceHint: String
  /// The records the file discloses, and to whom, for the audit trail.
  var disclosed: [AuditSubject]
  var recipients: [String]
}

/// An overlay's answer, handed to the screen that opened it.
/// What a screen has typed and not saved: the program keeps it in the database as it is
/// typed, and gives it back after a crash (see ``DraftRecovery``).
public struct DraftContent: Sendable, Equatable {
  /// What the text belongs to: `minutes:<meeting id>`, `form:action:new`.
  public var key: String
  /// The screen's own encoding of its unsaved text (JSON).
  public var payload: String
  /// How the recovery message names it: "the entry line of M4's minutes".
  public var description: String

  public init(key: String, payload: String, description: String) {
    self.key = key
    self.payload = payload
    self.description = description
  }
}

public enum Reply: Sendable, Equatable {
  /// Text typed into a prompt.
  case text(tag: String, String)
  /// A confirmation accepted (Cancel sends nothing).
  case confirmed(tag: String)
  /// An item picked from a list.
  case picked(tag: String, id: String)
}
