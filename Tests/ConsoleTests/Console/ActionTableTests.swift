import Foundation
import Testing

@testable import Console

@Suite("The action table")
struct ActionTableTests {
  @Test func noKeyIsBoundTwiceInOneContext() {
    let conflicts = ActionTable().conflicts
    #expect(
      conflicts.isEmpty, "\(conflicts.map { "\($0.0.label) in \($0.1): \($0.2) and \($0.3)" })")
  }

  @Test func everyBindingHasAKeyAndSaysWhatItDoes() {
    for binding in ActionTable.defaults {
      #expect(!binding.keys.isEmpty, "\(binding.action)")
      #expect(!binding.summary.isEmpty, "\(binding.action)")
      #expect(!binding.group.isEmpty, "\(binding.action)")
    }
  }

  @Test func aScreenContextWinsOverTheGlobalOne() {
    let table = ActionTable()
    // `s` sorts operations but moves an action to its next status; `v` means different views.
    #expect(table.action(for: .char("s"), in: [.operations, .global]) == .sort)
    #expect(table.action(for: .char("s"), in: [.actions, .triage, .global]) == .nextStatus)
    #expect(table.action(for: .char("j"), in: [.actions, .triage, .global]) == .down)
    #expect(table.action(for: .char("s"), in: [.global]) == nil)
  }

  @Test func theHelpShowsEachKeyOnceWithTheMeaningThatApplies() {
    let table = ActionTable()
    let visible = table.visible(in: [.detail, .global])
    let keys = visible.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    // In a detail screen, `l` switches tabs rather than anything global.
    #expect(visible.first { $0.keys.contains(.char("l")) }?.action == .nextTab)
  }

  @Test func keysTomlRebindsAnAction() throws {
    var table = ActionTable()
    try table.apply(
      toml: """
        [global]
        quit = ["ctrl-q", "Q"]
        [triage]
        done = "D"
        """, source: "keys.toml")
    #expect(table.action(for: .ctrl("q"), in: [.global]) == .quit)
    #expect(table.action(for: .char("D"), in: [.triage, .global]) == .done)
    #expect(table.action(for: .char("d"), in: [.triage, .global]) == nil)
  }

  @Test(arguments: [
    ("[global]\nquit = \"j\"", "j is bound to both"),
    ("[nowhere]\nquit = \"Q\"", "unknown context [nowhere]"),
    ("[global]\nfly = \"f\"", "unknown action fly"),
    ("[global]\nquit = \"ctrl-??\"", "is not a key"),
    ("[global]\nquit = 3", "must be a key or a list of keys"),
    ("[global\nquit = \"Q\"", "keys.toml:1"),
  ])
  func badKeysTomlIsRefusedWithAClearMessage(text: String, message: String) {
    var table = ActionTable()
    #expect {
      try table.apply(toml: text, source: "keys.toml")
    } throws: { error in
      "\(error)".contains(message)
    }
  }

  @Test func keysAreWrittenTheWayTheHelpShowsThem() {
    #expect(Key(spec: "ctrl-l") == .ctrl("l"))
    #expect(Key(spec: "C-l") == .ctrl("l"))
    #expect(Key(spec: "pgdn") == .pageDown)
    #expect(Key(spec: "space") == .char(" "))
    #expect(Key(spec: "shift-tab") == .backTab)
    #expect(Key(spec: "f5") == .function(5))
    #expect(Key(spec: "G") == .char("G"))
    #expect(Key(spec: "nonsense") == nil)
    #expect(Key.ctrl("l").label == "Ctrl-L")
    #expect(Key.char(" ").label == "Space")
  }

  @Test func everyActionIsACommandName() {
    // `:done`, `:sort`: the command line runs any action by its name.
    for action in ActionID.allCases {
      #expect(ActionID(rawValue: action.rawValue) == action)
      #expect(!action.rawValue.contains(" "))
    }
  }
}
