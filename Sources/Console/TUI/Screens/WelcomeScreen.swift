import CaseModel
import Foundation
import Storage

/// The first run: an empty database. Offers to load the demo or to set up the officer profile,
/// asking one question at a time and checking each answer before the next.
public struct WelcomeScreen: Screen {
  /// The questions of the profile set-up, in order.
  enum Question: String, CaseIterable {
    case handle, name, country, organisation, organisationName, organisationKind

    var label: String {
      switch self {
      case .handle: "Your handle (short, lower case, e.g. ribeiro)"
      case .name: "Your full name"
      case .country: "Your country (ISO code, e.g. PT)"
      case .organisation: "Your organisation's acronym (e.g. PJ)"
      case .organisationName: "Your organisation's full name"
      case .organisationKind: "Its kind"
      }
    }

    var help: String {
      switch self {
      case .organisationKind: OrganisationKind.rawValues.joined(separator: ", ")
      default: "Enter to go on, Esc to stop"
      }
    }
  }

  let databasePath: String
  var answers: [Question: String] = [:]

  public init(databasePath: String) { self.databasePath = databasePath }

  public var title: String { "Welcome" }
  public var contexts: [KeyContext] { [.welcome] }
  public var hints: [ActionID] { [.loadDemo, .setUpProfile, .quit, .help] }

  public mutating func start(_ env: Environment) -> [Effect] { [] }
  public mutating func reload(_ env: Environment) -> [Effect] { [] }
  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] { [] }

  public mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect] {
    switch action {
    case .loadDemo:
      return [
        .change(.loadDemo, done: "loaded the demo network; you are \(DemoDataset.profileHandle)")
      ]
    case .setUpProfile:
      answers = [:]
      return ask(.handle)
    default:
      return []
    }
  }

  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] {
    guard case .text(let tag, let text) = reply, let question = Question(rawValue: tag) else {
      return []
    }
    do {
      answers[question] = try check(question, text)
    } catch {
      return ask(question, text: text) + [.error(error.message)]
    }
    let all = Question.allCases
    if let index = all.firstIndex(of: question), index + 1 < all.count {
      return ask(all[index + 1])
    }
    return register()
  }

  private func ask(_ question: Question, text: String = "") -> [Effect] {
    [
      .overlay(
        .prompt(
          PromptOverlay(
            tag: question.rawValue, label: question.label, text: text, help: question.help)))
    ]
  }

  private func check(_ question: Question, _ text: String) throws(ValidationError) -> String {
    switch question {
    case .handle: return try RecordRules.handle(text)
    case .name: return try TextRules.line(text, field: "name")
    case .country: return try CountryCatalogue.entry(text).code
    case .organisation: return try RecordRules.code(text, field: "acronym")
    case .organisationName: return try TextRules.line(text, field: "organisation name")
    case .organisationKind: return try OrganisationKind.parse(text).rawValue
    }
  }

  private func register() -> [Effect] {
    guard let handle = answers[.handle], let name = answers[.name],
      let country = answers[.country], let acronym = answers[.organisation],
      let organisationName = answers[.organisationName],
      let kindText = answers[.organisationKind], let kind = OrganisationKind(rawValue: kindText)
    else { return [] }
    let countryID = Country.id(forCode: country)
    let organisation = Organisation(
      acronym: acronym, name: organisationName, countryID: countryID, kind: kind)
    let officer = Officer(
      handle: handle, name: name, organisationID: organisation.id, countryID: countryID,
      role: .participant)
    return [
      .change(.registerProfile(officer, newOrganisation: organisation), done: "welcome, \(handle)")
    ]
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    let lines: [(String, Slot)] = [
      ("Welcome to liaison", .title),
      ("", .normal),
      ("This database is empty:", .normal),
      ("  " + databasePath, .dim),
      ("", .normal),
      ("  d   load the demo network: the EU–CLASI Task Force, its officers, operations,", .normal),
      ("      meetings, minutes, action items and seizures, to try everything out", .dim),
      ("  p   set up your own officer profile, to start recording real work", .normal),
      ("  Q   quit", .normal),
      ("", .normal),
      ("Every change is recorded in the operation log and the audit trail under your name.", .dim),
    ]
    let top = max(0, (canvas.area.height - lines.count) / 3)
    for (offset, (text, slot)) in lines.enumerated() {
      canvas.put(text, x: 4, y: top + offset, slot: slot)
    }
  }
}
