import CaseModel
import Foundation
import Storage

/// What a screen was shown, for the audit trail: every list page, record and search result
/// the console displays is a consultation (Directive (EU) 2016/680, Art. 25).
extension QueryResult {
  /// A line for the trail and the records shown; nil for what shows no record (choices in a
  /// form's picker, the list of countries, a failure).
  var consultation: (summary: String, records: [AuditSubject])? {
    switch self {
    case .operations(let page, _):
      ("console: the operations list", page.rows.map(\.auditSubject))
    case .operationDetail(let detail):
      ("console: opened operation \(detail.row.operation.code)", [detail.row.auditSubject])
    case .meetings(let page, _):
      ("console: the meetings list", page.rows.map(\.auditSubject))
    case .meetingDetail(let detail):
      ("console: opened meeting \(detail.row.meeting.ref)", [detail.auditSubject])
    case .actions(let page, _):
      ("console: the action items list", page.rows.map(\.auditSubject))
    case .actionDetail(let detail):
      ("console: opened action item \(detail.row.item.ref)", [detail.row.auditSubject])
    case .officers(let page, _):
      ("console: the directory", page.rows.map(\.auditSubject))
    case .officerDetail(let detail):
      ("console: opened officer \(detail.row.officer.handle)", [detail.row.auditSubject])
    case .organisations(let page, _):
      ("console: the organisations list", page.rows.map(\.auditSubject))
    case .seizures(let page, _):
      ("console: the seizures list", page.rows.map(\.auditSubject))
    case .search(let results):
      (
        "console: searched for \(results.query)",
        results.groups.flatMap { $0.hits.map(\.auditSubject) }
      )
    case .seizure(let seizure):
      (
        "console: opened seizure \(seizure.ref)",
        [
          AuditSubject(
            entity: .seizure, id: seizure.id, ref: seizure.ref, operationID: seizure.operationID)
        ]
      )
    case .organisation(let organisation):
      (
        "console: opened organisation \(organisation.acronym)",
        [AuditSubject(entity: .organisation, id: organisation.id, ref: organisation.acronym)]
      )
    case .countries, .history, .officerChoices, .operationChoices, .meetingChoices, .failed:
      nil
    }
  }
}
