import CaseModel
import Foundation
import Storage

/// Screen 4: the network's people, country by country. Countries on the left, the officers
/// (or, with `v`, the organisations) of the country under the cursor on the right; h and l
/// move the focus between the two, Enter on an officer opens them.
public struct DirectoryScreen: Screen {
  /// The list that takes j, k, `/` and Enter.
  public enum Pane: Sendable, Equatable {
    case countries, people
  }

  /// What the right pane lists.
  public enum PeopleView: Sendable, Equatable {
    case officers, organisations
  }

  public private(set) var countries = ListModel<CountryEntry>()
  public private(set) var officers = ListModel<OfficerEntry>()
  public private(set) var organisations = ListModel<OrganisationEntry>()
  public private(set) var focus = Pane.countries
  public private(set) var view = PeopleView.officers
  /// Set by Enter on an organisation: the right pane then lists that organisation's officers.
  public private(set) var organisation: OrganisationRow?

  public init() {}

  public var title: String { "Directory" }
  public var contexts: [KeyContext] { [.directory, .list] }
  public var hints: [ActionID] { [.open, .view, .filter, .back, .help] }

  public var position: String? {
    func count<Row>(_ list: ListModel<Row>) -> String? {
      guard list.isLoaded else { return nil }
      return "\(list.rows.isEmpty ? 0 : list.cursor + 1)/\(list.rows.count)"
        + (list.moreAfter ? "+" : "")
    }
    switch (focus, view) {
    case (.countries, _): return count(countries).map { $0 + " · countries" }
    case (.people, .officers): return count(officers).map { $0 + " · officers" }
    case (.people, .organisations): return count(organisations).map { $0 + " · organisations" }
    }
  }

  /// The country under the left cursor; nil for "All countries".
  public var selectedCountry: Country? { countries.current?.country }

  private var officerFilter: OfficerFilter {
    if let organisation { return OfficerFilter(organisationID: organisation.organisation.id) }
    return OfficerFilter(countryID: selectedCountry?.id)
  }

  private func officersQuery(_ page: PageRequest) -> Effect {
    .query(.officers(officerFilter, page))
  }

  private func organisationsQuery(_ page: PageRequest) -> Effect {
    .query(.organisations(countryID: selectedCountry?.id, page))
  }

  // MARK: - Updates

  public mutating func start(_ env: Environment) -> [Effect] {
    _ = countries.loadFirst()
    return [.query(.countries), officersQuery(officers.loadFirst())]
  }

  public mutating func reload(_ env: Environment) -> [Effect] {
    _ = countries.reload()
    return [.query(.countries), reloadPeople()]
  }

  /// Reads the right pane again, keeping its cursor on the same record.
  private mutating func reloadPeople() -> Effect {
    switch view {
    case .officers: officersQuery(officers.reload())
    case .organisations: organisationsQuery(organisations.reload())
    }
  }

  /// The right pane follows the left cursor: a new country starts both lists afresh.
  private mutating func countryChanged() -> [Effect] {
    organisation = nil
    officers = ListModel()
    organisations = ListModel()
    switch view {
    case .officers: return [officersQuery(officers.loadFirst())]
    case .organisations: return [organisationsQuery(organisations.loadFirst())]
    }
  }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    switch action {
    case .down, .up, .top, .bottom, .pageDown, .pageUp:
      return move(action, env)
    case .focusLeft:
      focus = .countries
      return []
    case .focusRight:
      focus = .people
      return []
    case .open:
      return open()
    case .back:
      if focus == .people, organisation != nil { return switchView() }
      focus = .countries
      return []
    case .view:
      return switchView()
    case .create, .edit:
      return form(action)
    case .nextMatch, .previousMatch:
      return find(nil, direction: action == .nextMatch ? 1 : -1, env)
    default:
      return []
    }
  }

  private mutating func move(_ action: ActionID, _ env: Environment) -> [Effect] {
    switch (focus, view) {
    case (.countries, _):
      let before = selectedCountry?.id
      _ = countries.move(action, visibleRows: env.pageRows)
      countries.scroll(visibleRows: env.pageRows)
      return selectedCountry?.id == before ? [] : countryChanged()
    case (.people, .officers):
      let page = officers.move(action, visibleRows: env.pageRows)
      officers.scroll(visibleRows: env.pageRows)
      return page.map { [officersQuery($0)] } ?? []
    case (.people, .organisations):
      let page = organisations.move(action, visibleRows: env.pageRows)
      organisations.scroll(visibleRows: env.pageRows)
      return page.map { [organisationsQuery($0)] } ?? []
    }
  }

  private mutating func open() -> [Effect] {
    switch (focus, view) {
    case (.countries, _):
      focus = .people
      return []
    case (.people, .officers):
      guard let row = officers.current?.row else { return [] }
      return [.push(OfficerDetailScreen(id: row.officer.id))]
    case (.people, .organisations):
      guard let row = organisations.current?.row else { return [] }
      organisation = row
      view = .officers
      officers = ListModel()
      return [officersQuery(officers.loadFirst())]
    }
  }

  /// `+` adds an officer or an organisation, as the right pane lists, in the country shown;
  /// `e` edits the one under the cursor there.
  private func form(_ action: ActionID) -> [Effect] {
    let kind: FormKind = view == .officers ? .officer : .organisation
    guard action == .edit else {
      let here = FormContext(
        countryCode: selectedCountry?.code, organisationID: organisation?.organisation.id)
      return [.push(FormScreen(new: kind, context: here))]
    }
    let current =
      view == .officers
      ? officers.current?.row.officer.id : organisations.current?.row.organisation.id
    guard focus == .people, let current else { return [.message("choose one on the right first")] }
    return [.push(FormScreen(editing: kind, id: current))]
  }

  /// `v`: officers ⇄ organisations of the country. From one organisation's officers, back to
  /// the organisations with the cursor where it was.
  private mutating func switchView() -> [Effect] {
    if organisation != nil {
      organisation = nil
      officers = ListModel()
      view = .organisations
    } else {
      view = view == .officers ? .organisations : .officers
    }
    focus = .people
    let scope = selectedCountry.map { "in \($0.name)" } ?? "in all countries"
    return [
      reloadPeople(),
      .message("showing \(view == .officers ? "officers" : "organisations") \(scope)"),
    ]
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    guard case .text("find", let text) = reply else { return [] }
    return find(text, direction: 1, env)
  }

  /// `/` and n/N look in the focused list.
  private mutating func find(_ text: String?, direction: Int, _ env: Environment) -> [Effect] {
    let found: Bool
    var effects: [Effect] = []
    let needle: String?
    switch (focus, view) {
    case (.countries, _):
      let before = selectedCountry?.id
      found = countries.find(text, direction: direction).found
      countries.scroll(visibleRows: env.pageRows)
      if selectedCountry?.id != before { effects = countryChanged() }
      needle = countries.findText
    case (.people, .officers):
      let result = officers.find(text, direction: direction)
      officers.scroll(visibleRows: env.pageRows)
      if let page = result.page { return [officersQuery(page)] }
      (found, needle) = (result.found, officers.findText)
    case (.people, .organisations):
      let result = organisations.find(text, direction: direction)
      organisations.scroll(visibleRows: env.pageRows)
      if let page = result.page { return [organisationsQuery(page)] }
      (found, needle) = (result.found, organisations.findText)
    }
    guard !found, let needle else { return effects }
    return effects + [.noMoreRows(needle)]
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    switch result {
    case .countries(let list):
      let before = selectedCountry?.id
      let rows = [CountryEntry(nil)] + list.map { CountryEntry($0) }
      let request = countries.pending ?? countries.reload()
      _ = countries.receive(Page(rows: rows, keys: [], next: nil), for: request)
      countries.scroll(visibleRows: env.pageRows)
      // A reload can lose the country under the cursor; the right pane follows.
      return selectedCountry?.id == before ? [] : countryChanged()
    case .officers(let page, let request):
      let more = officers.receive(page.map(OfficerEntry.init), for: request)
      officers.scroll(visibleRows: env.pageRows)
      let missed = officers.takeMissedFind().map { [Effect.noMoreRows($0)] } ?? []
      if let next = more ?? officers.pageNearCursor(visibleRows: env.pageRows) {
        return missed + [officersQuery(next)]
      }
      return missed
    case .organisations(let page, let request):
      let more = organisations.receive(page.map(OrganisationEntry.init), for: request)
      organisations.scroll(visibleRows: env.pageRows)
      let missed = organisations.takeMissedFind().map { [Effect.noMoreRows($0)] } ?? []
      if let next = more ?? organisations.pageNearCursor(visibleRows: env.pageRows) {
        return missed + [organisationsQuery(next)]
      }
      return missed
    default:
      return []
    }
  }
}

extension Page {
  /// The same page with its rows wrapped, keys kept: lists wrap store rows in their own types.
  fileprivate func map<Other>(_ transform: (Row) -> Other) -> Page<Other> {
    Page<Other>(rows: rows.map(transform), keys: keys, next: next, previous: previous)
  }
}
