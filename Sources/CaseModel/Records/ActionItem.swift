import Foundation

/// Something an officer has to do, with an owner, a due date and a log of updates.
public struct ActionItem: MarkedRecord, Hashable {
  public static let entity = EntityKind.actionItem
  public var id: UUID
  public var ref: String
  public var title: String
  public var details: String
  public var ownerID: UUID
  public var operationID: UUID?
  /// The meeting whose minutes created it.
  public var meetingID: UUID?
  public var due: CalendarDate?
  public var priority: Priority
  public var status: ActionStatus
  public var markings: Markings
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), ref: String = "", title: String, details: String = "", ownerID: UUID,
    operationID: UUID? = nil, meetingID: UUID? = nil, due: CalendarDate? = nil,
    priority: Priority = .normal, status: ActionStatus = .open, markings: Markings,
    stamp: Stamp = .pending
  ) {
    self.id = id
    self.ref = ref
    self.title = title
    self.details = details
    self.ownerID = ownerID
    self.operationID = operationID
    self.meetingID = meetingID
    self.due = due
    self.priority = priority
    self.status = status
    self.markings = markings
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> ActionItem {
    var copy = self
    copy.title = try TextRules.line(title, field: "title")
    copy.details = try TextRules.text(details, field: "details")
    return copy
  }

  /// Whether the item is past due on `today` and still open.
  public func isOverdue(on today: CalendarDate) -> Bool {
    status.isOpen && (due.map { $0 < today } ?? false)
  }

  /// Changes the status. A done or dropped item reopens only with a note saying why, so the
  /// log explains every reopening.
  public mutating func changeStatus(
    to next: ActionStatus, note: String?
  )
    throws(ValidationError)
  {
    guard next != status else { return }
    let hasNote = !(note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    if !status.isOpen && next.isOpen && !hasNote {
      throw ValidationError(
        .reopenNeedsNote,
        "action \(ref) is \(status.rawValue); reopening it needs a note saying why")
    }
    status = next
  }
}

/// An officer who shares an action item with its owner.
public struct ActionCoOwner: CaseRecord, Hashable {
  public static let entity = EntityKind.actionCoOwner
  public var id: UUID
  public var actionID: UUID
  public var officerID: UUID
  public var stamp: Stamp

  public init(id: UUID = .v7(), actionID: UUID, officerID: UUID, stamp: Stamp = .pending) {
    self.id = id
    self.actionID = actionID
    self.officerID = officerID
    self.stamp = stamp
  }
}

/// One entry of an action item's append-only log: a note, and what changed with it.
public struct ActionUpdate: CaseRecord, Hashable {
  public static let entity = EntityKind.actionUpdate
  public var id: UUID
  public var actionID: UUID
  public var note: String
  /// The status set by this update, if it changed.
  public var status: ActionStatus?
  /// The new due date, if it was postponed or brought forward.
  public var due: CalendarDate?
  /// Whether this update removed the due date.
  public var dueCleared: Bool
  /// The new owner, if the item was reassigned.
  public var ownerID: UUID?
  /// The new priority, if it changed.
  public var priority: Priority?
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), actionID: UUID, note: String = "", status: ActionStatus? = nil,
    due: CalendarDate? = nil, dueCleared: Bool = false, ownerID: UUID? = nil,
    priority: Priority? = nil, stamp: Stamp = .pending
  ) {
    self.id = id
    self.actionID = actionID
    self.note = note
    self.status = status
    self.due = due
    self.dueCleared = dueCleared
    self.ownerID = ownerID
    self.priority = priority
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> ActionUpdate {
    var copy = self
    copy.note = try TextRules.text(note, field: "note", limit: TextRules.entryLimit)
    return copy
  }
}
