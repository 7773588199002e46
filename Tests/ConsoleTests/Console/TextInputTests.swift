import Foundation
import Testing

@testable import Console

@Suite("Typing text")
struct TextInputTests {
  func field(_ keys: [Key], start: String = "") -> TextField {
    var field = TextField(start)
    for key in keys { _ = field.handle(key) }
    return field
  }

  @Test func theCursorMovesByCharactersAcrossAccentsAndEmoji() {
    var f = field([], start: "Bogotá 👮‍♀️ 東京")
    #expect(f.cursor == 11)
    _ = f.handle(.left)
    _ = f.handle(.left)
    _ = f.handle(.left)
    _ = f.handle(.backspace)  // removes the emoji, one character whatever its scalars
    #expect(f.text == "Bogotá  東京")
  }

  @Test func emacsKeysEdit() {
    #expect(field([.ctrl("a"), .char(">")], start: "abc").text == ">abc")
    #expect(field([.ctrl("a"), .right, .ctrl("k")], start: "abc").text == "a")
    #expect(field([.left, .ctrl("u")], start: "abc").text == "c")
    #expect(field([.ctrl("w")], start: "request AIS track").text == "request AIS ")
    #expect(field([.home, .delete], start: "xabc").text == "abc")
  }

  /// A combining mark typed or pasted on its own joins the character before it: the text
  /// grows by fewer characters than were put in, and the cursor must stay inside it.
  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    var f = field([.paste("\u{301}x"), .char("y")], start: "e")
    #expect(f.text == "e\u{301}xy")
    #expect(f.cursor == f.text.count)
    f = field([.char("\u{301}"), .char("\u{302}"), .char("z"), .left, .backspace], start: "a")
    #expect(f.text == "z")
    for corpus in ["\u{301}\u{301}\u{301}", "\u{200D}👩", "\u{1F3FD}", "\u{FE0F}"] {
      var typed = TextField("o")
      for _ in 0..<3 {
        _ = typed.handle(.paste(corpus))
        _ = typed.handle(.char("k"))
      }
      #expect(typed.cursor <= typed.text.count)
    }
  }

  @Test func pastedLinesBecomeOneLine() {
    #expect(field([.paste("one\ntwo\r\nthree")]).text == "one two three")
  }

  @Test func theCommandLineCompletesCommandsAndArguments() {
    var line = CommandLineOverlay(
      history: [],
      completions: .init(
        commands: ["op", "officer", "theme"],
        arguments: [
          "op": ["TF-MAR-2026-001", "TF-MAR-2026-003", "TF-CNT-2026-002"], "theme": ["light"],
        ]))
    for key in "th".map({ Key.char($0) }) { _ = line.handle(key) }
    _ = line.handle(.tab)
    #expect(line.field.text == "theme ")
    _ = line.handle(.char("l"))
    _ = line.handle(.tab)
    #expect(line.field.text == "theme light ")
    var op = CommandLineOverlay(history: [], completions: line.completions)
    for key in "op tf-mar".map({ Key.char($0) }) { _ = op.handle(key) }
    _ = op.handle(.tab)
    #expect(op.field.text == "op TF-MAR-2026-00")
    #expect(op.candidates == ["TF-MAR-2026-001", "TF-MAR-2026-003"])
    #expect(op.handle(.enter) == .command("op TF-MAR-2026-00"))
  }

  @Test func theCommandLineRecallsHistory() {
    var line = CommandLineOverlay(
      history: ["goto 3", "theme light"], completions: .init(commands: [], arguments: [:]))
    _ = line.handle(.char("x"))
    _ = line.handle(.up)
    #expect(line.field.text == "theme light")
    _ = line.handle(.up)
    #expect(line.field.text == "goto 3")
    _ = line.handle(.down)
    _ = line.handle(.down)
    #expect(line.field.text == "x", "the line being typed comes back")
    #expect(line.handle(.escape) == .close)
  }

  @Test func confirmationHasCancelFocused() {
    var confirm = ConfirmOverlay(tag: "drop", question: "Drop 2 actions?", confirmLabel: "Drop")
    #expect(confirm.handle(.enter) == .close, "Enter alone cancels")
    var second = ConfirmOverlay(tag: "drop", question: "Drop 2 actions?", confirmLabel: "Drop")
    _ = second.handle(.tab)
    #expect(second.handle(.enter) == .reply(.confirmed(tag: "drop")))
  }

  @Test func thePickerFiltersAsOneTypesIgnoringAccents() {
    var picker = PickerOverlay(
      tag: "owner", title: "Reassign to",
      items: [
        .init(id: "1", label: "Luis Gómez", detail: "DIRAN CO"),
        .init(id: "2", label: "Ana Ribeiro", detail: "PJ PT"),
        .init(id: "3", label: "João Gonçalves", detail: "PF BR"),
      ])
    for key in "gom".map({ Key.char($0) }) { _ = picker.handle(key) }
    #expect(picker.shown.map(\.id) == ["1"])
    #expect(picker.handle(.enter) == .reply(.picked(tag: "owner", id: "1")))
    var other = picker
    other.filter = TextField("joao")
    #expect(other.shown.map(\.id) == ["3"])
  }
}

@Suite("Word moves")
struct WordMoveTests {
  @Test func altBAndAltFMoveByWordsInAOneLineField() {
    var field = TextField("Request AIS track, São Paulo")
    _ = field.handle(.alt("b"))
    #expect(field.cursor == "Request AIS track, São ".count)
    _ = field.handle(.alt("b"))
    _ = field.handle(.alt("b"))
    #expect(field.cursor == "Request AIS ".count)
    _ = field.handle(.alt("f"))
    #expect(field.cursor == "Request AIS track".count)
    _ = field.handle(.ctrl("b"))
    #expect(field.cursor == "Request AIS trac".count, "Ctrl-B is a character back, as in Emacs")
  }

  @Test func altKeysAreWrittenLikeCtrlKeys() {
    #expect(Key(spec: "alt-b") == .alt("b"))
    #expect(Key.alt("f").label == "Alt-f")
  }
}
