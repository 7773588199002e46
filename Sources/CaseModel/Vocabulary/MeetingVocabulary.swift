/// What a meeting is for.
public enum MeetingKind: String, Vocabulary {
  case technical
  case operational
  case coordination
  case plenary

  public static let vocabularyName = "meeting kind"
}

/// Whether an invitee came. `invited` is the state before attendance is taken.
public enum AttendanceStatus: String, Vocabulary {
  case invited
  case present
  case excused
  case absent

  public static let vocabularyName = "attendance"
}

/// Where the minutes of a meeting stand: draft → circulated → approved.
public enum MinutesState: String, RankedVocabulary {
  case draft
  case circulated
  case approved

  public static let vocabularyName = "minutes state"

  /// Approved minutes are read-only: corrections are added as amendment entries.
  public var isReadOnly: Bool { self == .approved }
}

/// The kind of a minute entry. An action entry creates and links an action item.
public enum EntryKind: String, Vocabulary {
  case information
  case decision
  case action

  public static let vocabularyName = "entry kind"
}
