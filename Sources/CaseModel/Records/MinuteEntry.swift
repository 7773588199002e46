import Foundation

/// One line of a meeting's minutes: information, a decision, or an action.
public struct MinuteEntry: MarkedRecord, Hashable {
  public static let entity = EntityKind.minuteEntry
  public var id: UUID
  public var ref: String
  public var meetingID: UUID
  public var agendaItemID: UUID?
  /// Order within the meeting.
  public var position: Int
  public var kind: EntryKind
  public var text: String
  /// The action item an action entry created.
  public var actionID: UUID?
  /// Added after the minutes were approved, as a correction.
  public var amendment: Bool
  public var markings: Markings
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), ref: String = "", meetingID: UUID, agendaItemID: UUID? = nil, position: Int,
    kind: EntryKind, text: String, actionID: UUID? = nil, amendment: Bool = false,
    markings: Markings, stamp: Stamp = .pending
  ) {
    self.id = id
    self.ref = ref
    self.meetingID = meetingID
    self.agendaItemID = agendaItemID
    self.position = position
    self.kind = kind
    self.text = text
    self.actionID = actionID
    self.amendment = amendment
    self.markings = markings
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> MinuteEntry {
    var copy = self
    copy.text = try TextRules.text(
      text, field: "entry text", limit: TextRules.entryLimit, required: true)
    return copy
  }
}
