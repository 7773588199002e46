/// What a cell shows, in words a theme can colour: widgets paint slots, never colours.
///
/// Keeping colours out of the screen buffer lets snapshot tests compare meaning (this cell is
/// the selection, that one is overdue) whatever the theme, and lets `NO_COLOR` turn every slot
/// into plain attributes.
public enum Slot: String, CaseIterable, Sendable, Hashable {
  case normal
  case dim
  case title
  case heading
  case border
  case header
  case selection
  case mark
  case statusBar = "status.bar"
  case statusKey = "status.key"
  case statusMessage = "status.message"
  case statusError = "status.error"
  case tabActive = "tab.active"
  case tabInactive = "tab.inactive"
  case priorityUrgent = "priority.urgent"
  case priorityHigh = "priority.high"
  case itemOverdue = "item.overdue"
  case itemDone = "item.done"
  case itemBlocked = "item.blocked"
  case markingRed = "marking.red"
  case markingAmber = "marking.amber"
  case markingGreen = "marking.green"
  case markingClear = "marking.clear"
  case match = "search.match"
  case input
  case dialog
  case dialogFocus = "dialog.focus"
  case helpKey = "help.key"

  /// One character per slot for snapshot style maps.
  public var code: Character {
    switch self {
    case .normal: "."
    case .dim: "d"
    case .title: "T"
    case .heading: "H"
    case .border: "b"
    case .header: "h"
    case .selection: "S"
    case .mark: "m"
    case .statusBar: "s"
    case .statusKey: "k"
    case .statusMessage: "M"
    case .statusError: "E"
    case .tabActive: "A"
    case .tabInactive: "a"
    case .priorityUrgent: "U"
    case .priorityHigh: "P"
    case .itemOverdue: "O"
    case .itemDone: "D"
    case .itemBlocked: "B"
    case .markingRed: "R"
    case .markingAmber: "Y"
    case .markingGreen: "G"
    case .markingClear: "C"
    case .match: "*"
    case .input: "i"
    case .dialog: "w"
    case .dialogFocus: "F"
    case .helpKey: "K"
    }
  }
}
