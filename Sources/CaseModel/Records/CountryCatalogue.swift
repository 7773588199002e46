/// The countries liaison knows by ISO code: the EU member states, the CLASI members, and the
/// partners most often met in joint operations. A country enters a database the first time a
/// record refers to it.
public enum CountryCatalogue {
  public struct Entry: Sendable, Hashable {
    public let code: String
    public let name: String
    public let bloc: CountryBloc
  }

  /// Looks a code up, case-insensitively.
  public static func entry(_ code: String) throws(ValidationError) -> Entry {
    let wanted = code.trimmingCharacters(in: .whitespaces).uppercased()
    if let entry = byCode[wanted] { return entry }
    throw ValidationError(
      .unknownTerm,
      "unknown country code \(quoted(code)); use an ISO 3166 alpha-2 code such as PT, CO or ES")
  }

  public static let entries: [Entry] =
    eu.map { Entry(code: $0.0, name: $0.1, bloc: .eu) }
    + clasi.map { Entry(code: $0.0, name: $0.1, bloc: .clasi) }
    + observers.map { Entry(code: $0.0, name: $0.1, bloc: .observer) }
    + others.map { Entry(code: $0.0, name: $0.1, bloc: .other) }

  private static let byCode = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

  private static let eu: [(String, String)] = [
    ("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"),
    ("CY", "Cyprus"), ("CZ", "Czechia"), ("DK", "Denmark"), ("EE", "Estonia"),
    ("FI", "Finland"), ("FR", "France"), ("DE", "Germany"), ("GR", "Greece"),
    ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"), ("LV", "Latvia"),
    ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NL", "Netherlands"),
    ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SK", "Slovakia"),
    ("SI", "Slovenia"), ("ES", "Spain"), ("SE", "Sweden"),
  ]
  private static let clasi: [(String, String)] = [
    ("AR", "Argentina"), ("BO", "Bolivia"), ("BR", "Brasil"), ("CL", "Chile"),
    ("CO", "Colombia"), ("CR", "Costa Rica"), ("DO", "República Dominicana"),
    ("EC", "Ecuador"), ("SV", "El Salvador"), ("GT", "Guatemala"), ("HN", "Honduras"),
    ("MX", "México"), ("PA", "Panamá"), ("PY", "Paraguay"), ("PE", "Perú"),
    ("UY", "Uruguay"),
  ]
  private static let observers: [(String, String)] = [
    ("NO", "Norway"), ("CH", "Switzerland"), ("IS", "Iceland"), ("GB", "United Kingdom"),
    ("US", "United States"), ("CA", "Canada"),
  ]
  private static let others: [(String, String)] = [
    ("VE", "Venezuela"), ("NI", "Nicaragua"), ("CU", "Cuba"), ("JM", "Jamaica"),
    ("TT", "Trinidad and Tobago"), ("GY", "Guyana"), ("SR", "Suriname"), ("MA", "Morocco"),
    ("CV", "Cabo Verde"), ("GW", "Guinea-Bissau"), ("SN", "Senegal"), ("GH", "Ghana"),
    ("NG", "Nigeria"), ("AL", "Albania"), ("RS", "Serbia"), ("ME", "Montenegro"),
    ("TR", "Türkiye"), ("AE", "United Arab Emirates"), ("CN", "China"), ("JP", "Japan"),
  ]
}
