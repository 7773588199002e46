/// The life of a joint operation: planned → active → suspended/concluded → archived.
public enum OperationStatus: String, Vocabulary {
  case planned
  case active
  case suspended
  case concluded
  case archived

  public static let vocabularyName = "operation status"

  /// The statuses an operation may move to from this one.
  ///
  /// A concluded operation may be reopened (→ active); an archived one only returns to
  /// concluded, so that reopening is always a deliberate two-step act.
  public var successors: Set<OperationStatus> {
    switch self {
    case .planned: [.active, .archived]
    case .active: [.suspended, .concluded]
    case .suspended: [.active, .concluded]
    case .concluded: [.active, .archived]
    case .archived: [.concluded]
    }
  }

  /// Whether new action items may be attached to an operation in this status.
  public var takesNewActions: Bool { self != .concluded && self != .archived }
}

/// The crime areas an operation targets.
public enum CrimeArea: String, Vocabulary {
  case drugTrafficking = "drug-trafficking"
  case humanTrafficking = "human-trafficking"
  case armsTrafficking = "arms-trafficking"
  case financialCrime = "financial-crime"
  case cybercrime
  case environmentalCrime = "environmental-crime"

  public static let vocabularyName = "crime area"
  public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// The route or channel a criminal activity uses.
public enum Vector: String, Vocabulary {
  case maritime
  case air
  case containerPort = "container-port"
  case land
  case postal
  case onlineEncrypted = "online-encrypted"
  case financial

  public static let vocabularyName = "vector"
  public var label: String {
    switch self {
    case .containerPort: "container/port"
    case .onlineEncrypted: "online/encrypted"
    default: rawValue
    }
  }
}

/// The part a country, organisation or officer plays in an operation.
public enum ParticipantRole: String, RankedVocabulary {
  case observer
  case participant
  case coLead = "co-lead"
  case lead

  public static let vocabularyName = "participant role"
}
