/// Europol SIENA handling codes. Higher codes restrict use further.
public enum HandlingCode: String, RankedVocabulary {
  case h0 = "H0"
  case h1 = "H1"
  case h2 = "H2"
  case h3 = "H3"

  public static let vocabularyName = "handling code"
  public var meaning: String {
    switch self {
    case .h0: "for law-enforcement purposes only"
    case .h1: "not for use as evidence in judicial proceedings without permission"
    case .h2: "not to be disseminated further without permission"
    case .h3: "other restrictions apply"
    }
  }
}

/// Traffic Light Protocol 2.0.
public enum TLP: String, RankedVocabulary {
  case clear
  case green
  case amber
  case amberStrict = "amber+strict"
  case red

  public static let vocabularyName = "TLP"
  public var label: String { "TLP:" + rawValue.uppercased() }

  /// AMBER+STRICT and RED are restricted to named participants or attendees.
  public var isNamedRecipientsOnly: Bool { self >= .amberStrict }
}

/// EU classified information levels (Council Decision 2013/488/EU).
public enum EUClassification: String, RankedVocabulary {
  case restreint = "restreint-ue"
  case confidentiel = "confidentiel-ue"
  case secret = "secret-ue"
  case tresSecret = "tres-secret-ue"

  public static let vocabularyName = "EU classification"
  public var label: String {
    switch self {
    case .restreint: "RESTREINT UE/EU RESTRICTED"
    case .confidentiel: "CONFIDENTIEL UE/EU CONFIDENTIAL"
    case .secret: "SECRET UE/EU SECRET"
    case .tresSecret: "TRÈS SECRET UE/EU TOP SECRET"
    }
  }
}

/// 4×4 evaluation: how reliable the source is.
public enum SourceReliability: String, Vocabulary {
  case a = "A"
  case b = "B"
  case c = "C"
  case x = "X"

  public static let vocabularyName = "source reliability"
  public var meaning: String {
    switch self {
    case .a: "no doubt about the source"
    case .b: "source has mostly proved reliable"
    case .c: "source has mostly proved unreliable"
    case .x: "reliability cannot be assessed"
    }
  }
}

/// 4×4 evaluation: how accurate the information is.
public enum InformationAccuracy: String, Vocabulary {
  case one = "1"
  case two = "2"
  case three = "3"
  case four = "4"

  public static let vocabularyName = "information accuracy"
  public var meaning: String {
    switch self {
    case .one: "known to be true without reservation"
    case .two: "known personally to the source, not to the officer passing it"
    case .three: "not known personally to the source, but corroborated"
    case .four: "cannot be judged"
    }
  }
}

/// The markings carried by operations, meetings, entries, action items and seizures.
public struct Markings: Codable, Sendable, Hashable {
  public var handling: HandlingCode
  public var tlp: TLP
  public var classification: EUClassification?
  public var reliability: SourceReliability?
  public var accuracy: InformationAccuracy?

  public init(
    handling: HandlingCode = .h0, tlp: TLP = .amber, classification: EUClassification? = nil,
    reliability: SourceReliability? = nil, accuracy: InformationAccuracy? = nil
  ) {
    self.handling = handling
    self.tlp = tlp
    self.classification = classification
    self.reliability = reliability
    self.accuracy = accuracy
  }

  /// The default for new operations: law-enforcement use, shared with the network.
  public static let standard = Markings()

  /// The strictest of two markings, component by component: what a banner over both shows.
  public func combined(with other: Markings) -> Markings {
    Markings(
      handling: max(handling, other.handling), tlp: max(tlp, other.tlp),
      classification: [classification, other.classification].compactMap(\.self).max())
  }

  /// These markings, made at least as strict as `floor` in every restricting component: what
  /// a record under an operation carries when it inherits the operation's markings. Source
  /// evaluation is the record's own and is kept.
  public func raised(to floor: Markings) -> Markings {
    var raised = self
    raised.handling = max(handling, floor.handling)
    raised.tlp = max(tlp, floor.tlp)
    raised.classification = [classification, floor.classification].compactMap(\.self).max()
    return raised
  }

  /// Whether these markings are at least as strict as `other` in every restricting component.
  public func isAtLeast(_ other: Markings) -> Bool {
    guard handling >= other.handling, tlp >= other.tlp else { return false }
    guard let required = other.classification else { return true }
    return classification.map { $0 >= required } ?? false
  }

  /// One line for banners and exports: `TLP:AMBER · H1 · RESTREINT UE/EU RESTRICTED`.
  public var banner: String {
    ([tlp.label, handling.rawValue] + [classification?.label].compactMap(\.self))
      .joined(separator: " · ")
  }
}
