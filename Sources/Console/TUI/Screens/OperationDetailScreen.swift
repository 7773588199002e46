import CaseModel
import Foundation
import Storage

// PLACEHOLDER until the screen is built: it only says so. Replace this whole file.
public struct OperationDetailScreen: Screen {
  public let id: UUID
  public let code: String

  public init(id: UUID, code: String) {
    self.id = id
    self.code = code
  }

  public var title: String { "Operation" }
  public var contexts: [KeyContext] { [.detail] }
  public mutating func start(_ env: Environment) -> [Effect] { [] }
  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] { [] }
  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] { [] }
  public mutating func reload(_ env: Environment) -> [Effect] { [] }
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    canvas.put("Operation: being built", x: 2, y: 1, slot: .dim)
  }
}
