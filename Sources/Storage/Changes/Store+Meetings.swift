import CaseModel
import Foundation
import GRDB

/// What an action entry of the minutes asks for, besides its text.
public struct ActionRequest: Sendable, Equatable {
  public var ownerID: UUID
  public var due: CalendarDate?
  public var priority: Priority
  /// The operation to file the action under; defaults to the meeting's only operation.
  public var operationID: UUID?

  public init(
    ownerID: UUID, due: CalendarDate? = nil, priority: Priority = .normal, operationID: UUID? = nil
  ) {
    self.ownerID = ownerID
    self.due = due
    self.priority = priority
    self.operationID = operationID
  }
}

extension Store {
  /// Adds a meeting, links it to operations and invites officers.
  @discardableResult
  public func addMeeting(
    _ meeting: Meeting, operations: [UUID], invitees: [UUID], as officer: ActingOfficer
  ) throws(StoreError) -> Meeting {
    try write(as: officer) {
      try $0.addMeeting(meeting, operations: operations, invitees: invitees)
    }
  }

  /// Records whether an officer attended. An officer who was not invited is added as a guest.
  @discardableResult
  public func setAttendance(
    _ meetingID: UUID, officer officerID: UUID, status: AttendanceStatus,
    as actor: ActingOfficer
  ) throws(StoreError) -> Attendance {
    try write(as: actor) { try $0.setAttendance(meetingID, officer: officerID, status: status) }
  }

  /// Adds an entry to a meeting's minutes, under an agenda item (created if new). An action
  /// entry creates its action item in the same write. On approved minutes only amendments
  /// are accepted.
  @discardableResult
  public func addMinuteEntry(
    _ meetingID: UUID, kind: EntryKind, text: String, agenda: String? = nil,
    action: ActionRequest? = nil, amendment: Bool = false, as officer: ActingOfficer
  ) throws(StoreError) -> (entry: MinuteEntry, action: ActionItem?) {
    try write(as: officer) {
      try $0.addMinuteEntry(
        meetingID, kind: kind, text: text, agenda: agenda, action: action, amendment: amendment)
    }
  }

  /// Moves a meeting's minutes to circulated or approved.
  @discardableResult
  public func changeMinutesState(
    _ meetingID: UUID, to state: MinutesState, as officer: ActingOfficer
  ) throws(StoreError) -> Meeting {
    try write(as: officer) { try $0.changeMinutesState(meetingID, to: state) }
  }
}

extension Writer {
  @discardableResult
  func addMeeting(_ meeting: Meeting, operations: [UUID], invitees: [UUID]) throws -> Meeting {
    for id in [meeting.chairID, meeting.minuteTakerID].compactMap(\.self) {
      _ = try live(Officer.self, id)
    }
    let linked = try Set(operations).sorted(by: { $0.text < $1.text }).map { id in
      let operation = try live(JointOperation.self, id)
      try require(.participant, on: operation, to: "adding a meeting")
      return operation
    }
    // A meeting carries at least the markings of every operation it deals with.
    var candidate = meeting
    candidate.markings = linked.reduce(meeting.markings) { $0.raised(to: $1.markings) }
    let saved = try insert(candidate)
    for operation in linked {
      try insert(MeetingOperation(meetingID: saved.id, operationID: operation.id))
    }
    for invitee in Set(invitees).sorted(by: { $0.text < $1.text }) {
      _ = try live(Officer.self, invitee)
      try insert(Attendance(meetingID: saved.id, officerID: invitee))
    }
    describe("added meeting \(saved.ref)", subject: saved)
    try combined(saved, with: linked)
    return saved
  }

  @discardableResult
  func setAttendance(
    _ meetingID: UUID, officer officerID: UUID, status: AttendanceStatus
  )
    throws -> Attendance
  {
    let meeting = try live(Meeting.self, meetingID)
    try requireParticipation(inMeeting: meetingID, to: "taking attendance")
    let person = try live(Officer.self, officerID)
    let existing = try Attendance.filter(
      sql: "meeting_id = ? AND officer_id = ?", arguments: [meetingID.text, officerID.text]
    ).fetchOne(db)
    let saved: Attendance
    if var attendance = existing {
      attendance.status = status
      attendance.stamp.deletedAt = nil
      saved = try update(attendance)
    } else {
      saved = try insert(
        Attendance(meetingID: meetingID, officerID: officerID, status: status, guest: true))
    }
    describe("meeting \(meeting.ref): \(person.handle) \(status.rawValue)", subject: saved)
    return saved
  }

  @discardableResult
  func addMinuteEntry(
    _ meetingID: UUID, kind: EntryKind, text: String, agenda: String?, action: ActionRequest?,
    amendment: Bool
  ) throws -> (entry: MinuteEntry, action: ActionItem?) {
    let meeting = try live(Meeting.self, meetingID)
    try requireParticipation(inMeeting: meetingID, to: "writing minutes")
    if amendment {
      guard meeting.minutesState == .approved else {
        throw StoreError(
          .conflict,
          "the minutes of \(meeting.ref) are not approved yet; add the entry without --amendment")
      }
    } else {
      try meeting.requireEditableMinutes()
    }
    let agendaID = try agenda.map { try agendaItem(meetingID, titled: $0).id }
    try audit()
    let position =
      try Int.fetchOne(
        db, sql: "SELECT max(position) FROM minute_entry WHERE meeting_id = ?",
        arguments: [meetingID.text]) ?? 0
    var entry = try MinuteEntry(
      meetingID: meetingID, agendaItemID: agendaID, position: position + 1, kind: kind,
      text: text, amendment: amendment, markings: meeting.markings
    ).validated()
    var created: ActionItem?
    switch (kind, action) {
    case (.action, nil):
      throw StoreError(.conflict, "an action entry needs an owner")
    case (.action, let request?):
      let operationID = try request.operationID ?? onlyOperation(of: meetingID)
      created = try addAction(
        ActionItem(
          title: ActionTitle.from(entry.text), details: ActionTitle.details(entry.text),
          ownerID: request.ownerID, operationID: operationID, meetingID: meetingID,
          due: request.due, priority: request.priority, markings: meeting.markings),
        coOwners: [], inheritMarkings: false)
      try audit()
      entry.actionID = created?.id
    case (_, .some):
      throw StoreError(.conflict, "only action entries take an owner, a due date or a priority")
    default: break
    }
    let saved = try insert(entry)
    describe(
      "minutes of \(meeting.ref): added \(kind.rawValue) \(saved.ref)"
        + (created.map { " with action \($0.ref)" } ?? ""), subject: saved)
    return (saved, created)
  }

  @discardableResult
  func changeMinutesState(_ meetingID: UUID, to state: MinutesState) throws -> Meeting {
    var meeting = try live(Meeting.self, meetingID)
    try requireParticipation(inMeeting: meetingID, to: "circulating or approving minutes")
    try meeting.changeMinutesState(to: state)
    let saved = try update(meeting)
    describe("minutes of \(saved.ref) \(state.rawValue)", subject: saved)
    return saved
  }

  /// Records the linking of a meeting to operations as a combination of records (Art. 25),
  /// in an event after the change that made the links.
  func combined(_ meeting: Meeting, with operations: [JointOperation]) throws {
    guard !operations.isEmpty else { return }
    try logEvent(
      .combine,
      "linked meeting \(meeting.ref) to " + operations.map(\.code).joined(separator: ", "),
      entity: .meeting, id: meeting.id, ref: meeting.ref)
  }

  /// The agenda item of a meeting with this title, created at the end of the agenda if new.
  func agendaItem(_ meetingID: UUID, titled title: String) throws -> AgendaItem {
    let wanted = try TextRules.line(title, field: "agenda item")
    let items = try AgendaItem.filter(
      sql: "meeting_id = ? AND deleted_at IS NULL ORDER BY position", arguments: [meetingID.text]
    ).fetchAll(db)
    if let match = items.first(where: { $0.title.lowercased() == wanted.lowercased() }) {
      return match
    }
    let created = try insert(
      AgendaItem(meetingID: meetingID, position: (items.last?.position ?? 0) + 1, title: wanted))
    describe("meeting \(meetingID.text): agenda item \(quoted(wanted)) added", subject: created)
    return created
  }

  /// The operation a meeting dealt with, when it dealt with exactly one.
  func onlyOperation(of meetingID: UUID) throws -> UUID? {
    let ids = try String.fetchAll(
      db,
      sql: "SELECT operation_id FROM meeting_operation WHERE meeting_id = ? AND deleted_at IS NULL",
      arguments: [meetingID.text])
    return ids.count == 1 ? UUID(uuidString: ids[0]) : nil
  }
}

/// An action entry's text becomes the action's title; a long entry keeps its full text in
/// the details.
enum ActionTitle {
  static func from(_ text: String) -> String {
    // Entries may hold tabs; titles are single lines without them.
    let firstLine = (text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text)
      .replacingOccurrences(of: "\t", with: " ")
    let scalars = firstLine.unicodeScalars
    guard scalars.count > TextRules.nameLimit else { return firstLine }
    var cut = ""
    for character in firstLine {
      if cut.unicodeScalars.count + character.unicodeScalars.count >= TextRules.nameLimit { break }
      cut.append(character)
    }
    return cut + "…"
  }

  static func details(_ text: String) -> String { from(text) == text ? "" : text }
}
