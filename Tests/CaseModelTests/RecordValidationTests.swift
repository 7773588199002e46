import CaseModel
import Foundation
import Testing

// MARK: - Text fields of every record

@Suite("Record validation: text fields")
struct RecordTextFieldTests {
  @Test("The fixtures are valid to begin with")
  func fixturesAreValid() throws {
    _ = try Fixture.operation().validated()
    _ = try Fixture.meeting().validated()
    _ = try Fixture.entry().validated()
    _ = try Fixture.action().validated()
    _ = try Fixture.seizure().validated()
    _ = try Fixture.officer().validated()
    _ = try Fixture.organisation().validated()
    #expect(Fixture.day.description == "2026-03-01")
  }

  @Test("An empty value is refused where the field is required", arguments: TextField.all)
  func empty(field: TextField) throws {
    for blank in ["", "   "] {
      switch field.run(blank) {
      case .success(let value):
        #expect(!field.required)
        #expect(value == "")
      case .failure(let error):
        #expect(field.required)
        #expect(error == ValidationError(.emptyText, "\(field.field) is empty"))
      }
    }
  }

  @Test("A 100 KB value is refused as too long", arguments: TextField.all)
  func hundredKilobytes(field: TextField) {
    let huge = String(repeating: "Operación ", count: 10_240)
    let error = refusal(.textTooLong) { () throws(ValidationError) in try field.validate(huge) }
    let length = huge.unicodeScalars.count - 1  // the trailing space is trimmed first
    #expect(
      error?.message
        == "\(field.field) is \(length) characters long; the limit is \(field.limit)")
  }

  @Test("A value exactly at the limit is kept, one more is refused", arguments: TextField.all)
  func atLimit(field: TextField) throws {
    let full = String(repeating: "ñ", count: field.limit)
    #expect(try field.run(full).get() == full)
    refusal(.textTooLong) { () throws(ValidationError) in try field.validate(full + "a") }
  }

  @Test("Control characters are refused", arguments: TextField.all)
  func controls(field: TextField) {
    for control in ["\u{1B}", "\u{0}", "\u{7F}", "\u{9B}", "\r", "\u{8}"] {
      let value = control.unicodeScalars.first!.value
      let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
        try field.validate("PWN" + control + "]0;pwned")
      }
      #expect(
        error?.message
          == "\(field.field) contains the control character \(String(format: "U+%04X", value)); "
          + "remove it and try again")
    }
  }

  @Test("Line breaks and tabs are kept only in multi-line fields", arguments: TextField.all)
  func lineBreaks(field: TextField) {
    for text in ["line one\nline two", "col1\tcol2"] {
      switch field.run(text) {
      case .success(let value):
        #expect(field.multiline)
        #expect(value == text)
      case .failure(let error):
        #expect(!field.multiline)
        #expect(error.code == .forbiddenCharacter)
      }
    }
  }

  @Test("A right-to-left override is refused", arguments: TextField.all)
  func rightToLeftOverride(field: TextField) {
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in
      try field.validate("invoice\u{202E}txt.exe")
    }
    #expect(
      error?.message
        == "\(field.field) contains the bidirectional control U+202E, which can disguise text; "
        + "remove it and try again")
  }

  @Test("Text is stored in NFC and trimmed", arguments: TextField.all)
  func normalised(field: TextField) throws {
    let value = try field.run("  Bogota\u{301}  ").get()
    #expect(scalars(value) == scalars("Bogot\u{E1}"))
  }
}

// MARK: - Record-specific rules

@Suite("Record validation: record rules")
struct RecordRuleTests {
  // MARK: Joint operations

  @Test("Operation codes are upper-cased and hold only code characters")
  func operationCode() throws {
    var op = Fixture.operation()
    op.code = " tf-mar-2026-003 "
    #expect(try op.validated().code == "TF-MAR-2026-003")
    op.code = "TF MAR 2026"
    let spaced = refusal(.invalidValue) { () throws(ValidationError) in try op.validated() }
    #expect(
      spaced?.message
        == "operation code \"TF MAR 2026\" may hold only letters, digits and - _ . ( )")
    op.code = "TF-MAR-2026-ñ"
    refusal(.invalidValue) { () throws(ValidationError) in try op.validated() }
    op.code = String(repeating: "A", count: 41)
    let long = refusal(.textTooLong) { () throws(ValidationError) in try op.validated() }
    #expect(long?.message == "operation code is 41 characters long; the limit is 40")
    op.code = ""
    let empty = refusal(.emptyText) { () throws(ValidationError) in try op.validated() }
    #expect(empty?.message == "operation code is empty")
  }

  @Test("Crime areas are required, de-duplicated and sorted")
  func crimeAreas() throws {
    var op = Fixture.operation()
    op.crimeAreas = [.humanTrafficking, .drugTrafficking, .humanTrafficking, .cybercrime]
    #expect(try op.validated().crimeAreas == [.cybercrime, .drugTrafficking, .humanTrafficking])
    op.crimeAreas = []
    let error = refusal(.emptyText) { () throws(ValidationError) in try op.validated() }
    #expect(error?.message == "an operation needs at least one crime area")
  }

  @Test("Optional references are trimmed, and blank means none")
  func operationReferences() throws {
    var op = Fixture.operation()
    op.threatAssessment = " EU SOCTA 2025 "
    op.empactRef = "   "
    op.jitRef = nil
    let valid = try op.validated()
    #expect(valid.threatAssessment == "EU SOCTA 2025")
    #expect(valid.empactRef == nil)
    #expect(valid.jitRef == nil)
    op.jitRef = "JIT\u{1B}[2J"
    let error = refusal(.forbiddenCharacter) { () throws(ValidationError) in try op.validated() }
    #expect(error?.message.hasPrefix("JIT reference contains the control character U+001B") == true)
  }

  // MARK: Officers

  @Test(
    "Handles are lower-cased and start with a letter",
    arguments: [("ribeiro", "ribeiro"), ("Gomez.L", "gomez.l"), ("a_b-c.9", "a_b-c.9")])
  func goodHandles(text: String, stored: String) throws {
    var officer = Fixture.officer()
    officer.handle = text
    #expect(try officer.validated().handle == stored)
  }

  @Test("Bad handles are refused", arguments: ["1abc", "gómez", "a b", ".ribeiro", "@ribeiro"])
  func badHandles(text: String) {
    var officer = Fixture.officer()
    officer.handle = text
    let error = refusal(.invalidValue) { () throws(ValidationError) in try officer.validated() }
    #expect(
      error?.message
        == "handle \(quoted(text.lowercased())) must start with a letter and hold only a–z, 0–9, "
        + ". - _")
  }

  @Test("Handles have their own length limit")
  func handleLength() throws {
    var officer = Fixture.officer()
    officer.handle = String(repeating: "a", count: 32)
    #expect(try officer.validated().handle.count == 32)
    officer.handle = String(repeating: "a", count: 33)
    let error = refusal(.textTooLong) { () throws(ValidationError) in try officer.validated() }
    #expect(error?.message == "handle is 33 characters long; the limit is 32")
    officer.handle = " "
    let empty = refusal(.emptyText) { () throws(ValidationError) in try officer.validated() }
    #expect(empty?.message == "handle is empty")
  }

  @Test("Languages are two-letter codes, lower-cased, de-duplicated and sorted")
  func languages() throws {
    var officer = Fixture.officer()
    officer.languages = ["ES", " pt ", "es", "en"]
    #expect(try officer.validated().languages == ["en", "es", "pt"])
    for bad in ["eng", "e", "", "e1", "ñe", "e\u{301}n"] {
      officer.languages = ["es", bad]
      let error = refusal(.invalidValue, "\(bad)") { () throws(ValidationError) in
        try officer.validated()
      }
      #expect(
        error?.message == "language \(quoted(bad)) is not a two-letter ISO 639-1 code such as es")
    }
  }

  @Test("Specialisations are de-duplicated and sorted")
  func specialisations() throws {
    var officer = Fixture.officer()
    officer.specialisations = [.maritime, .assetRecovery, .maritime]
    #expect(try officer.validated().specialisations == [.assetRecovery, .maritime])
  }

  @Test("E-mail addresses must look like one; blank means none")
  func emails() throws {
    var officer = Fixture.officer()
    officer.email = "  a.ribeiro@pj.pt "
    #expect(try officer.validated().email == "a.ribeiro@pj.pt")
    officer.email = "  "
    #expect(try officer.validated().email == nil)
    for bad in ["ribeiro", "a@b", "@pj.pt", "a@@pj.pt", "a b@pj.pt", "a@pj@pt.eu"] {
      officer.email = bad
      let error = refusal(.invalidValue, "\(bad)") { () throws(ValidationError) in
        try officer.validated()
      }
      #expect(error?.message == "email \(quoted(bad)) is not an e-mail address")
    }
    officer.email = "a@pj.pt\u{202E}"
    refusal(.forbiddenCharacter) { () throws(ValidationError) in try officer.validated() }
  }

  @Test("Phone numbers are short single lines")
  func phones() throws {
    var officer = Fixture.officer()
    officer.phone = " +351 21 000 0000 "
    #expect(try officer.validated().phone == "+351 21 000 0000")
    officer.phone = String(repeating: "1", count: 41)
    let error = refusal(.textTooLong) { () throws(ValidationError) in try officer.validated() }
    #expect(error?.message == "phone is 41 characters long; the limit is 40")
  }

  // MARK: Organisations

  @Test("Acronyms hold only code characters and keep their case")
  func acronyms() throws {
    var org = Fixture.organisation()
    org.acronym = "DIRAN"
    #expect(try org.validated().acronym == "DIRAN")
    org.acronym = "PJ(PT)"
    #expect(try org.validated().acronym == "PJ(PT)")
    org.acronym = "MAOC (N)"
    let error = refusal(.invalidValue) { () throws(ValidationError) in try org.validated() }
    #expect(error?.message == "acronym \"MAOC (N)\" may hold only letters, digits and - _ . ( )")
  }

  // MARK: Meetings

  @Test(
    "Time zones must be known IANA names", arguments: ["America/Bogota", "Europe/Lisbon", "UTC"])
  func goodZones(zone: String) throws {
    var m = Fixture.meeting()
    m.timeZone = zone
    #expect(try m.validated().timeZone == zone)
  }

  @Test(
    "Unknown time zones are refused",
    arguments: ["", "Mars/Olympus", "Bogota", "Europe/Lisbon\u{1B}", "+05:00"])
  func badZones(zone: String) {
    var m = Fixture.meeting()
    m.timeZone = zone
    let error = refusal(.invalidValue) { () throws(ValidationError) in try m.validated() }
    #expect(
      error?.message == "time zone \(quoted(zone)) is unknown; use a name such as Europe/Lisbon")
  }

  @Test("A meeting lasts 1 to 1440 minutes")
  func duration() throws {
    var m = Fixture.meeting()
    for good in [1, 90, 1_440] {
      m.durationMinutes = good
      #expect(try m.validated().durationMinutes == good)
    }
    for bad in [0, -30, 1_441, Int.max] {
      m.durationMinutes = bad
      let error = refusal(.invalidValue) { () throws(ValidationError) in try m.validated() }
      #expect(
        error?.message
          == "duration \(bad) minutes is out of range; a meeting lasts 1 to 1440 minutes")
    }
  }

  @Test("A meeting's place is optional")
  func place() throws {
    var m = Fixture.meeting()
    m.place = "  "
    #expect(try m.validated().place == nil)
    m.place = " Bogota\u{301} "
    #expect(try m.validated().place.map(scalars) == scalars("Bogot\u{E1}"))
  }

  @Test("The local start is shown in the meeting's own zone")
  func localStart() {
    var m = Fixture.meeting()
    // 2026-12-04 20:00 UTC is 15:00 in Bogotá.
    m.startsAt = Date(timeIntervalSince1970: 1_796_414_400)
    #expect(m.localStart == "2026-12-04 15:00 America/Bogota")
    m.timeZone = "Europe/Lisbon"
    #expect(m.localStart == "2026-12-04 20:00 Europe/Lisbon")
  }

  // MARK: Seizures

  @Test("A complete drugs seizure is kept as typed, currency upper-cased")
  func goodSeizure() throws {
    var s = Fixture.seizure()
    s.currency = " eur "
    let valid = try s.validated()
    #expect(valid.currency == "EUR")
    #expect(valid.quantity == 1_250.5 && valid.unit == .kg)
    #expect(valid.value == 40_000_000)
    #expect(valid.substance == "cocaine hydrochloride")
  }

  @Test("A drugs seizure needs the substance")
  func substance() throws {
    for missing in [nil, "", "  "] as [String?] {
      var s = Fixture.seizure()
      s.substance = missing
      let error = refusal(.emptyText) { () throws(ValidationError) in try s.validated() }
      #expect(error?.message == "a drugs seizure needs the substance")
    }
    var vessel = Fixture.seizure()
    vessel.kind = .vessel
    vessel.substance = nil
    #expect(try vessel.validated().substance == nil)
  }

  @Test(
    "Quantities must be positive finite numbers",
    arguments: [0, -1, -0.0, Double.nan, .infinity, -Double.infinity])
  func badQuantity(quantity: Double) {
    var s = Fixture.seizure()
    s.quantity = quantity
    let error = refusal(.invalidValue) { () throws(ValidationError) in try s.validated() }
    #expect(error?.message == "quantity \(quantity) must be a positive number")
  }

  @Test("A quantity needs a unit")
  func quantityUnit() throws {
    var s = Fixture.seizure()
    s.unit = nil
    let error = refusal(.invalidValue) { () throws(ValidationError) in try s.validated() }
    #expect(error?.message == "a quantity needs a unit (kg, units or litres)")
    s.quantity = nil
    #expect(try s.validated().quantity == nil)
    s.quantity = 0.001
    s.unit = .litres
    #expect(try s.validated().quantity == 0.001)
  }

  @Test(
    "Values must be zero or more and finite",
    arguments: [-1, -0.01, Double.nan, .infinity, -Double.infinity])
  func badValue(value: Double) {
    var s = Fixture.seizure()
    s.value = value
    let error = refusal(.invalidValue) { () throws(ValidationError) in try s.validated() }
    #expect(error?.message == "value \(value) must be zero or more")
  }

  @Test("A value needs a three-letter currency")
  func currency() throws {
    var s = Fixture.seizure()
    s.value = 0
    #expect(try s.validated().value == 0)
    s.currency = nil
    let missing = refusal(.invalidValue) { () throws(ValidationError) in try s.validated() }
    #expect(missing?.message == "a value needs a currency such as EUR")
    for bad in ["EURO", "€", "E1R", "", "us"] {
      s.currency = bad
      let error = refusal(.invalidValue, "\(bad)") { () throws(ValidationError) in
        try s.validated()
      }
      #expect(
        error?.message == "currency \(quoted(bad)) is not a three-letter ISO 4217 code such as EUR")
    }
    s.value = nil
    s.currency = "cop"
    #expect(try s.validated().currency == "COP")
  }
}
