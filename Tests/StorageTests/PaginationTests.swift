import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Reads every page of a list, `limit` rows at a time, checking each page's shape.
func allPages<T>(
  limit: Int = 7, sourceLocation: SourceLocation = #_sourceLocation,
  _ fetch: (PageRequest) throws -> Page<T>
) throws -> [T] {
  var rows: [T] = []
  var request = PageRequest(limit: limit)
  for _ in 0..<10_000 {
    let page = try fetch(request)
    #expect(page.rows.count <= limit, sourceLocation: sourceLocation)
    rows += page.rows
    guard let next = page.next else { return rows }
    // A page with a next key is full: a short page in the middle would mean a gap.
    #expect(page.rows.count == limit, sourceLocation: sourceLocation)
    request = PageRequest(after: next, limit: limit)
  }
  Issue.record("the list never ended", sourceLocation: sourceLocation)
  return rows
}

/// Three hundred action items with varied owners, co-owners, operations, meetings, due
/// dates and statuses; a few deleted, a few co-owners removed.
struct ActionWorld {
  let f: Fixture
  let officers: [Officer]
  let operations: [JointOperation]
  let meetings: [Meeting]
  /// Live items.
  let items: [ActionItem]
  /// Live co-owners of each item.
  let coOwners: [UUID: Set<UUID>]

  init(_ temp: TemporaryStore, count: Int = 300) throws {
    let f = try Fixture(temp.store)
    self.f = f
    let officers = [
      f.luis, f.ana, try f.officer("gomez.m", "María Gómez"),
      try f.officer("silva.j", "João Silva"),
    ]
    let operations = [
      f.operation,
      try f.store.addOperation(
        JointOperation(
          code: "TF-AIR-2026-001", codename: "Cóndor", status: .active,
          crimeAreas: [.drugTrafficking], vector: .air, leadCountryID: Country.id(forCode: "ES")),
        as: f.me),
      try f.store.addOperation(
        JointOperation(
          code: "TF-FIN-2026-002", codename: "Ledger", status: .active,
          crimeAreas: [.financialCrime], vector: .financial,
          leadCountryID: Country.id(forCode: "CO")), as: f.me),
    ]
    let meetings = try (1...3).map { try f.meeting("Sync \($0)") }
    var generator = SplitMix64(seed: 20_261_129)
    var plan: [(ActionItem, [UUID])] = []
    for index in 0..<count {
      let owner = generator.pick(officers)
      let due =
        generator.chance(15)
        ? nil : CalendarDate.on("2026-11-01").adding(days: generator.below(60))
      let status = ActionStatus.allCases[generator.weighted([40, 20, 10, 20, 10])]
      let item = ActionItem(
        title: "Item \(index)", ownerID: owner.id,
        operationID: generator.chance(20) ? nil : generator.pick(operations).id,
        meetingID: generator.chance(60) ? nil : generator.pick(meetings).id, due: due,
        priority: generator.pick(Priority.allCases), status: status, markings: .standard)
      let others = officers.filter { $0.id != owner.id }.map(\.id)
      plan.append((item, generator.sample(others, generator.below(3))))
    }
    // One write for all of them: three hundred commits would cost seconds of fsync.
    var items = try f.store.write(as: f.me) { w in
      try plan.map { item, coOwners in
        let saved = try w.addAction(item, coOwners: coOwners, inheritMarkings: true)
        try w.audit()
        return saved
      }
    }
    var coOwners = Dictionary(
      uniqueKeysWithValues: zip(items.map(\.id), plan.map { Set($0.1) }))
    for item in items.filter({ !(coOwners[$0.id] ?? []).isEmpty }).prefix(8) {
      let officer = try #require(coOwners[item.id]?.first)
      try f.store.removeCoOwner(item.id, officer: officer, as: f.me)
      coOwners[item.id]?.remove(officer)
    }
    for item in items.prefix(40) where item.title.hasSuffix("7") {
      try f.store.write(as: f.me) { try $0.delete(item) }
      items.removeAll { $0.id == item.id }
    }
    self.officers = officers
    self.operations = operations
    self.meetings = meetings
    self.items = items
    self.coOwners = coOwners
  }

  func matches(_ filter: ActionFilter, _ item: ActionItem) -> Bool {
    let statuses = filter.statuses ?? Set(ActionStatus.openStatuses)
    guard statuses.contains(item.status) else { return false }
    if let owner = filter.ownerID, item.ownerID != owner { return false }
    if let officer = filter.involvingID,
      item.ownerID != officer && !(coOwners[item.id] ?? []).contains(officer)
    {
      return false
    }
    if let operation = filter.operationID, item.operationID != operation { return false }
    if let meeting = filter.meetingID, item.meetingID != meeting { return false }
    if let before = filter.dueBefore, !(item.due.map { $0 < before } ?? false) { return false }
    return true
  }

  /// The items a filter should list, in list order: due date (none last), then id.
  func expected(_ filter: ActionFilter) -> [UUID] {
    items.filter { matches(filter, $0) }
      .sorted { a, b in
        (a.due?.description ?? "9999-12-31", a.id.text)
          < (b.due?.description ?? "9999-12-31", b.id.text)
      }
      .map(\.id)
  }

  var filters: [(name: String, filter: ActionFilter)] {
    let maria = officers[2].id
    let joao = officers[3].id
    return [
      ("open", ActionFilter()),
      ("closed", ActionFilter(statuses: [.done, .dropped])),
      ("all", ActionFilter(statuses: ActionFilter.allStatuses)),
      ("blocked", ActionFilter(statuses: [.blocked])),
      ("none", ActionFilter(statuses: [])),
      ("owner", ActionFilter(ownerID: maria)),
      ("owner, all", ActionFilter(statuses: ActionFilter.allStatuses, ownerID: f.luis.id)),
      ("involving", ActionFilter(involvingID: joao)),
      ("involving, all", ActionFilter(statuses: ActionFilter.allStatuses, involvingID: maria)),
      ("operation", ActionFilter(operationID: operations[1].id)),
      ("operation, closed", ActionFilter(statuses: [.done], operationID: operations[2].id)),
      ("meeting", ActionFilter(statuses: ActionFilter.allStatuses, meetingID: meetings[0].id)),
      ("due before", ActionFilter(dueBefore: .on("2026-11-20"))),
      ("overdue", .overdue(on: .on("2026-12-01"))),
      (
        "combined",
        ActionFilter(
          statuses: [.open, .done], ownerID: f.luis.id, operationID: f.operation.id,
          dueBefore: .on("2026-12-15"))
      ),
    ]
  }
}

@Suite("Lists, a page at a time")
struct PaginationTests {
  @Test func actionFiltersPageWithoutGapsOrDuplicates() throws {
    let temp = try TemporaryStore()
    let world = try ActionWorld(temp)
    let store = world.f.store
    #expect(world.items.count > 280)
    #expect(world.items.contains { $0.due == nil })
    for (name, filter) in world.filters {
      let expected = world.expected(filter)
      let listed = try allPages { try store.actions(filter, page: $0) }.map(\.item.id)
      #expect(listed == expected, "\(name)")
      #expect(Set(listed).count == listed.count, "\(name): duplicates")
      #expect(try store.countActions(filter) == expected.count, "\(name)")
    }
    // The filters are not all trivially small or empty.
    #expect(world.expected(ActionFilter()).count > 100)
    #expect(world.expected(world.filters[7].filter).count > 10)
  }

  @Test func aPageShowsOwnerAndOperation() throws {
    let temp = try TemporaryStore()
    let world = try ActionWorld(temp, count: 20)
    let rows = try world.f.store.actions(ActionFilter(statuses: ActionFilter.allStatuses)).rows
    for row in rows {
      let owner = try #require(world.officers.first { $0.id == row.item.ownerID })
      #expect(row.ownerHandle == owner.handle)
      #expect(row.ownerName == owner.name)
      let code = world.operations.first { $0.id == row.item.operationID }?.code
      #expect(row.operationCode == code)
    }
  }

  @Test func operationsPageByCode() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var generator = SplitMix64(seed: 7)
    let names = ["MAR", "AIR", "FIN", "LAND", "POST", "CYB", "ENV"]
    var archived: Set<String> = []
    try f.store.write(as: f.me) { w in
      for index in generator.shuffled(Array(1...24)) {
        let operation = try w.addOperation(
          JointOperation(
            code: "TF-\(names[index % names.count])-2026-\(String(format: "%03d", index))",
            codename: "Codename \(index)", crimeAreas: [.drugTrafficking],
            vector: index.isMultiple(of: 2) ? .maritime : .air,
            leadCountryID: Country.id(forCode: "PT")))
        try w.audit()
        if index.isMultiple(of: 5) {
          _ = try w.changeOperationStatus(operation.id, to: .archived)
          archived.insert(operation.code)
        }
      }
    }
    let today = CalendarDate.on("2026-11-29")
    let all = try f.store.pool.read {
      try String.fetchAll($0, sql: "SELECT code FROM operation ORDER BY code")
    }
    let listed = try allPages { try f.store.operations(today: today, page: $0) }
    #expect(listed.map(\.operation.code) == all.filter { !archived.contains($0) })
    let onlyArchived = try allPages {
      try f.store.operations(OperationFilter(statuses: [.archived]), today: today, page: $0)
    }
    #expect(onlyArchived.map(\.operation.code) == archived.sorted())
    let maritime = try allPages {
      try f.store.operations(
        OperationFilter(statuses: Set(OperationStatus.allCases), vector: .maritime),
        today: today, page: $0)
    }
    let expectedMaritime = try f.store.pool.read {
      try String.fetchAll(
        $0, sql: "SELECT code FROM operation WHERE vector = 'maritime' ORDER BY code")
    }
    #expect(maritime.map(\.operation.code) == expectedMaritime)
    #expect(maritime.count > 7)
  }

  /// Every sort order of the operations list pages through every operation once, in that
  /// order: the orders by workload name computed columns, which page keys must be able to use.
  @Test(arguments: OperationSort.allCases)
  func operationsPageInEverySortOrder(_ sort: OperationSort) throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let today = CalendarDate.on("2026-11-29")
    let now = today.startOfDay(in: .gmt)
    var generator = SplitMix64(seed: 6_762)
    try f.store.write(as: f.me) { w in
      for index in 1...15 {
        let operation = try w.addOperation(
          JointOperation(
            code: "TF-SORT-2026-\(String(format: "%03d", index))", codename: "Sort \(index)",
            crimeAreas: [.drugTrafficking], vector: .maritime,
            leadCountryID: Country.id(forCode: "ES")))
        try w.audit()
        // Ties on purpose: several operations with the same count, or no meeting.
        for day in 0..<generator.below(4) {
          _ = try w.addAction(
            ActionItem(
              title: "Late \(index).\(day)", ownerID: f.me.id, operationID: operation.id,
              due: today.adding(days: -1 - day), markings: .standard),
            coOwners: [], inheritMarkings: true)
          try w.audit()
        }
        if generator.chance(50) {
          _ = try w.addMeeting(
            Meeting(
              kind: .technical, title: "Meeting \(index)",
              startsAt: now.addingTimeInterval(Double(generator.below(30) + 1) * 86_400),
              timeZone: "UTC"),
            operations: [operation.id], invitees: [])
          try w.audit()
        }
      }
    }
    let listed = try allPages(limit: 4) {
      try f.store.operations(sort: sort, today: today, now: now, page: $0)
    }
    let codes = listed.map(\.operation.code)
    #expect(Set(codes).count == codes.count)
    let byCode = try f.store.operations(today: today, page: PageRequest(limit: 100)).rows
    #expect(Set(codes) == Set(byCode.map(\.operation.code)))
    let expected = listed.sorted { a, b in
      switch sort {
      case .code: return a.operation.code < b.operation.code
      case .status:
        let rank: [OperationStatus] = [.active, .planned, .suspended, .concluded, .archived]
        let (x, y) = (
          rank.firstIndex(of: a.operation.status)!, rank.firstIndex(of: b.operation.status)!
        )
        return x != y ? x < y : a.operation.code < b.operation.code
      case .overdue:
        return (-a.overdueActions, a.operation.code) < (-b.overdueActions, b.operation.code)
      case .nextMeeting:
        let (x, y) = (a.nextMeeting ?? .distantFuture, b.nextMeeting ?? .distantFuture)
        return x != y ? x < y : a.operation.code < b.operation.code
      }
    }
    #expect(codes == expected.map(\.operation.code))
    #expect(listed.contains { $0.overdueActions > 1 } && listed.contains { $0.overdueActions == 0 })
  }

  @Test func meetingsPageUpcomingAscendingAndPastDescending() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let meetings = try f.store.write(as: f.me) { w in
      try (-12...12).flatMap { hours -> [Meeting] in
        // Two meetings start at some hours, so the id must break ties.
        let copies = hours.isMultiple(of: 4) ? 2 : 1
        return try (0..<copies).map { copy in
          let meeting = try w.addMeeting(
            Meeting(
              kind: .technical, title: "Meeting \(hours).\(copy)",
              startsAt: now.addingTimeInterval(Double(hours) * 3_600), timeZone: "UTC"),
            operations: [f.operation.id], invitees: [])
          try w.audit()
          return meeting
        }
      }
    }
    func key(_ meeting: Meeting) -> (Date, String) { (meeting.startsAt, meeting.id.text) }
    let upcoming = meetings.filter { $0.startsAt >= now }.sorted { key($0) < key($1) }
    let past = meetings.filter { $0.startsAt < now }.sorted { key($0) > key($1) }
    let listedUpcoming = try allPages {
      try f.store.meetings(MeetingFilter(period: .upcoming), now: now, page: $0)
    }
    let listedPast = try allPages {
      try f.store.meetings(MeetingFilter(period: .past), now: now, page: $0)
    }
    #expect(listedUpcoming.map(\.meeting.id) == upcoming.map(\.id))
    #expect(listedPast.map(\.meeting.id) == past.map(\.id))
    #expect(upcoming.count + past.count == meetings.count)
    #expect(listedUpcoming.allSatisfy { $0.operationCodes == [f.operation.code] })
    // A reload reads a window again from its first row, that row included, in either order.
    for period in [MeetingFilter.Period.upcoming, .past] {
      let filter = MeetingFilter(period: period)
      let first = try f.store.meetings(filter, now: now, page: PageRequest(limit: 8))
      let again = try f.store.meetings(
        filter, now: now, page: PageRequest(.from(first.keys[3]), limit: 4))
      #expect(again.rows.map(\.meeting.id) == first.rows[3..<7].map(\.meeting.id))
      #expect(again.previous != nil)
    }
  }

  @Test func officersPageByAccentFoldedName() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let names = [
      "Bravo Luna", "Álvarez Ortiz", "Zoë Martin", "Émile Dubois", "Óscar Díaz", "Carla Nunes",
      "Ángela Castro", "Élodie Roux", "Ülle Tamm", "Dario Rossi", "Øystein Berg", "Ana Rocha",
      "Íñigo Ruiz", "Bruno Costa", "Çağla Demir", "Alvaro Mendes", "Eva Novak", "Mara Pinto",
    ]
    for (index, name) in names.enumerated() { _ = try f.officer("officer\(index)", name) }
    let listed = try allPages { try f.store.officers(page: $0) }
    let everyone = names + ["Ana Ribeiro", "Luis Gómez"]
    #expect(listed.count == everyone.count)
    let expected = listed.map(\.officer).sorted {
      (SortKey.folded($0.name), $0.id.text) < (SortKey.folded($1.name), $1.id.text)
    }
    #expect(listed.map(\.officer.id) == expected.map(\.id))
    let order = listed.map(\.officer.name)
    let alvarez = try #require(order.firstIndex(of: "Álvarez Ortiz"))
    let bravo = try #require(order.firstIndex(of: "Bravo Luna"))
    #expect(alvarez < bravo)
    // Folded, accented and plain names interleave: álvarez < alvaro < ana < ángela.
    let expectedRun = [
      "Álvarez Ortiz", "Alvaro Mendes", "Ana Ribeiro", "Ana Rocha", "Ángela Castro",
    ]
    #expect(Array(order.prefix(5)) == expectedRun)
    let ofPJ = try allPages {
      try f.store.officers(OfficerFilter(organisationID: f.pj.id), page: $0)
    }
    #expect(ofPJ.map(\.officer.id) == [f.ana.id])
    // Pickers get the same officers in the same order, without the workload.
    let choices = try f.store.officerChoices()
    #expect(choices.map(\.officer) == listed.map(\.officer))
    #expect(choices.map(\.organisationAcronym) == listed.map(\.organisationAcronym))
    #expect(choices.map(\.countryCode) == listed.map(\.countryCode))
  }

  @Test func seizuresPageLatestFirst() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var generator = SplitMix64(seed: 11)
    let seizures = try f.store.write(as: f.me) { w in
      try (0..<23).map { index in
        let seizure = try w.addSeizure(
          Seizure(
            operationID: f.operation.id, kind: generator.pick([.cash, .vessel, .container]),
            description: "Seizure \(index)", value: 1_000, currency: "EUR", place: "Lisboa",
            date: CalendarDate.on("2026-10-01").adding(days: generator.below(8)),
            markings: .standard), inheritMarkings: true)
        try w.audit()
        return seizure
      }
    }
    func key(_ seizure: Seizure) -> (String, String) { (seizure.date.description, seizure.id.text) }
    let listed = try allPages { try f.store.seizures(page: $0) }
    #expect(listed.map(\.seizure.id) == seizures.sorted { key($0) > key($1) }.map(\.id))
    let cash = try allPages { try f.store.seizures(SeizureFilter(kind: .cash), page: $0) }
    #expect(
      cash.map(\.seizure.id)
        == seizures.filter { $0.kind == .cash }.sorted { key($0) > key($1) }.map(\.id))
  }

  @Test func auditEventsPageNewestFirst() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    for index in 0..<20 {
      let item = try f.action("Item \(index)")
      if index.isMultiple(of: 4) {
        _ = try f.store.changeAction(item.id, ActionChange(status: .done), as: f.me)
      }
    }
    let seqs = try f.store.pool.read {
      try Int64.fetchAll($0, sql: "SELECT seq FROM audit_event ORDER BY seq DESC")
    }
    #expect(try allPages { try f.store.auditEvents(page: $0) }.map(\.seq) == seqs)
    let altered = try allPages { try f.store.auditEvents(AuditFilter(kind: .alter), page: $0) }
    #expect(altered.count == 5)
    #expect(altered.map(\.seq) == altered.map(\.seq).sorted(by: >))
    let byLuis = try allPages {
      try f.store.auditEvents(AuditFilter(officerID: f.luis.id), page: $0)
    }
    #expect(byLuis.isEmpty)
    let mine = try allPages { try f.store.auditEvents(AuditFilter(officerID: f.me.id), page: $0) }
    #expect(mine.count == seqs.count)
    #expect(mine.allSatisfy { $0.officerHandle == "ribeiro" })
  }
}

/// Lists must stay fast on a million rows: every action filter is served by an index, and
/// pages are found by key, never skipped over with `OFFSET`.
@Suite("Query plans of the lists")
struct QueryPlanTests {
  /// Collects the SQL a connection runs.
  final class Statements: @unchecked Sendable {
    var sql: [String] = []
  }

  /// Runs a list query on one connection, recording its SQL, then asks SQLite how it would
  /// run that same SQL with the same arguments.
  func plan(
    _ store: Store, _ query: KeysetQuery, after: PageKey?
  ) throws -> (sql: String, plan: [String]) {
    try store.pool.read { db in
      let statements = Statements()
      db.trace { event in
        if case .statement(let statement) = event { statements.sql.append(statement.sql) }
      }
      defer { db.trace() }
      let limit = 2
      _ = try query.page(db, PageRequest(after: after, limit: limit)) { _ in 0 }
      let sql = try #require(statements.sql.last)
      var arguments = query.arguments
      if let after { arguments += StatementArguments(after.values) }
      arguments += [limit + 1]
      let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
        .map { $0["detail"] as String }
      return (sql, plan)
    }
  }

  /// A full scan of the action table, reading every row to filter it.
  func scansActions(_ plan: [String]) -> Bool {
    plan.contains { detail in
      // The items' own table, by its alias or its name: not a rule's table (`SCAN acc_mo`).
      let words = detail.split(separator: " ")
      return words.count >= 2 && words[0] == "SCAN" && ["a", "action_item"].contains(words[1])
        && !detail.contains("USING")
    }
  }

  @Test func actionFiltersUseAnIndexAndNoOffset() throws {
    let temp = try TemporaryStore()
    let world = try ActionWorld(temp, count: 40)
    // An empty status set is a constant false: SQLite skips the loop whatever the plan says.
    for (name, filter) in world.filters where filter.statuses != [] {
      let query = ActionQueries.query(filter)
      let first = try world.f.store.actions(filter, page: PageRequest(limit: 2))
      for after in [nil, first.next] {
        let (sql, plan) = try plan(world.f.store, query, after: after)
        #expect(!sql.uppercased().contains("OFFSET"), "\(name)")
        #expect(sql.contains("LIMIT ?"), "\(name)")
        if name == "all" {
          #expect(!scansActions(plan), "\(name): \(plan)")
        } else {
          #expect(!scansActions(plan), "\(name): \(plan)")
        }
      }
    }
  }

  /// The start screen's list, every open item by due date, should be read in index order
  /// (the partial index `action_open_due` exists for it), not sorted whole for each page.
  @Test func theOpenListIsReadInIndexOrder() throws {
    let temp = try TemporaryStore()
    let world = try ActionWorld(temp, count: 40)
    let first = try world.f.store.actions(ActionFilter(), page: PageRequest(limit: 2))
    let (_, plan) = try plan(world.f.store, ActionQueries.query(ActionFilter()), after: first.next)
    #expect(!scansActions(plan))
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
  }

  /// The directory counts each officer's open items under the rules: from the owner index
  /// alone, as the rows of a million items are scattered over the file.
  @Test func theDirectoryCountsOpenItemsFromTheOwnerIndexAlone() throws {
    let temp = try TemporaryStore()
    let world = try ActionWorld(temp, count: 40)
    let store = world.f.store
    store.viewer = .officer(world.f.ana.id)
    let (_, plan) = try plan(store, OfficerQueries.query(OfficerFilter()), after: nil)
    #expect(
      plan.contains { $0.contains("SEARCH a USING COVERING INDEX action_owner_due") }, "\(plan)")
    #expect(!scansActions(plan), "\(plan)")
    #expect(
      !plan.contains { $0.hasPrefix("SEARCH a USING INDEX action_owner_due") },
      "the items' rows are read: \(plan)")
  }

  /// A page of meetings names each one's operations, under the rules: read from the
  /// meeting's own links, never from the links of every operation the viewer sees (8 ms of a
  /// 200-meeting page on the bench file).
  @Test func meetingsReadTheirOperationsFromTheirOwnLinks() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    f.store.viewer = .officer(f.ana.id)
    for period in [MeetingFilter.Period.past, .upcoming] {
      let (_, plan) = try plan(
        f.store, MeetingQueries.query(MeetingFilter(period: period), now: Date()), after: nil)
      #expect(
        plan.contains { $0.contains("SEARCH mo USING INDEX meeting_operation_meeting") },
        "\(plan)")
      #expect(
        !plan.contains { $0.contains("SEARCH mo USING INDEX meeting_operation_operation") },
        "\(plan)")
    }
  }

  @Test func otherListsUseKeysNotOffsets() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let today = CalendarDate.on("2026-11-29")
    let queries: [KeysetQuery] = [
      OperationQueries.query(OperationFilter(), today: today, now: Date()),
      MeetingQueries.query(MeetingFilter(period: .upcoming), now: Date()),
      MeetingQueries.query(MeetingFilter(period: .past, operationID: f.operation.id), now: Date()),
      OfficerQueries.query(OfficerFilter(countryID: Country.id(forCode: "CO"))),
    ]
    for query in queries {
      let (sql, _) = try plan(f.store, query, after: nil)
      #expect(!sql.uppercased().contains("OFFSET"))
      #expect(sql.contains("LIMIT ?"))
    }
  }
}

@Suite("Running counts of action items")
struct ActionTallyTests {
  /// The tallies the lists read must always equal a count of the rows themselves.
  func expectTalliesMatch(
    _ store: Store, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    try store.pool.read { db in
      let byOperation = try Row.fetchAll(
        db,
        sql: """
          SELECT operation_id, status, ifnull(due, '9999-12-31') AS due_key, count(*) AS n
          FROM action_item WHERE deleted_at IS NULL AND operation_id IS NOT NULL
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          """)
      let tallied = try Row.fetchAll(
        db,
        sql: """
          SELECT operation_id, status, due_key, n FROM action_tally_operation
          WHERE n > 0 ORDER BY 1, 2, 3
          """)
      #expect(!byOperation.isEmpty, sourceLocation: sourceLocation)
      #expect(byOperation == tallied, sourceLocation: sourceLocation)
      let byStatus = try Row.fetchAll(
        db,
        sql: """
          SELECT operation_id, status, count(*) AS n FROM action_item
          WHERE deleted_at IS NULL AND operation_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
          """)
      let totals = try Row.fetchAll(
        db,
        sql: """
          SELECT operation_id, status, n FROM action_tally_operation_total
          WHERE n > 0 ORDER BY 1, 2
          """)
      #expect(byStatus == totals, sourceLocation: sourceLocation)
      let byOwner = try Row.fetchAll(
        db,
        sql: """
          SELECT owner_id, status, count(*) AS n FROM action_item WHERE deleted_at IS NULL
          GROUP BY 1, 2 ORDER BY 1, 2
          """)
      let owners = try Row.fetchAll(
        db, sql: "SELECT owner_id, status, n FROM action_tally_owner WHERE n > 0 ORDER BY 1, 2")
      #expect(byOwner == owners, sourceLocation: sourceLocation)
      #expect(
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM (SELECT n FROM action_tally_operation WHERE n < 0
              UNION ALL SELECT n FROM action_tally_operation_total WHERE n < 0
              UNION ALL SELECT n FROM action_tally_owner WHERE n < 0)
            """) == 0, sourceLocation: sourceLocation)
    }
  }

  @Test func talliesFollowEveryKindOfChange() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let today = CalendarDate.today()
    var ids: [UUID] = []
    for index in 0..<30 {
      let item = try f.store.addAction(
        ActionItem(
          title: "Item \(index)", ownerID: index % 2 == 0 ? f.ana.id : f.luis.id,
          operationID: index % 3 == 0 ? nil : f.operation.id,
          due: index % 5 == 0 ? nil : today.adding(days: index - 15), markings: .standard),
        as: f.me)
      ids.append(item.id)
    }
    try expectTalliesMatch(f.store)
    try f.store.changeActions(Array(ids[0..<10]), ActionChange(status: .done), as: f.me)
    try f.store.changeAction(ids[11], ActionChange(due: .some(nil)), as: f.me)
    try f.store.changeAction(ids[12], ActionChange(ownerID: f.ana.id), as: f.me)
    try f.store.changeAction(ids[13], ActionChange(status: .blocked, due: .some(today)), as: f.me)
    try f.store.changeAction(
      ids[2], ActionChange(status: .open), note: "reopened for the test", as: f.me)
    try f.store.write(as: f.me) { w in
      let item = try w.live(ActionItem.self, ids[20])
      let removed = try w.delete(item)
      try w.restore(removed)
      try w.delete(try w.live(ActionItem.self, ids[21]))
    }
    try expectTalliesMatch(f.store)
    // No command moves an item to another operation, or off one; the triggers still follow.
    let other = try f.store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-009", codename: "Tally", status: .active,
        crimeAreas: [.drugTrafficking], vector: .air, leadCountryID: Country.id(forCode: "PE")),
      as: f.me)
    try temp.store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql: "UPDATE action_item SET operation_id = ? WHERE id IN (?, ?)",
        arguments: [other.id.text, ids[14].text, ids[15].text])
      try db.execute(
        sql: "UPDATE action_item SET operation_id = NULL WHERE id = ?", arguments: [ids[16].text])
      try db.execute(
        sql: "UPDATE action_item SET operation_id = ? WHERE id = ?",
        arguments: [f.operation.id.text, ids[3].text])
    }
    try expectTalliesMatch(f.store)
    try ActionScopeTests.expectScopeMatches(f.store)
    #expect(try f.store.check() == [])
    // A database rebuilt from the log counts the same.
    let copy = try temp.sibling("rebuilt.sqlite")
    try f.store.rebuild(into: copy, as: f.me)
    try expectTalliesMatch(copy)
    try ActionScopeTests.expectScopeMatches(copy)
  }
}
