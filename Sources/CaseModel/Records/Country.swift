import Foundation

/// A state taking part in, or observing, the cooperation.
///
/// Countries are reference data: their ids are derived from the ISO code, so the same country
/// has the same id on every laptop.
public struct Country: CaseRecord, Hashable {
  public static let entity = EntityKind.country
  public var id: UUID
  /// ISO 3166-1 alpha-2, upper case: `PT`, `CO`.
  public var code: String
  public var name: String
  public var bloc: CountryBloc
  public var stamp: Stamp

  public init(code: String, name: String, bloc: CountryBloc, stamp: Stamp = .pending) {
    self.id = Country.id(forCode: code)
    self.code = code
    self.name = name
    self.bloc = bloc
    self.stamp = stamp
  }

  public static func id(forCode code: String) -> UUID { .reference("country", code.uppercased()) }
}
