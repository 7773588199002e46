import CaseModel
import Foundation
import GRDB

extension Meeting: StoredRecord {
  static var refPrefix: ShortRef.Prefix? { .meeting }
  var shortRef: String {
    get { ref }
    set { ref = newValue }
  }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), ref: try row.decode(forColumn: "ref"),
      kind: try row.decode(forColumn: "kind"), title: try row.decode(forColumn: "title"),
      startsAt: try row.decodeInstant(forColumn: "starts_at"),
      timeZone: try row.decode(forColumn: "time_zone"),
      durationMinutes: try row.decode(forColumn: "duration_minutes"),
      place: try row.decode(forColumn: "place"), videoCall: try row.decode(forColumn: "video_call"),
      chairID: try row.decodeID(forColumn: "chair_id"),
      minuteTakerID: try row.decodeID(forColumn: "minute_taker_id"),
      minutesState: try row.decode(forColumn: "minutes_state"),
      markings: try row.decodeMarkings(), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["ref"] = ref
    container["kind"] = kind
    container["title"] = title
    container["starts_at"] = startsAt
    container["time_zone"] = timeZone
    container["duration_minutes"] = durationMinutes
    container["place"] = place
    container["video_call"] = videoCall
    container["chair_id"] = chairID?.text
    container["minute_taker_id"] = minuteTakerID?.text
    container["minutes_state"] = minutesState
    container.encode(markings: markings)
    container.encode(stamp: stamp)
  }
}

extension MeetingOperation: StoredRecord {
  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), meetingID: try row.decodeID(forColumn: "meeting_id"),
      operationID: try row.decodeID(forColumn: "operation_id"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["meeting_id"] = meetingID.text
    container["operation_id"] = operationID.text
    container.encode(stamp: stamp)
  }
}

extension Attendance: StoredRecord {
  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), meetingID: try row.decodeID(forColumn: "meeting_id"),
      officerID: try row.decodeID(forColumn: "officer_id"),
      status: try row.decode(forColumn: "status"),
      guest: try row.decode(forColumn: "guest"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["meeting_id"] = meetingID.text
    container["officer_id"] = officerID.text
    container["status"] = status
    container["guest"] = guest
    container.encode(stamp: stamp)
  }
}

extension AgendaItem: StoredRecord {
  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), meetingID: try row.decodeID(forColumn: "meeting_id"),
      position: try row.decode(forColumn: "position"), title: try row.decode(forColumn: "title"),
      stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["meeting_id"] = meetingID.text
    container["position"] = position
    container["title"] = title
    container.encode(stamp: stamp)
  }
}

extension MinuteEntry: StoredRecord {
  static var refPrefix: ShortRef.Prefix? { .entry }
  var shortRef: String {
    get { ref }
    set { ref = newValue }
  }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), ref: try row.decode(forColumn: "ref"),
      meetingID: try row.decodeID(forColumn: "meeting_id"),
      agendaItemID: try row.decodeID(forColumn: "agenda_item_id"),
      position: try row.decode(forColumn: "position"), kind: try row.decode(forColumn: "kind"),
      text: try row.decode(forColumn: "text"), actionID: try row.decodeID(forColumn: "action_id"),
      amendment: try row.decode(forColumn: "amendment"), markings: try row.decodeMarkings(),
      stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["ref"] = ref
    container["meeting_id"] = meetingID.text
    container["agenda_item_id"] = agendaItemID?.text
    container["position"] = position
    container["kind"] = kind
    container["text"] = text
    container["action_id"] = actionID?.text
    container["amendment"] = amendment
    container.encode(markings: markings)
    container.encode(stamp: stamp)
  }
}
