import CaseModel
import Foundation
import Storage

/// The records forms create and edit. Each kind says which fields it has, how a record
/// fills them, and which change its fields make; ``FormScreen`` does the rest the same way
/// for all of them.
public enum FormKind: String, CaseIterable, Sendable, Codable {
  case operation, meeting, action, officer, organisation, seizure, participant

  /// How the kind reads in titles and messages.
  public var noun: String {
    switch self {
    case .action: "action item"
    default: rawValue
    }
  }

  /// The top-level screen the kind's records are listed in, where a draft is reopened.
  public var home: TopScreen {
    switch self {
    case .operation, .seizure, .participant: .operations
    case .meeting: .meetings
    case .action: .actions
    case .officer, .organisation: .directory
    }
  }

  func fields(editing: Bool) -> [FormField] {
    switch self {
    case .operation: OperationForm.fields(editing: editing)
    case .meeting: MeetingForm.fields
    case .action: ActionForm.fields(editing: editing)
    case .officer: PeopleForms.officerFields
    case .organisation: PeopleForms.organisationFields
    case .seizure: SeizureForm.fields
    case .participant: PeopleForms.participantFields
    }
  }

  /// What a new record's fields start with.
  func defaults(_ context: FormContext, _ env: Environment) -> [String: String] {
    let markings = MarkingsText.format(.standard)
    let me = env.profile?.id.text ?? ""
    switch self {
    case .operation:
      return [
        "status": OperationStatus.planned.rawValue,
        "areas": CrimeArea.drugTrafficking.rawValue, "vector": Vector.maritime.rawValue,
        "country": FormOptions.countryCode(env.profile?.countryID),
        "organisation": env.profile?.organisationID.text ?? "", "start": env.today.description,
        "markings": markings,
      ]
    case .meeting:
      return [
        "kind": MeetingKind.technical.rawValue, "start": "\(env.today.adding(days: 1)) 10:00",
        "zone": TimeZone.current.identifier, "duration": "60", "video": "no", "chair": me,
        "operations": context.operationID?.text ?? "", "markings": markings,
      ]
    case .action:
      return [
        "owner": me, "operation": context.operationID?.text ?? "",
        "priority": Priority.normal.rawValue, "markings": markings,
      ]
    case .officer:
      return [
        "country": context.countryCode ?? "", "role": NetworkRole.participant.rawValue,
        "organisation": context.organisationID?.text ?? "",
      ]
    case .organisation:
      return ["country": context.countryCode ?? "", "kind": OrganisationKind.police.rawValue]
    case .seizure:
      return [
        "operation": context.operationID?.text ?? "", "kind": AssetKind.drugs.rawValue,
        "date": env.today.description, "status": AssetStatus.identified.rawValue,
        "markings": markings,
      ]
    case .participant:
      return ["role": ParticipantRole.participant.rawValue]
    }
  }

  /// The read that brings the record an edit starts from.
  func detailQuery(_ id: UUID) -> Query {
    switch self {
    case .operation, .participant: .operationDetail(id)
    case .meeting: .meetingDetail(id)
    case .action: .actionDetail(id)
    case .officer: .officerDetail(id)
    case .organisation: .organisation(id)
    case .seizure: .seizure(id)
    }
  }

  /// The record and the texts of its fields, if `result` is the record `id`.
  func prefill(_ result: QueryResult, id: UUID) -> (FormRecord, [String: String])? {
    switch (self, result) {
    case (.operation, .operationDetail(let detail)) where detail.row.operation.id == id:
      OperationForm.prefill(detail.row.operation)
    case (.meeting, .meetingDetail(let detail)) where detail.row.meeting.id == id:
      MeetingForm.prefill(detail)
    case (.action, .actionDetail(let detail)) where detail.row.item.id == id:
      ActionForm.prefill(detail)
    case (.officer, .officerDetail(let detail)) where detail.row.officer.id == id:
      PeopleForms.prefill(detail.row.officer)
    case (.organisation, .organisation(let organisation)) where organisation.id == id:
      PeopleForms.prefill(organisation)
    case (.seizure, .seizure(let seizure)) where seizure.id == id:
      SeizureForm.prefill(seizure)
    default:
      nil
    }
  }

  /// The one change the fields make, or the first field that stops it.
  func change(
    _ values: FormValues, _ record: FormRecord?, _ context: FormContext
  ) throws(FieldProblem) -> Change {
    switch self {
    case .operation: try OperationForm.change(values, record?.operation)
    case .meeting: try MeetingForm.change(values, record?.meeting)
    case .action: try ActionForm.change(values, record?.action)
    case .officer: try PeopleForms.officerChange(values, record?.officer)
    case .organisation: try PeopleForms.organisationChange(values, record?.organisation)
    case .seizure: try SeizureForm.change(values, record?.seizure)
    case .participant: try PeopleForms.participantChange(values, context)
    }
  }
}

/// What a form was opened from, kept in its draft: the operation a new action belongs to,
/// the country the directory showed.
public struct FormContext: Sendable, Equatable, Codable {
  public var operationID: UUID?
  public var operationCode: String?
  public var countryCode: String?
  public var organisationID: UUID?

  public init(
    operationID: UUID? = nil, operationCode: String? = nil, countryCode: String? = nil,
    organisationID: UUID? = nil
  ) {
    self.operationID = operationID
    self.operationCode = operationCode
    self.countryCode = countryCode
    self.organisationID = organisationID
  }
}

/// The record an edit form started from: what the fields do not show (its reference, its
/// stamp, its minutes state) is kept from it.
public enum FormRecord: Sendable, Equatable {
  case operation(JointOperation)
  case meeting(Meeting)
  case action(ActionItem)
  case officer(Officer)
  case organisation(Organisation)
  case seizure(Seizure)

  /// How the record is named: `TF-MAR-2026-003`, `A17-KQ3M`, `@ribeiro`.
  var name: String {
    switch self {
    case .operation(let operation): operation.code
    case .meeting(let meeting): meeting.ref
    case .action(let item): item.ref
    case .officer(let officer): "@" + officer.handle
    case .organisation(let organisation): organisation.acronym
    case .seizure(let seizure): seizure.ref
    }
  }

  var markings: Markings? {
    switch self {
    case .operation(let operation): operation.markings
    case .meeting(let meeting): meeting.markings
    case .action(let item): item.markings
    case .seizure(let seizure): seizure.markings
    case .officer, .organisation: nil
    }
  }

  var operation: JointOperation? {
    if case .operation(let record) = self { return record }
    return nil
  }
  var meeting: Meeting? {
    if case .meeting(let record) = self { return record }
    return nil
  }
  var action: ActionItem? {
    if case .action(let record) = self { return record }
    return nil
  }
  var officer: Officer? {
    if case .officer(let record) = self { return record }
    return nil
  }
  var organisation: Organisation? {
    if case .organisation(let record) = self { return record }
    return nil
  }
  var seizure: Seizure? {
    if case .seizure(let record) = self { return record }
    return nil
  }
}
