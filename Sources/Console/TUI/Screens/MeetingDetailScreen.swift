import CaseModel
import Foundation
import Storage

/// A meeting, read whole: header, attendance, the items carried over from the previous
/// meeting of its operations, and the minutes under their agenda items. Enter on an action
/// entry (or a carried-over item) opens the action; on an attendee, the officer; on an
/// operation, the operation. The editor comes later; this view only reads.
public struct MeetingDetailScreen: Screen {
  public let id: UUID
  public private(set) var detail: MeetingDetail?
  public private(set) var text = ScrollingText()

  public init(id: UUID) {
    self.id = id
  }

  public var title: String { detail.map { "Meeting \($0.row.meeting.ref)" } ?? "Meeting" }
  public var contexts: [KeyContext] { [.detail] }
  public var hints: [ActionID] { [.open, .back, .filter, .help] }
  public var position: String? { detail == nil ? nil : text.position }
  public var markings: [Markings] { detail.map(MeetingDocument.markings) ?? [] }

  public mutating func start(_ env: Environment) -> [Effect] {
    [.query(.meetingDetail(id))]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    [.query(.meetingDetail(id))]
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    if text.move(action) { return [] }
    switch action {
    case .open:
      guard let link = text.currentLink else { return [] }
      return link.effects
    case .openMinutes: return [.push(MinutesEditorScreen(meetingID: id))]
    case .create: return [.push(FormScreen(new: .meeting))]
    case .edit: return [.push(FormScreen(editing: .meeting, id: id))]
    case .nextMatch, .previousMatch:
      return find(nil, direction: action == .nextMatch ? 1 : -1)
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    guard case .text("find", let wanted) = reply else { return [] }
    return find(wanted, direction: 1)
  }

  private mutating func find(_ wanted: String?, direction: Int) -> [Effect] {
    guard !text.find(wanted, direction: direction), let needle = text.findText else { return [] }
    return [.error("no more lines with “\(needle)”")]
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .meetingDetail(let detail) where detail.row.meeting.id == id:
      self.detail = detail
      text.setLines(MeetingDocument.lines(detail, today: env.today))
    default:
      // A failed read is reported in the status bar by the program; the last good copy
      // stays on screen.
      break
    }
    return []
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    guard detail != nil else {
      canvas.put("Loading…", x: 2, y: 1, slot: .dim)
      return
    }
    var body = canvas.sub(
      Rect(x: 1, y: 0, width: canvas.area.width - 1, height: canvas.area.height))
    text.render(&body)
    canvas.merge(body)
  }
}
