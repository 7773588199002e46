import CaseModel
import Foundation
import Testing

// MARK: - Records

/// Valid records to start from; each test changes one thing and checks `validated()`.
enum Fixture {
  static let country = Country.id(forCode: "PT")
  static let officerID = UUID.reference("test", "officer")
  /// 2026-03-01, made without `try` so fixtures can be built in non-throwing closures.
  static let day = CalendarDate.today(
    in: TimeZone(identifier: "UTC")!, now: Date(timeIntervalSince1970: 1_772_323_200))

  static func operation() -> JointOperation {
    JointOperation(
      code: "TF-MAR-2026-003", codename: "Esperanza", summary: "Maritime cocaine route",
      crimeAreas: [.drugTrafficking], vector: .maritime, leadCountryID: country)
  }

  static func meeting() -> Meeting {
    Meeting(
      ref: "M4-KQ3M", kind: .technical, title: "Encrypted networks",
      startsAt: Date(timeIntervalSince1970: 1_772_323_200), timeZone: "America/Bogota")
  }

  static func entry() -> MinuteEntry {
    MinuteEntry(
      meetingID: UUID.v7(), position: 1, kind: .decision, text: "Share AIS data weekly",
      markings: .standard)
  }

  static func action() -> ActionItem {
    ActionItem(title: "Check vessel AIS history", ownerID: officerID, markings: .standard)
  }

  static func seizure() -> Seizure {
    Seizure(
      operationID: UUID.v7(), kind: .drugs, description: "Cocaine in banana boxes",
      substance: "cocaine hydrochloride", quantity: 1_250.5, unit: .kg, value: 40_000_000,
      currency: "EUR", place: "Port of Algeciras", date: day, markings: .standard)
  }

  static func officer() -> Officer {
    Officer(
      handle: "ribeiro", name: "Ana Ribeiro", organisationID: UUID.v7(), countryID: country,
      role: .liaisonOfficer, languages: ["pt", "es"], email: "a.ribeiro@pj.pt")
  }

  static func organisation() -> Organisation {
    Organisation(acronym: "MAOC-N", name: "MAOC (N)", countryID: nil, kind: .maritime)
  }
}

// MARK: - Text fields

/// One free-text field of one record, so every field gets the same text checks.
struct TextField: Sendable, CustomTestStringConvertible {
  let record: String
  let field: String
  let limit: Int
  let multiline: Bool
  let required: Bool
  let validate: @Sendable (String) throws(ValidationError) -> String

  var testDescription: String { "\(record) \(field)" }

  static let all: [TextField] = [
    TextField(
      record: "JointOperation", field: "codename", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.operation()
      r.codename = text
      return try r.validated().codename
    },
    TextField(
      record: "JointOperation", field: "summary", limit: 20_000, multiline: true, required: false
    ) { text throws(ValidationError) in
      var r = Fixture.operation()
      r.summary = text
      return try r.validated().summary
    },
    TextField(
      record: "Meeting", field: "meeting title", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.meeting()
      r.title = text
      return try r.validated().title
    },
    TextField(
      record: "MinuteEntry", field: "entry text", limit: 10_000, multiline: true, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.entry()
      r.text = text
      return try r.validated().text
    },
    TextField(
      record: "ActionItem", field: "title", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.action()
      r.title = text
      return try r.validated().title
    },
    TextField(
      record: "ActionItem", field: "details", limit: 20_000, multiline: true, required: false
    ) { text throws(ValidationError) in
      var r = Fixture.action()
      r.details = text
      return try r.validated().details
    },
    TextField(
      record: "ActionUpdate", field: "note", limit: 10_000, multiline: true, required: false
    ) { text throws(ValidationError) in
      try ActionUpdate(actionID: UUID.v7(), note: text).validated().note
    },
    TextField(
      record: "Seizure", field: "description", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.seizure()
      r.description = text
      return try r.validated().description
    },
    TextField(
      record: "Seizure", field: "place", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.seizure()
      r.place = text
      return try r.validated().place
    },
    TextField(
      record: "Officer", field: "officer name", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      var r = Fixture.officer()
      r.name = text
      return try r.validated().name
    },
    TextField(
      record: "Organisation", field: "organisation name", limit: 200, multiline: false,
      required: true
    ) { text throws(ValidationError) in
      var r = Fixture.organisation()
      r.name = text
      return try r.validated().name
    },
    TextField(
      record: "AgendaItem", field: "agenda item", limit: 200, multiline: false, required: true
    ) { text throws(ValidationError) in
      try AgendaItem(meetingID: UUID.v7(), position: 1, title: text).validated().title
    },
  ]

  func run(_ text: String) -> Result<String, ValidationError> {
    outcome { () throws(ValidationError) in try validate(text) }
  }
}
