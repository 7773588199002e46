import CaseModel
import Foundation
import Storage

/// The console's only door to the store: runs the queries and changes screens ask for.
@MainActor
public final class DataService {
  public let store: Store
  /// Where the console's writes run, off the key loop.
  let worker = StoreWorker()
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

  /// Runs a query, records what it shows in the audit trail, and hands the result to `then`:
  /// at once when there is nothing to record, else once the record has landed (the write
  /// runs on ``worker``). Failures come back as a result, never as a crash. What cannot be
  /// recorded is not shown.
  public func run(
    _ query: Query, today: CalendarDate, now: Date, then: @escaping (QueryResult) -> Void
  ) {
    let result = read(query, today: today, now: now)
    guard let profile, let (summary, records) = result.consultation else { return then(result) }
    let key = String(describing: query)
    let asked = Date()
    if let last = consultations[key], asked.timeIntervalSince(last) < Self.consultationWindow {
      guard worker.isBusy else { return then(result) }
      // Its record may still be on its way: results land in order, so this one is handed
      // over after it, and only if it was recorded.
      worker.submit {
      } then: { [weak self] in
        then(
          self?.consultations[key] == nil
            ? .failed(query, "not shown: the consultation cannot be recorded") : result)
      }
      return
    }
    // Only the last minute's matter: a long session does not keep every query it ran.
    if consultations.count > 1_000 {
      consultations = consultations.filter {
        asked.timeIntervalSince($0.value) < Self.consultationWindow
      }
    }
    consultations[key] = asked
    let store = store
    let actor = ActingOfficer(id: profile.id, handle: profile.handle)
    worker.submit {
      Result { () throws(StoreError) in
        try store.recordConsultation(summary, of: records, as: actor)
      }
    } then: { [weak self] recorded in
      if case .failure(let error) = recorded {
        self?.consultations[key] = nil
        then(
          .failed(query, "not shown: the consultation cannot be recorded (\(error.description))"))
      } else {
        then(result)
      }
    }
  }

  /// When each query was last recorded as a consultation: a screen reloading what it already
  /// shows (another process wrote, `r`, a change made here) is not a new consultation.
  private var consultations: [String: Date] = [:]
  private static let consultationWindow: TimeInterval = 60

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
        return .search(try store.search(text, limitPerKind: SearchScreen.hitsPerKind))
      case .history(let id):
        return .history(try store.history(of: id))
      case .officerChoices:
        return .officerChoices(try store.officerChoices())
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

  /// Applies a change as the acting officer, on ``worker``; `then` gets what it changed (for
  /// undo), or the error message.
  public func apply(
    _ change: Change, today: CalendarDate, then: @escaping (Result<ChangeSet?, StoreError>) -> Void
  ) {
    let store = store
    let actor = actor()
    worker.submit {
      Result { () throws(StoreError) -> ChangeSet? in
        _ = store.takeLastChange()
        try Self.write(change, to: store, as: actor, today: today)
        return store.takeLastChange()
      }
    } then: { [weak self] result in
      switch change {
      case .loadDemo, .registerProfile: self?.refreshProfile()
      default: break
      }
      then(result)
    }
  }

  /// One change through the store's write path.
  nonisolated private static func write(
    _ change: Change, to store: Store, as acting: Result<ActingOfficer, StoreError>,
    today: CalendarDate
  ) throws(StoreError) {
    func actor() throws(StoreError) -> ActingOfficer { try acting.get() }
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
    case .registerProfile(let officer, let organisation):
      _ = try store.registerSelf(officer, newOrganisation: organisation)
    }
  }

  /// Writes an export, on ``worker``: the disclosure is recorded once the file can be
  /// written, and the file written once it is recorded (an export that cannot be recorded
  /// does not happen, and a refused one is not recorded as made). `then` gets the message.
  func export(_ request: FileWrite, then: @escaping (_ message: String, _ isError: Bool) -> Void) {
    let store = store
    let acting = actor()
    worker.submit { () -> (String, Bool) in
      func refused(_ failure: ExportFile.Failure) -> (String, Bool) {
        (failure.exists ? "\(failure.message); \(request.replaceHint)" : failure.message, true)
      }
      do throws(ExportFile.Failure) {
        try ExportFile.check(request.url, overwrite: request.overwrite)
      } catch {
        return refused(error)
      }
      do throws(StoreError) {
        try store.recordDisclosure(
          request.done, of: request.disclosed, to: request.recipients, as: try acting.get())
      } catch {
        return ("not written: \(error.description)", true)
      }
      do throws(ExportFile.Failure) {
        try ExportFile.write(request.text, to: request.url, overwrite: request.overwrite)
      } catch {
        return refused(error)
      }
      return (request.done, false)
    } then: {
      then($0.0, $0.1)
    }
  }

  /// States the purpose of the officer's consultations (nil withdraws it), on ``worker``;
  /// `then` gets the reason it was refused, or nil.
  public func statePurpose(_ text: String?, then: @escaping (String?) -> Void) {
    let store = store
    let acting = actor()
    worker.submit {
      Result { () throws(StoreError) in try store.statePurpose(text, as: try acting.get()) }
    } then: { result in
      if case .failure(let error) = result { then(error.description) } else { then(nil) }
    }
  }

  /// The purpose the acting officer stated, if any.
  public var purpose: String? {
    profile.flatMap { try? store.purpose(of: $0.id) }
  }

  /// Records the start or the end of a console session, when an officer is acting.
  public func recordSession(starting: Bool) {
    guard case .success(let actor) = actor() else { return }
    let store = store
    worker.submit { try? store.recordSession(starting: starting, as: actor) }
  }

  /// Undoes a change made here, on ``worker``; `then` gets the undoing's own change, or the
  /// reason it was refused.
  public func revert(_ change: ChangeSet, then: @escaping (Result<ChangeSet, StoreError>) -> Void) {
    let store = store
    let acting = actor()
    worker.submit {
      Result { () throws(StoreError) in try store.revert(change, as: try acting.get()) }
    } then: {
      then($0)
    }
  }

  // MARK: - Drafts

  /// Saves a draft, on ``worker``: typing never waits for the database.
  public func saveDraft(_ draft: DraftContent, at date: Date) {
    let store = store
    worker.submit { try? store.saveDraft(draft.key, payload: draft.payload, at: date) }
  }

  public func removeDraft(_ key: String) {
    let store = store
    worker.submit { try? store.removeDraft(key) }
  }

  public func drafts() -> [Draft] { (try? store.drafts()) ?? [] }

  /// The acting officer, or why there is none; worked out on the key loop, where the profile
  /// lives, and handed to the worker.
  private func actor() -> Result<ActingOfficer, StoreError> {
    guard let profile else {
      return .failure(
        StoreError(
          .noActingOfficer,
          "no acting officer: set one with `liaison whoami --set HANDLE` or start with --as HANDLE"
        ))
    }
    return .success(ActingOfficer(id: profile.id, handle: profile.handle))
  }

  /// Whether another process changed the database since the last call.
  public func changedElsewhere() -> Bool {
    guard let version = try? store.dataVersion() else { return false }
    defer { lastVersion = version }
    return lastVersion.map { $0 != version } ?? false
  }
}
