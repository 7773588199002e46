import CaseModel
import Foundation
import Storage

/// One change of a record's history as a list row.
///
/// Changes have no id of their own; a change's place in the history, counted from the oldest,
/// stays the same when newer changes arrive, so the cursor stays on it across reloads.
public struct ActivityRow: ListRow, Hashable {
  public let change: FieldChange
  public let rowID: UUID

  public init(change: FieldChange, number: Int) {
    self.change = change
    var bytes = [UInt8](repeating: 0, count: 16)
    withUnsafeBytes(of: UInt64(number).bigEndian) { bytes.replaceSubrange(8..<16, with: $0) }
    rowID = UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
        bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }

  /// A history, newest first, as rows. Only the latest changes are kept: a list window holds
  /// at most that many rows, and older changes are in `liaison audit`.
  public static func newestFirst(_ history: [FieldChange], limit: Int = 1_000) -> [ActivityRow] {
    let created = history.first?.at
    return history.enumerated().filter { !isNoise($0.element, created: created) }.suffix(limit)
      .reversed().map { ActivityRow(change: $0.element, number: $0.offset) }
  }

  /// Who changed a record and when is already in every row's time and officer, so the stamp
  /// fields would only repeat it; and a field left empty when the record was created says
  /// nothing. A field emptied later, or a deletion, is kept.
  static func isNoise(_ change: FieldChange, created: Date?) -> Bool {
    if stampFields.contains(change.field) { return true }
    return change.value == nil && change.at == created
  }

  static let stampFields: Set<String> = ["created_at", "created_by", "updated_at", "updated_by"]

  /// The field as officers read it: `threat_assessment` → `threat assessment`.
  public var fieldLabel: String { change.field.replacingOccurrences(of: "_", with: " ") }

  public var findText: String {
    "\(change.officerHandle ?? "") \(fieldLabel) \(change.value ?? "")"
  }
}
