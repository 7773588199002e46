import CaseModel
import Foundation
import GRDB

// Meetings: the chair sets them up with their agenda, the minute-taker takes attendance and
// writes the minutes, then circulates them; the chair approves them.
extension DemoLoader {
  func holdMeeting(_ session: DemoOperationPlan.Session, keys: [String], day: Int) throws {
    guard let primary = keys.first else { return }
    let plan = try self.plan(primary)
    let plenary = keys.count > 1
    try act(session.chair)
    let meeting = try w.addMeeting(
      Meeting(
        kind: session.kind, title: session.title,
        startsAt: try instant(day, session.hour, session.minute, zone: session.zone),
        timeZone: session.zone, durationMinutes: session.duration, place: session.place,
        videoCall: session.place == nil, chairID: try officer(session.chair).id,
        minuteTakerID: try officer(session.minuteTaker).id,
        markings: session.markings ?? plan.markings),
      // A plenary deals with the operations its chair takes part in: linking a meeting to
      // an operation takes a participant of it.
      operations: try keys.map { try operation($0).id }.filter { id in
        try w.role(on: id).map { $0 >= .participant } ?? false
      },
      invitees: try session.invitees.map { try officer($0).id })
    try w.audit()

    // The previous meetings' open items head the agenda only when there were meetings.
    let heldBefore = keys.contains { plansMet.contains($0) }
    let topics = session.topics.filter { $0 != .carryOver || heldBefore }
    for topic in topics {
      _ = try w.agendaItem(meeting.id, titled: topic.title(vector: plan.vector, plenary: plenary))
    }
    w.describe("meeting \(meeting.ref): agenda set with \(topics.count) items")
    try w.audit()
    plansMet.formUnion(keys)

    guard day <= 0 else {
      try sendApologies(session, meeting: meeting)
      return
    }
    let present = try takeAttendance(session, meeting: meeting, keys: keys)
    for topic in topics {
      let agenda = topic.title(vector: plan.vector, plenary: plenary)
      if topic == .carryOver {
        try writeCarryOver(meeting, keys: keys, agenda: agenda, day: day)
      } else {
        try writeTopic(
          topic, meeting: meeting, session: session, keys: keys, agenda: agenda,
          present: present, day: day)
      }
    }
    scheduleMinutes(meeting, session: session, keys: keys, day: day)
  }

  /// Upcoming meetings: now and then an invitee sends apologies in advance.
  private func sendApologies(_ session: DemoOperationPlan.Session, meeting: Meeting) throws {
    let others = session.invitees.filter { $0 != session.chair && $0 != session.minuteTaker }
    guard !others.isEmpty, rng.chance(40) else { return }
    let handle = rng.pick(others)
    try act(handle)
    try w.setAttendance(meeting.id, officer: try officer(handle).id, status: .excused)
    try w.audit()
  }

  /// Returns who was present, guest included.
  private func takeAttendance(
    _ session: DemoOperationPlan.Session, meeting: Meeting, keys: [String]
  ) throws -> [String] {
    try act(session.minuteTaker)
    var present: [String] = []
    for handle in session.invitees {
      let status: AttendanceStatus =
        handle == session.chair || handle == session.minuteTaker
        ? .present : [.present, .excused, .absent][rng.weighted([82, 11, 7])]
      try w.setAttendance(meeting.id, officer: try officer(handle).id, status: status)
      try w.audit()
      if status == .present { present.append(handle) }
    }
    var candidates: [String] = []
    for key in keys {
      for handle in try plan(key).officerHandles
      where !session.invitees.contains(handle) && !candidates.contains(handle) {
        candidates.append(handle)
      }
    }
    if !candidates.isEmpty, rng.chance(35) {
      let guest = rng.pick(candidates)
      try w.setAttendance(meeting.id, officer: try officer(guest).id, status: .present)
      try w.audit()
      present.append(guest)
    }
    return present
  }

  /// Lists the items of earlier meetings that are still open, so that none is forgotten.
  private func writeCarryOver(
    _ meeting: Meeting, keys: [String], agenda: String, day: Int
  )
    throws
  {
    let meetingDate = today.adding(days: day)
    var open: [ActionItem] = []
    for record in minuteActions where keys.contains(record.key) && record.meeting != meeting.id {
      let item = try w.live(ActionItem.self, record.id)
      if item.status.isOpen { open.append(item) }
    }
    guard !open.isEmpty else {
      try addEntry(meeting, .information, "All actions from earlier meetings are closed 👍", agenda)
      return
    }
    for item in open.prefix(6) {
      let owner = handles[item.ownerID].flatMap { officers[$0]?.name } ?? "unassigned"
      let due = item.due.map { ", due \($0)" } ?? ""
      let late = item.isOverdue(on: meetingDate) ? " — overdue ⚠️" : ""
      try addEntry(
        meeting, .information,
        "\(shortRef(item.ref)) (\(owner), \(item.status.label)\(due)\(late)): \(item.title)",
        agenda)
    }
    if open.count > 6 {
      try addEntry(
        meeting, .information,
        "\(open.count - 6) more open items were reviewed; see the action list of the operation.",
        agenda)
    }
    let overdue = open.filter { $0.isOverdue(on: meetingDate) }.map { shortRef($0.ref) }
    if !overdue.isEmpty {
      try addEntry(
        meeting, .decision,
        "Overdue items \(overdue.prefix(5).joined(separator: ", ")) stay on the list; owners "
          + "report in writing before the next meeting.", agenda)
    }
  }

  private func writeTopic(
    _ topic: DemoTopic, meeting: Meeting, session: DemoOperationPlan.Session, keys: [String],
    agenda: String, present: [String], day: Int
  ) throws {
    let (information, decisions, actions) = entryCounts(topic)
    // Housekeeping is about the meeting itself, not about one of a plenary's operations.
    let named = topic == .aob ? [] : keys
    for _ in 0..<information {
      let key = rng.pick(keys)
      let text = try draw(topic, key: key, .information)
      try addEntry(meeting, .information, try prefixed(text, key: key, keys: named), agenda)
    }
    for _ in 0..<decisions {
      let key = rng.pick(keys)
      let text = try draw(topic, key: key, .decision)
      try addEntry(meeting, .decision, try prefixed(text, key: key, keys: named), agenda)
    }
    // A concluded operation takes no new actions: a plenary files them under another one.
    let open = try keys.filter { try operation($0).status.takesNewActions }
    guard !open.isEmpty else { return }
    for _ in 0..<actions {
      let key = rng.pick(open)
      // The same template may come round again; an item the operation already has is not
      // raised twice.
      var line = try draw(topic, key: key, .action)
      func title(_ line: String) -> String {
        String(line.split(separator: "¶", maxSplits: 1).first ?? Substring(line))
      }
      for _ in 0..<10 where actionTitles[key, default: []].contains(title(line)) {
        line = try draw(topic, key: key, .action)
      }
      actionTitles[key, default: []].insert(title(line))
      let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
      let specialisation = parts.count == 2 ? Specialisation(rawValue: String(parts[0])) : nil
      let text = (parts.last.map(String.init) ?? line).replacingOccurrences(of: " ¶ ", with: "\n")
      try addActionEntry(
        meeting, text: try prefixed(text, key: key, keys: named), agenda: agenda, key: key,
        specialisation: specialisation, session: session, present: present, day: day)
    }
  }

  /// How many entries of each kind a topic gets at one meeting.
  private func entryCounts(_ topic: DemoTopic) -> (Int, Int, Int) {
    switch topic {
    case .picture: (rng.int(in: 2...3), rng.chance(40) ? 1 : 0, rng.int(in: 1...3))
    case .planning: (rng.int(in: 0...1), 1, rng.int(in: 2...3))
    case .legal: (1, rng.chance(50) ? 1 : 0, rng.int(in: 1...2))
    case .financial, .encrypted: (rng.int(in: 1...2), rng.chance(40) ? 1 : 0, rng.int(in: 1...3))
    case .aob: (1, rng.chance(50) ? 1 : 0, rng.chance(60) ? 1 : 0)
    case .lessons: (2, 1, rng.int(in: 0...1))
    case .carryOver: (0, 0, 0)
    }
  }

  private func addActionEntry(
    _ meeting: Meeting, text: String, agenda: String, key: String,
    specialisation: Specialisation?, session: DemoOperationPlan.Session, present: [String],
    day: Int
  ) throws {
    let owner = try chooseOwner(present, specialisation: specialisation, chair: session.chair)
    let dueOffsets = [7, 10, 14, 14, 21, 21, 28, 30, 45, 60]
    let due: Int? = rng.chance(88) ? day + rng.pick(dueOffsets) : nil
    let priority = Priority.allCases[rng.weighted([15, 50, 25, 10])]
    let (_, created) = try w.addMinuteEntry(
      meeting.id, kind: .action, text: text, agenda: agenda,
      action: ActionRequest(
        ownerID: try officer(owner).id, due: due.map { today.adding(days: $0) },
        priority: priority, operationID: try operation(key).id),
      amendment: false)
    try w.audit()
    guard let item = created else { return }
    minuteActions.append((item.id, key, meeting.id))
    if rng.chance(22) {
      let others = present.filter { $0 != owner && officers[$0]?.role != .observer }
      for handle in rng.sample(others, rng.int(in: 1...2)) {
        try w.addCoOwner(item.id, try officer(handle).id)
        w.describe("action \(item.ref): co-owner \(handle) added")
        try w.audit()
      }
    }
    try scheduleLife(
      of: item.id, key: key, created: day, due: due, owner: owner, priority: priority,
      chair: session.chair, team: present)
  }

  /// Someone present who is not an observer, with the right specialisation if possible; the
  /// local profile gets a fair share, so that "my actions" is never empty.
  private func chooseOwner(
    _ present: [String], specialisation: Specialisation?, chair: String
  ) throws -> String {
    let doers = present.filter { officers[$0]?.role != .observer }
    guard !doers.isEmpty else { return chair }
    if doers.contains(DemoDataset.profileHandle), rng.chance(15) {
      return DemoDataset.profileHandle
    }
    if let specialisation {
      let experts = doers.filter {
        officers[$0]?.specialisations.contains(specialisation) ?? false
      }
      if !experts.isEmpty { return rng.pick(experts) }
    }
    return rng.pick(doers)
  }

  private func addEntry(
    _ meeting: Meeting, _ kind: EntryKind, _ text: String, _ agenda: String
  )
    throws
  {
    try w.addMinuteEntry(
      meeting.id, kind: kind, text: text, agenda: agenda, action: nil, amendment: false)
    try w.audit()
  }

  /// Minutes go out a few days after the meeting and are approved one to three weeks later;
  /// the most recent meetings still have draft minutes.
  private func scheduleMinutes(
    _ meeting: Meeting, session: DemoOperationPlan.Session, keys: [String], day: Int
  ) {
    let circulated = day + rng.int(in: 2...6)
    guard circulated <= 0 else { return }
    timeline.add(
      .minutesState(meeting: meeting.id, .circulated, by: session.minuteTaker), on: circulated)
    let approved = circulated + rng.int(in: 7...20)
    guard approved <= 0 else { return }
    timeline.add(.minutesState(meeting: meeting.id, .approved, by: session.chair), on: approved)
    let amended = approved + rng.int(in: 3...15)
    guard amended <= 0, rng.chance(20), let key = keys.first, let plan = plans[key] else {
      return
    }
    let text = fill(rng.pick(DemoPhrases.amendments), plan)
    timeline.add(.amendment(meeting: meeting.id, text: text, by: session.chair), on: amended)
  }

  /// On a plenary, each entry says which operation it is about.
  private func prefixed(_ text: String, key: String, keys: [String]) throws -> String {
    keys.count > 1 ? "\(try plan(key).codename): \(text)" : text
  }

  /// The meeting's start: a local time on a day counted from today, in the meeting's zone.
  private func instant(_ day: Int, _ hour: Int, _ minute: Int, zone: String) throws -> Date {
    let date = today.adding(days: day)
    var calendar = Calendar(identifier: .gregorian)
    guard let timeZone = TimeZone(identifier: zone) else {
      throw StoreError(.conflict, "the demo script names an unknown time zone \(zone)")
    }
    calendar.timeZone = timeZone
    let components = DateComponents(
      year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
    guard let start = calendar.date(from: components) else {
      throw StoreError(.conflict, "no such local time \(date) \(hour):\(minute) in \(zone)")
    }
    return start
  }

  /// `A17` for `A17-KQ3M`: the form officers say aloud, the same on every laptop.
  func shortRef(_ ref: String) -> String {
    String(ref.split(separator: "-").first ?? Substring(ref))
  }
}
