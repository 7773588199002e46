import CaseModel
import Foundation
import Storage

// The directory's rows are wrapped in types of their own rather than making the store's rows
// `ListRow`s: other screens may list the same rows with other find texts.

/// A row of the country pane: a country, or "All countries" (nil).
public struct CountryEntry: ListRow, Equatable {
  public let country: Country?

  public init(_ country: Country?) { self.country = country }

  /// "All countries" needs an id of its own to keep the cursor on it across reloads.
  static let allID = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

  public var rowID: UUID { country?.id ?? Self.allID }
  public var findText: String { country.map { "\($0.code) \($0.name)" } ?? "All countries" }
}

/// A row of the officers pane.
public struct OfficerEntry: ListRow {
  public let row: OfficerRow

  public init(_ row: OfficerRow) { self.row = row }

  public var rowID: UUID { row.officer.id }
  public var findText: String {
    let officer = row.officer
    return "\(officer.name) \(officer.handle) \(row.organisationAcronym) \(row.countryCode) "
      + officer.role.label
  }
}

/// A row of the organisations pane.
public struct OrganisationEntry: ListRow {
  public let row: OrganisationRow

  public init(_ row: OrganisationRow) { self.row = row }

  public var rowID: UUID { row.organisation.id }
  public var findText: String {
    let organisation = row.organisation
    return "\(organisation.acronym) \(organisation.name) \(organisation.kind.label) "
      + (row.countryCode ?? "")
  }
}

extension DirectoryScreen {
  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let area = canvas.area
    // The country pane is narrow: codes and names are short, the officers need the room.
    let leftWidth = area.width >= 100 ? 26 : 18
    var left = canvas.sub(Rect(x: 0, y: 0, width: leftWidth, height: area.height))
    renderCountries(&left)
    canvas.merge(left)
    for y in 0..<area.height { canvas.put("│", x: leftWidth, y: y, slot: .border) }
    var right = canvas.sub(
      Rect(x: leftWidth + 1, y: 0, width: area.width - leftWidth - 1, height: area.height))
    renderPeople(&right)
    canvas.merge(right)
  }

  private func renderCountries(_ canvas: inout Canvas) {
    paneTitle("Countries", focused: focus == .countries, in: &canvas)
    var list = canvas.sub(Rect(x: 0, y: 1, width: canvas.area.width, height: canvas.area.height))
    ListView.render(
      countries, columns: [ListColumn("", width: 2), ListColumn("COUNTRY")], in: &list,
      emptyText: "No countries yet"
    ) { entry in
      guard let country = entry.country else { return [ListCell(""), ListCell("All countries")] }
      return [ListCell(country.code, .dim), ListCell(country.name)]
    }
    if focus != .countries { dimCursor(countries, in: &list) }
    canvas.merge(list)
  }

  private func renderPeople(_ canvas: inout Canvas) {
    let width = canvas.area.width
    let scope =
      organisation.map { "\($0.organisation.acronym) — \($0.organisation.name)" }
      ?? selectedCountry.map { "\($0.name) (\($0.code))" } ?? "all countries"
    let allCountries = organisation == nil && selectedCountry == nil
    let heading =
      view == .officers
      ? "Officers" + count(officers) + " · " + scope
      : "Organisations" + count(organisations) + " · " + scope
    // The title goes first: the list's sub-canvas copies the buffer and is merged back.
    paneTitle(heading, focused: focus == .people, in: &canvas)
    var list = canvas.sub(Rect(x: 0, y: 1, width: width, height: canvas.area.height))
    switch view {
    case .officers:
      let columns =
        [ListColumn("NAME"), ListColumn("HANDLE", width: 11), ListColumn("ORG", width: 9)]
        + (allCountries ? [ListColumn("", width: 2)] : [])
        + [
          ListColumn("ROLE", width: width >= 80 ? 20 : 13),
          ListColumn("OPEN", width: 4, alignRight: true),
        ]
      ListView.render(
        officers, columns: columns, in: &list,
        emptyText: "No officers here; press v for the organisations"
      ) { entry in
        let row = entry.row
        return [ListCell(row.officer.name), ListCell(row.officer.handle, .dim)]
          + [ListCell(row.organisationAcronym)]
          + (allCountries ? [ListCell(row.countryCode, .dim)] : [])
          + [
            ListCell(row.officer.role.label),
            ListCell(String(row.openActions), row.openActions > 0 ? .normal : .dim),
          ]
      }
      if focus != .people { dimCursor(officers, in: &list) }
    case .organisations:
      let columns =
        [ListColumn("ACRONYM", width: 10), ListColumn("NAME"), ListColumn("KIND", width: 13)]
        + (allCountries ? [ListColumn("", width: 2)] : [])
        + [ListColumn("OFFICERS", width: 8, alignRight: true)]
      ListView.render(
        organisations, columns: columns, in: &list,
        emptyText: "No organisations here; press v for the officers"
      ) { entry in
        let row = entry.row
        return [ListCell(row.organisation.acronym), ListCell(row.organisation.name)]
          + [ListCell(row.organisation.kind.label, .dim)]
          + (allCountries ? [ListCell(row.countryCode ?? "—", .dim)] : [])
          + [ListCell(String(row.officers), row.officers > 0 ? .normal : .dim)]
      }
      if focus != .people { dimCursor(organisations, in: &list) }
    }
    canvas.merge(list)
  }

  private func count<Row>(_ list: ListModel<Row>) -> String {
    list.isLoaded ? " (\(list.rows.count)\(list.moreAfter ? "+" : ""))" : ""
  }

  private func paneTitle(_ text: String, focused: Bool, in canvas: inout Canvas) {
    canvas.put(
      padded: text, x: 1, y: 0, width: canvas.area.width - 1, slot: focused ? .title : .dim)
  }

  /// The pane without the focus keeps its cursor visible, but not as the selection bar, so
  /// there is never a doubt which list j and k move.
  private func dimCursor<Row>(_ list: ListModel<Row>, in canvas: inout Canvas) {
    guard let y = Self.cursorRow(list, height: canvas.area.height) else { return }
    canvas.restyle(row: y, slot: .title)
    canvas.put("▸", x: 0, y: y, slot: .title)
  }

  /// Where ``ListView`` draws a list's cursor (the same scrolling), to restyle it afterwards.
  private static func cursorRow<Row>(_ model: ListModel<Row>, height: Int) -> Int? {
    let visible = height - 1
    guard visible > 0, model.current != nil else { return nil }
    var top = model.top
    if model.cursor < top { top = model.cursor }
    if model.cursor >= top + visible { top = model.cursor - visible + 1 }
    return model.cursor - top + 1
  }
}
