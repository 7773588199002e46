/// How urgent an action item is.
public enum Priority: String, RankedVocabulary {
  case low
  case normal
  case high
  case urgent

  public static let vocabularyName = "priority"
}

/// Where an action item stands.
public enum ActionStatus: String, Vocabulary {
  case open
  case inProgress = "in-progress"
  case blocked
  case done
  case dropped

  public static let vocabularyName = "action status"
  public var label: String { self == .inProgress ? "in progress" : rawValue }

  /// Open, in progress and blocked items still need someone to act.
  public var isOpen: Bool { self != .done && self != .dropped }

  /// The statuses that count as open, for queries.
  public static let openStatuses: [ActionStatus] = allCases.filter(\.isOpen)
}
