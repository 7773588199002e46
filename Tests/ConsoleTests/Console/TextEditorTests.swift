import Foundation
import Testing

@testable import Console

/// The multi-line editor of summaries and details: keys in, text and cursor out.
@Suite("The text editor")
struct TextEditorTests {
  func editor(_ text: String = "", _ keys: [Key] = []) -> TextEditor {
    var editor = TextEditor(text)
    for key in keys { _ = editor.handle(key) }
    return editor
  }

  func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }

  @Test func theCursorMovesOneCharacterOverAccentsCombiningMarksAndEmoji() {
    var bogota = editor("Bogotá", [.left, .left])
    #expect(bogota.column == 4)
    _ = bogota.handle(.delete)
    #expect(bogota.text == "Bogoá")
    // A combining accent typed after its letter joins it: one character, one step.
    var combined = editor("", typed("Sa") + [.char("e"), .char("\u{301}")])
    #expect(combined.text == "Sae\u{301}")
    #expect(combined.column == 3)
    _ = combined.handle(.left)
    #expect(combined.column == 2)
    _ = combined.handle(.right)
    _ = combined.handle(.backspace)
    #expect(combined.text == "Sa")
    var tokyo = editor("東京 👮‍♀️ ok", [.home, .right, .right])
    #expect(tokyo.column == 2)
    _ = tokyo.handle(.right)
    _ = tokyo.handle(.right)
    _ = tokyo.handle(.backspace)
    #expect(tokyo.text == "東京  ok")
  }

  @Test func upAndDownKeepTheDisplayColumnAcrossWideCharacters() {
    // 東京 takes four columns: the cursor under column 4 lands after it, not after "ab".
    var text = editor("東京ab\nabcdef\nxy\nabcdefgh")
    text.place(at: "東京ab\n".count + 4)
    #expect(text.row == 1 && text.column == 4)
    _ = text.handle(.up)
    #expect(text.row == 0 && text.column == 2)
    _ = text.handle(.down)
    #expect(text.row == 1 && text.column == 4)
    // A short line in between does not pull the cursor left for good.
    _ = text.handle(.down)
    #expect(text.row == 2 && text.column == 2)
    _ = text.handle(.down)
    #expect(text.row == 3 && text.column == 4)
    // Past the last line, the key is not taken: the form moves to its next field.
    #expect(text.handle(.down) == false)
    // Column 3 is the middle of 京: the cursor stays before it.
    var wide = editor("東京\nabc")
    _ = wide.handle(.up)
    #expect(wide.row == 0 && wide.column == 1)
  }

  @Test func emacsKeysEditLinesAndJoinThem() {
    #expect(editor("one\ntwo", [.ctrl("a"), .char(">")]).text == "one\n>two")
    #expect(editor("one\ntwo", [.up, .ctrl("e"), .char("!")]).text == "one!\ntwo")
    #expect(editor("request AIS track", [.ctrl("w")]).text == "request AIS ")
    #expect(editor("abc\ndef", [.up, .home, .right, .ctrl("k")]).text == "a\ndef")
    // Ctrl-K at the end of a line takes the line break.
    #expect(editor("abc\ndef", [.up, .end, .ctrl("k")]).text == "abcdef")
    #expect(editor("abc\ndef", [.left, .ctrl("u")]).text == "abc\nf")
    // Backspace at the start of a line joins it to the one before; Delete at the end joins
    // the next.
    #expect(editor("abc\ndef", [.home, .backspace]).text == "abcdef")
    #expect(editor("abc\ndef", [.up, .end, .delete]).text == "abcdef")
    #expect(editor("ab", [.enter, .char("c")]).text == "ab\nc")
  }

  @Test func wordMovesCrossPunctuationAndLines() {
    var text = editor("MV Esperanza, São Paulo\n東京 port")
    _ = text.handle(.alt("b"))
    #expect(text.row == 1 && text.column == 3)
    _ = text.handle(.alt("b"))
    #expect(text.row == 1 && text.column == 0)
    _ = text.handle(.alt("b"))
    #expect(text.row == 0 && text.column == "MV Esperanza, São ".count)
    _ = text.handle(.home)
    _ = text.handle(.alt("f"))
    _ = text.handle(.alt("f"))
    #expect(text.column == "MV Esperanza".count)
  }

  @Test func aPasteOfThreeLinesGoesInAsItIs() {
    var text = editor("before  after", [.home] + Array(repeating: Key.right, count: 7))
    _ = text.handle(.paste("línea uno\r\nline two\rthird 東京"))
    #expect(text.lines.count == 3)
    #expect(text.text == "before línea uno\nline two\nthird 東京 after")
    #expect(text.row == 2 && text.column == "third 東京".count)
    // One change of the text, not a key per character: the cursor follows the paste.
    #expect(editor("", [.paste("a\nb\nc")]).offset == 5)
  }

  @Test func longLinesWrapByDisplayColumnsAndTheCursorStaysInView() throws {
    var text = TextEditor("Operación Atlântico Azul con 東京 y São Paulo, luego Bogotá")
    text.layout(width: 16, height: 2)
    let rows = text.visualRows().map { row in String(text.lines[row.line][row.range]) }
    #expect(rows == ["Operación ", "Atlântico Azul ", "con 東京 y São ", "Paulo, luego ", "Bogotá"])
    // Up moves by rows as drawn.
    _ = text.handle(.up)
    #expect(text.column == "Operación Atlântico Azul con 東京 y São Paulo,".count)
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 20, height: 3)),
      area: Rect(x: 0, y: 0, width: 20, height: 3))
    text.render(&canvas, x: 0, y: 0, width: 16, height: 2, focused: true)
    #expect(canvas.buffer.row(0).hasPrefix("Paulo, luego"))
    #expect(canvas.buffer.row(1).hasPrefix("Bogotá"))
    #expect(canvas.buffer.row(0).contains("↑"))
    // Back at the end, the cursor is the reversed cell after "Bogotá".
    _ = text.handle(.down)
    text.render(&canvas, x: 0, y: 0, width: 16, height: 2, focused: true)
    #expect(canvas.buffer[6, 1].slot == .selection)
    #expect(text.offset == text.text.count)
  }
}
