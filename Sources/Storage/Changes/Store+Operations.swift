import CaseModel
import Foundation
import GRDB

extension Store {
  /// Adds a joint operation. Its lead country, and its lead organisation if named, join it as
  /// lead participants.
  @discardableResult
  public func addOperation(
    _ operation: JointOperation, as officer: ActingOfficer
  )
    throws(StoreError) -> JointOperation
  {
    try write(as: officer) { try $0.addOperation(operation) }
  }

  /// Saves an edited operation: summary, dates, references, markings.
  @discardableResult
  public func editOperation(
    _ operation: JointOperation, as officer: ActingOfficer
  )
    throws(StoreError) -> JointOperation
  {
    try write(as: officer) { try $0.editOperation(operation) }
  }

  /// Moves an operation along its life cycle.
  @discardableResult
  public func changeOperationStatus(
    _ id: UUID, to status: OperationStatus, as officer: ActingOfficer
  ) throws(StoreError) -> JointOperation {
    try write(as: officer) { try $0.changeOperationStatus(id, to: status) }
  }

  /// Adds a country, organisation or officer to an operation, or changes its role if it
  /// already takes part.
  @discardableResult
  public func addParticipant(
    _ operationID: UUID, _ party: Participant.Party, role: ParticipantRole,
    as officer: ActingOfficer
  ) throws(StoreError) -> Participant {
    try write(as: officer) { try $0.addParticipant(operationID, party, role: role) }
  }

  /// Removes a participant from an operation (a tombstone: the history keeps it).
  public func removeParticipant(
    _ participantID: UUID, as officer: ActingOfficer
  )
    throws(StoreError)
  {
    try write(as: officer) { try $0.removeParticipant(participantID) }
  }
}

extension Writer {
  @discardableResult
  func addOperation(_ operation: JointOperation) throws -> JointOperation {
    let candidate = try operation.validated()
    if try JointOperation.filter(sql: "code = ?", arguments: [candidate.code]).fetchCount(db) > 0 {
      throw StoreError(.duplicate, "an operation with code \(candidate.code) already exists")
    }
    try ensureCountry(candidate.leadCountryID)
    if let lead = candidate.leadOrganisationID { _ = try live(Organisation.self, lead) }
    let saved = try insert(candidate)
    try join(saved.id, .country(saved.leadCountryID), as: .lead)
    if let lead = saved.leadOrganisationID { try join(saved.id, .organisation(lead), as: .lead) }
    // Whoever sets an operation up must see it: named as its lead when neither their
    // organisation nor their country leads it, or when its marking is for named parties only.
    if try !sees(operation: saved.id) { try join(saved.id, .officer(actor.id), as: .lead) }
    describe("added operation \(saved.code)", subject: saved)
    return saved
  }

  @discardableResult
  func editOperation(_ operation: JointOperation) throws -> JointOperation {
    let current = try live(JointOperation.self, operation.id)
    try require(.coLead, on: current, to: "editing the operation")
    guard current.status == operation.status else {
      throw StoreError(.conflict, "change an operation's status with its own command")
    }
    var candidate = try operation.validated()
    candidate.markings = try checkMarkings(
      candidate.markings, was: current.markings, floor: Markings(handling: .h0, tlp: .clear),
      on: current, record: (.operation, current.id, current.code))
    if try JointOperation.filter(
      sql: "code = ? AND id <> ?", arguments: [candidate.code, candidate.id.text]
    )
    .fetchCount(db) > 0 {
      throw StoreError(.duplicate, "an operation with code \(candidate.code) already exists")
    }
    if let lead = operation.leadOrganisationID { _ = try live(Organisation.self, lead) }
    try ensureCountry(operation.leadCountryID)
    let saved = try update(candidate)
    describe("edited operation \(saved.code)", subject: saved)
    return saved
  }

  @discardableResult
  func changeOperationStatus(_ id: UUID, to status: OperationStatus) throws -> JointOperation {
    var operation = try live(JointOperation.self, id)
    try require(.coLead, on: operation, to: "changing the status")
    let from = operation.status
    try operation.changeStatus(to: status)
    let saved = try update(operation)
    describe("operation \(saved.code): \(from.rawValue) → \(status.rawValue)", subject: saved)
    return saved
  }

  @discardableResult
  func addParticipant(
    _ operationID: UUID, _ party: Participant.Party, role: ParticipantRole
  )
    throws -> Participant
  {
    let operation = try live(JointOperation.self, operationID)
    try require(.coLead, on: operation, to: "changing the participants")
    switch party {
    case .country(let id): try ensureCountry(id)
    case .organisation(let id): _ = try live(Organisation.self, id)
    case .officer(let id): _ = try live(Officer.self, id)
    }
    let saved = try join(operationID, party, as: role)
    describe(
      "operation \(operation.code): participant set as \(role.rawValue)", subject: saved)
    return saved
  }

  func removeParticipant(_ participantID: UUID) throws {
    let participant = try live(Participant.self, participantID)
    let operation = try live(JointOperation.self, participant.operationID)
    try require(.coLead, on: operation, to: "changing the participants")
    let removed = try delete(participant)
    describe("operation \(operation.code): participant removed", subject: removed)
  }

  /// Adds the party to the operation, reviving a removed participation rather than adding a
  /// second row for the same party.
  @discardableResult
  func join(
    _ operationID: UUID, _ party: Participant.Party, as role: ParticipantRole
  ) throws
    -> Participant
  {
    let existing = try Participant.filter(sql: "operation_id = ?", arguments: [operationID.text])
      .fetchAll(db).first { $0.party == party }
    guard var participant = existing else {
      return try insert(Participant(operationID: operationID, party: party, role: role))
    }
    participant.role = role
    participant.stamp.deletedAt = nil
    return try update(participant)
  }
}
