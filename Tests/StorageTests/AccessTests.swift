import CaseModel
import Foundation
import Storage
import Testing

/// Need-to-know: an officer whose organisation and country take no part in an operation
/// learns nothing of it, by any query the store answers.
@Suite("access by participation")
struct AccessTests {
  /// Operation A (Portugal and PJ lead, Ana reads and writes), with a meeting, minutes, action
  /// items and a seizure; an item and a meeting of the whole network; Luis of DIRAN, Colombia.
  struct TwoOfficers {
    let temp: TemporaryStore
    let f: Fixture
    let meeting: Meeting
    let entry: MinuteEntry
    let actions: [ActionItem]
    let seizure: Seizure
    let networkAction: ActionItem
    let networkMeeting: Meeting
    /// Every id under operation A.
    let secret: Set<UUID>
    /// A word written only under operation A.
    static let word = "Quarzolite"

    init() throws {
      temp = try TemporaryStore()
      f = try Fixture(temp.store)
      let store = temp.store
      meeting = try f.meeting("Esperanza \(Self.word) debrief")
      let minuted = try store.addMinuteEntry(
        meeting.id, kind: .action, text: "Trace the \(Self.word) payments",
        action: ActionRequest(ownerID: f.ana.id), as: f.me)
      entry = minuted.entry
      let direct = try store.addAction(
        ActionItem(
          title: "Request the \(Self.word) manifest", ownerID: f.ana.id,
          operationID: f.operation.id, due: CalendarDate(year: 2020, month: 1, day: 1),
          markings: .standard), as: f.me)
      actions = [try #require(minuted.action), direct]
      seizure = try store.addSeizure(
        Seizure(
          operationID: f.operation.id, kind: .drugs, description: "\(Self.word) bales",
          substance: "cocaine",
          place: "Leixões", date: CalendarDate(year: 2026, month: 3, day: 1), markings: .standard),
        as: f.me)
      networkAction = try store.addAction(
        ActionItem(
          title: "Update the network contact list", ownerID: f.luis.id, markings: .standard),
        as: f.me)
      networkMeeting = try store.addMeeting(
        Meeting(
          kind: .plenary, title: "Task Force plenary", startsAt: Date().addingTimeInterval(7_200),
          timeZone: "Europe/Brussels", chairID: f.ana.id), operations: [],
        // Luis attends a meeting: attending one must not open the others (a rule once
        // compared a search's own table with itself, and did).
        invitees: [f.luis.id], as: f.me)
      let participants = try store.operationDetail(f.operation.id, today: .today()).participants
      secret = Set(
        [f.operation.id, meeting.id, entry.id, seizure.id] + actions.map(\.id)
          + participants.map(\.participant.id))
    }

    var store: Store { temp.store }
  }

  @Test func anOfficerOfANonParticipatingAgencyLearnsNothingOfTheOperation() throws {
    let t = try TwoOfficers()
    let store = t.store
    store.viewer = .officer(t.f.luis.id)
    let today = CalendarDate.today()
    var seen = Set<UUID>()
    let allStatuses = OperationFilter(statuses: Set(OperationStatus.allCases))
    seen.formUnion(try store.operations(allStatuses, today: today).rows.map(\.operation.id))
    for sort in OperationSort.allCases {
      seen.formUnion(
        try store.operations(allStatuses, sort: sort, today: today).rows.map(\.operation.id))
    }
    for period in [MeetingFilter.Period.upcoming, .past] {
      let rows = try store.meetings(MeetingFilter(period: period)).rows
      seen.formUnion(rows.map(\.meeting.id))
      #expect(rows.allSatisfy { !$0.operationCodes.contains(t.f.operation.code) })
    }
    let everyItem = ActionFilter(statuses: ActionFilter.allStatuses)
    seen.formUnion(try store.actions(everyItem).rows.map(\.item.id))
    seen.formUnion(try store.actions(ActionFilter(involvingID: t.f.ana.id)).rows.map(\.item.id))
    seen.formUnion(try store.actions(.overdue(on: today)).rows.map(\.item.id))
    seen.formUnion(try store.seizures().rows.map(\.seizure.id))
    let results = try store.search(TwoOfficers.word)
    seen.formUnion(results.groups.flatMap { $0.hits.map(\.id) })
    #expect(results.count == 0)
    seen.formUnion(
      try store.auditEvents(page: PageRequest(limit: 10_000)).rows.compactMap(\.entityID))
    for id in t.secret { #expect(try store.history(of: id).isEmpty) }
    let ana = try store.officerDetail(t.f.ana.id)
    seen.formUnion(ana.operations.map(\.0.id))
    seen.formUnion(ana.openActions.map(\.item.id))
    #expect(seen.isDisjoint(with: t.secret))
    #expect(seen.contains(t.networkAction.id), "the network's own records stay in view")
    #expect(seen.contains(t.networkMeeting.id))

    // Counts: nothing of A in a number either.
    #expect(try store.countActions(everyItem) == 1)
    let summary = try store.summary(today: today)
    #expect(summary.openActions == 1)
    #expect(summary.overdueActions == 0)
    #expect(summary.seizures == 0)
    #expect(summary.operationsByStatus.allSatisfy { $0.count == 0 })
    let anaRow = try #require(
      try store.officers().rows.first { $0.officer.id == t.f.ana.id })
    #expect(anaRow.openActions == 0)
  }

  @Test func anUnseenRecordIsAnsweredAsOneThatNeverExisted() throws {
    let t = try TwoOfficers()
    let store = t.store
    store.viewer = .officer(t.f.luis.id)
    let code = t.f.operation.code
    let missing = "TF-MAR-2026-999"
    #expect(
      refusal { _ = try store.operation(code) }?.description
        .replacingOccurrences(of: code, with: missing)
        == refusal { _ = try store.operation(missing) }?.description)
    let never = UUID.v7()
    #expect(
      refusal { _ = try store.operation(t.f.operation.id.text) }?.description
        .replacingOccurrences(of: t.f.operation.id.text, with: never.text)
        == refusal { _ = try store.operation(never.text) }?.description)
    #expect(refusal { _ = try store.operation("Esperanza") }?.code == .notFound)
    #expect(
      refusal { _ = try store.operationDetail(t.f.operation.id, today: .today()) }?.code
        == .notFound)
    #expect(refusal { _ = try store.meeting(t.meeting.ref) }?.code == .notFound)
    #expect(refusal { _ = try store.meeting(t.meeting.id.text) }?.code == .notFound)
    #expect(refusal { _ = try store.meetingDetail(t.meeting.id) }?.code == .notFound)
    #expect(refusal { _ = try store.minuteEntry(t.entry.ref) }?.code == .notFound)
    for item in t.actions {
      #expect(refusal { _ = try store.action(item.ref) }?.code == .notFound)
      #expect(refusal { _ = try store.actionDetail(item.id) }?.code == .notFound)
    }
    #expect(refusal { _ = try store.seizure(t.seizure.ref) }?.code == .notFound)
    // Candidates offered for a near miss never name the operation's records.
    let guess = refusal { _ = try store.action("manifest") }?.description ?? ""
    #expect(!guess.contains(TwoOfficers.word))
  }

  @Test func aGrantOpensTheOperationAndItsRemovalClosesIt() throws {
    let t = try TwoOfficers()
    let store = t.store
    let grant = try store.addParticipant(
      t.f.operation.id, .officer(t.f.luis.id), role: .observer, as: t.f.me)
    store.viewer = .officer(t.f.luis.id)
    #expect(try store.operation(t.f.operation.code).id == t.f.operation.id)
    #expect(try store.meetingDetail(t.meeting.id).entries.map(\.entry.id) == [t.entry.id])
    #expect(try store.search(TwoOfficers.word).count > 0)
    try store.removeParticipant(grant.id, as: t.f.me)
    #expect(throws: StoreError.self) { try store.operation(t.f.operation.code) }
  }

  @Test func redRecordsAreForNamedPartiesOnly() throws {
    let t = try TwoOfficers()
    let store = t.store
    // Luis sets up an operation led by Portugal, marked RED: he is named on it as its lead;
    // Ana's country takes part, but under RED that is not enough.
    let red = try store.addOperation(
      JointOperation(
        code: "TF-AIR-2026-011", codename: "Rojo", summary: "Couriers on the Bogotá route.",
        status: .active, crimeAreas: [.drugTrafficking], vector: .air,
        leadCountryID: Country.id(forCode: "PT"), markings: Markings(tlp: .red)),
      as: ActingOfficer(id: t.f.luis.id, handle: t.f.luis.handle))
    store.viewer = .officer(t.f.luis.id)
    #expect(try store.operation(red.code).id == red.id)
    store.viewer = .officer(t.f.ana.id)
    #expect(throws: StoreError.self) { try store.operation(red.code) }
    // A RED item under Ana's own operation: its owner and the named see it, the country does not.
    let item = try store.addAction(
      ActionItem(
        title: "Handle the informant", ownerID: t.f.ana.id, operationID: t.f.operation.id,
        markings: Markings(tlp: .red)), inheritMarkings: false, as: t.f.me)
    #expect(try store.actionDetail(item.id).row.item.id == item.id)
    let colleague = try store.addOfficer(
      Officer(
        handle: "sousa", name: "Rui Sousa", organisationID: t.f.pj.id,
        countryID: Country.id(forCode: "PT"), role: .participant, languages: ["pt"]), as: t.f.me)
    store.viewer = .officer(colleague.id)
    #expect(try store.operation(t.f.operation.code).id == t.f.operation.id)
    #expect(throws: StoreError.self) { try store.actionDetail(item.id) }
    #expect(try store.actions(ActionFilter(operationID: t.f.operation.id)).rows.count == 2)
    // Nor is it in the operation's counts.
    func openCount() throws -> Int? {
      try store.operations(today: .today()).rows.first { $0.operation.id == t.f.operation.id }?
        .openActions
    }
    #expect(try openCount() == 2)
    store.viewer = .officer(t.f.ana.id)
    #expect(try openCount() == 3)
  }

  /// `liaison_viewer()` is declared deterministic, so SQLite computes it once per run of a
  /// statement: the same (cached) statement, run for one viewer after another, must answer
  /// each of them, never the one it ran for before.
  @Test func theSameStatementAnswersEachViewerInTurn() throws {
    let t = try TwoOfficers()
    let store = t.store
    let viewers: [(Viewer, Bool)] = [
      (.officer(t.f.ana.id), true), (.officer(t.f.luis.id), false), (.nobody, false),
      (.officer(t.f.ana.id), true), (.everything, true), (.officer(t.f.luis.id), false),
    ]
    for (viewer, seesA) in viewers {
      store.viewer = viewer
      let ids = try store.actions(ActionFilter(statuses: Set(ActionStatus.allCases))).rows
        .map(\.item.operationID)
      #expect(ids.contains(t.f.operation.id) == seesA, "\(viewer)")
      let found = try store.search(TwoOfficers.word).groups.flatMap(\.hits).map(\.id)
      #expect(found.isEmpty == !seesA, "\(viewer)")
    }
  }

  @Test func nobodyActingSeesOnlyTheDirectory() throws {
    let t = try TwoOfficers()
    let store = t.store
    store.viewer = .nobody
    let today = CalendarDate.today()
    #expect(try store.operations(today: today).rows.isEmpty)
    #expect(try store.actions(ActionFilter()).rows.isEmpty)
    #expect(try store.meetings(MeetingFilter(period: .upcoming)).rows.isEmpty)
    #expect(try store.search("network").count == 0)
    #expect(try store.officers().rows.count == 2)
  }
}
