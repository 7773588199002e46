import CaseModel
import Foundation
import GRDB

/// Roles, enforced in the write path so that every route obeys them: leads and co-leads
/// change an operation, its participants and its status; participants add and change
/// meetings, minutes, action items and seizures under it; observers read only. Marking an
/// operation down (a less strict marking) takes its lead, and is audited as such.
extension Writer {
  /// Whether the acting officer sees the operation, by the rules reads follow.
  func sees(operation id: UUID) throws -> Bool {
    let rule = AccessRules.officer(actor.id).operation("?")
    return try Bool.fetchOne(db, sql: "SELECT \(rule)", arguments: [id.text]) ?? false
  }

  /// The acting officer's role on an operation: the highest of the parties they belong to
  /// that take part (under a named-only TLP, only their own name counts); nil for none.
  func role(on operationID: UUID) throws -> ParticipantRole? {
    let ranks = ParticipantRole.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.rank)" }
    let rank = try Int.fetchOne(
      db,
      sql: """
        SELECT max(CASE p.role \(ranks.joined(separator: " ")) END)
        FROM participant p JOIN officer me ON me.id = ?1
        JOIN operation op ON op.id = p.operation_id
        WHERE p.operation_id = ?2 AND p.deleted_at IS NULL
          AND (p.officer_id = me.id OR (op.tlp NOT IN \(AccessRules.namedOnlyTLP)
            AND (p.organisation_id = me.organisation_id OR p.country_id = me.country_id)))
        """, arguments: [actor.id.text, operationID.text])
    return rank.map { ParticipantRole.allCases[$0] }
  }

  /// Refuses unless the acting officer holds `needed` or a higher role on the operation. An
  /// operation they do not see is answered as one that does not exist.
  func require(_ needed: ParticipantRole, on operation: JointOperation, to work: String) throws {
    guard try sees(operation: operation.id), let role = try role(on: operation.id) else {
      throw StoreError(.notFound, "no such operation \(quoted(operation.code))")
    }
    guard role >= needed else {
      let roles = needed == .lead ? "its lead" : "the \(needed.label) role or higher"
      throw StoreError(
        .notPermitted,
        "\(work) in \(operation.code) takes \(roles); \(actor.handle) takes part as \(role.label)")
    }
  }

  /// Refuses unless the acting officer takes part (not as an observer) in every operation
  /// of the meeting. A meeting of no operation is the whole network's.
  func requireParticipation(inMeeting meetingID: UUID, to work: String) throws {
    for operation in try operations(ofMeeting: meetingID) {
      try require(.participant, on: operation, to: work)
    }
  }

  /// Refuses unless the acting officer may change the action item: a participant of its
  /// operation (or of its meeting's, for an item of a meeting alone), or its owner or a
  /// co-owner, who keep their own items moving.
  func requireParticipation(inAction item: ActionItem, to work: String) throws {
    if item.ownerID == actor.id { return }
    let coOwner =
      try ActionCoOwner.filter(
        sql: "action_id = ? AND officer_id = ? AND deleted_at IS NULL",
        arguments: [item.id.text, actor.id.text]
      ).fetchCount(db) > 0
    if coOwner { return }
    if let operationID = item.operationID {
      try require(.participant, on: try live(JointOperation.self, operationID), to: work)
    } else if let meetingID = item.meetingID {
      try requireParticipation(inMeeting: meetingID, to: work)
    }
  }

  /// The live operations a meeting deals with.
  func operations(ofMeeting meetingID: UUID) throws -> [JointOperation] {
    try JointOperation.fetchAll(
      db,
      sql: """
        SELECT op.* FROM meeting_operation mo JOIN operation op ON op.id = mo.operation_id
        WHERE mo.meeting_id = ? AND mo.deleted_at IS NULL AND op.deleted_at IS NULL
        """, arguments: [meetingID.text])
  }

  /// A change of markings on a record: never below `floor` (what it inherits), and lower
  /// than before only for the lead of `operation`, with an audit event of its own.
  func checkMarkings(
    _ new: Markings, was old: Markings?, floor: Markings, on operation: JointOperation?,
    record: (entity: EntityKind, id: UUID, ref: String)
  ) throws -> Markings {
    let raised = new.raised(to: floor)
    guard let old, !raised.isAtLeast(old) else { return raised }
    if let operation { try require(.lead, on: operation, to: "marking down") }
    try logEvent(
      .alter, "marked \(record.ref) down from \(old.banner) to \(raised.banner)",
      entity: record.entity, id: record.id, ref: record.ref)
    return raised
  }
}
