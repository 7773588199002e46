/// Where a country stands in the EU–CLASI cooperation.
public enum CountryBloc: String, Vocabulary {
  case eu = "eu"
  case clasi = "clasi"
  case observer = "observer"
  case other = "other"

  public static let vocabularyName = "country bloc"
  public var label: String {
    switch self {
    case .eu: "EU member"
    case .clasi: "CLASI member"
    case .observer: "observer"
    case .other: "other"
    }
  }
}

/// What kind of body an organisation is.
public enum OrganisationKind: String, Vocabulary {
  case police
  case customs
  case military
  case maritime
  case judicial
  case euAgency = "eu-agency"
  case regionalBody = "regional-body"
  case programme

  public static let vocabularyName = "organisation kind"
  public var label: String {
    switch self {
    case .euAgency: "EU agency"
    case .regionalBody: "regional body"
    default: rawValue
    }
  }
}

/// An officer's role in the network of specialised officers.
public enum NetworkRole: String, Vocabulary {
  case nationalCoordinator = "national-coordinator"
  case driver
  case coDriver = "co-driver"
  case actionLeader = "action-leader"
  case participant
  case liaisonOfficer = "liaison-officer"
  case analyst
  case observer

  public static let vocabularyName = "network role"
  public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// A field of expertise an officer brings to joint operations.
public enum Specialisation: String, Vocabulary {
  case maritime
  case aviation
  case containers
  case assetRecovery = "asset-recovery"
  case encryptedCommunications = "encrypted-communications"
  case financial
  case cyber
  case forensics
  case intelligence
  case legal

  public static let vocabularyName = "specialisation"
  public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
