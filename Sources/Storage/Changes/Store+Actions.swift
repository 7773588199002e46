import CaseModel
import Foundation
import GRDB

/// Changes to an action item made in one move, logged together with an optional note.
public struct ActionChange: Sendable, Equatable {
  public var title: String?
  public var details: String?
  public var status: ActionStatus?
  public var priority: Priority?
  /// `.some(nil)` clears the due date.
  public var due: CalendarDate??
  public var ownerID: UUID?

  public init(
    title: String? = nil, details: String? = nil, status: ActionStatus? = nil,
    priority: Priority? = nil, due: CalendarDate?? = nil, ownerID: UUID? = nil
  ) {
    self.title = title
    self.details = details
    self.status = status
    self.priority = priority
    self.due = due
    self.ownerID = ownerID
  }

  public var isEmpty: Bool { self == ActionChange() }
}

extension Store {
  /// Adds an action item. Markings default to those of its operation.
  @discardableResult
  public func addAction(
    _ item: ActionItem, coOwners: [UUID] = [], inheritMarkings: Bool = true,
    as officer: ActingOfficer
  ) throws(StoreError) -> ActionItem {
    try write(as: officer) {
      try $0.addAction(item, coOwners: coOwners, inheritMarkings: inheritMarkings)
    }
  }

  /// Applies a change to an action item and appends it, with the note, to the item's log.
  /// A done or dropped item reopens only with a note.
  @discardableResult
  public func changeAction(
    _ id: UUID, _ change: ActionChange, note: String? = nil, as officer: ActingOfficer
  ) throws(StoreError) -> ActionItem {
    try write(as: officer) { try $0.changeAction(id, change, note: note) }
  }

  /// Applies the same change to several action items in one write: a triage move on
  /// marked rows. Either all succeed or none is changed.
  @discardableResult
  public func changeActions(
    _ ids: [UUID], _ change: ActionChange, note: String? = nil, as officer: ActingOfficer
  ) throws(StoreError) -> [ActionItem] {
    try write(as: officer) { w in
      try ids.map { id in
        let saved = try w.changeAction(id, change, note: note)
        try w.audit()
        return saved
      }
    }
  }

  /// Shares an action item with another officer.
  public func addCoOwner(
    _ actionID: UUID, officer officerID: UUID, as actor: ActingOfficer
  )
    throws(StoreError)
  {
    try write(as: actor) { w in
      let item = try w.live(ActionItem.self, actionID)
      try w.requireParticipation(inAction: item, to: "sharing an action item")
      let person = try w.live(Officer.self, officerID)
      guard item.ownerID != officerID else {
        throw StoreError(.conflict, "\(person.handle) owns \(item.ref) already")
      }
      let link = try w.addCoOwner(actionID, officerID)
      w.describe("action \(item.ref): co-owner \(person.handle) added", subject: link)
    }
  }

  /// Stops sharing an action item with an officer.
  public func removeCoOwner(
    _ actionID: UUID, officer officerID: UUID, as actor: ActingOfficer
  )
    throws(StoreError)
  {
    try write(as: actor) { w in
      let item = try w.live(ActionItem.self, actionID)
      try w.requireParticipation(inAction: item, to: "sharing an action item")
      guard
        let link = try ActionCoOwner.filter(
          sql: "action_id = ? AND officer_id = ? AND deleted_at IS NULL",
          arguments: [actionID.text, officerID.text]
        ).fetchOne(w.db)
      else {
        throw StoreError(.notFound, "that officer is not a co-owner of \(item.ref)")
      }
      let removed = try w.delete(link)
      w.describe("action \(item.ref): co-owner removed", subject: removed)
    }
  }
}

extension Writer {
  @discardableResult
  func addAction(_ item: ActionItem, coOwners: [UUID], inheritMarkings: Bool) throws -> ActionItem {
    var candidate = try item.validated()
    _ = try live(Officer.self, candidate.ownerID)
    if let operationID = candidate.operationID {
      let operation = try live(JointOperation.self, operationID)
      try require(.participant, on: operation, to: "adding an action item")
      try operation.requireTakesNewActions()
      candidate.markings =
        inheritMarkings ? operation.markings : candidate.markings.raised(to: operation.markings)
    }
    if let meetingID = candidate.meetingID {
      let meeting = try live(Meeting.self, meetingID)
      try requireParticipation(inMeeting: meetingID, to: "adding an action item")
      candidate.markings = candidate.markings.raised(to: meeting.markings)
    }
    let saved = try insert(candidate)
    for officer in Set(coOwners).sorted(by: { $0.text < $1.text }) where officer != saved.ownerID {
      _ = try live(Officer.self, officer)
      try addCoOwner(saved.id, officer)
    }
    describe("added action \(saved.ref)", subject: saved)
    return saved
  }

  @discardableResult
  func addCoOwner(_ actionID: UUID, _ officerID: UUID) throws -> ActionCoOwner {
    let existing = try ActionCoOwner.filter(
      sql: "action_id = ? AND officer_id = ?", arguments: [actionID.text, officerID.text]
    ).fetchOne(db)
    guard let existing else {
      return try insert(ActionCoOwner(actionID: actionID, officerID: officerID))
    }
    return existing.stamp.isDeleted ? try restore(existing) : existing
  }

  @discardableResult
  func changeAction(_ id: UUID, _ change: ActionChange, note: String?) throws -> ActionItem {
    var item = try live(ActionItem.self, id)
    try requireParticipation(inAction: item, to: "changing an action item")
    let before = item
    let trimmedNote = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if change.isEmpty && trimmedNote.isEmpty {
      throw StoreError(.conflict, "nothing to change on \(item.ref)")
    }
    if let title = change.title { item.title = title }
    if let details = change.details { item.details = details }
    if let priority = change.priority { item.priority = priority }
    if let due = change.due { item.due = due }
    if let owner = change.ownerID {
      _ = try live(Officer.self, owner)
      item.ownerID = owner
    }
    if let status = change.status { try item.changeStatus(to: status, note: trimmedNote) }
    let saved = try update(item)
    let update = ActionUpdate(
      actionID: id, note: trimmedNote,
      status: saved.status != before.status ? saved.status : nil,
      due: saved.due != before.due ? saved.due : nil,
      dueCleared: before.due != nil && saved.due == nil,
      ownerID: saved.ownerID != before.ownerID ? saved.ownerID : nil,
      priority: saved.priority != before.priority ? saved.priority : nil)
    if update.status != nil || update.due != nil || update.dueCleared || update.ownerID != nil
      || update.priority != nil || !trimmedNote.isEmpty
    {
      try insert(update)
    }
    describe(
      "action \(saved.ref): "
        + ActionChangeSummary.describe(before: before, after: saved, note: trimmedNote),
      subject: saved)
    return saved
  }
}

/// One line for the audit trail: `status open → done; due 2026-12-04 → 2026-12-11; note`.
enum ActionChangeSummary {
  static func describe(before: ActionItem, after: ActionItem, note: String) -> String {
    var parts: [String] = []
    if before.status != after.status {
      parts.append("status \(before.status.rawValue) → \(after.status.rawValue)")
    }
    if before.priority != after.priority {
      parts.append("priority \(before.priority.rawValue) → \(after.priority.rawValue)")
    }
    if before.due != after.due {
      parts.append("due \(before.due?.description ?? "none") → \(after.due?.description ?? "none")")
    }
    if before.ownerID != after.ownerID { parts.append("reassigned") }
    if before.title != after.title { parts.append("title changed") }
    if before.details != after.details { parts.append("details changed") }
    if !note.isEmpty { parts.append("note added") }
    return parts.isEmpty ? "no change" : parts.joined(separator: "; ")
  }
}
