import CaseModel
import Foundation
import Storage

// PLACEHOLDER until forms are built: it only says so. Replace this whole file.
public struct FormScreen: Screen {
  public static let draftPrefix = "form:"

  public init?(restoring draft: Draft) { return nil }

  /// The top-level screen a form's draft is recovered in.
  public static func home(of draft: Draft) -> TopScreen { .operations }

  public var title: String { "Form" }
  public var contexts: [KeyContext] { [.detail] }
  public mutating func start(_ env: Environment) -> [Effect] { [] }
  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] { [] }
  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] { [] }
  public mutating func reload(_ env: Environment) -> [Effect] { [] }
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    canvas.put("Form: being built", x: 2, y: 1, slot: .dim)
  }
}
