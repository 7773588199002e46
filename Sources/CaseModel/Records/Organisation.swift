import Foundation

/// A police force, customs service, navy, judicial body, EU agency or regional body.
public struct Organisation: CaseRecord, Hashable {
  public static let entity = EntityKind.organisation
  public var id: UUID
  /// Short name, unique in the network: `MAOC-N`, `PJ`, `DIRAN`.
  public var acronym: String
  public var name: String
  /// Nil for international bodies (Europol, Ameripol).
  public var countryID: UUID?
  public var kind: OrganisationKind
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), acronym: String, name: String, countryID: UUID?, kind: OrganisationKind,
    stamp: Stamp = .pending
  ) {
    self.id = id
    self.acronym = acronym
    self.name = name
    self.countryID = countryID
    self.kind = kind
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> Organisation {
    var copy = self
    copy.acronym = try RecordRules.code(acronym, field: "acronym")
    copy.name = try TextRules.line(name, field: "organisation name")
    return copy
  }
}
