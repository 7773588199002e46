/// Every kind of record the store keeps. The raw value is the table name and the `entity` of
/// operation-log and audit rows.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
  case country
  case organisation
  case officer
  case operation
  case participant
  case meeting
  case meetingOperation = "meeting_operation"
  case attendance
  case agendaItem = "agenda_item"
  case minuteEntry = "minute_entry"
  case actionItem = "action_item"
  case actionCoOwner = "action_co_owner"
  case actionUpdate = "action_update"
  case seizure

  /// How the kind reads in messages.
  public var label: String {
    switch self {
    case .meetingOperation: "meeting link"
    case .agendaItem: "agenda item"
    case .minuteEntry: "minute entry"
    case .actionItem: "action item"
    case .actionCoOwner: "co-owner"
    case .actionUpdate: "action update"
    default: rawValue
    }
  }
}
