import CaseModel
import Foundation
import Storage

/// The fields of a meeting, with the operations it is about and the officers invited. The
/// start is typed as officers say it (`fri 15:00`) and read in the meeting's own zone. The
/// state of its minutes is never changed here: that is the minutes editor's.
enum MeetingForm {
  static let fields = [
    FormField("kind", "Kind", .choice(.terms(MeetingKind.self), required: true)),
    FormField("title", "Title", .line(.required("meeting title"))),
    FormField("start", "Start", .startTime(zone: "zone")),
    FormField("zone", "Time zone", .line(.timeZone)),
    FormField("duration", "Minutes", .number(name: "duration", required: true, whole: true)),
    FormField("place", "Place", .line(.optional("place"))),
    FormField("video", "Video call", .flag),
    FormField("chair", "Chair", .choice(.officers, required: false)),
    FormField("taker", "Minute-taker", .choice(.officers, required: false)),
    FormField("operations", "Operations", .choices(.operations, atLeastOne: nil)),
    FormField("invitees", "Invitees", .choices(.officers, atLeastOne: nil)),
    FormField("markings", "Markings", .markings),
  ]

  static func prefill(_ detail: MeetingDetail) -> (FormRecord, [String: String]) {
    let meeting = detail.row.meeting
    let zone = TimeZone(identifier: meeting.timeZone) ?? .current
    // Guests came without an invitation: they stay guests whatever the list says.
    let invitees = detail.attendance.filter { !$0.attendance.guest }.map(\.officer.id.text)
    let texts = [
      "kind": meeting.kind.rawValue, "title": meeting.title,
      "start": TimeText.short(meeting.startsAt, zone: zone), "zone": meeting.timeZone,
      "duration": String(meeting.durationMinutes), "place": meeting.place ?? "",
      "video": meeting.videoCall ? "yes" : "no", "chair": meeting.chairID?.text ?? "",
      "taker": meeting.minuteTakerID?.text ?? "",
      "operations": detail.operations.map(\.id.text).joined(separator: ","),
      "invitees": invitees.joined(separator: ","),
      "markings": MarkingsText.format(meeting.markings),
    ]
    return (.meeting(meeting), texts)
  }

  static func change(_ values: FormValues, _ original: Meeting?) throws(FieldProblem) -> Change {
    let zone = try values.string("zone")
    let startsAt = try values.instant("start", zone: "zone")
    let duration = try values.number("duration").map { Int($0) } ?? 60
    let meeting = Meeting(
      id: original?.id ?? .v7(), ref: original?.ref ?? "",
      kind: try values.term("kind", MeetingKind.self) ?? .technical,
      title: try values.string("title"), startsAt: startsAt, timeZone: zone,
      durationMinutes: duration, place: try values.optionalString("place"),
      videoCall: try values.flag("video"), chairID: try values.id("chair"),
      minuteTakerID: try values.id("taker"), minutesState: original?.minutesState ?? .draft,
      markings: try values.markings("markings"), stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try meeting.validated() }, blame: { _ in nil })
    let operations = try values.ids("operations")
    let invitees = try values.ids("invitees")
    return original == nil
      ? .addMeeting(checked, operations: operations, invitees: invitees)
      : .editMeeting(checked, operations: operations, invitees: invitees)
  }
}
