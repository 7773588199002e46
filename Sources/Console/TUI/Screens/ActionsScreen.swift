import CaseModel
import Foundation
import Storage

// PLACEHOLDER until the screen is built: it only says so. Replace this whole file.
public struct ActionsScreen: Screen {

  public init() {
  }

  public var title: String { "Actions" }
  public var contexts: [KeyContext] { [.actions, .list] }
  public mutating func start(_ env: Environment) -> [Effect] { [] }
  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] { [] }
  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] { [] }
  public mutating func reload(_ env: Environment) -> [Effect] { [] }
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    canvas.put("Actions: being built", x: 2, y: 1, slot: .dim)
  }
}
