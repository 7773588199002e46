/// Everything a key can do in the console. The raw value is the name used in `keys.toml`
/// and, where an action has one, on the `:` command line.
public enum ActionID: String, CaseIterable, Sendable, Hashable {
  // Moving
  case down, up, top, bottom
  case pageDown = "page-down"
  case pageUp = "page-up"
  case open, back, quit
  case nextTab = "next-tab"
  case previousTab = "previous-tab"
  case focusLeft = "focus-left"
  case focusRight = "focus-right"
  // Screens
  case operations, meetings, actions, directory, search
  case nextScreen = "next-screen"
  case previousScreen = "previous-screen"
  // Finding
  case filter
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case clearFilter = "clear-filter"
  // The program
  case refresh, help, undo, redo
  case commandLine = "command-line"
  // Lists
  case mark
  case sort
  case view
  case previousView = "previous-view"
  case togglePeriod = "toggle-period"
  // Triage
  case nextStatus = "next-status"
  case done, postpone, reassign, priority, note, drop
  /// Removes the row under the cursor from what it belongs to (a participant).
  case remove
  // Records
  /// A new record of the kind the screen lists.
  case create
  /// The record under the cursor, in a form.
  case edit
  /// The minutes editor of the meeting under the cursor.
  case openMinutes = "minutes"
  // Forms
  case nextField = "next-field"
  case previousField = "previous-field"
  case save
  case cancel
  // The minutes editor
  case submit
  case cycleKind = "cycle-kind"
  case moveUp = "move-up"
  case moveDown = "move-down"
  case attendance
  case circulate
  case approve
  // Welcome
  case loadDemo = "load-demo"
  case setUpProfile = "set-up-profile"

  /// Whether the action changes records: what `--read-only` takes away.
  public var isMutating: Bool {
    switch self {
    case .undo, .redo, .nextStatus, .done, .postpone, .reassign, .priority, .note, .drop,
      .remove, .create, .edit, .openMinutes, .submit, .cycleKind, .moveUp, .moveDown,
      .attendance, .circulate, .approve, .loadDemo, .setUpProfile, .save:
      true
    default:
      false
    }
  }
}

/// Where a binding applies. A key may mean different things in different contexts, but never
/// two things in one.
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
  /// Everywhere, unless a screen binds the key itself.
  case global
  case list
  case detail
  case operations
  case meetings
  case actions
  /// The triage moves, on the Actions board and on an action item's own screen.
  case triage
  case directory
  case search
  /// A form for a record.
  case form
  /// The minutes editor.
  case minutes
  case welcome
}

/// One row of the action table.
public struct Binding: Sendable, Hashable {
  public var action: ActionID
  public var context: KeyContext
  public var keys: [Key]
  /// The help group: Move, Screens, Find, Triage, …
  public var group: String
  /// What the action does, for the help.
  public var summary: String
  /// The short word shown in the status bar, or nil to leave it out of the hints.
  public var hint: String?
}
