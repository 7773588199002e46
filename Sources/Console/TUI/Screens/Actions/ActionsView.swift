import CaseModel
import Foundation
import Storage

/// The views of the triage board, in the order `v` cycles through them.
public enum ActionsView: CaseIterable, Sendable, Equatable {
  /// Items the acting officer owns or shares.
  case mine
  /// Open items past their due date.
  case overdue
  /// Open items due from today to six days ahead.
  case week
  case blocked
  case allOpen
  /// The open items of one operation, chosen with a picker.
  case operation

  /// The view after this one (`step` 1) or before it (-1).
  public func cycled(_ step: Int) -> ActionsView {
    let all = Self.allCases
    let index = all.firstIndex(of: self)!
    return all[(index + step + all.count) % all.count]
  }

  /// The name the status bar shows; a per-operation view names its operation.
  public func label(operationCode: String?) -> String {
    switch self {
    case .mine: "mine"
    case .overdue: "overdue"
    case .week: "due this week"
    case .blocked: "blocked"
    case .allOpen: "all open"
    case .operation: operationCode.map { "operation \($0)" } ?? "per operation"
    }
  }

  /// What the store is asked for, or nil when the view cannot be read yet: Mine without an
  /// officer profile, per operation before one is chosen.
  public func filter(
    profile: Officer?, operationID: UUID?, today: CalendarDate
  ) -> ActionFilter? {
    switch self {
    case .mine: profile.map { ActionFilter(involvingID: $0.id) }
    case .overdue: .overdue(on: today)
    case .week: ActionFilter(dueBefore: today.adding(days: 7), dueFrom: today)
    case .blocked: ActionFilter(statuses: [.blocked])
    case .allOpen: ActionFilter()
    case .operation: operationID.map { ActionFilter(operationID: $0) }
    }
  }

  /// What an empty list says.
  public func emptyText(hasProfile: Bool) -> String {
    switch self {
    case .mine where !hasProfile:
      "Mine needs an officer profile: start with --as HANDLE or run `liaison whoami --set`"
    case .mine: "Nothing open is yours; press v for the other views"
    case .overdue: "Nothing is overdue"
    case .week: "Nothing open is due in the coming seven days"
    case .blocked: "Nothing is blocked"
    case .allOpen: "No open action items"
    case .operation: "Choose an operation: press V then v to open the picker again"
    }
  }
}
