import Foundation

/// Who made and last changed a record, and when; and whether it has been deleted.
///
/// Deletion is a tombstone: the record stays, with `deletedAt` set, so that history is kept
/// and laptops that exchange changes agree that it is gone.
public struct Stamp: Codable, Sendable, Hashable {
  public var createdAt: Date
  public var createdBy: UUID
  public var updatedAt: Date
  public var updatedBy: UUID
  public var deletedAt: Date?

  public init(at date: Date, by officer: UUID) {
    createdAt = date
    createdBy = officer
    updatedAt = date
    updatedBy = officer
    deletedAt = nil
  }

  public init(
    createdAt: Date, createdBy: UUID, updatedAt: Date, updatedBy: UUID, deletedAt: Date?
  ) {
    self.createdAt = createdAt
    self.createdBy = createdBy
    self.updatedAt = updatedAt
    self.updatedBy = updatedBy
    self.deletedAt = deletedAt
  }

  public var isDeleted: Bool { deletedAt != nil }

  /// The stamp of a record not yet saved; the store's write path replaces it.
  public static let pending = Stamp(
    at: Date(timeIntervalSince1970: 0),
    by: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
}

/// A record of the case model: identified by a UUID, stamped, stored in one table.
public protocol CaseRecord: Codable, Sendable, Identifiable where ID == UUID {
  static var entity: EntityKind { get }
  var id: UUID { get }
  var stamp: Stamp { get set }
}

/// A record that carries markings.
public protocol MarkedRecord: CaseRecord {
  var markings: Markings { get set }
}
