import CaseModel
import Foundation
import Storage

// PLACEHOLDER until the minutes editor is built: it only says so. Replace this whole file.
public struct MinutesEditorScreen: Screen {
  public static let draftPrefix = "minutes:"
  public let meetingID: UUID

  public init(meetingID: UUID) { self.meetingID = meetingID }

  public init?(restoring draft: Draft) {
    guard let id = UUID(uuidString: String(draft.key.dropFirst(Self.draftPrefix.count))) else {
      return nil
    }
    self.init(meetingID: id)
  }

  public var title: String { "Minutes" }
  public var contexts: [KeyContext] { [.detail] }
  public mutating func start(_ env: Environment) -> [Effect] { [] }
  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] { [] }
  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] { [] }
  public mutating func reload(_ env: Environment) -> [Effect] { [] }
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    canvas.put("Minutes editor: being built", x: 2, y: 1, slot: .dim)
  }
}
