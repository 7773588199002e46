extension ActionTable {
  /// The default keys: vim keys and arrows, like the terminal programs officers already use.
  public static let defaults: [Binding] = {
    func bind(
      _ action: ActionID, _ context: KeyContext, _ keys: [Key], _ group: String, _ summary: String,
      hint: String? = nil
    ) -> Binding {
      Binding(
        action: action, context: context, keys: keys, group: group, summary: summary, hint: hint)
    }
    return [
      // Moving, everywhere
      bind(.down, .global, [.char("j"), .down], "Move", "next row"),
      bind(.up, .global, [.char("k"), .up], "Move", "previous row"),
      bind(.top, .global, [.char("g"), .home], "Move", "first row"),
      bind(.bottom, .global, [.char("G"), .end], "Move", "last row"),
      bind(.pageDown, .global, [.pageDown, .ctrl("f")], "Move", "next page"),
      bind(.pageUp, .global, [.pageUp, .ctrl("b")], "Move", "previous page"),
      bind(.open, .global, [.enter], "Move", "open", hint: "open"),
      bind(.back, .global, [.escape, .char("q")], "Move", "back", hint: "back"),
      bind(.quit, .global, [.char("Q")], "Move", "quit liaison"),
      // Screens
      bind(.operations, .global, [.char("1")], "Screens", "operations"),
      bind(.meetings, .global, [.char("2")], "Screens", "meetings"),
      bind(.actions, .global, [.char("3")], "Screens", "actions (triage)"),
      bind(.directory, .global, [.char("4")], "Screens", "directory"),
      bind(.search, .global, [.char("5")], "Screens", "search"),
      bind(.nextScreen, .global, [.tab], "Screens", "next screen"),
      bind(.previousScreen, .global, [.backTab], "Screens", "previous screen"),
      // Finding
      bind(.filter, .global, [.char("/")], "Find", "find in the list", hint: "find"),
      bind(.nextMatch, .global, [.char("n")], "Find", "next match"),
      bind(.previousMatch, .global, [.char("N")], "Find", "previous match"),
      // The program
      bind(.refresh, .global, [.char("r"), .ctrl("l")], "Program", "refresh"),
      bind(.undo, .global, [.char("u")], "Program", "undo the last change made here"),
      bind(.redo, .global, [.char("U")], "Program", "redo what was undone"),
      bind(.help, .global, [.char("?")], "Program", "help", hint: "help"),
      bind(.commandLine, .global, [.char(":")], "Program", "command line"),
      // Details with tabs
      bind(.nextTab, .detail, [.char("]"), .right, .char("l")], "Move", "next tab", hint: "tabs"),
      bind(.previousTab, .detail, [.char("["), .left, .char("h")], "Move", "previous tab"),
      bind(.remove, .detail, [.delete, .char("x")], "Edit", "remove the row (asks first)"),
      // Operations
      bind(.sort, .operations, [.char("s")], "Lists", "change the sort order", hint: "sort"),
      bind(.view, .operations, [.char("v")], "Lists", "cycle status filter", hint: "status"),
      // Meetings
      bind(.togglePeriod, .meetings, [.char("t")], "Lists", "upcoming / past", hint: "past"),
      // Actions: the triage board
      bind(.view, .actions, [.char("v")], "Lists", "next view", hint: "view"),
      bind(.previousView, .actions, [.char("V")], "Lists", "previous view"),
      bind(.mark, .actions, [.char(" ")], "Triage", "mark or unmark the row", hint: "mark"),
      bind(.nextStatus, .triage, [.char("s")], "Triage", "next status", hint: "status"),
      bind(.done, .triage, [.char("d")], "Triage", "done (with an optional note)", hint: "done"),
      bind(.postpone, .triage, [.char("p")], "Triage", "postpone", hint: "postpone"),
      bind(
        .reassign, .triage, [.char("o")], "Triage", "reassign to another officer", hint: "owner"),
      bind(.priority, .triage, [.char("!")], "Triage", "change priority", hint: "prio"),
      bind(.note, .triage, [.char("a")], "Triage", "add a note", hint: "note"),
      bind(.drop, .triage, [.char("x")], "Triage", "drop (asks first)"),
      // Directory
      bind(.focusLeft, .directory, [.char("h"), .left], "Move", "countries", hint: "countries"),
      bind(.focusRight, .directory, [.char("l"), .right], "Move", "officers", hint: "people"),
      bind(.view, .directory, [.char("v")], "Lists", "officers / organisations", hint: "orgs"),
      // Records, wherever a screen has them
      bind(.create, .global, [.char("+")], "Records", "new record", hint: "new"),
      bind(.edit, .global, [.char("e")], "Records", "edit the record", hint: "edit"),
      bind(
        .openMinutes, .global, [.char("m")], "Records", "the meeting's minutes editor",
        hint: "minutes"),
      // Forms
      bind(.nextField, .form, [.tab, .down], "Form", "next field", hint: "next"),
      bind(.previousField, .form, [.backTab, .up], "Form", "previous field"),
      bind(.save, .form, [.ctrl("s"), .enter], "Form", "save", hint: "save"),
      bind(.cancel, .form, [.escape], "Form", "close (asks before losing changes)", hint: "cancel"),
      // The minutes editor
      bind(
        .submit, .minutes, [.enter], "Minutes", "add the entry line to the minutes", hint: "add"),
      bind(
        .cycleKind, .minutes, [.tab], "Minutes", "information → decision → action", hint: "kind"),
      bind(.moveUp, .minutes, [.char("K")], "Minutes", "move the entry up"),
      bind(.moveDown, .minutes, [.char("J")], "Minutes", "move the entry down"),
      bind(.remove, .minutes, [.delete, .char("x")], "Minutes", "delete the entry (asks first)"),
      bind(.attendance, .minutes, [.char("T")], "Minutes", "take attendance", hint: "attendance"),
      bind(.circulate, .minutes, [.char("C")], "Minutes", "circulate the minutes"),
      bind(.approve, .minutes, [.char("A")], "Minutes", "approve the minutes (final)"),
      // Welcome
      bind(.loadDemo, .welcome, [.char("d")], "Start", "load the demo network", hint: "demo"),
      bind(
        .setUpProfile, .welcome, [.char("p")], "Start", "set up your officer profile",
        hint: "profile"),
    ]
  }()
}
