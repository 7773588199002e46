import CaseModel
import Foundation

/// The need-to-know rules, as SQL conditions that queries add to their `WHERE` clauses.
///
/// An officer sees an operation when they, their organisation or their country takes part in
/// it; an explicit grant is the officer named as a participant (an observer, to read only).
/// Under a TLP:AMBER+STRICT or TLP:RED marking, only named parties see a record: officers
/// named on the operation, the item's owner and co-owners, the meeting's attendees.
/// Everything under an operation follows it: its meetings (a meeting linked to several
/// operations needs all of them, unless the officer attends it), their minutes, its action
/// items and seizures. Records under no operation are the network's, seen by every officer.
///
/// The conditions name the viewer by an SQL expression: `liaison_viewer()` for reads (the
/// store's current viewer), or an officer's id for the write path's checks. Each set of
/// operations is a non-correlated subquery, which SQLite computes once per statement. With
/// nobody acting (a NULL viewer) nothing under the rules is visible, not even the network's.
///
/// The rules' own tables go by `acc_` aliases: a subquery's alias hides the caller's table of
/// the same name, so a rule written with `t` inside a query over `t` would compare a table
/// with itself (and did: search showed entries of meetings the viewer did not attend).
struct AccessRules {
  /// An SQL expression for the viewer's id (`*` for everything, NULL for nobody).
  let viewer: String

  /// The rules for the store's current viewer.
  static let reads = AccessRules(viewer: "liaison_viewer()")

  /// The rules for one officer, for checks inside a write.
  static func officer(_ id: UUID) -> AccessRules {
    // A UUID's text is hexadecimal and dashes: safe to put in the statement as a literal.
    AccessRules(viewer: "'\(id.text)'")
  }

  /// TLP values whose records only named parties see.
  static let namedOnlyTLP =
    "("
    + TLP.allCases.filter(\.isNamedRecipientsOnly).map { "'\($0.rawValue)'" }
    .joined(separator: ", ") + ")"

  /// Whether the viewer sees the whole file.
  var everything: String { "\(viewer) = '*'" }

  /// Operations on which the viewer is named: an officer-level participant or grant.
  var namedOperations: String {
    """
    SELECT operation_id FROM participant
      WHERE officer_id = \(viewer) AND deleted_at IS NULL
    """
  }

  /// Operations the viewer sees.
  var visibleOperations: String {
    // Organisation and country are two branches, so each is read from its own index.
    """
    SELECT id FROM operation WHERE \(everything)
    UNION ALL \(namedOperations)
    UNION ALL SELECT acc_p.operation_id FROM officer acc_me
      JOIN participant acc_p ON acc_p.organisation_id = acc_me.organisation_id
      JOIN operation acc_op ON acc_op.id = acc_p.operation_id
      WHERE acc_me.id = \(viewer) AND acc_p.deleted_at IS NULL AND acc_op.tlp NOT IN \(Self.namedOnlyTLP)
    UNION ALL SELECT acc_p.operation_id FROM officer acc_me
      JOIN participant acc_p ON acc_p.country_id = acc_me.country_id
      JOIN operation acc_op ON acc_op.id = acc_p.operation_id
      WHERE acc_me.id = \(viewer) AND acc_p.deleted_at IS NULL AND acc_op.tlp NOT IN \(Self.namedOnlyTLP)
    """
  }

  /// The operation whose id is `column` is visible.
  func operation(_ column: String) -> String {
    "\(column) IN (\(visibleOperations))"
  }

  /// The meeting whose id is `id` is visible; `restricted` is an SQL condition saying
  /// whether the record in question is marked for named parties only.
  func meeting(_ id: String, restricted: String) -> String {
    """
    (\(everything)
     OR (\(viewer) IS NOT NULL AND NOT (\(restricted)) AND NOT EXISTS (SELECT 1 FROM meeting_operation acc_mo
       WHERE acc_mo.meeting_id = \(id) AND acc_mo.deleted_at IS NULL
         AND acc_mo.operation_id NOT IN (\(visibleOperations))))
     OR EXISTS (SELECT 1 FROM attendance acc_t WHERE acc_t.meeting_id = \(id)
       AND acc_t.officer_id = \(viewer) AND acc_t.deleted_at IS NULL)
     OR ((\(restricted)) AND EXISTS (SELECT 1 FROM meeting_operation acc_mo
         WHERE acc_mo.meeting_id = \(id) AND acc_mo.deleted_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM meeting_operation acc_mo
         WHERE acc_mo.meeting_id = \(id) AND acc_mo.deleted_at IS NULL
           AND acc_mo.operation_id NOT IN (\(namedOperations)))))
    """
  }

  /// The meeting row `m` is visible.
  func meetingRow(_ m: String) -> String {
    meeting("\(m).id", restricted: "\(m).tlp IN \(Self.namedOnlyTLP)")
  }

  /// The minute entry row `e` is visible: its meeting is, and, when either is marked for
  /// named parties only, the viewer attends or is named on every operation.
  func minuteEntry(_ e: String) -> String {
    meeting(
      "\(e).meeting_id",
      restricted: """
        \(e).tlp IN \(Self.namedOnlyTLP)
          OR (SELECT acc_m.tlp FROM meeting acc_m WHERE acc_m.id = \(e).meeting_id) IN \(Self.namedOnlyTLP)
        """)
  }

  /// The action item row `a` is visible.
  func actionItem(_ a: String) -> String {
    """
    (\(everything) OR (\(viewer) IS NOT NULL
      AND (\(a).operation_id IS NULL OR \(a).operation_id IN (\(visibleOperations)))
      AND (\(a).meeting_id IS NULL OR \(a).operation_id IS NOT NULL
        OR EXISTS (SELECT 1 FROM meeting acc_m WHERE acc_m.id = \(a).meeting_id AND \(meetingRow("acc_m"))))
      AND (\(a).tlp NOT IN \(Self.namedOnlyTLP) OR \(a).owner_id = \(viewer)
        OR \(a).operation_id IN (\(namedOperations))
        OR EXISTS (SELECT 1 FROM action_co_owner acc_c WHERE acc_c.action_id = \(a).id
          AND acc_c.officer_id = \(viewer) AND acc_c.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM attendance acc_t WHERE acc_t.meeting_id = \(a).meeting_id
          AND acc_t.officer_id = \(viewer) AND acc_t.deleted_at IS NULL))))
    """
  }

  /// A condition every action item the viewer sees meets, read from its row `s` of
  /// ``ActionScope``: no operation, or one the viewer sees. It only lets a query skip items
  /// before reading their rows; whether an item is visible is ``actionItem(_:)``, always.
  func actionScope(_ s: String) -> String {
    """
    (\(everything) OR \(s).operation IS NULL
      OR \(s).operation IN (SELECT rowid FROM operation WHERE \(operation("id"))))
    """
  }

  /// The seizure row `s` is visible.
  func seizure(_ s: String) -> String {
    """
    (\(everything) OR (\(s).operation_id IN (\(visibleOperations))
      AND (\(s).tlp NOT IN \(Self.namedOnlyTLP) OR \(s).operation_id IN (\(namedOperations)))))
    """
  }
}

extension AccessRules {
  /// The condition that a row `alias` of a kind of record is visible; nil for records every
  /// officer sees (the directory).
  func record(_ entity: EntityKind, _ alias: String) -> String? {
    switch entity {
    case .operation: operation("\(alias).id")
    case .meeting: meetingRow(alias)
    case .minuteEntry: minuteEntry(alias)
    case .actionItem: actionItem(alias)
    case .seizure: seizure(alias)
    case .participant: operation("\(alias).operation_id")
    case .meetingOperation, .attendance, .agendaItem:
      "EXISTS (SELECT 1 FROM meeting acc_m WHERE acc_m.id = \(alias).meeting_id AND \(meetingRow("acc_m")))"
    case .actionCoOwner, .actionUpdate:
      "EXISTS (SELECT 1 FROM action_item acc_a WHERE acc_a.id = \(alias).action_id AND \(actionItem("acc_a")))"
    case .country, .organisation, .officer: nil
    }
  }
}

extension AccessRules {
  /// The record named by an entity column and an id column (an audit event's subject, an
  /// operation-log row) is visible, or is a record everyone sees.
  func subject(entity: String, id: String) -> String {
    let cases = EntityKind.allCases.compactMap { kind -> String? in
      guard let rule = record(kind, "acc_x") else { return nil }
      return "WHEN '\(kind.rawValue)' THEN EXISTS (SELECT 1 FROM \(kind.rawValue) acc_x "
        + "WHERE acc_x.id = \(id) AND \(rule))"
    }
    return "(\(everything) OR CASE \(entity) \(cases.joined(separator: " ")) ELSE 1 END)"
  }
}

extension AccessRules {
  /// The audit event row `e` is visible: its subject and every record its details name (what
  /// a change touched, what a consultation showed, what an export disclosed). An event names
  /// records in its summary and details, so it is read only by those who may see them all.
  func auditEvent(_ e: String) -> String {
    let named = subject(
      entity: "json_extract(acc_r.value, '$.entity')", id: "json_extract(acc_r.value, '$.id')")
    return """
      (\(subject(entity: "\(e).entity", id: "\(e).entity_id"))
        AND NOT EXISTS (SELECT 1 FROM json_each(\(e).details, '$.records') acc_r WHERE NOT \(named)))
      """
  }
}
