import Foundation

/// A technical, operational, coordination or plenary meeting, with its minutes.
public struct Meeting: MarkedRecord, Hashable {
  public static let entity = EntityKind.meeting
  public var id: UUID
  public var ref: String
  public var kind: MeetingKind
  public var title: String
  public var startsAt: Date
  /// The IANA zone the meeting is held in, for showing its local time: `America/Bogota`.
  public var timeZone: String
  public var durationMinutes: Int
  public var place: String?
  public var videoCall: Bool
  public var chairID: UUID?
  public var minuteTakerID: UUID?
  public var minutesState: MinutesState
  public var markings: Markings
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), ref: String = "", kind: MeetingKind, title: String, startsAt: Date,
    timeZone: String, durationMinutes: Int = 60, place: String? = nil, videoCall: Bool = false,
    chairID: UUID? = nil, minuteTakerID: UUID? = nil, minutesState: MinutesState = .draft,
    markings: Markings = .standard, stamp: Stamp = .pending
  ) {
    self.id = id
    self.ref = ref
    self.kind = kind
    self.title = title
    self.startsAt = startsAt
    self.timeZone = timeZone
    self.durationMinutes = durationMinutes
    self.place = place
    self.videoCall = videoCall
    self.chairID = chairID
    self.minuteTakerID = minuteTakerID
    self.minutesState = minutesState
    self.markings = markings
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> Meeting {
    var copy = self
    copy.title = try TextRules.line(title, field: "meeting title")
    copy.timeZone = try RecordRules.timeZone(timeZone)
    copy.place = try TextRules.optionalLine(place, field: "place")
    guard (1...24 * 60).contains(durationMinutes) else {
      throw ValidationError(
        .invalidValue,
        "duration \(durationMinutes) minutes is out of range; a meeting lasts 1 to 1440 minutes")
    }
    return copy
  }

  /// Moves the minutes along draft → circulated → approved. Circulated minutes may return to
  /// draft for corrections; approved minutes stay approved; minutes are approved only once the
  /// participants have seen them (circulated).
  public mutating func changeMinutesState(to next: MinutesState) throws(ValidationError) {
    guard next != minutesState else { return }
    guard minutesState != .approved else { throw readOnlyError }
    if next == .approved && minutesState != .circulated {
      throw ValidationError(
        .invalidTransition,
        "the minutes of \(ref) are a draft; circulate them before approving them")
    }
    minutesState = next
  }

  /// Refuses edits to approved minutes.
  public func requireEditableMinutes() throws(ValidationError) {
    if minutesState.isReadOnly { throw readOnlyError }
  }

  private var readOnlyError: ValidationError {
    ValidationError(
      .readOnly,
      "the minutes of \(ref) are approved and read-only; add a correction as an amendment")
  }

  /// The meeting's start in its own zone, for display: `2026-12-04 15:00 America/Bogota`.
  public var localStart: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: timeZone) ?? .gmt
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: startsAt) + " " + timeZone
  }
}

/// A link between a meeting and an operation it dealt with.
public struct MeetingOperation: CaseRecord, Hashable {
  public static let entity = EntityKind.meetingOperation
  public var id: UUID
  public var meetingID: UUID
  public var operationID: UUID
  public var stamp: Stamp

  public init(id: UUID = .v7(), meetingID: UUID, operationID: UUID, stamp: Stamp = .pending) {
    self.id = id
    self.meetingID = meetingID
    self.operationID = operationID
    self.stamp = stamp
  }
}

/// An officer invited to a meeting, and whether they came.
public struct Attendance: CaseRecord, Hashable {
  public static let entity = EntityKind.attendance
  public var id: UUID
  public var meetingID: UUID
  public var officerID: UUID
  public var status: AttendanceStatus
  /// A guest was not on the invitee list.
  public var guest: Bool
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), meetingID: UUID, officerID: UUID, status: AttendanceStatus = .invited,
    guest: Bool = false, stamp: Stamp = .pending
  ) {
    self.id = id
    self.meetingID = meetingID
    self.officerID = officerID
    self.status = status
    self.guest = guest
    self.stamp = stamp
  }
}

/// A heading of a meeting's agenda; minute entries sit under it.
public struct AgendaItem: CaseRecord, Hashable {
  public static let entity = EntityKind.agendaItem
  public var id: UUID
  public var meetingID: UUID
  public var position: Int
  public var title: String
  public var stamp: Stamp

  public init(
    id: UUID = .v7(), meetingID: UUID, position: Int, title: String, stamp: Stamp = .pending
  ) {
    self.id = id
    self.meetingID = meetingID
    self.position = position
    self.title = title
    self.stamp = stamp
  }

  public func validated() throws(ValidationError) -> AgendaItem {
    var copy = self
    copy.title = try TextRules.line(title, field: "agenda item")
    return copy
  }
}
