import CaseModel
import Foundation
import Storage

// The store's rows as list rows: their identity keeps a cursor on its record across reloads;
// their text is what `/` finds. One place, so that every screen listing them agrees.

extension OperationRow: ListRow {
  public var rowID: UUID { operation.id }
  public var findText: String {
    "\(operation.code) \(operation.codename) \(operation.status.rawValue) \(operation.vector.label) \(leadCountryCode) \(leadOrganisationAcronym ?? "")"
  }
}

extension ActionRow: ListRow {
  public var rowID: UUID { item.id }
  public var findText: String {
    [
      item.ref, item.title, item.status.label, item.priority.label, ownerHandle, ownerName,
      operationCode ?? "",
    ].joined(separator: " ")
  }
}

extension MeetingRow: ListRow {
  public var rowID: UUID { meeting.id }
  public var findText: String {
    let m = meeting
    return "\(m.ref) \(m.title) \(m.kind.label) \(m.minutesState.label) \(m.timeZone) "
      + "\(m.place ?? "") \(operationCodes.joined(separator: " "))"
  }
}

extension ParticipantRow: ListRow {
  public var rowID: UUID { participant.id }
  public var findText: String { "\(participant.role.label) \(partyKind) \(reference) \(name)" }
}

extension SeizureRow: ListRow {
  public var rowID: UUID { seizure.id }
  public var findText: String {
    let s = seizure
    return "\(s.ref) \(s.kind.label) \(s.status.label) \(s.date) \(s.place) \(s.description) "
      + (s.substance ?? "")
  }
}
