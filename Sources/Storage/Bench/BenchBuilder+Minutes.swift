import CaseModel
import Foundation
import GRDB

extension BenchBuilder {
  /// Meetings of forty entries each (one of exactly 500), with attendance; a fifth of the
  /// entries are actions, each creating its action item, up to the number of actions asked.
  mutating func meetingsAndMinutes(_ progress: (String) -> Void) throws(StoreError) {
    let total = size.minutes
    var made = 0
    var meetingIndex = 0
    let started = Date()
    // Meetings are written fifty to a transaction: one each would spend more on commits.
    var pending: [PendingMeeting] = []
    while made < total {
      let count = meetingIndex == 0 ? min(500, total) : min(40, total - made)
      var rows: [(MinuteEntry, ActionItem?)] = []
      let operation = operations[meetingIndex % operations.count]
      let day = today.adding(days: -(meetingIndex % 3_000) - 1)
      let meeting = Meeting(
        id: nextID(), kind: MeetingKind.allCases[meetingIndex % 4],
        title: meetingIndex == 0
          ? BenchDataset.longMeetingTitle : "\(operation.codename) — meeting \(meetingIndex)",
        startsAt: day.startOfDay(in: .gmt).addingTimeInterval(10 * 3600),
        timeZone: "Europe/Lisbon", durationMinutes: 90, videoCall: meetingIndex % 3 == 0,
        chairID: officers[meetingIndex % officers.count].id,
        minuteTakerID: officers[(meetingIndex + 1) % officers.count].id,
        minutesState: .draft, markings: operation.markings)
      for position in 1...max(1, count) {
        let number = made + position
        let isAction =
          number % 5 == 0 && actionsMade + rows.filter({ $0.1 != nil }).count < size.actions
        var action: ActionItem?
        let text =
          isAction
          ? BenchText.title(&rng, number: number) : BenchText.entry(&rng, number: number)
        if isAction {
          action = actionItem(title: text, operation: operation, meetingID: meeting.id)
        }
        rows.append(
          (
            MinuteEntry(
              id: nextID(), meetingID: meeting.id, position: position,
              kind: isAction ? .action : (number % 5 == 1 ? .decision : .information), text: text,
              actionID: action?.id, markings: meeting.markings), action
          ))
      }
      pending.append(PendingMeeting(meeting: meeting, operation: operation, entries: rows))
      if pending.count == 50 {
        try write(pending)
        pending = []
      }
      actionsMade += rows.filter { $0.1 != nil }.count
      made += count
      meetingIndex += 1
      if meetingIndex % 2_500 == 0 {
        progress(
          "\(made) minute entries, \(actionsMade) actions (\(Int(Date().timeIntervalSince(started))) s)"
        )
      }
    }
    try write(pending)
    progress("\(meetingIndex) meetings, \(made) minute entries")
  }

  /// A meeting with its minutes, not yet written.
  struct PendingMeeting {
    var meeting: Meeting
    var operation: JointOperation
    var entries: [(MinuteEntry, ActionItem?)]
  }

  private func write(_ meetings: [PendingMeeting]) throws(StoreError) {
    guard !meetings.isEmpty else { return }
    try store.write(as: actor) { w in
      for pending in meetings { try write(pending, w) }
    }
  }

  private func write(_ pending: PendingMeeting, _ w: Writer) throws {
    let (meeting, operation, entries) = (pending.meeting, pending.operation, pending.entries)
    let saved = try w.insert(meeting)
    try w.insert(MeetingOperation(meetingID: saved.id, operationID: operation.id))
    let first = Int(saved.startsAt.timeIntervalSince1970 / 86_400)
    for offset in 0..<min(5, officers.count) {
      let officer = officers[(first + offset * 7) % officers.count]
      try w.insert(
        Attendance(
          meetingID: saved.id, officerID: officer.id,
          status: offset == 4 ? .excused : .present))
    }
    w.describe("added meeting \(saved.ref)", subject: saved)
    try w.audit()
    for (entry, action) in entries {
      if let action {
        let item = try w.insert(action)
        w.describe("added action \(item.ref)", subject: item)
        try w.audit()
      }
      let savedEntry = try w.insert(entry)
      w.describe(
        "minutes of \(saved.ref): added \(entry.kind.rawValue) \(savedEntry.ref)",
        subject: savedEntry)
      try w.audit()
    }
  }

  /// An action item with a realistic spread: two years overdue to two months ahead, about
  /// four in ten still open.
  mutating func actionItem(
    title: String, operation: JointOperation?, meetingID: UUID?
  )
    -> ActionItem
  {
    let status: ActionStatus =
      switch rng.below(10) {
      case 0, 1: .open
      case 2: .inProgress
      case 3: .blocked
      case 9: .dropped
      default: .done
      }
    return ActionItem(
      id: nextID(), title: title,
      details: rng.below(3) == 0 ? BenchText.sentence(&rng, words: 30) : "",
      ownerID: officers[rng.below(officers.count)].id, operationID: operation?.id,
      meetingID: meetingID,
      due: rng.below(12) == 0 ? nil : today.adding(days: rng.below(790) - 730),
      priority: Priority.allCases[rng.below(4)], status: status,
      markings: operation?.markings ?? .standard)
  }

  /// The actions not raised in minutes, straight on operations, with a log entry on some.
  mutating func directActions(_ progress: (String) -> Void) throws(StoreError) {
    let remaining = max(0, size.actions - actionsMade)
    var made = 0
    while made < remaining {
      let count = min(20_000, remaining - made)
      var items: [ActionItem] = []
      for index in 0..<count {
        let number = actionsMade + made + index
        items.append(
          actionItem(
            title: BenchText.title(&rng, number: number),
            operation: operations[number % operations.count], meetingID: nil))
      }
      let notes = (0..<count).map { _ in
        rng.below(10) == 0 ? BenchText.sentence(&rng, words: 12) : nil
      }
      try store.write(as: actor) { w in
        for (item, note) in zip(items, notes) {
          let saved = try w.insert(item)
          if let note { try w.insert(ActionUpdate(actionID: saved.id, note: note)) }
          w.describe("added action \(saved.ref)", subject: saved)
          try w.audit()
        }
      }
      made += count
      if made % 100_000 < 20_000 { progress("\(actionsMade + made) actions") }
    }
    actionsMade += made
    progress("\(actionsMade) actions in all")
  }

  /// Concludes the operations meant to be concluded, and checks the audit chain.
  mutating func finish(_ progress: (String) -> Void) throws(StoreError) {
    let concluded = operations.filter { $0.status == .concluded }
    try store.write(as: actor) { w in
      for operation in concluded {
        // Its lead concludes it (its lead country's officers lead it): the benchmark's
        // officer only takes part in some operations, and a participant may not.
        if let lead = officers.first(where: { $0.countryID == operation.leadCountryID }) {
          try w.act(as: ActingOfficer(id: lead.id, handle: lead.handle))
        }
        try w.changeOperationStatus(operation.id, to: .concluded)
        try w.audit()
      }
    }
    progress("done")
  }
}
