import Foundation

/// A seizure, or a criminal asset identified for recovery.
public struct Seizure: MarkedRecord, Hashable {
  public static let entity = EntityKind.seizure
  public var id: UUID
  public var ref: String
  public var operationID: UUID
  public var kind: AssetKind
  public var description: String
  /// For drugs: `cocaine hydrochloride`, `cannabis resin`.
  public var substance: String?
  public var quantity: Double?
  public var unit: QuantityUnit?
  public var value: Double?
  /// ISO 4217.
  public var currency: String?
  public var place: String
  public var countryID: UUID?
  public var date: CalendarDate
  public var status: AssetStatus
  public var markings: Markings
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), ref: String = "", operationID: UUID, kind: AssetKind, description: String,
    substance: String? = nil, quantity: Double? = nil, unit: QuantityUnit? = nil,
    value: Double? = nil, currency: String? = nil, place: String, countryID: UUID? = nil,
    date: CalendarDate, status: AssetStatus = .identified, markings: Markings,
    stamp: Stamp = .pending
  ) {
    self.id = id
    self.ref = ref
    self.operationID = operationID
    self.kind = kind
    self.description = description
    self.substance = substance
    self.quantity = quantity
    self.unit = unit
    self.value = value
    self.currency = currency
    self.place = place
    self.countryID = countryID
    self.date = date
    self.status = status
    self.markings = markings
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> Seizure {
    var copy = self
    copy.description = try TextRules.line(description, field: "description")
    copy.substance = try TextRules.optionalLine(substance, field: "substance")
    copy.place = try TextRules.line(place, field: "place")
    if let quantity, !(quantity.isFinite && quantity > 0) {
      throw ValidationError(.invalidValue, "quantity \(quantity) must be a positive number")
    }
    if quantity != nil && unit == nil {
      throw ValidationError(.invalidValue, "a quantity needs a unit (kg, units or litres)")
    }
    if let value, !(value.isFinite && value >= 0) {
      throw ValidationError(.invalidValue, "value \(value) must be zero or more")
    }
    if let currency { copy.currency = try RecordRules.currency(currency) }
    if value != nil && copy.currency == nil {
      throw ValidationError(.invalidValue, "a value needs a currency such as EUR")
    }
    if kind == .drugs && copy.substance == nil {
      throw ValidationError(.emptyText, "a drugs seizure needs the substance")
    }
    return copy
  }

  /// Moves the asset along identified → frozen → seized → confiscated | released.
  public mutating func changeStatus(to next: AssetStatus) throws(ValidationError) {
    guard next != status else { return }
    guard status.successors.contains(next) else {
      let allowed = status.successors.map(\.rawValue).sorted()
      throw ValidationError(
        .invalidTransition,
        "seizure \(ref) cannot go from \(status.rawValue) to \(next.rawValue)"
          + (allowed.isEmpty
            ? "; \(status.rawValue) is final"
            : "; it can go to: \(allowed.joined(separator: ", "))"))
    }
    status = next
  }
}
