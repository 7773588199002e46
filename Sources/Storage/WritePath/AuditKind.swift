/// What an audit event records, in the terms of Directive (EU) 2016/680, Art. 25.
public enum AuditKind: String, Sendable, Codable, CaseIterable {
  /// Records were created.
  case collect
  /// Records were changed.
  case alter
  /// Records were deleted (tombstoned).
  case erase
}
