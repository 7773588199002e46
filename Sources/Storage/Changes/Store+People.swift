import CaseModel
import Foundation
import GRDB

extension Store {
  /// Adds an organisation. The acronym must be new to the network (case does not matter).
  @discardableResult
  public func addOrganisation(
    _ organisation: Organisation, as officer: ActingOfficer
  )
    throws(StoreError) -> Organisation
  {
    try write(as: officer) { try $0.addOrganisation(organisation) }
  }

  /// Adds an officer to the network. The handle must be new.
  @discardableResult
  public func addOfficer(_ officer: Officer, as actor: ActingOfficer) throws(StoreError) -> Officer
  {
    try write(as: actor) { try $0.addOfficer(officer) }
  }

  /// Creates the officer who uses this database, with their organisation if it is new, and
  /// makes them the local profile. The officer is recorded as the author of their own record:
  /// on a new database there is nobody else to act.
  @discardableResult
  public func registerSelf(
    _ officer: Officer, newOrganisation: Organisation?
  )
    throws(StoreError) -> Officer
  {
    let actor = ActingOfficer(id: officer.id, handle: officer.handle)
    return try write(as: actor) { w in
      if let newOrganisation {
        try w.addOrganisation(newOrganisation)
        try w.audit()
      }
      let saved = try w.addOfficer(officer)
      w.describe("registered officer \(saved.handle) as the local profile", subject: saved)
      try w.audit()
      try LocalState.set(w.db, .actingOfficer, saved.id.text)
      return saved
    }
  }

  /// Makes `officerID` the local officer profile: the officer writes are recorded against
  /// when no other is named.
  public func setProfile(_ officerID: UUID, as actor: ActingOfficer? = nil) throws(StoreError) {
    let target = try officer(id: officerID)
    let acting = actor ?? ActingOfficer(id: target.id, handle: target.handle)
    try write(as: acting) { w in
      try LocalState.set(w.db, .actingOfficer, target.id.text)
      try w.logEvent(
        .alter, "set the local officer profile to \(target.handle)", entity: .officer,
        id: target.id, ref: target.handle)
    }
  }

  /// The local officer profile, if one is set and still exists.
  public func profile() throws(StoreError) -> Officer? {
    try read { db in
      guard let text: String = try LocalState.get(db, .actingOfficer),
        let officer = try Officer.fetch(db, id: text), !officer.stamp.isDeleted
      else { return nil }
      return officer
    }
  }

  /// The officer to record writes against: `reference` if given (from `--as` or
  /// `LIAISON_OFFICER`), else the local profile.
  public func actingOfficer(_ reference: String?) throws(StoreError) -> ActingOfficer {
    let officer: Officer
    if let reference, !reference.isEmpty {
      officer = try self.officer(reference)
    } else if let profile = try profile() {
      officer = profile
    } else {
      throw StoreError(.noActingOfficer, "no acting officer is set for this database")
    }
    return ActingOfficer(id: officer.id, handle: officer.handle)
  }
}

extension Writer {
  @discardableResult
  func addOrganisation(_ organisation: Organisation) throws -> Organisation {
    let candidate = try organisation.validated()
    if try Organisation.filter(sql: "acronym = ? COLLATE NOCASE", arguments: [candidate.acronym])
      .fetchCount(db) > 0
    {
      throw StoreError(
        .duplicate, "an organisation with acronym \(quoted(candidate.acronym)) already exists")
    }
    if let country = candidate.countryID { try ensureCountry(country) }
    let saved = try insert(candidate)
    describe("added organisation \(saved.acronym)", subject: saved)
    return saved
  }

  @discardableResult
  func addOfficer(_ officer: Officer) throws -> Officer {
    let candidate = try officer.validated()
    if try Officer.filter(sql: "handle = ?", arguments: [candidate.handle]).fetchCount(db) > 0 {
      throw StoreError(
        .duplicate, "an officer with handle \(quoted(candidate.handle)) already exists")
    }
    _ = try live(Organisation.self, candidate.organisationID)
    try ensureCountry(candidate.countryID)
    let saved = try insert(candidate)
    describe("added officer \(saved.handle)", subject: saved)
    return saved
  }
}
