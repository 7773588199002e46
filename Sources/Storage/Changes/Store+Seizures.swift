import CaseModel
import Foundation
import GRDB

extension Store {
  /// Records a seizure or an identified asset under an operation. Markings default to the
  /// operation's.
  @discardableResult
  public func addSeizure(
    _ seizure: Seizure, inheritMarkings: Bool = true, as officer: ActingOfficer
  ) throws(StoreError) -> Seizure {
    try write(as: officer) { try $0.addSeizure(seizure, inheritMarkings: inheritMarkings) }
  }

  /// Moves an asset along identified → frozen → seized → confiscated | released.
  @discardableResult
  public func changeSeizureStatus(
    _ id: UUID, to status: AssetStatus, as officer: ActingOfficer
  )
    throws(StoreError) -> Seizure
  {
    try write(as: officer) { try $0.changeSeizureStatus(id, to: status) }
  }
}

extension Writer {
  @discardableResult
  func addSeizure(_ seizure: Seizure, inheritMarkings: Bool) throws -> Seizure {
    var candidate = try seizure.validated()
    let operation = try live(JointOperation.self, candidate.operationID)
    try require(.participant, on: operation, to: "adding a seizure")
    candidate.markings =
      inheritMarkings ? operation.markings : candidate.markings.raised(to: operation.markings)
    if let country = candidate.countryID { try ensureCountry(country) }
    let saved = try insert(candidate)
    describe("added seizure \(saved.ref) to \(operation.code)", subject: saved)
    return saved
  }

  @discardableResult
  func changeSeizureStatus(_ id: UUID, to status: AssetStatus) throws -> Seizure {
    var seizure = try live(Seizure.self, id)
    try require(
      .participant, on: try live(JointOperation.self, seizure.operationID), to: "changing a seizure"
    )
    let from = seizure.status
    try seizure.changeStatus(to: status)
    let saved = try update(seizure)
    describe("seizure \(saved.ref): \(from.rawValue) → \(status.rawValue)", subject: saved)
    return saved
  }
}
