import CaseModel
import Foundation
import GRDB
import Testing

@testable import Console
@testable import Storage

/// Items, officers and screens for the triage board's pure update tests, and readers that
/// pick effects apart (effects hold screens, so they are not Equatable).
@MainActor
enum ActionsFixture {
  static let today = try! CalendarDate(iso: "2026-03-18")
  static let officer = Officer(
    handle: "ribeiro", name: "Ana Ribeiro", organisationID: UUID(), countryID: UUID(),
    role: .participant)

  static func env(readOnly: Bool = false, profile: Officer? = officer) -> Environment {
    Environment(
      today: today, now: Date(timeIntervalSince1970: 1_773_835_200), profile: profile,
      readOnly: readOnly, pageRows: 18)
  }

  /// Item `number`: `A<number>-TEST`, due `dueIn` days from today.
  static func row(
    _ number: Int, status: ActionStatus = .open, dueIn: Int? = 0, priority: Priority = .normal
  ) -> ActionRow {
    let item = ActionItem(
      ref: "A\(number)-TEST", title: "Item number \(number)", ownerID: officer.id,
      due: dueIn.map { today.adding(days: $0) }, priority: priority, status: status,
      markings: .standard)
    return ActionRow(
      item: item, ownerHandle: "ribeiro", ownerName: "Ana Ribeiro", operationCode: "TF-MAR-2026-001"
    )
  }

  static func page(_ rows: [ActionRow], next: Bool = false) -> Page<ActionRow> {
    let keys = rows.indices.map { PageKey(values: [$0.databaseValue]) }
    return Page(rows: rows, keys: keys, next: next ? keys.last : nil)
  }

  /// A board that started and received `rows` as its first page.
  static func board(_ rows: [ActionRow], env: Environment = env()) -> ActionsScreen {
    var screen = ActionsScreen()
    let effects = screen.start(env)
    guard let (_, request) = actionQueries(effects).first else { return screen }
    _ = screen.receive(.actions(page(rows), request), env)
    return screen
  }

  // MARK: - Reading effects

  struct Write {
    var ids: [UUID]
    var change: ActionChange
    var note: String?
    var done: String
  }

  static func writes(_ effects: [Effect]) -> [Write] {
    effects.compactMap { effect in
      guard case .change(.actions(let ids, let change, let note), let done) = effect else {
        return nil
      }
      return Write(ids: ids, change: change, note: note, done: done)
    }
  }

  static func overlay(_ effects: [Effect]) -> Overlay? {
    for case .overlay(let overlay) in effects { return overlay }
    return nil
  }

  static func prompt(_ effects: [Effect]) -> PromptOverlay? {
    guard case .prompt(let prompt) = overlay(effects) else { return nil }
    return prompt
  }

  static func picker(_ effects: [Effect]) -> PickerOverlay? {
    guard case .picker(let picker) = overlay(effects) else { return nil }
    return picker
  }

  static func queries(_ effects: [Effect]) -> [Query] {
    effects.compactMap { effect in
      guard case .query(let query) = effect else { return nil }
      return query
    }
  }

  static func actionQueries(_ effects: [Effect]) -> [(ActionFilter, PageRequest)] {
    queries(effects).compactMap { query in
      guard case .actions(let filter, let request) = query else { return nil }
      return (filter, request)
    }
  }

  static func errors(_ effects: [Effect]) -> [String] {
    effects.compactMap { effect in
      guard case .error(let text) = effect else { return nil }
      return text
    }
  }

  static func messages(_ effects: [Effect]) -> [String] {
    effects.compactMap { effect in
      guard case .message(let text) = effect else { return nil }
      return text
    }
  }
}
