import CaseModel
import Foundation
import Testing

/// Feeds the hostile-text corpus (Tests/Corpus/hostile-text.jsonl) through every
/// entry point that takes text from an officer or another laptop. None may crash; whatever
/// comes back must be safe to put on a terminal.
@Suite("Hostile text")
struct HostileTextTests {
  static let corpus = HostileCorpus.shared
  static let today = CalendarDate.today(
    in: TimeZone(identifier: "UTC")!, now: Date(timeIntervalSince1970: 1_772_323_200))

  @Test("The corpus is found from the package root and decodes")
  func corpusLoads() throws {
    let corpus = Self.corpus
    #expect(corpus.loadError == nil, "\(corpus.loadError ?? "")")
    #expect(corpus.samples.count >= 35)
    // Only the lone surrogate is expected not to decode; more would mean a broken file.
    #expect(corpus.undecodable.count <= 2, "\(corpus.undecodable)")
    #expect(Set(corpus.samples.map(\.name)).count == corpus.samples.count)
    for name in ["osc-title", "trojan-rlo", "c1-csi", "long-text", "dates-edge", "empty"] {
      #expect(corpus.sample(named: name) != nil, "\(name)")
    }
  }

  /// Refusals quote the text; the quote must not carry the hazard into the message.
  func expectSafe(
    _ error: ValidationError, _ sample: HostileSample,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(hazards(in: error.message).isEmpty, "\(sample.name)", sourceLocation: sourceLocation)
  }

  // MARK: - TextRules

  @Test("Single lines are refused or come back clean", arguments: corpus.samples)
  func lines(sample: HostileSample) {
    for optional in [false, true] {
      let result = outcome { () throws(ValidationError) -> String? in
        if optional {
          try TextRules.optionalLine(sample.text, field: "title")
        } else {
          try TextRules.line(sample.text, field: "title")
        }
      }
      switch result {
      case .success(let value?):
        #expect(value.unicodeScalars.allSatisfy { !isControlScalar($0) }, "\(sample.name)")
        #expect(value.unicodeScalars.allSatisfy { !isBidiControlScalar($0) }, "\(sample.name)")
        #expect(value.unicodeScalars.count <= TextRules.nameLimit)
        #expect(scalars(value) == scalars(value.precomposedStringWithCanonicalMapping))
        #expect(value == value.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(!value.isEmpty)
      case .success(nil):
        #expect(optional)
        #expect(sample.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
      case .failure(let error):
        expectSafe(error, sample)
        #expect(error.message.hasPrefix("title "))
      }
    }
  }

  @Test("Multi-line text is refused or keeps only newlines and tabs", arguments: corpus.samples)
  func texts(sample: HostileSample) {
    let result = outcome { () throws(ValidationError) in
      try TextRules.text(sample.text, field: "minutes")
    }
    switch result {
    case .success(let value):
      let controls = value.unicodeScalars.filter { isControlScalar($0) && $0 != "\n" && $0 != "\t" }
      #expect(controls.isEmpty, "\(sample.name)")
      #expect(value.unicodeScalars.allSatisfy { !isBidiControlScalar($0) }, "\(sample.name)")
      #expect(value.unicodeScalars.count <= TextRules.longTextLimit)
      #expect(scalars(value) == scalars(value.precomposedStringWithCanonicalMapping))
    case .failure(let error):
      expectSafe(error, sample)
      #expect(error.message.hasPrefix("minutes "))
    }
  }

  /// What TextRules.line must answer for the samples whose outcome is not a matter of taste.
  static let lineOutcomes: [(String, ValidationError.Code?)] = [
    ("osc-title", .forbiddenCharacter), ("osc-title-st", .forbiddenCharacter),
    ("clear-screen", .forbiddenCharacter), ("sgr-colour", .forbiddenCharacter),
    ("cursor-move", .forbiddenCharacter), ("c1-csi", .forbiddenCharacter),
    ("c1-osc", .forbiddenCharacter), ("cr-overwrite", .forbiddenCharacter),
    ("backspace-hide", .forbiddenCharacter), ("bell", .forbiddenCharacter),
    ("nul", .forbiddenCharacter), ("del", .forbiddenCharacter), ("tab", .forbiddenCharacter),
    ("newlines", .forbiddenCharacter), ("trojan-rlo", .forbiddenCharacter),
    ("trojan-isolates", .forbiddenCharacter), ("long-word", .textTooLong),
    ("long-text", .textTooLong), ("only-spaces", .emptyText), ("empty", .emptyText),
    ("lrm-rlm", nil), ("combining", nil), ("cjk", nil), ("rtl-text", nil), ("accents", nil),
    ("emoji-zwj", nil), ("sql", nil), ("percent", nil), ("backslashes", nil),
  ]

  @Test("Known samples get the expected answer from TextRules.line", arguments: lineOutcomes)
  func knownLineOutcomes(name: String, code: ValidationError.Code?) throws {
    let sample = try #require(Self.corpus.sample(named: name))
    let result = outcome { () throws(ValidationError) in
      try TextRules.line(sample.text, field: "title")
    }
    switch (result, code) {
    case (.success(let value), nil):
      // Accepted text is only normalised and trimmed, never silently rewritten.
      #expect(value == sample.text.trimmingCharacters(in: .whitespaces))
    case (.failure(let error), let code?):
      #expect(error.code == code)
    default:
      Issue.record("\(name): expected \(code.map { "\($0)" } ?? "acceptance"), got \(result)")
    }
  }

  @Test("Specific refusals name the offending code point")
  func namedCodePoints() throws {
    let cases = [
      ("osc-title", "U+001B"), ("c1-csi", "U+009B"), ("cr-overwrite", "U+000D"),
      ("backspace-hide", "U+0008"), ("nul", "U+0000"), ("del", "U+007F"),
    ]
    for (name, codePoint) in cases {
      let sample = try #require(Self.corpus.sample(named: name))
      let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
        try TextRules.text(sample.text, field: "entry text")
      }
      #expect(
        error?.message
          == "entry text contains the control character \(codePoint); remove it and try again")
    }
    let trojan = try #require(Self.corpus.sample(named: "trojan-rlo"))
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
      try TextRules.text(trojan.text, field: "entry text")
    }
    #expect(error?.message.contains("bidirectional control U+202E") == true)
  }

  @Test("Windows line ends in minutes become plain newlines")
  func newlines() throws {
    let sample = try #require(Self.corpus.sample(named: "newlines"))
    #expect(
      try TextRules.text(sample.text, field: "minutes") == "line one\nline two\nline three")
  }

  // MARK: - quoted

  @Test("quoted() shows hazards escaped and cuts long text", arguments: corpus.samples)
  func quotedIsSafe(sample: HostileSample) {
    let out = quoted(sample.text)
    #expect(hazards(in: out).isEmpty, "\(sample.name)")
    #expect(out.hasPrefix("\"") && out.hasSuffix("\""))
    let length = sample.text.unicodeScalars.count
    if length > 60 {
      #expect(out.count <= 70, "\(sample.name): \(out.count) characters")
      #expect(out.hasSuffix("…\""))
    }
    // Plain text is quoted as it is, up to the cut.
    let plain = !sample.text.unicodeScalars.contains {
      isTerminalHazard($0) || $0 == "\"" || $0 == "\\"
    }
    if plain {
      var head = String.UnicodeScalarView()
      head.append(contentsOf: sample.text.unicodeScalars.prefix(60))
      #expect(out == "\"" + String(head) + (length > 60 ? "…" : "") + "\"", "\(sample.name)")
    }
  }

  // MARK: - Dates

  @Test("Date expressions never crash and refuse cleanly", arguments: corpus.samples)
  func dateExpressions(sample: HostileSample) {
    let result = outcome { () throws(ValidationError) in
      try DateExpression.parse(sample.text, today: Self.today, field: "due date")
    }
    switch result {
    case .success(let day):
      // Whatever is accepted must be a real calendar day.
      #expect((try? CalendarDate(year: day.year, month: day.month, day: day.day)) == day)
    case .failure(let error):
      #expect([.badDateExpression, .notACalendarDate].contains(error.code), "\(sample.name)")
      expectSafe(error, sample)
    }
  }

  @Test("Meeting starts never crash and refuse cleanly", arguments: corpus.samples)
  func meetingTimes(sample: HostileSample) {
    for zone in ["Europe/Madrid", sample.text] {
      let result = outcome { () throws(ValidationError) in
        try MeetingTime.parse(sample.text, zone: zone, today: Self.today)
      }
      if case .failure(let error) = result {
        let codes: [ValidationError.Code] = [.badDateExpression, .notACalendarDate, .invalidValue]
        #expect(codes.contains(error.code), "\(sample.name)")
        expectSafe(error, sample)
      }
    }
  }

  @Test("The corpus's daylight-saving gap is refused as a meeting start")
  func edgeMeetingStart() throws {
    let sample = try #require(Self.corpus.sample(named: "dates-edge"))
    let words = sample.text.split(separator: " ").map(String.init)
    let start = try #require(words.firstIndex { $0.contains("T") })
    let error = refusal(.badDateExpression) { () throws(ValidationError) in
      try MeetingTime.parse(words[start], zone: words[start + 1], today: Self.today)
    }
    #expect(error?.message.hasSuffix("the clocks change that night") == true)
  }

  @Test("ISO dates are strict: what parses prints back identically", arguments: corpus.samples)
  func isoDates(sample: HostileSample) {
    let result = outcome { () throws(ValidationError) in try CalendarDate(iso: sample.text) }
    switch result {
    case .success(let day):
      #expect(day.description == sample.text)
    case .failure(let error):
      #expect(error.code == .notACalendarDate)
      expectSafe(error, sample)
    }
  }

  @Test("The edge dates of the corpus are judged correctly")
  func edgeDates() throws {
    let sample = try #require(Self.corpus.sample(named: "dates-edge"))
    let tokens = sample.text.split(separator: " ").map(String.init)
    let expected: [String: Bool] = [
      "2024-02-29": true, "2026-02-29": false, "9999-12-31": true, "0000-01-01": false,
      "2026-03-29T02:30": false, "Europe/Madrid": false,
    ]
    #expect(Set(tokens) == Set(expected.keys))
    for token in tokens {
      let parsed = (try? CalendarDate(iso: token)) != nil
      #expect(parsed == expected[token], "\(token)")
    }
  }

  // MARK: - Vocabularies, references, codes

  @Test("Every vocabulary refuses hostile terms cleanly", arguments: corpus.samples)
  func vocabularies(sample: HostileSample) {
    for vocabulary in allVocabularies {
      checkParse(vocabulary, sample)
    }
  }

  private func checkParse<V: Vocabulary>(_: V.Type, _ sample: HostileSample) {
    switch outcome({ () throws(ValidationError) in try V.parse(sample.text) }) {
    case .success(let term):
      #expect(V.allCases.contains(term))
    case .failure(let error):
      #expect(error.code == .unknownTerm)
      #expect(error.message.hasPrefix("unknown \(V.vocabularyName) "))
      expectSafe(error, sample)
    }
  }

  @Test("Short references parse only plain ASCII references", arguments: corpus.samples)
  func shortRefs(sample: HostileSample) {
    guard let ref = ShortRef(parsing: sample.text) else { return }
    let allowed = CharacterSet(charactersIn: "ACEMS0123456789-BDFGHJKNPQRTVWXYZ")
    #expect(ref.description.unicodeScalars.allSatisfy(allowed.contains), "\(sample.name)")
    #expect(ShortRef(parsing: ref.description) == ref)
  }

  @Test("Record rules refuse hostile codes cleanly", arguments: corpus.samples)
  func recordRules(sample: HostileSample) {
    let text = sample.text
    let checks: [(String, () throws(ValidationError) -> String)] = [
      ("code", { () throws(ValidationError) in try RecordRules.code(text, field: "code") }),
      ("handle", { () throws(ValidationError) in try RecordRules.handle(text) }),
      ("language", { () throws(ValidationError) in try RecordRules.language(text) }),
      ("currency", { () throws(ValidationError) in try RecordRules.currency(text) }),
      ("timeZone", { () throws(ValidationError) in try RecordRules.timeZone(text) }),
      ("country", { () throws(ValidationError) in try CountryCatalogue.entry(text).code }),
    ]
    for (name, check) in checks {
      switch outcome(check) {
      case .success(let value):
        #expect(hazards(in: value).isEmpty, "\(name): \(sample.name)")
      case .failure(let error):
        expectSafe(error, sample)
      }
    }
  }

  @Test("Every record field refuses or cleans hostile text", arguments: corpus.samples)
  func recordFields(sample: HostileSample) {
    for field in TextField.all {
      switch field.run(sample.text) {
      case .success(let value):
        let unsafe = value.unicodeScalars.filter { scalar in
          let layout = field.multiline && (scalar == "\n" || scalar == "\t")
          return isBidiControlScalar(scalar) || (isControlScalar(scalar) && !layout)
        }
        #expect(unsafe.isEmpty, "\(field.testDescription): \(sample.name)")
      case .failure(let error):
        expectSafe(error, sample)
        #expect(error.message.hasPrefix(field.field + " "), "\(error.message)")
      }
    }
  }

  // MARK: - Beyond the corpus

  @Test("A run of escapes is still quoted as a bounded, harmless message")
  func quotedEscapes() {
    let out = quoted(String(repeating: "\u{1B}", count: 1_000))
    #expect(hazards(in: out).isEmpty)
    #expect(out.hasPrefix("\"\\u{1B}\\u{1B}"))
    // 60 escaped scalars of at most 8 characters each, the ellipsis and the quotes.
    #expect(out.count <= 60 * 8 + 3)
  }

  @Test("quoted() escapes quotes, backslashes, controls and bidi characters")
  func quotedEscaping() {
    #expect(quoted("abc") == "\"abc\"")
    #expect(quoted("") == "\"\"")
    #expect(quoted("say \"hi\"") == "\"say \\\"hi\\\"\"")
    #expect(quoted("C:\\temp") == "\"C:\\\\temp\"")
    #expect(quoted("a\u{1B}[2Jb") == "\"a\\u{1B}[2Jb\"")
    #expect(quoted("x\u{9B}y\u{7F}") == "\"x\\u{9B}y\\u{7F}\"")
    #expect(quoted("invoice\u{202E}txt") == "\"invoice\\u{202E}txt\"")
    #expect(quoted("a\u{200E}b") == "\"a\\u{200E}b\"")
    #expect(quoted("line\nnext") == "\"line\\u{A}next\"")
  }

  @Test("quoted() cuts after the limit, counted in scalars")
  func quotedLimit() {
    let sixty = String(repeating: "a", count: 60)
    #expect(quoted(sixty) == "\"" + sixty + "\"")
    #expect(quoted(sixty + "b") == "\"" + sixty + "…\"")
    #expect(quoted("abcdef", limit: 3) == "\"abc…\"")
    #expect(quoted("abc", limit: 3) == "\"abc\"")
  }
}
