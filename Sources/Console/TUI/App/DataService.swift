import CaseModel
import Foundation
import Storage

/// The console's only door to the store: runs the queries and changes screens ask for.
@MainActor
public final class DataService {
  public let store: Store
  /// `--as`, else the local profile, for writes.
  private let actingReference: String?
  public private(set) var profile: Officer?
  private var lastVersion: Int?

  public init(store: Store, actingReference: String? = nil) {
    self.store = store
    self.actingReference = actingReference
    refreshProfile()
  }

  public func refreshProfile() {
    if let actingReference, let officer = try? store.officer(actingReference) {
      profile = officer
    } else {
      profile = try? store.profile()
    }
    // Every screen reads through the store, so this one line decides what the console shows.
    store.viewer = profile.map { .officer($0.id) } ?? .nobody
  }

  /// Runs a query and records what it shows in the audit trail; failures come back as a
  /// result, never as a crash. What cannot be recorded is not shown.
  public func run(_ query: Query, today: CalendarDate, now: Date) -> QueryResult {
    let result = read(query, today: today, now: now)
    do {
      try consulted(query, result, at: Date())
    } catch {
      return .failed(query, "not shown: the consultation cannot be recorded (\(error.description))")
    }
    return result
  }

  /// When each query was last recorded as a consultation: a screen reloading what it already
  /// shows (another process wrote, `r`, a change made here) is not a new consultation.
  private var consultations: [String: Date] = [:]
  private static let consultationWindow: TimeInterval = 60

  private func consulted(_ query: Query, _ result: QueryResult, at now: Date) throws(StoreError) {
    guard let profile, let (summary, records) = result.consultation else { return }
    let key = String(describing: query)
    if let last = consultations[key], now.timeIntervalSince(last) < Self.consultationWindow {
      return
    }
    try store.recordConsultation(
      summary, of: records, as: ActingOfficer(id: profile.id, handle: profile.handle))
    // Only the last minute's matter: a long session does not keep every query it ran.
    if consultations.count > 1_000 {
      consultations = consultations.filter {
        now.timeIntervalSince($0.value) < Self.consultationWindow
      }
    }
    consultations[key] = now
  }

  private func read(_ query: Query, today: CalendarDate, now: Date) -> QueryResult {
    do {
      switch query {
      case .operations(let filter, let sort, let page):
        return .operations(
          try store.operations(filter, sort: sort, today: today, now: now, page: page), page)
      case .operationDetail(let id):
        return .operationDetail(try store.operationDetail(id, today: today, now: now))
      case .meetings(let filter, let page):
        return .meetings(try store.meetings(filter, now: now, page: page), page)
      case .meetingDetail(let id):
        return .meetingDetail(try store.meetingDetail(id))
      case .actions(let filter, let page):
        return .actions(try store.actions(filter, page: page), page)
      case .actionDetail(let id):
        return .actionDetail(try store.actionDetail(id))
      case .officers(let filter, let page):
        return .officers(try store.officers(filter, page: page), page)
      case .officerDetail(let id):
        return .officerDetail(try store.officerDetail(id))
      case .organisations(let countryID, let page):
        return .organisations(try store.organisations(countryID: countryID, page: page), page)
      case .countries:
        return .countries(try store.countries())
      case .seizures(let filter, let page):
        return .seizures(try store.seizures(filter, page: page), page)
      case .search(let text):
        return .search(try store.search(text, limitPerKind: 50))
      case .history(let id):
        return .history(try store.history(of: id))
      case .officerChoices:
        return .officerChoices(try store.officers(page: PageRequest(limit: 5_000)).rows)
      case .organisation(let id):
        return .organisation(try store.organisation(id.text))
      case .seizure(let id):
        return .seizure(try store.seizure(id.text))
      case .meetingChoices:
        return .meetingChoices(
          try store.meetings(
            MeetingFilter(period: .upcoming), now: now, page: PageRequest(limit: 500)
          ).rows
            + store.meetings(MeetingFilter(period: .past), now: now, page: PageRequest(limit: 500))
            .rows)
      case .operationChoices:
        return .operationChoices(
          try store.operations(
            OperationFilter(statuses: Set(OperationStatus.allCases)), today: today, now: now,
            page: PageRequest(limit: 5_000)
          ).rows)
      }
    } catch {
      return .failed(query, error.description)
    }
  }

  /// Applies a change as the acting officer; the error message on failure. What it changed is
  /// kept in ``lastChange`` for undo.
  public func apply(_ change: Change, today: CalendarDate) -> String? {
    _ = store.takeLastChange()
    do {
      switch change {
      case .actions(let ids, let actionChange, let note):
        try store.changeActions(ids, actionChange, note: note, as: try actor())
      case .addAction(let item, let coOwners):
        try store.addAction(item, coOwners: coOwners, inheritMarkings: false, as: try actor())
      case .editAction(let item, let coOwners):
        try store.editAction(item, coOwners: coOwners, as: try actor())
      case .addOperation(let operation):
        try store.addOperation(operation, as: try actor())
      case .editOperation(let operation):
        try store.editOperation(operation, as: try actor())
      case .addParticipant(let operationID, let party, let role):
        try store.addParticipant(operationID, party, role: role, as: try actor())
      case .removeParticipant(let id):
        try store.removeParticipant(id, as: try actor())
      case .addMeeting(let meeting, let operations, let invitees):
        try store.addMeeting(meeting, operations: operations, invitees: invitees, as: try actor())
      case .editMeeting(let meeting, let operations, let invitees):
        try store.editMeeting(meeting, operations: operations, invitees: invitees, as: try actor())
      case .setAttendance(let meetingID, let officerID, let status):
        try store.setAttendance(meetingID, officer: officerID, status: status, as: try actor())
      case .changeMinutesState(let meetingID, let state):
        try store.changeMinutesState(meetingID, to: state, as: try actor())
      case .addMinuteEntry(let meetingID, let kind, let text, let agenda, let action, let amendment):
        try store.addMinuteEntry(
          meetingID, kind: kind, text: text, agenda: agenda, action: action,
          amendment: amendment, as: try actor())
      case .editMinuteEntry(let id, let text):
        try store.editMinuteEntry(id, text: text, as: try actor())
      case .deleteMinuteEntry(let id):
        try store.deleteMinuteEntry(id, as: try actor())
      case .moveMinuteEntry(let id, let step):
        try store.moveMinuteEntry(id, by: step, as: try actor())
      case .addOfficer(let officer):
        try store.addOfficer(officer, as: try actor())
      case .editOfficer(let officer):
        try store.editOfficer(officer, as: try actor())
      case .addOrganisation(let organisation):
        try store.addOrganisation(organisation, as: try actor())
      case .editOrganisation(let organisation):
        try store.editOrganisation(organisation, as: try actor())
      case .addSeizure(let seizure):
        try store.addSeizure(seizure, inheritMarkings: false, as: try actor())
      case .editSeizure(let seizure):
        try store.editSeizure(seizure, as: try actor())
      case .loadDemo:
        _ = try DemoDataset.load(into: store, today: today)
        refreshProfile()
      case .registerProfile(let officer, let organisation):
        _ = try store.registerSelf(officer, newOrganisation: organisation)
        refreshProfile()
      }
      return nil
    } catch {
      return error.description
    }
  }

  /// Records a disclosure in the audit trail; the reason it could not be, or nil.
  public func disclosed(
    _ summary: String, records: [AuditSubject], recipients: [String]
  ) -> String? {
    do {
      try store.recordDisclosure(summary, of: records, to: recipients, as: try actor())
      return nil
    } catch {
      return error.description
    }
  }

  /// States the purpose of the officer's consultations (nil withdraws it); the reason it was
  /// refused, or nil.
  public func statePurpose(_ text: String?) -> String? {
    do {
      try store.statePurpose(text, as: try actor())
      return nil
    } catch {
      return error.description
    }
  }

  /// The purpose the acting officer stated, if any.
  public var purpose: String? {
    profile.flatMap { try? store.purpose(of: $0.id) }
  }

  /// Records the start or the end of a console session, when an officer is acting.
  public func recordSession(starting: Bool) {
    guard let actor = try? actor() else { return }
    try? store.recordSession(starting: starting, as: actor)
  }

  /// What the last successful ``apply`` changed, for undo; taken once.
  public func takeLastChange() -> ChangeSet? { store.takeLastChange() }

  /// Undoes a change made here; the undoing's own change, or the reason it was refused.
  public func revert(_ change: ChangeSet) -> Result<ChangeSet, StoreError> {
    do {
      return .success(try store.revert(change, as: try actor()))
    } catch {
      return .failure(error)
    }
  }

  // MARK: - Drafts

  public func saveDraft(_ draft: DraftContent, at date: Date) {
    try? store.saveDraft(draft.key, payload: draft.payload, at: date)
  }

  public func removeDraft(_ key: String) { try? store.removeDraft(key) }

  public func drafts() -> [Draft] { (try? store.drafts()) ?? [] }

  private func actor() throws(StoreError) -> ActingOfficer {
    guard let profile else {
      throw StoreError(
        .noActingOfficer,
        "no acting officer: set one with `liaison whoami --set HANDLE` or start with --as HANDLE")
    }
    return ActingOfficer(id: profile.id, handle: profile.handle)
  }

  /// Whether another process changed the database since the last call.
  public func changedElsewhere() -> Bool {
    guard let version = try? store.dataVersion() else { return false }
    defer { lastVersion = version }
    return lastVersion.map { $0 != version } ?? false
  }
}
