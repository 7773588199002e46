import CaseModel
import Foundation

// How each row a list or a record view shows is named in a consultation or disclosure event.

extension OperationRow {
  public var auditSubject: AuditSubject {
    AuditSubject(
      entity: .operation, id: operation.id, ref: operation.code, operationID: operation.id)
  }
}

extension MeetingRow {
  public var auditSubject: AuditSubject {
    AuditSubject(entity: .meeting, id: meeting.id, ref: meeting.ref)
  }
}

extension MeetingDetail {
  /// The meeting, under its first operation, whose stated purpose applies.
  public var auditSubject: AuditSubject {
    AuditSubject(
      entity: .meeting, id: row.meeting.id, ref: row.meeting.ref, operationID: operations.first?.id)
  }
}

extension ActionRow {
  public var auditSubject: AuditSubject {
    AuditSubject(entity: .actionItem, id: item.id, ref: item.ref, operationID: item.operationID)
  }
}

extension SeizureRow {
  public var auditSubject: AuditSubject {
    AuditSubject(
      entity: .seizure, id: seizure.id, ref: seizure.ref, operationID: seizure.operationID)
  }
}

extension OfficerRow {
  public var auditSubject: AuditSubject {
    AuditSubject(entity: .officer, id: officer.id, ref: officer.handle)
  }
}

extension OrganisationRow {
  public var auditSubject: AuditSubject {
    AuditSubject(entity: .organisation, id: organisation.id, ref: organisation.acronym)
  }
}

extension SearchHit {
  public var auditSubject: AuditSubject {
    AuditSubject(entity: kind.entity, id: id, ref: ref)
  }
}
