/// What was seized or identified as a criminal asset.
public enum AssetKind: String, Vocabulary {
  case drugs
  case vessel
  case aircraft
  case container
  case cash
  case cryptoAssets = "crypto-assets"
  case realEstate = "real-estate"
  case company

  public static let vocabularyName = "asset kind"
  public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// The legal state of an asset: identified → frozen → seized → confiscated | released.
public enum AssetStatus: String, Vocabulary {
  case identified
  case frozen
  case seized
  case confiscated
  case released

  public static let vocabularyName = "asset status"

  /// The statuses an asset may move to. Drugs and vessels are seized without being frozen
  /// first; a confiscation or a release is final.
  public var successors: Set<AssetStatus> {
    switch self {
    case .identified: [.frozen, .seized, .released]
    case .frozen: [.seized, .confiscated, .released]
    case .seized: [.confiscated, .released]
    case .confiscated, .released: []
    }
  }
}

/// The unit of a seized quantity.
public enum QuantityUnit: String, Vocabulary {
  case kg
  case units
  case litres

  public static let vocabularyName = "unit"
}
