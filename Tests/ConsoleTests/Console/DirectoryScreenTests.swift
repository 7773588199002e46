import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Rows for the directory's pure tests: a few countries, organisations and officers, with
/// accents and CJK in the names.
enum DirectoryFixtures {
  static let env = Environment(
    today: try! CalendarDate(iso: "2026-03-18"), now: Date(timeIntervalSince1970: 0),
    profile: nil, pageRows: 18)

  static let colombia = Country(code: "CO", name: "Colombia", bloc: .clasi)
  static let japan = Country(code: "JP", name: "日本", bloc: .other)
  static let portugal = Country(code: "PT", name: "Portugal", bloc: .eu)
  static let countries = [colombia, japan, portugal]

  static let diran = Organisation(
    acronym: "DIRAN", name: "Dirección de Antinarcóticos", countryID: colombia.id, kind: .police)
  static let customs = Organisation(
    acronym: "税関", name: "東京税関", countryID: japan.id, kind: .customs)

  static func officer(_ handle: String, _ name: String, _ organisation: Organisation) -> OfficerRow
  {
    let country = countries.first { $0.id == organisation.countryID }!
    return OfficerRow(
      officer: Officer(
        handle: handle, name: name, organisationID: organisation.id, countryID: country.id,
        role: .analyst, languages: ["es"]),
      organisationAcronym: organisation.acronym, countryCode: country.code, openActions: 2)
  }

  static let officers = [
    officer("gomez.c", "Camilo Gómez", diran),
    officer("nunez", "Javier Núñez Ortega", diran),
    officer("tanaka", "田中 花子", customs),
    officer("paulo", "Joana de São Paulo", diran),
  ]

  static func page<Row>(_ rows: [Row]) -> Page<Row> { Page(rows: rows, keys: [], next: nil) }

  /// A directory with its countries and the officers of all countries received.
  @MainActor static func loaded() -> DirectoryScreen {
    var screen = DirectoryScreen()
    let effects = screen.start(env)
    _ = screen.receive(.countries(countries), env)
    if case .query(.officers(_, let request)) = effects.last {
      _ = screen.receive(.officers(page(officers), request), env)
    }
    return screen
  }
}

@MainActor
@Suite("Directory: pure updates")
struct DirectoryScreenTests {
  let env = DirectoryFixtures.env

  @Test func startReadsTheCountriesAndEveryOfficer() {
    var screen = DirectoryScreen()
    let effects = screen.start(env)
    #expect(effects.count == 2)
    guard case .query(.countries) = effects.first else {
      Issue.record("expected the countries query first")
      return
    }
    guard case .query(.officers(let filter, _)) = effects.last else {
      Issue.record("expected the officers query")
      return
    }
    #expect(filter == OfficerFilter())
  }

  @Test func allCountriesComeFirst() {
    let screen = DirectoryFixtures.loaded()
    #expect(screen.countries.rows.count == 4)
    #expect(screen.countries.rows.first?.country == nil)
    #expect(screen.selectedCountry == nil)
    #expect(screen.officers.rows.count == 4)
  }

  @Test func focusMovesBetweenThePanes() {
    var screen = DirectoryFixtures.loaded()
    #expect(screen.focus == .countries)
    _ = screen.perform(.focusRight, env)
    #expect(screen.focus == .people)
    // j moves in the focused pane only.
    #expect(screen.perform(.down, env).isEmpty)
    #expect(screen.officers.cursor == 1)
    #expect(screen.countries.cursor == 0)
    _ = screen.perform(.focusLeft, env)
    #expect(screen.focus == .countries)
  }

  @Test func theRightPaneFollowsTheCountryUnderTheCursor() {
    var screen = DirectoryFixtures.loaded()
    let effects = screen.perform(.down, env)
    #expect(screen.selectedCountry == DirectoryFixtures.colombia)
    guard case .query(.officers(let filter, let request)) = effects.first else {
      Issue.record("expected an officers query, got \(effects)")
      return
    }
    #expect(filter == OfficerFilter(countryID: DirectoryFixtures.colombia.id))
    #expect(request.position == .first)
    // Staying on the same country reads nothing.
    #expect(screen.perform(.top, env).count == 1)
    #expect(screen.perform(.top, env).isEmpty)
  }

  @Test func vSwitchesToTheOrganisationsOfTheCountry() {
    var screen = DirectoryFixtures.loaded()
    _ = screen.perform(.down, env)
    let effects = screen.perform(.view, env)
    #expect(screen.view == .organisations)
    #expect(screen.focus == .people)
    guard case .query(.organisations(let countryID, let request)) = effects.first else {
      Issue.record("expected an organisations query, got \(effects)")
      return
    }
    #expect(countryID == DirectoryFixtures.colombia.id)
    _ = screen.receive(
      .organisations(
        DirectoryFixtures.page([
          OrganisationRow(organisation: DirectoryFixtures.diran, countryCode: "CO", officers: 3)
        ]), request), env)
    // Enter on an organisation lists its officers; v goes back to the organisations.
    let opened = screen.perform(.open, env)
    #expect(screen.view == .officers)
    #expect(screen.organisation?.organisation.id == DirectoryFixtures.diran.id)
    guard case .query(.officers(let filter, _)) = opened.first else {
      Issue.record("expected an officers query, got \(opened)")
      return
    }
    #expect(filter == OfficerFilter(organisationID: DirectoryFixtures.diran.id))
    _ = screen.perform(.view, env)
    #expect(screen.view == .organisations)
    #expect(screen.organisation == nil)
  }

  @Test func enterOnAnOfficerOpensThem() {
    var screen = DirectoryFixtures.loaded()
    // Enter on a country hands the focus to its officers.
    #expect(screen.perform(.open, env).isEmpty)
    #expect(screen.focus == .people)
    _ = screen.perform(.down, env)
    let effects = screen.perform(.open, env)
    guard case .push(let pushed) = effects.first, let detail = pushed as? OfficerDetailScreen
    else {
      Issue.record("expected the officer to open, got \(effects)")
      return
    }
    #expect(detail.id == DirectoryFixtures.officers[1].officer.id)
  }

  @Test func findLooksInTheFocusedList() {
    var screen = DirectoryFixtures.loaded()
    let effects = screen.reply(.text(tag: "find", "portugal"), env)
    #expect(screen.selectedCountry == DirectoryFixtures.portugal)
    guard case .query(.officers(let filter, _)) = effects.first else {
      Issue.record("expected the officers of Portugal, got \(effects)")
      return
    }
    #expect(filter.countryID == DirectoryFixtures.portugal.id)
    if case .query(.officers(_, let request)) = effects.first {
      _ = screen.receive(
        .officers(DirectoryFixtures.page(DirectoryFixtures.officers), request), env)
    }
    _ = screen.perform(.focusRight, env)
    _ = screen.reply(.text(tag: "find", "nunez"), env)
    #expect(screen.officers.current?.row.officer.handle == "nunez")
    // Accents do not matter; find goes forward from the cursor, N goes back.
    guard case .error = screen.reply(.text(tag: "find", "gómez"), env).first else {
      Issue.record("expected no Gómez after Núñez")
      return
    }
    #expect(screen.perform(.previousMatch, env).isEmpty)
    #expect(screen.officers.current?.row.officer.handle == "gomez.c")
    #expect(screen.countries.current?.country == DirectoryFixtures.portugal)
  }

  @Test func accentsAndWideCharactersKeepTheColumnsAligned() {
    let screen = DirectoryFixtures.loaded()
    var canvas = Canvas(
      buffer: ScreenBuffer(size: Size(width: 80, height: 24)),
      area: Rect(x: 0, y: 2, width: 80, height: 21))
    screen.render(&canvas, env)
    let buffer = canvas.buffer
    let heading = (0..<24).first { buffer.row($0).contains("HANDLE") }!
    let handleColumn = buffer.row(heading).distance(of: "HANDLE")!
    for handle in ["gomez.c", "nunez", "tanaka", "paulo"] {
      let y = (0..<24).first { buffer.row($0).contains(handle) }!
      #expect(buffer.row(y).distance(of: handle) == handleColumn, "row of \(handle)")
    }
    // The border between the panes stays in its column, next to 日本 too.
    for y in 2..<23 { #expect(buffer[18, y].text == "│", "row \(y)") }
  }
}

extension String {
  /// The display column where `text` starts, counting a wide character's spill cell too, as
  /// ``ScreenBuffer/row(_:)`` joins cells (the spill cell is empty).
  fileprivate func distance(of text: String) -> Int? {
    guard let range = range(of: text) else { return nil }
    return self[..<range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
  }
}
