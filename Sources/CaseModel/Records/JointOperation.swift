import Foundation

/// A joint operation of the Task Force or the network.
public struct JointOperation: MarkedRecord, Hashable {
  public static let entity = EntityKind.operation
  public var id: UUID
  /// The operation's reference: `TF-MAR-2026-003`. Unique in the network.
  public var code: String
  public var codename: String
  public var summary: String
  public var status: OperationStatus
  public var crimeAreas: [CrimeArea]
  public var vector: Vector
  public var leadCountryID: UUID
  public var leadOrganisationID: UUID?
  /// The threat assessment the operation rests on: `EU SOCTA 2025`, `IDEAL 2024`.
  public var threatAssessment: String?
  public var empactRef: String?
  public var jitRef: String?
  public var startDate: CalendarDate?
  public var endDate: CalendarDate?
  public var markings: Markings
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), code: String, codename: String, summary: String = "",
    status: OperationStatus = .planned, crimeAreas: [CrimeArea], vector: Vector,
    leadCountryID: UUID, leadOrganisationID: UUID? = nil, threatAssessment: String? = nil,
    empactRef: String? = nil, jitRef: String? = nil, startDate: CalendarDate? = nil,
    endDate: CalendarDate? = nil, markings: Markings = .standard, stamp: Stamp = .pending
  ) {
    self.id = id
    self.code = code
    self.codename = codename
    self.summary = summary
    self.status = status
    self.crimeAreas = crimeAreas
    self.vector = vector
    self.leadCountryID = leadCountryID
    self.leadOrganisationID = leadOrganisationID
    self.threatAssessment = threatAssessment
    self.empactRef = empactRef
    self.jitRef = jitRef
    self.startDate = startDate
    self.endDate = endDate
    self.markings = markings
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> JointOperation {
    var copy = self
    copy.code = try RecordRules.code(code, field: "operation code").uppercased()
    copy.codename = try TextRules.line(codename, field: "codename")
    copy.summary = try TextRules.text(summary, field: "summary")
    guard !crimeAreas.isEmpty else {
      throw ValidationError(.emptyText, "an operation needs at least one crime area")
    }
    copy.crimeAreas = Array(Set(crimeAreas)).sorted { $0.rawValue < $1.rawValue }
    copy.threatAssessment = try TextRules.optionalLine(threatAssessment, field: "threat assessment")
    copy.empactRef = try TextRules.optionalLine(empactRef, field: "EMPACT reference")
    copy.jitRef = try TextRules.optionalLine(jitRef, field: "JIT reference")
    if let start = startDate, let end = endDate, end < start {
      throw ValidationError(
        .endBeforeStart, "operation end \(end) is before its start \(start)")
    }
    return copy
  }

  /// Moves the operation along its life cycle.
  public mutating func changeStatus(to next: OperationStatus) throws(ValidationError) {
    guard next != status else { return }
    guard status.successors.contains(next) else {
      let allowed = status.successors.map(\.rawValue).sorted().joined(separator: ", ")
      throw ValidationError(
        .invalidTransition,
        "operation \(code) cannot go from \(status.rawValue) to \(next.rawValue); "
          + "from \(status.rawValue) it can go to: \(allowed)")
    }
    status = next
  }

  /// Refuses new action items on a concluded or archived operation.
  public func requireTakesNewActions() throws(ValidationError) {
    guard status.takesNewActions else {
      throw ValidationError(
        .operationClosed,
        "operation \(code) is \(status.rawValue) and takes no new actions; reopen it first")
    }
  }
}
