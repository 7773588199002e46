import CaseModel
import Foundation
import Storage

/// How meeting lists and details show a meeting's time, kind and minutes.
public enum MeetingCells {
  /// The start in the meeting's own zone, named by its city: `2026-12-07 10:00 Canary`.
  /// Officers meet across the Atlantic; the local time with its place reads unambiguously
  /// where an offset would need arithmetic.
  public static func start(_ meeting: Meeting) -> String {
    let zone = TimeZone(identifier: meeting.timeZone) ?? .gmt
    return TimeText.short(meeting.startsAt, zone: zone) + " " + city(meeting.timeZone)
  }

  /// The place part of an IANA zone: `America/Sao_Paulo` → `Sao Paulo`, `UTC` → `UTC`.
  public static func city(_ zone: String) -> String {
    let last = zone.split(separator: "/").last.map(String.init) ?? zone
    return last.replacingOccurrences(of: "_", with: " ")
  }

  /// Approved minutes are settled; drafts are still being written.
  public static func minutes(_ state: MinutesState) -> ListCell {
    switch state {
    case .draft: ListCell(state.label, .dim)
    case .circulated: ListCell(state.label)
    case .approved: ListCell(state.label, .itemDone)
    }
  }

  /// The operations of a meeting: all codes when there is room, else the first and how many
  /// more.
  public static func operations(_ codes: [String], width: Int) -> String {
    let all = codes.joined(separator: " ")
    guard DisplayWidth.of(all) > width, let first = codes.first else { return all }
    return first + " +\(codes.count - 1)"
  }

  /// The duration as officers say it: `90 min`, `2 h`, `1 h 30`.
  public static func duration(_ minutes: Int) -> String {
    guard minutes >= 60 else { return "\(minutes) min" }
    let rest = minutes % 60
    return rest == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(rest)"
  }

  /// Below this width the kind and the operations give way to the start's place and to the
  /// title: both are in the detail, and `/` still finds meetings by kind and operation code.
  static let wideWidth = 100

  static func columns(width: Int) -> [ListColumn] {
    let wide = width >= wideWidth
    var columns = [ListColumn("REF", width: 8), ListColumn("START", width: 26)]
    if wide { columns.append(ListColumn("KIND", width: 12)) }
    columns += [
      ListColumn("MINUTES", width: 10),
      ListColumn(wide ? "ENTRIES" : "ENT", width: wide ? 7 : 3, alignRight: true),
    ]
    if wide { columns.append(ListColumn("OPERATIONS", width: 18)) }
    columns.append(ListColumn("TITLE"))
    return columns
  }

  static func cells(_ row: MeetingRow, width: Int) -> [ListCell] {
    let meeting = row.meeting
    let wide = width >= wideWidth
    var cells = [ListCell(meeting.ref), ListCell(start(meeting))]
    if wide { cells.append(ListCell(meeting.kind.label)) }
    cells += [
      minutes(meeting.minutesState),
      ListCell(String(row.entries), row.entries == 0 ? .dim : .normal),
    ]
    if wide {
      cells.append(
        ListCell(
          row.operationCodes.isEmpty ? "—" : operations(row.operationCodes, width: 18),
          row.operationCodes.isEmpty ? .dim : .normal))
    }
    cells.append(ListCell(meeting.title))
    return cells
  }
}
