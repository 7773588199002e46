import CaseModel
import Foundation
import GRDB

/// Plays the demo script through one ``Writer``: every record goes through the write path,
/// made by the officer who would have made it, each logical change closed by its own audit
/// event.
final class DemoLoader {
  /// Changing the seed changes the whole demo; tests and screenshots rely on it staying put.
  static let seed: UInt64 = 0x11A1_5023_C1A5_2026

  let w: Writer
  let today: CalendarDate
  var rng = SplitMix64(seed: DemoLoader.seed)
  var timeline = DemoTimeline()
  /// Officer ids by handle; the profile's is known before the officer exists.
  var officerIDs: [String: UUID]
  var officers: [String: Officer] = [:]
  var handles: [UUID: String] = [:]
  var organisations: [String: Organisation] = [:]
  var plans: [String: DemoOperationPlan] = [:]
  /// The operations as last saved, by plan key: their status decides what they accept.
  var operations: [String: JointOperation] = [:]
  /// The plans that have had a meeting, whose next meeting reviews the open items.
  var plansMet: Set<String> = []
  /// Actions created from minutes, in order, with the plan and meeting they came from.
  var minuteActions: [(id: UUID, key: String, meeting: UUID)] = []
  /// The titles of the actions each operation has been given, so that none is raised twice.
  var actionTitles: [String: Set<String>] = [:]
  /// Shuffled orders of each bank, so that a meeting rarely repeats an earlier one.
  var decks: [String: (order: [Int], next: Int)] = [:]
  /// Numbers made up once per operation (containers, IMO numbers, wallets) and reused.
  var generated: [String: [String]] = [:]

  init(writer: Writer, today: CalendarDate, profileID: UUID) {
    w = writer
    self.today = today
    officerIDs = [DemoDataset.profileHandle: profileID]
  }

  func run() throws -> DemoDataset.Summary {
    try refuseNonEmptyStore()
    try addDirectory()
    for plan in DemoOperationPlan.all {
      plans[plan.key] = plan
      timeline.add(.createOperation(plan), on: plan.createdDay)
    }
    for plan in DemoOperationPlan.all {
      for (day, status) in plan.statusPath {
        timeline.add(.operationStatus(key: plan.key, status), on: day)
      }
      for session in plan.sessions {
        timeline.add(.meeting(session, keys: [plan.key]), on: weekday(session.day))
      }
      for asset in plan.assets { timeline.add(.asset(asset, key: plan.key), on: asset.day) }
    }
    for session in DemoOperationPlan.plenaries {
      timeline.add(.meeting(session, keys: session.operations), on: weekday(session.day))
    }
    for item in DemoDirectAction.all { timeline.add(.directAction(item), on: item.day) }
    while let (day, step) = timeline.next() { try perform(step, on: day) }
    try setProfile()
    return try summary()
  }

  // MARK: - Steps

  private func perform(_ step: DemoTimeline.Step, on day: Int) throws {
    switch step {
    case .createOperation(let plan): try createOperation(plan)
    case .operationStatus(let key, let status):
      let plan = try self.plan(key)
      try act(plan.owner)
      operations[key] = try w.changeOperationStatus(try operation(key).id, to: status)
      try w.audit()
    case .meeting(let session, let keys): try holdMeeting(session, keys: keys, day: day)
    case .minutesState(let meeting, let state, let by):
      try act(by)
      try w.changeMinutesState(meeting, to: state)
      try w.audit()
    case .amendment(let meeting, let text, let by):
      try act(by)
      try w.addMinuteEntry(
        meeting, kind: .information, text: text, agenda: nil, action: nil, amendment: true)
      try w.audit()
    case .asset(let asset, let key): try addAsset(asset, key: key)
    case .assetStatus(let id, let status, let by):
      try act(by)
      try w.changeSeizureStatus(id, to: status)
      try w.audit()
    case .directAction(let item): try addDirectAction(item)
    case .actionEvent(let id, let event):
      // Nothing has happened yet after today: a plan cut short leaves the item as it is.
      guard day <= 0 else { return }
      try apply(event, to: id)
    }
  }

  private func refuseNonEmptyStore() throws {
    let used =
      try Bool.fetchOne(
        w.db,
        sql: "SELECT EXISTS(SELECT 1 FROM officer) OR EXISTS(SELECT 1 FROM operation)") ?? false
    if used {
      throw StoreError(
        .conflict,
        "the demo dataset loads only into an empty database; this one already holds officers "
          + "or operations")
    }
  }

  /// Organisations first, then officers: each country's coordinator registers the officers
  /// of their country listed after them; the profile officer registers everyone else.
  private func addDirectory() throws {
    for body in DemoDirectory.bodies {
      let saved = try w.addOrganisation(
        Organisation(
          acronym: body.acronym, name: body.name,
          countryID: body.country.map { Country.id(forCode: $0) }, kind: body.kind))
      try w.audit()
      organisations[body.acronym] = saved
    }
    var registrars: [String: String] = [:]
    for person in DemoDirectory.people {
      try act(registrars[person.country] ?? DemoDataset.profileHandle)
      let saved = try w.addOfficer(
        Officer(
          id: officerIDs[person.handle] ?? UUID.v7(), handle: person.handle, name: person.name,
          organisationID: try organisation(person.organisation).id,
          countryID: Country.id(forCode: person.country), role: person.role,
          specialisations: person.specialisations, languages: person.languages,
          email: person.email, phone: person.phone))
      try w.audit()
      officers[saved.handle] = saved
      officerIDs[saved.handle] = saved.id
      handles[saved.id] = saved.handle
      if registrars[person.country] == nil,
        person.role == .nationalCoordinator || person.role == .driver
      {
        registrars[person.country] = person.handle
      }
    }
  }

  private func createOperation(_ plan: DemoOperationPlan) throws {
    try act(plan.owner)
    let saved = try w.addOperation(
      JointOperation(
        code: plan.code(today: today), codename: plan.codename, summary: plan.summary,
        status: .planned, crimeAreas: plan.crimeAreas, vector: plan.vector,
        leadCountryID: Country.id(forCode: plan.leadCountry),
        leadOrganisationID: try organisation(plan.leadOrganisation).id,
        threatAssessment: plan.threatAssessment, empactRef: plan.empactRef,
        jitRef: plan.jitRef, startDate: today.adding(days: plan.startDay),
        endDate: plan.endDay.map { today.adding(days: $0) }, markings: plan.markings))
    try w.audit()
    operations[plan.key] = saved
    for (code, role) in plan.countries {
      try w.addParticipant(saved.id, .country(Country.id(forCode: code)), role: role)
      try w.audit()
    }
    for (acronym, role) in plan.organisations {
      try w.addParticipant(saved.id, .organisation(try organisation(acronym).id), role: role)
      try w.audit()
    }
    for (handle, role) in plan.officers {
      try w.addParticipant(saved.id, .officer(try officer(handle).id), role: role)
      try w.audit()
    }
  }

  private func addAsset(_ asset: DemoOperationPlan.Asset, key: String) throws {
    try act(asset.by)
    let saved = try w.addSeizure(
      Seizure(
        operationID: try operation(key).id, kind: asset.kind, description: asset.description,
        substance: asset.substance, quantity: asset.quantity, unit: asset.unit,
        value: asset.value, currency: asset.currency, place: asset.place,
        countryID: asset.country.map { Country.id(forCode: $0) },
        date: today.adding(days: asset.day), markings: .standard),
      inheritMarkings: true)
    try w.audit()
    for (after, status) in asset.path where asset.day + after <= 0 {
      timeline.add(.assetStatus(saved.id, status, by: asset.by), on: asset.day + after)
    }
  }

  private func setProfile() throws {
    let profile = try officer(DemoDataset.profileHandle)
    try act(profile.handle)
    try LocalState.set(w.db, .actingOfficer, profile.id.text)
    try w.logEvent(
      .alter, "set the local officer profile to \(profile.handle)", entity: .officer,
      id: profile.id, ref: profile.handle)
  }

  private func summary() throws -> DemoDataset.Summary {
    func count(_ table: String) throws -> Int {
      try Int.fetchOne(w.db, sql: "SELECT count(*) FROM \(table) WHERE deleted_at IS NULL") ?? 0
    }
    return DemoDataset.Summary(
      countries: try count("country"), organisations: try count("organisation"),
      officers: try count("officer"), operations: try count("operation"),
      meetings: try count("meeting"), minuteEntries: try count("minute_entry"),
      actions: try count("action_item"), seizures: try count("seizure"))
  }

  // MARK: - Lookups

  /// Records later changes against `handle`.
  func act(_ handle: String) throws {
    guard let id = officerIDs[handle] else { throw scriptError("officer", handle) }
    try w.act(as: ActingOfficer(id: id, handle: handle))
  }

  func officer(_ handle: String) throws -> Officer {
    guard let found = officers[handle] else { throw scriptError("officer", handle) }
    return found
  }

  func organisation(_ acronym: String) throws -> Organisation {
    guard let found = organisations[acronym] else { throw scriptError("organisation", acronym) }
    return found
  }

  func plan(_ key: String) throws -> DemoOperationPlan {
    guard let found = plans[key] else { throw scriptError("operation", key) }
    return found
  }

  func operation(_ key: String) throws -> JointOperation {
    guard let found = operations[key] else { throw scriptError("operation", key) }
    return found
  }

  /// A mistake in the script itself, not in the database.
  private func scriptError(_ kind: String, _ name: String) -> StoreError {
    StoreError(.notFound, "the demo script names an unknown \(kind) \(quoted(name))")
  }

  /// The day itself if it is a weekday; otherwise the Friday before (in the past) or the
  /// Monday after (in the future), so that a meeting never moves across today.
  func weekday(_ day: Int) -> Int {
    switch today.adding(days: day).weekday {
    case 6: day <= 0 ? day - 1 : day + 2
    case 7: day <= 0 ? day - 2 : day + 1
    default: day
    }
  }
}
