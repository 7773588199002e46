import CaseModel
import Foundation
import GRDB

/// What one write changed, field by field, with the values it replaced: what undo puts back.
///
/// Undo is itself a change, written through the one write path like any other, so history is
/// never rewritten: the log and the audit trail show the change and its undoing.
public struct ChangeSet: Sendable, Equatable {
  public struct Step: Sendable, Equatable {
    public let entity: EntityKind
    public let id: UUID
    /// The fields' values before the change; nil when the record was created by it.
    public let before: [String: DatabaseValue]?
    /// The fields' values after the change.
    public let after: [String: DatabaseValue]
  }

  public let steps: [Step]
  /// What the change was, as the audit trail says it: `action A17-KQ3M: status open → done`.
  public let summary: String

  public var isEmpty: Bool { steps.isEmpty }
}

extension Store {
  /// Undoes a change: puts back the values it replaced, and deletes (by tombstone) what it
  /// created. Refused when a field has changed since (undo would overwrite someone's later
  /// change) or when approved minutes would change. Returns the undoing's own change set,
  /// whose revert is a redo.
  public func revert(
    _ change: ChangeSet, as officer: ActingOfficer
  ) throws(StoreError)
    -> ChangeSet
  {
    try write(as: officer) { w in
      for step in change.steps.reversed() {
        guard
          let current = try Row.fetchOne(
            w.db, sql: "SELECT * FROM \(step.entity.rawValue) WHERE id = ?",
            arguments: [step.id.text])
        else { throw StoreError(.notFound, "the record \(step.id.text) is gone") }
        for (field, value) in step.after where !Self.stampFields.contains(field) {
          if (current[field] as DatabaseValue) != value {
            throw StoreError(
              .conflict, "it has been changed again since; undo would overwrite that change")
          }
        }
        try Self.refuseApprovedMinutes(w.db, step)
        var values: [String: DatabaseValue]
        if let before = step.before {
          values = before.filter { !Self.stampFields.contains($0.key) }
        } else {
          values = ["deleted_at": w.now.databaseValue]
        }
        if values.isEmpty { continue }
        try w.setFields(step.entity, step.id, values)
      }
      w.describe("undid: " + change.summary)
    }
    return takeLastChange() ?? ChangeSet(steps: [], summary: "")
  }

  /// Fields every write sets; they are not compared or put back.
  private static let stampFields: Set<String> = ["updated_at", "updated_by"]

  /// Approved minutes are final: neither their entries nor their approval are undone.
  private static func refuseApprovedMinutes(_ db: Database, _ step: ChangeSet.Step) throws {
    let meetingID: String?
    switch step.entity {
    case .meeting:
      if step.after["minutes_state"] == MinutesState.approved.rawValue.databaseValue {
        throw StoreError(.conflict, "approved minutes stay approved; add an amendment instead")
      }
      meetingID = step.id.text
    case .minuteEntry, .agendaItem, .attendance:
      meetingID = try String.fetchOne(
        db, sql: "SELECT meeting_id FROM \(step.entity.rawValue) WHERE id = ?",
        arguments: [step.id.text])
    default:
      return
    }
    guard let meetingID else { return }
    let state = try String.fetchOne(
      db, sql: "SELECT minutes_state FROM meeting WHERE id = ?", arguments: [meetingID])
    if state == MinutesState.approved.rawValue, step.entity != .meeting {
      throw StoreError(.conflict, "the minutes are approved; add an amendment instead")
    }
  }
}
