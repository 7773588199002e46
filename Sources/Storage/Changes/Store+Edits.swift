import CaseModel
import Foundation
import GRDB

/// Saving edited records from the console's forms: each checks what its kind of record must
/// keep true (unique handles and acronyms, life-cycle transitions) before saving the fields
/// that changed.
extension Store {
  @discardableResult
  public func editMeeting(
    _ meeting: Meeting, operations: [UUID], invitees: [UUID], as officer: ActingOfficer
  ) throws(StoreError) -> Meeting {
    try write(as: officer) {
      try $0.editMeeting(meeting, operations: operations, invitees: invitees)
    }
  }

  @discardableResult
  public func editAction(
    _ item: ActionItem, coOwners: [UUID], note: String? = nil, as officer: ActingOfficer
  ) throws(StoreError) -> ActionItem {
    try write(as: officer) { try $0.editAction(item, coOwners: coOwners, note: note) }
  }

  @discardableResult
  public func editOfficer(
    _ officer: Officer, as actor: ActingOfficer
  ) throws(StoreError)
    -> Officer
  {
    try write(as: actor) { try $0.editOfficer(officer) }
  }

  @discardableResult
  public func editOrganisation(
    _ organisation: Organisation, as officer: ActingOfficer
  )
    throws(StoreError) -> Organisation
  {
    try write(as: officer) { try $0.editOrganisation(organisation) }
  }

  @discardableResult
  public func editSeizure(
    _ seizure: Seizure, as officer: ActingOfficer
  ) throws(StoreError)
    -> Seizure
  {
    try write(as: officer) { try $0.editSeizure(seizure) }
  }
}

extension Writer {
  @discardableResult
  func editMeeting(_ meeting: Meeting, operations: [UUID], invitees: [UUID]) throws -> Meeting {
    let current = try live(Meeting.self, meeting.id)
    try requireParticipation(inMeeting: meeting.id, to: "editing a meeting")
    guard current.minutesState == meeting.minutesState else {
      throw StoreError(.conflict, "circulate or approve minutes with their own commands")
    }
    let linked = try Set(operations).sorted(by: { $0.text < $1.text }).map { id in
      let operation = try live(JointOperation.self, id)
      try require(.participant, on: operation, to: "linking a meeting")
      return operation
    }
    var meeting = meeting
    meeting.markings = try checkMarkings(
      meeting.markings, was: current.markings,
      floor: linked.reduce(Markings(handling: .h0, tlp: .clear)) { $0.raised(to: $1.markings) },
      on: linked.first, record: (.meeting, current.id, current.ref))
    for id in [meeting.chairID, meeting.minuteTakerID].compactMap(\.self) {
      _ = try live(Officer.self, id)
    }
    let saved = try update(meeting)
    // Links and invitations follow the lists given: new ones are added, removed ones are
    // tombstoned, and an invitee who stays keeps their attendance.
    let links = try MeetingOperation.filter(sql: "meeting_id = ?", arguments: [meeting.id.text])
      .fetchAll(db)
    var newlyLinked: [JointOperation] = []
    for operation in linked.map(\.id) {
      if !links.contains(where: { $0.operationID == operation && !$0.stamp.isDeleted }) {
        newlyLinked += linked.filter { $0.id == operation }
      }
      if let link = links.first(where: { $0.operationID == operation }) {
        if link.stamp.isDeleted { try restore(link) }
      } else {
        try insert(MeetingOperation(meetingID: meeting.id, operationID: operation))
      }
    }
    for link in links where !link.stamp.isDeleted && !operations.contains(link.operationID) {
      try delete(link)
    }
    let attendance = try Attendance.filter(sql: "meeting_id = ?", arguments: [meeting.id.text])
      .fetchAll(db)
    for invitee in Set(invitees).sorted(by: { $0.text < $1.text }) {
      _ = try live(Officer.self, invitee)
      if let row = attendance.first(where: { $0.officerID == invitee }) {
        if row.stamp.isDeleted { try restore(row) }
      } else {
        try insert(Attendance(meetingID: meeting.id, officerID: invitee))
      }
    }
    for row in attendance
    where !row.stamp.isDeleted && !row.guest
      && !invitees.contains(row.officerID) && row.status == .invited
    {
      try delete(row)
    }
    describe("edited meeting \(saved.ref)", subject: saved)
    try combined(saved, with: newlyLinked)
    return saved
  }

  /// The logged fields (status, priority, due date, owner) go through the action's update log,
  /// the others are saved as they are.
  @discardableResult
  func editAction(_ item: ActionItem, coOwners: [UUID], note: String?) throws -> ActionItem {
    var current = try live(ActionItem.self, item.id)
    try requireParticipation(inAction: current, to: "changing an action item")
    let operation = try item.operationID.map { try live(JointOperation.self, $0) }
    if item.operationID != current.operationID, let operation {
      try require(.participant, on: operation, to: "filing an action item")
      try operation.requireTakesNewActions()
    }
    let change = ActionChange(
      title: item.title != current.title ? item.title : nil,
      details: item.details != current.details ? item.details : nil,
      status: item.status != current.status ? item.status : nil,
      priority: item.priority != current.priority ? item.priority : nil,
      due: item.due != current.due ? .some(item.due) : nil,
      ownerID: item.ownerID != current.ownerID ? item.ownerID : nil)
    if !change.isEmpty || !(note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      current = try changeAction(item.id, change, note: note)
      try audit()
    }
    current.operationID = item.operationID
    current.markings = try checkMarkings(
      item.markings, was: current.markings,
      floor: operation?.markings ?? Markings(handling: .h0, tlp: .clear), on: operation,
      record: (.actionItem, current.id, current.ref))
    let saved = try update(current)
    let links = try ActionCoOwner.filter(sql: "action_id = ?", arguments: [item.id.text])
      .fetchAll(db)
    for officer in Set(coOwners).sorted(by: { $0.text < $1.text }) where officer != saved.ownerID {
      _ = try live(Officer.self, officer)
      try addCoOwner(item.id, officer)
    }
    for link in links where !link.stamp.isDeleted && !coOwners.contains(link.officerID) {
      try delete(link)
    }
    describe("edited action \(saved.ref)", subject: saved)
    return saved
  }

  @discardableResult
  func editOfficer(_ officer: Officer) throws -> Officer {
    let candidate = try officer.validated()
    _ = try live(Officer.self, candidate.id)
    if try Officer.filter(
      sql: "handle = ? AND id <> ?", arguments: [candidate.handle, candidate.id.text]
    )
    .fetchCount(db) > 0 {
      throw StoreError(
        .duplicate, "an officer with handle \(quoted(candidate.handle)) already exists")
    }
    _ = try live(Organisation.self, candidate.organisationID)
    try ensureCountry(candidate.countryID)
    let saved = try update(candidate)
    describe("edited officer \(saved.handle)", subject: saved)
    return saved
  }

  @discardableResult
  func editOrganisation(_ organisation: Organisation) throws -> Organisation {
    let candidate = try organisation.validated()
    _ = try live(Organisation.self, candidate.id)
    if try Organisation.filter(
      sql: "acronym = ? COLLATE NOCASE AND id <> ?",
      arguments: [candidate.acronym, candidate.id.text]
    ).fetchCount(db) > 0 {
      throw StoreError(
        .duplicate, "an organisation with acronym \(quoted(candidate.acronym)) already exists")
    }
    if let country = candidate.countryID { try ensureCountry(country) }
    let saved = try update(candidate)
    describe("edited organisation \(saved.acronym)", subject: saved)
    return saved
  }

  @discardableResult
  func editSeizure(_ seizure: Seizure) throws -> Seizure {
    var current = try live(Seizure.self, seizure.id)
    let operation = try live(JointOperation.self, seizure.operationID)
    // Moving a seizure to another operation takes part in both.
    for id in Set([current.operationID, seizure.operationID]).sorted(by: { $0.text < $1.text }) {
      try require(.participant, on: try live(JointOperation.self, id), to: "changing a seizure")
    }
    try current.changeStatus(to: seizure.status)
    var candidate = seizure
    candidate.status = current.status
    candidate.markings = try checkMarkings(
      seizure.markings, was: current.markings, floor: operation.markings, on: operation,
      record: (.seizure, current.id, current.ref))
    if let country = candidate.countryID { try ensureCountry(country) }
    let saved = try update(candidate)
    describe("edited seizure \(saved.ref)", subject: saved)
    return saved
  }
}
