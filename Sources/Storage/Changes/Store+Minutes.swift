import CaseModel
import Foundation
import GRDB

extension Store {
  /// Changes the text of an entry of draft or circulated minutes.
  @discardableResult
  public func editMinuteEntry(
    _ id: UUID, text: String, as officer: ActingOfficer
  )
    throws(StoreError) -> MinuteEntry
  {
    try write(as: officer) { try $0.editMinuteEntry(id, text: text) }
  }

  /// Deletes an entry (a tombstone) from draft or circulated minutes. An action entry's
  /// action item stays: it may already be in hand.
  public func deleteMinuteEntry(_ id: UUID, as officer: ActingOfficer) throws(StoreError) {
    try write(as: officer) { try $0.deleteMinuteEntry(id) }
  }

  /// Moves an entry one place up (`by: -1`) or down (`by: 1`) in its meeting's minutes.
  public func moveMinuteEntry(
    _ id: UUID, by step: Int, as officer: ActingOfficer
  )
    throws(StoreError)
  {
    try write(as: officer) { try $0.moveMinuteEntry(id, by: step) }
  }
}

extension Writer {
  /// The entry and its meeting, refusing approved minutes.
  private func editableEntry(_ id: UUID) throws -> (MinuteEntry, Meeting) {
    let entry = try live(MinuteEntry.self, id)
    let meeting = try live(Meeting.self, entry.meetingID)
    try requireParticipation(inMeeting: meeting.id, to: "writing minutes")
    try meeting.requireEditableMinutes()
    return (entry, meeting)
  }

  @discardableResult
  func editMinuteEntry(_ id: UUID, text: String) throws -> MinuteEntry {
    var (entry, meeting) = try editableEntry(id)
    entry.text = text
    let saved = try update(entry)
    describe("minutes of \(meeting.ref): edited \(saved.ref)", subject: saved)
    return saved
  }

  func deleteMinuteEntry(_ id: UUID) throws {
    let (entry, meeting) = try editableEntry(id)
    let removed = try delete(entry)
    describe("minutes of \(meeting.ref): deleted \(removed.ref)", subject: removed)
  }

  func moveMinuteEntry(_ id: UUID, by step: Int) throws {
    let (entry, meeting) = try editableEntry(id)
    let entries = try MinuteEntry.filter(
      sql: "meeting_id = ? AND deleted_at IS NULL ORDER BY position, id",
      arguments: [meeting.id.text]
    ).fetchAll(db)
    guard let index = entries.firstIndex(where: { $0.id == entry.id }) else { return }
    let other = index + (step < 0 ? -1 : 1)
    guard entries.indices.contains(other) else {
      throw StoreError(
        .conflict, "\(entry.ref) is already the \(step < 0 ? "first" : "last") entry")
    }
    // Positions are swapped; an entry moved past an agenda heading joins that agenda item, so
    // the minutes read in the new order.
    var moved = entry
    var neighbour = entries[other]
    (moved.position, neighbour.position) = (neighbour.position, moved.position)
    if moved.position == neighbour.position { moved.position += step < 0 ? -1 : 1 }
    moved.agendaItemID = neighbour.agendaItemID
    try update(neighbour)
    let saved = try update(moved)
    describe(
      "minutes of \(meeting.ref): moved \(saved.ref) \(step < 0 ? "up" : "down")", subject: saved)
  }
}
