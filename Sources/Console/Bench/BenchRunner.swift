import CaseModel
import Foundation
import Storage

/// Measures what an officer waits for, on a (large) database: the console's first frame and
/// keys, every list with every filter, opening records, search, and writes.
@MainActor
struct BenchRunner {
  let store: Store
  let repetitions: Int
  let today: CalendarDate

  func all() throws -> [BenchResult] {
    try console() + lists() + records() + search() + writes()
  }

  /// Runs `body` `repetitions` times (after one warm-up run) and keeps the timings.
  private func time(
    _ group: String, _ name: String, _ body: () throws -> String
  ) rethrows -> BenchResult {
    var note = try body()
    var timings: [Double] = []
    for _ in 0..<repetitions { timings.append(try measure { note = try body() }) }
    return BenchResult(group: group, name: name, milliseconds: timings, note: note)
  }

  // MARK: - The console

  private func console() throws -> [BenchResult] {
    var results: [BenchResult] = []
    // The console's own way of opening the file: reads beside the writes' connection.
    let options = ConsoleLauncher.Options(
      store: try Store.open(path: store.path, interactive: true), actingReference: nil,
      theme: nil)
    results.append(
      try time("console (120×40, in memory)", "open the database to the first frame") {
        let opened = try Store.open(path: store.path, interactive: true)
        let app = try ConsoleLauncher.app(
          ConsoleLauncher.Options(store: opened, actingReference: nil, theme: nil),
          terminal: MemoryTerminal(size: Size(width: 120, height: 40)), themeName: "default")
        app.startStepping()
        return ""
      })
    let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
    let app = try ConsoleLauncher.app(options, terminal: terminal, themeName: "default")
    app.startStepping()
    // The triage board's "All open" view: the longest list.
    for key in [Key.char("3"), .char("v"), .char("v"), .char("v"), .char("v")] {
      app.step(key)
    }
    var keys: [Double] = []
    for _ in 0..<1_000 {
      keys.append(
        measure {
          app.step(.char("j"))
        })
    }
    results.append(
      BenchResult(
        group: "console (120×40, in memory)", name: "scroll 1,000 rows (j, key to frame)",
        milliseconds: keys, note: app.currentScreen.position ?? ""))
    results.append(try scrollingDuringABackup(app))
    for (label, key) in [("G (last row)", Key.char("G")), ("g (first row)", Key.char("g"))] {
      results.append(
        time("console (120×40, in memory)", label) {
          app.step(key)
          return app.currentScreen.position ?? ""
        })
    }
    results.append(
      time("console (120×40, in memory)", "render a 120×40 list frame") {
        _ = app.frame()
        return ""
      })
    let before = app.frame()
    app.handle(.char("j"))
    app.settle()
    let after = app.frame()
    results.append(
      time("console (120×40, in memory)", "diff two frames (cells to write)") {
        String(zip(before.cells, after.cells).filter { $0 != $1 }.count) + " cells"
      })
    if let long = try longMeeting() { results += longMinutes(app, long) }
    return results
  }

  /// The minutes of the 500-entry meeting as the console shows them, key to frame: opened
  /// (read, recorded as consulted, laid out and drawn), then read through row by row.
  private func longMinutes(_ app: ConsoleApp, _ id: UUID) -> [BenchResult] {
    let group = "console (120×40, in memory)"
    var opening: [Double] = []
    for _ in 0...repetitions {
      opening.append(
        measure {
          app.open(MeetingDetailScreen(id: id))
          app.settle()
          app.draw()
        })
      app.step(.escape)
    }
    app.open(MeetingDetailScreen(id: id))
    app.settle()
    app.draw()
    var keys: [Double] = []
    for _ in 0..<1_000 { keys.append(measure { app.step(.char("j")) }) }
    return [
      BenchResult(
        group: group, name: "open the minutes of a 500-entry meeting",
        milliseconds: Array(opening.dropFirst()), note: ""),
      BenchResult(
        group: group, name: "read them through (1,000 × j)", milliseconds: keys,
        note: app.currentScreen.position ?? ""),
    ]
  }

  // MARK: - Lists

  private func lists() throws -> [BenchResult] {
    // As many rows as the console reads for a list: what an officer waits for.
    let page = PageRequest(limit: ListModel<ActionRow>.pageSize)
    let group = "first page (\(page.limit) rows, as the console reads it)"
    let officer = try store.actingOfficer(nil)
    let operation = try store.operations(today: today, page: PageRequest(limit: 1)).rows[0]
    let meeting = try store.meetings(MeetingFilter(period: .past), page: PageRequest(limit: 1))
    let meetingID = meeting.rows.first?.meeting.id
    let filters: [(String, ActionFilter)] =
      [
        ("open", ActionFilter()),
        ("every status", ActionFilter(statuses: ActionFilter.allStatuses)),
        ("overdue", .overdue(on: today)),
        ("due this week", ActionFilter(dueBefore: today.adding(days: 7), dueFrom: today)),
        ("owner", ActionFilter(ownerID: officer.id)),
        ("mine (owner or co-owner)", ActionFilter(involvingID: officer.id)),
        ("operation", ActionFilter(operationID: operation.operation.id)),
        ("due before +30d", ActionFilter(dueBefore: today.adding(days: 30))),
      ] + ActionStatus.allCases.map { ("status \($0.rawValue)", ActionFilter(statuses: [$0])) }
      + (meetingID.map { [("meeting", ActionFilter(meetingID: $0))] } ?? [])
    var results: [BenchResult] = []
    for (name, filter) in filters {
      results.append(
        try time(group, "actions: \(name)") {
          "\(try store.actions(filter, page: page).rows.count) rows"
        })
    }
    for sort in OperationSort.allCases {
      results.append(
        try time(group, "operations by \(sort.label)") {
          "\(try store.operations(sort: sort, today: today, page: page).rows.count) rows"
        })
    }
    let meetingFilters: [(String, MeetingFilter)] = [
      ("meetings upcoming", MeetingFilter(period: .upcoming)),
      ("meetings past", MeetingFilter(period: .past)),
      (
        "meetings of an operation",
        MeetingFilter(period: .past, operationID: operation.operation.id)
      ),
      ("meetings technical", MeetingFilter(period: .past, kind: .technical)),
    ]
    for (name, filter) in meetingFilters {
      results.append(
        try time(group, name) {
          "\(try store.meetings(filter, page: page).rows.count) rows"
        })
    }
    results.append(
      try time(group, "officers") {
        "\(try store.officers(page: page).rows.count) rows"
      })
    results.append(
      try time(group, "audit trail") {
        "\(try store.auditEvents(page: page).rows.count) rows"
      })
    return results
  }

  // MARK: - Records

  private func records() throws -> [BenchResult] {
    let action = try store.actions(ActionFilter(), page: PageRequest(limit: 1)).rows[0]
    let operation = try store.operations(today: today, page: PageRequest(limit: 1)).rows[0]
    let officer = try store.actingOfficer(nil)
    var results = [
      try time("opening a record", "an action item with its log") {
        "\(try store.actionDetail(action.item.id).updates.count) log entries"
      },
      try time("opening a record", "an operation with its participants") {
        "\(try store.operationDetail(operation.operation.id, today: today).participants.count) participants"
      },
      try time("opening a record", "an officer with their open actions") {
        "\(try store.officerDetail(officer.id).openActions.count) open actions"
      },
    ]
    if let long = try longMeeting() {
      results.append(
        try time("opening a record", "the minutes of a 500-entry meeting") {
          "\(try store.meetingDetail(long).entries.count) entries"
        })
    }
    return results
  }

  private func longMeeting() throws -> UUID? {
    try meeting(titled: BenchDataset.longMeetingTitle)
  }

  private func meeting(titled title: String) throws -> UUID? {
    try store.search("\"\(title)\"", limitPerKind: 5).groups
      .first { $0.kind == .meeting }?.hits.first { $0.title == title }?.id
  }

  /// The meeting the write test appends to (see ``BenchDataset/writesMeetingTitle``), made
  /// beside the long meeting, on its operations, the first time.
  private func writesMeeting(beside long: UUID, as officer: ActingOfficer) throws -> UUID {
    if let found = try meeting(titled: BenchDataset.writesMeetingTitle) { return found }
    let detail = try store.meetingDetail(long)
    let model = detail.row.meeting
    // Ten years before the long meeting, behind every generated one: the lists of past
    // meetings the bench reads, latest first, stay as the generator made them.
    let meeting = Meeting(
      kind: model.kind, title: BenchDataset.writesMeetingTitle,
      startsAt: model.startsAt.addingTimeInterval(-3_653 * 86_400), timeZone: model.timeZone,
      markings: model.markings)
    return try store.addMeeting(
      meeting, operations: detail.operations.map(\.id), invitees: [], as: officer
    ).id
  }

  /// The same keys while the day's backup runs beside them, as the console makes it when it
  /// opens: held back by the keys. The copy goes to a temporary file, stopped and removed after.
  /// On a small file the backup may be done before the keys start; the result says so.
  private func scrollingDuringABackup(_ app: ConsoleApp) throws -> BenchResult {
    let destination = FileManager.default.temporaryDirectory
      .appendingPathComponent("liaison-bench-backup-\(UUID().uuidString).sqlite").path
    let done = DispatchSemaphore(value: 0)
    let (store, pace) = (self.store, app.backupPace)
    Thread.detachNewThread {
      try? store.backup(to: destination, pace: pace)
      done.signal()
    }
    defer {
      pace.stop()
      done.wait()
      try? FileManager.default.removeItem(atPath: destination)
    }
    // Let the backup get under way before the first key.
    Thread.sleep(forTimeInterval: 1)
    var keys: [Double] = []
    for index in 0..<1_000 {
      keys.append(measure { app.step(.char(index < 500 ? "j" : "k")) })
    }
    let finishedFirst = done.wait(timeout: .now()) == .success
    if finishedFirst { done.signal() }  // the deferred wait takes it again
    return BenchResult(
      group: "console (120×40, in memory)",
      name: "scroll 1,000 rows during the day's backup", milliseconds: keys,
      note: finishedFirst ? "the backup was done before the keys ended" : "backup under way")
  }

  // MARK: - Search

  private func search() throws -> [BenchResult] {
    [
      ("a rare term (\(BenchDataset.rareTerm))", BenchDataset.rareTerm),
      ("a common term (\(BenchDataset.commonTerm))", BenchDataset.commonTerm),
      ("an accented term typed without its accent (bogota)", "bogota"),
      ("a prefix (\(BenchDataset.prefixTerm))", BenchDataset.prefixTerm),
    ].map { name, text in
      // As the console searches: its number of hits per kind, each with its snippet.
      time("full-text search (\(SearchScreen.hitsPerKind) per kind, as the console)", name) {
        "\((try? store.search(text, limitPerKind: SearchScreen.hitsPerKind))?.count ?? 0) hits"
      }
    }
  }

  // MARK: - Writes

  /// Writes are made in the database itself, so they run only on a bench database.
  func writes() throws -> [BenchResult] {
    let officer = try store.actingOfficer(nil)
    let items = try store.actions(ActionFilter(), page: PageRequest(limit: repetitions + 1)).rows
    let skipped =
      officer.handle != BenchDataset.profileHandle
      ? "not a database made by `liaison bench generate`"
      : items.isEmpty ? "\(officer.handle) sees no action item" : nil
    if let skipped {
      return [BenchResult(group: "writes", name: "skipped: \(skipped)", milliseconds: [0])]
    }
    var index = 0
    let change = try time("writes (with op-log and audit rows)", "one action change") {
      let item = items[index % items.count].item
      index += 1
      try store.changeAction(
        item.id, ActionChange(priority: item.priority == .high ? .normal : .high), as: officer)
      return ""
    }
    var results = [change]
    if let long = try longMeeting() {
      let meeting = try writesMeeting(beside: long, as: officer)
      results.append(
        try time("writes (with op-log and audit rows)", "append a minute entry") {
          let entry = try store.addMinuteEntry(
            meeting, kind: .information, text: "Benchmark entry — São Paulo 📦", as: officer)
          return entry.entry.ref
        })
    }
    return results
  }
}
