/// What an audit event records, in the terms of Directive (EU) 2016/680, Art. 25, and the
/// officer's sessions and stated purposes around them.
public enum AuditKind: String, Sendable, Codable, CaseIterable {
  /// Records were created.
  case collect
  /// Records were changed.
  case alter
  /// Records were read: a record opened, a list or a search shown.
  case consult
  /// Records left the program: an export, a printout, a copy.
  case disclose
  /// Records were linked to one another.
  case combine
  /// Records were deleted (tombstoned). The event keeps what was erased, never its content.
  case erase
  /// The officer stated why they consult records.
  case purpose
  /// A console session began or ended.
  case sessionStart = "session-start"
  case sessionEnd = "session-end"
}
