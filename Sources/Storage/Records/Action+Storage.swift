import CaseModel
import Foundation
import GRDB

extension ActionItem: StoredRecord {
  static var refPrefix: ShortRef.Prefix? { .action }
  var shortRef: String {
    get { ref }
    set { ref = newValue }
  }

  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), ref: try row.decode(forColumn: "ref"),
      title: try row.decode(forColumn: "title"), details: try row.decode(forColumn: "details"),
      ownerID: try row.decodeID(forColumn: "owner_id"),
      operationID: try row.decodeID(forColumn: "operation_id"),
      meetingID: try row.decodeID(forColumn: "meeting_id"), due: try row.decode(forColumn: "due"),
      priority: try row.decode(forColumn: "priority"), status: try row.decode(forColumn: "status"),
      markings: try row.decodeMarkings(), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["ref"] = ref
    container["title"] = title
    container["details"] = details
    container["owner_id"] = ownerID.text
    container["operation_id"] = operationID?.text
    container["meeting_id"] = meetingID?.text
    container["due"] = due
    container["priority"] = priority
    container["status"] = status
    container.encode(markings: markings)
    container.encode(stamp: stamp)
  }
}

extension ActionCoOwner: StoredRecord {
  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), actionID: try row.decodeID(forColumn: "action_id"),
      officerID: try row.decodeID(forColumn: "officer_id"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["action_id"] = actionID.text
    container["officer_id"] = officerID.text
    container.encode(stamp: stamp)
  }
}

extension ActionUpdate: StoredRecord {
  public init(row: Row) throws {
    self.init(
      id: try row.decodeID(forColumn: "id"), actionID: try row.decodeID(forColumn: "action_id"),
      note: try row.decode(forColumn: "note"), status: try row.decode(forColumn: "status"),
      due: try row.decode(forColumn: "due"), dueCleared: try row.decode(forColumn: "due_cleared"),
      ownerID: try row.decodeID(forColumn: "owner_id"),
      priority: try row.decode(forColumn: "priority"), stamp: try row.decodeStamp())
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id.text
    container["action_id"] = actionID.text
    container["note"] = note
    container["status"] = status
    container["due"] = due
    container["due_cleared"] = dueCleared
    container["owner_id"] = ownerID?.text
    container["priority"] = priority
    container.encode(stamp: stamp)
  }
}
