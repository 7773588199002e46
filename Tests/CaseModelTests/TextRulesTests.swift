import Foundation
import Testing

@testable import CaseModel

@Suite("TextRules")
struct TextRulesTests {
  func line(_ text: String, limit: Int = TextRules.nameLimit) -> Result<String, ValidationError> {
    outcome { () throws(ValidationError) in try TextRules.line(text, field: "title", limit: limit) }
  }

  func text(_ text: String, required: Bool = false) -> Result<String, ValidationError> {
    outcome { () throws(ValidationError) in
      try TextRules.text(text, field: "minutes", required: required)
    }
  }

  // MARK: - Single lines

  @Test("A line is trimmed")
  func trims() throws {
    #expect(try line("  Operación Esperanza \t").get() == "Operación Esperanza")
    #expect(try line("MAOC (N)\n").get() == "MAOC (N)")
  }

  @Test("A line is stored in NFC: a combining accent becomes the precomposed letter")
  func nfc() throws {
    let value = try line("Bogota\u{301}").get()
    // Swift's == ignores normalisation, so compare scalars.
    #expect(scalars(value) == scalars("Bogot\u{E1}"))
    #expect(value.unicodeScalars.count == 6)
    let korean = try line("\u{1112}\u{1161}\u{11AB}").get()
    #expect(scalars(korean) == [0xD55C])
  }

  @Test("An empty or blank line is refused")
  func empty() {
    for blank in ["", "   ", "\n", " \t "] {
      let error = refusal(.emptyText) { () throws(ValidationError) in
        try TextRules.line(blank, field: "title")
      }
      #expect(error?.message == "title is empty")
    }
  }

  @Test("The limit counts Unicode scalars after normalisation")
  func limit() throws {
    #expect(try line(String(repeating: "a", count: 200)).get().count == 200)
    let error = refusal(.textTooLong) { () throws(ValidationError) in
      try TextRules.line(String(repeating: "a", count: 201), field: "title")
    }
    #expect(error?.message == "title is 201 characters long; the limit is 200")
    // 200 decomposed é are 400 scalars typed but 200 stored.
    let decomposed = String(repeating: "e\u{301}", count: 200)
    #expect(try line(decomposed).get().unicodeScalars.count == 200)
    // A policewoman emoji is four scalars.
    let emoji = String(repeating: "👮\u{200D}♀\u{FE0F}", count: 3)
    #expect(try line(emoji, limit: 12).get() == emoji)
    refusal(.textTooLong) { () throws(ValidationError) in
      try TextRules.line(emoji, field: "title", limit: 11)
    }
  }

  @Test("A 100 KB line is refused as too long")
  func hugeLine() {
    let error = refusal(.textTooLong) { () throws(ValidationError) in
      try TextRules.line(String(repeating: "x", count: 102_400), field: "title")
    }
    #expect(error?.message == "title is 102400 characters long; the limit is 200")
  }

  @Test(
    "Control characters inside a line are refused with their code point",
    arguments: [
      ("a\u{1B}[31mb", "U+001B"), ("SAFE\rEVIL", "U+000D"), ("col1\tcol2", "U+0009"),
      ("one\ntwo", "U+000A"), ("nul\u{0}x", "U+0000"), ("del\u{7F}x", "U+007F"),
      ("csi\u{9B}2J", "U+009B"), ("bs\u{8}x", "U+0008"), ("a\u{85}b", "U+0085"),
    ])
  func controlInLine(text: String, codePoint: String) {
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
      try TextRules.line(text, field: "title")
    }
    let expected = "title contains the control character \(codePoint); remove it and try again"
    #expect(error?.message == expected)
  }

  @Test(
    "Bidirectional embeddings, overrides and isolates are refused",
    arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
  func bidiControls(value: UInt32) {
    let scalar = Unicode.Scalar(value)!
    for multiline in [false, true] {
      let input = "invoice" + String(Character(scalar)) + "txt.exe"
      let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
        if multiline {
          try TextRules.text(input, field: "title")
        } else {
          try TextRules.line(input, field: "title")
        }
      }
      let code = String(format: "U+%04X", value)
      #expect(
        error?.message
          == "title contains the bidirectional control \(code), which can disguise text; "
          + "remove it and try again")
    }
  }

  @Test("Direction marks and ordinary right-to-left text are accepted")
  func rightToLeft() throws {
    #expect(try line("a\u{200E}b\u{200F}c").get() == "a\u{200E}b\u{200F}c")
    #expect(try line("العربية עברית").get() == "العربية עברית")
  }

  // MARK: - Optional lines

  @Test("An optional line is nil when absent, empty or blank")
  func optionalLine() throws {
    #expect(try TextRules.optionalLine(nil, field: "place") == nil)
    #expect(try TextRules.optionalLine("", field: "place") == nil)
    #expect(try TextRules.optionalLine("  \t ", field: "place") == nil)
    #expect(try TextRules.optionalLine(" Lisboa ", field: "place") == "Lisboa")
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
      try TextRules.optionalLine("Lis\u{1B}boa", field: "place")
    }
    #expect(
      error?.message == "place contains the control character U+001B; remove it and try again")
  }

  // MARK: - Multi-line text

  @Test("Text keeps newlines and tabs, and turns CRLF into LF")
  func multiline() throws {
    #expect(try text("line one\nline two\r\nline three").get() == "line one\nline two\nline three")
    #expect(try !text("a\r\nb\r\n\r\nc").get().unicodeScalars.contains("\r"))
    #expect(try text("col1\tcol2").get() == "col1\tcol2")
    #expect(try text("\n\n  body  \n\n").get() == "body")
  }

  @Test("A lone carriage return could overwrite the line on a terminal, so it is refused")
  func loneCarriageReturn() {
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
      try TextRules.text("SAFE\rEVIL", field: "minutes")
    }
    #expect(
      error?.message == "minutes contains the control character U+000D; remove it and try again")
  }

  @Test("Other controls are refused in text too")
  func controlInText() {
    for hostile in ["\u{1B}]0;pwned\u{7}", "a\u{8}b", "x\u{0}y", "x\u{7F}y", "\u{9D}0;x\u{9C}"] {
      refusal(.forbiddenCharacter, "\(hostile.debugDescription)") { () throws(ValidationError) in
        try TextRules.text("before " + hostile + " after", field: "minutes")
      }
    }
  }

  @Test("Text may be empty unless required")
  func required() throws {
    #expect(try text("   ").get() == "")
    let error = refusal(.emptyText) { () throws(ValidationError) in
      try TextRules.text(" \n ", field: "summary", required: true)
    }
    #expect(error?.message == "summary is empty")
  }

  @Test("Text has its own, larger limit")
  func textLimit() throws {
    let long = String(repeating: "word ", count: 4_000)
    #expect(try text(long).get().unicodeScalars.count == 19_999)
    let error = refusal(.textTooLong) { () throws(ValidationError) in
      try TextRules.text(String(repeating: "x", count: 20_001), field: "minutes")
    }
    #expect(error?.message == "minutes is 20001 characters long; the limit is 20000")
  }

  // MARK: - The fast path

  @Test("Every scalar the fast path keeps as it is is stable in NFC and no control or space")
  func stableScalars() {
    // What the full path would do to each: normalise it, alone and between letters, refuse
    // it, or trim it. The fast path must agree, trimming only the two spaces it knows.
    var wrong: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), TextRules.isStableInNFC(scalar) else { continue }
      let alone = String(Character(scalar))
      let between = "a" + alone + "b"
      let trimmed = alone.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      if scalars(alone.precomposedStringWithCanonicalMapping) != [value]
        || scalars(between.precomposedStringWithCanonicalMapping) != scalars(between)
        || scalar.properties.canonicalCombiningClass != .notReordered
        || TextRules.isControl(scalar) || TextRules.isBidiControl(scalar)
        || trimmed != (scalar == " " || scalar == "\u{A0}")
      {
        wrong.append(String(format: "U+%04X", value))
      }
    }
    #expect(wrong.isEmpty)
    #expect(["é", "—", "👍", "\u{AD}"].allSatisfy { TextRules.isStableInNFC($0) })
    #expect(!TextRules.isStableInNFC("\u{301}") && !TextRules.isStableInNFC("\u{202E}"))
  }

  @Test("Accented lines, with dashes and emoji, come out as the full normalisation makes them")
  func fastPathAgrees() throws {
    let samples = [
      "Operação Maré", "\u{A0}Bogotá — Cartagena\u{A0}", "  Zoë 👍 ", "Łukasz Núñez\u{A0} ",
      "\u{A0}\u{A0}", "“quoted” … •", "São Paulo\u{A0}\u{A0}x",
    ]
    for sample in samples {
      let expected = sample.precomposedStringWithCanonicalMapping
        .trimmingCharacters(in: .whitespacesAndNewlines)
      switch line(sample) {
      case .success(let value): #expect(scalars(value) == scalars(expected), "\(sample)")
      case .failure(let error): #expect(expected.isEmpty && error.code == .emptyText, "\(sample)")
      }
    }
    // The limit counts scalars there too: "é" is two bytes but one character.
    #expect(try line(String(repeating: "é", count: 200)).get().unicodeScalars.count == 200)
    let error = refusal(.textTooLong) { () throws(ValidationError) in
      try TextRules.line(String(repeating: "é", count: 201), field: "title")
    }
    #expect(error?.message == "title is 201 characters long; the limit is 200")
  }

  // MARK: - Display safety

  @Test("isUnsafeForDisplay covers controls, DEL, bidi controls and marks, and nothing else")
  func unsafeForDisplay() {
    // Check every scalar of the Basic Multilingual Plane against the independent oracle.
    var disagreements: [String] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if TextRules.isUnsafeForDisplay(scalar) != isTerminalHazard(scalar) {
        disagreements.append(String(format: "U+%04X", value))
      }
    }
    #expect(disagreements.isEmpty)
    #expect(!TextRules.isUnsafeForDisplay("\u{10FFFF}"))
  }
}
