import Foundation

/// A country, an organisation or an officer taking part in an operation, with a role.
public struct Participant: CaseRecord, Hashable {
  public static let entity = EntityKind.participant

  /// Who takes part: exactly one of the three.
  public enum Party: Sendable, Hashable, Codable {
    case country(UUID)
    case organisation(UUID)
    case officer(UUID)
  }

  public var id: UUID
  public var operationID: UUID
  public var party: Party
  public var role: ParticipantRole
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), operationID: UUID, party: Party, role: ParticipantRole,
    stamp: Stamp = .pending
  ) {
    self.id = id
    self.operationID = operationID
    self.party = party
    self.role = role
    self.stamp = stamp
  }
}
