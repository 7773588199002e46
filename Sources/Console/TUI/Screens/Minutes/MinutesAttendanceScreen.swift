import CaseModel
import Foundation
import Storage

/// Taking attendance from the minutes editor (`T`): the invitees and guests with their
/// status, marked one key each — `p` present, `e` excused, `a` absent — and a guest added
/// through an officer picker (`+`). The cursor moves on after each mark, so a roll
/// call is one key per person. Esc goes back to the minutes.
public struct MinutesAttendanceScreen: Screen {
  public let meetingID: UUID
  private(set) var detail: MeetingDetail?
  private(set) var cursor = 0
  /// The officer a mark was last made for, to keep the cursor on the right row after reload.
  private var marked: UUID?

  public init(meetingID: UUID) { self.meetingID = meetingID }

  static let marks: [Character: AttendanceStatus] = [
    "p": .present, "e": .excused, "a": .absent, "i": .invited,
  ]
  static let guestTag = "attendance.guest"

  var rows: [AttendanceRow] { detail?.attendance ?? [] }

  public var title: String {
    detail.map { "Attendance \($0.row.meeting.ref)" } ?? "Attendance"
  }
  public var contexts: [KeyContext] { [.list] }
  public var hints: [ActionID] { [.create, .back, .help] }
  public var hintWords: [ActionID: String] { [.create: "guest", .back: "minutes"] }
  public var position: String? { rows.isEmpty ? nil : "\(cursor + 1)/\(rows.count)" }
  public var markings: [Markings] { detail.map { [$0.row.meeting.markings] } ?? [] }

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.meetingDetail(meetingID))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.meetingDetail(meetingID))]
  }

  public mutating func type(_ key: Key, _ env: Environment) -> [Effect]? {
    guard case .char(let letter) = key else { return nil }
    guard let status = Self.marks[letter] else { return nil }
    guard rows.indices.contains(cursor) else { return [.message("nobody is invited yet")] }
    let row = rows[cursor]
    // The next person is where the eye goes during a roll call.
    marked = rows.indices.contains(cursor + 1) ? rows[cursor + 1].officer.id : row.officer.id
    return [
      .change(
        .setAttendance(meetingID: meetingID, officerID: row.officer.id, status),
        done: "\(row.officer.handle) \(status.label)")
    ]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    switch action {
    case .down: cursor += 1
    case .up: cursor -= 1
    case .top: cursor = 0
    case .bottom: cursor = rows.count - 1
    case .pageDown: cursor += max(1, env.pageRows - 4)
    case .pageUp: cursor -= max(1, env.pageRows - 4)
    case .create: return [.query(.officerChoices)]
    case .attendance: return [.pop]
    default: return []
    }
    cursor = max(0, min(cursor, rows.count - 1))
    return []
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .meetingDetail(let loaded) where loaded.row.meeting.id == meetingID:
      detail = loaded
      if let marked, let index = rows.firstIndex(where: { $0.officer.id == marked }) {
        cursor = index
      }
      marked = nil
      cursor = max(0, min(cursor, rows.count - 1))
      return []
    case .officerChoices(let officers):
      let listed = Set(rows.map(\.officer.id))
      let items = officers.filter { !listed.contains($0.officer.id) }.map { row in
        PickerOverlay.Item(
          id: row.officer.id.uuidString, label: row.officer.name,
          detail: "\(row.officer.handle) · \(row.organisationAcronym) \(row.countryCode)")
      }
      return [
        .overlay(.picker(PickerOverlay(tag: Self.guestTag, title: "Add a guest", items: items)))
      ]
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    guard case .picked(Self.guestTag, let id) = reply, let officer = UUID(uuidString: id) else {
      return []
    }
    marked = officer
    return [
      .change(
        .setAttendance(meetingID: meetingID, officerID: officer, .present),
        done: "guest added, present")
    ]
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    guard let detail else {
      canvas.put("Loading…", x: 2, y: 1, slot: .dim)
      return
    }
    let meeting = detail.row.meeting
    var x = 1 + canvas.put("Attendance · \(meeting.ref)  ", x: 1, y: 0, slot: .title)
    x += canvas.put(meeting.title, x: x, y: 0, slot: .title)
    let order: [AttendanceStatus] = [.present, .excused, .absent, .invited]
    let counts = order.compactMap { status -> String? in
      let count = rows.filter { $0.attendance.status == status }.count
      return count == 0 ? nil : "\(count) \(status == .invited ? "not marked" : status.label)"
    }
    canvas.put(counts.joined(separator: " · "), x: 1, y: 1, slot: .dim)
    let height = max(1, canvas.area.height - 5)
    let top = max(0, min(cursor - height + 1, rows.count - height))
    if rows.isEmpty { canvas.put("nobody invited yet: + adds a guest", x: 3, y: 3, slot: .dim) }
    for (offset, row) in rows.dropFirst(top).prefix(height).enumerated() {
      let y = 3 + offset
      let status = row.attendance.status
      var spans = [
        DetailSpan(DetailLine.cell(row.officer.name, 26) + " "),
        DetailSpan(DetailLine.cell(row.officer.handle, 14) + " ", .dim),
        DetailSpan(DetailLine.cell(row.organisationAcronym, 10) + " "),
        DetailSpan(status.label, status == .present ? .normal : .dim),
      ]
      if row.attendance.guest { spans.append(DetailSpan(" · guest", .mark)) }
      DetailLine(spans).render(&canvas, x: 2, y: y, width: canvas.area.width - 3)
      if top + offset == cursor { canvas.restyle(row: y, slot: .selection) }
    }
    canvas.put(
      "p present · e excused · a absent · i not marked · + add a guest · Esc minutes",
      x: 1, y: canvas.area.height - 1, slot: .dim, limit: canvas.area.width - 2)
  }
}
