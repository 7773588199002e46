import Foundation

/// A specialised law-enforcement officer of the network.
public struct Officer: CaseRecord, Hashable {
  public static let entity = EntityKind.officer
  public var id: UUID
  /// The short name officers type after `@`: `ribeiro`, `gomez.l`. Unique in the network.
  public var handle: String
  public var name: String
  public var organisationID: UUID
  public var countryID: UUID
  public var role: NetworkRole
  public var specialisations: [Specialisation]
  /// ISO 639-1 codes: `es`, `pt`, `en`.
  public var languages: [String]
  public var email: String?
  public var phone: String?
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), handle: String, name: String, organisationID: UUID, countryID: UUID,
    role: NetworkRole, specialisations: [Specialisation] = [], languages: [String] = [],
    email: String? = nil, phone: String? = nil, stamp: Stamp = .pending
  ) {
    self.id = id
    self.handle = handle
    self.name = name
    self.organisationID = organisationID
    self.countryID = countryID
    self.role = role
    self.specialisations = specialisations
    self.languages = languages
    self.email = email
    self.phone = phone
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> Officer {
    var copy = self
    copy.handle = try RecordRules.handle(handle)
    copy.name = try TextRules.line(name, field: "officer name")
    copy.specialisations = Array(Set(specialisations)).sorted { $0.rawValue < $1.rawValue }
    var codes = Set<String>()
    for language in languages { codes.insert(try RecordRules.language(language)) }
    copy.languages = codes.sorted()
    copy.email = try TextRules.optionalLine(email, field: "email")
    if let email = copy.email, !RecordRules.looksLikeEmail(email) {
      throw ValidationError(.invalidValue, "email \(quoted(email)) is not an e-mail address")
    }
    copy.phone = try TextRules.optionalLine(phone, field: "phone", limit: 40)
    return copy
  }
}
