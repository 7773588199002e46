import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

@MainActor
@Suite("The first run")
struct WelcomeTests {
  let env = Environment(today: ConsoleHarness.today, now: ConsoleHarness.now, profile: nil)

  /// Answers the set-up questions in order, returning the effects of the last answer.
  func answer(_ screen: inout WelcomeScreen, _ answers: [(String, String)]) -> [Effect] {
    var effects: [Effect] = []
    for (tag, text) in answers { effects = screen.reply(.text(tag: tag, text), env) }
    return effects
  }

  @Test func theProfileIsAskedOneQuestionAtATimeThenRegistered() {
    var screen = WelcomeScreen(databasePath: "/tmp/new.sqlite")
    guard case .overlay(.prompt(let first)) = screen.perform(.setUpProfile, env).first else {
      Issue.record("p should ask for the handle")
      return
    }
    #expect(first.tag == "handle")
    let effects = answer(
      &screen,
      [
        ("handle", "Ribeiro"), ("name", "Ana Ribeiro"), ("country", "pt"),
        ("organisation", "PJ"), ("organisationName", "Polícia Judiciária"),
        ("organisationKind", "police"),
      ])
    guard case .change(.registerProfile(let officer, let organisation), _) = effects.first else {
      Issue.record("the last answer should register the profile")
      return
    }
    #expect(officer.handle == "ribeiro")
    #expect(officer.countryID == Country.id(forCode: "PT"))
    #expect(organisation?.name == "Polícia Judiciária")
    #expect(officer.organisationID == organisation?.id)
  }

  @Test func aWrongAnswerIsAskedAgainWithTheReason() {
    var screen = WelcomeScreen(databasePath: "/tmp/new.sqlite")
    _ = screen.perform(.setUpProfile, env)
    let effects = screen.reply(.text(tag: "handle", "9 lives"), env)
    guard case .overlay(.prompt(let again)) = effects.first,
      case .error(let reason) = effects.last
    else {
      Issue.record("a bad handle should be asked again with the reason")
      return
    }
    #expect(again.tag == "handle")
    #expect(again.field.text == "9 lives", "what was typed stays, to be corrected")
    #expect(reason.contains("must start with a letter"))
    let country = answer(&screen, [("handle", "ribeiro"), ("name", "Ana"), ("country", "ZZ")])
    guard case .error(let unknown) = country.last else {
      Issue.record("an unknown country should be refused")
      return
    }
    #expect(unknown.contains("unknown country code"))
  }

  @Test func anEmptyDatabaseWelcomesThenLoadsTheDemoFromTheKeyboard() throws {
    let console = try ConsoleHarness(demo: false)
    #expect(console.screen.contains("Welcome to liaison"))
    #expect(console.statusBar.contains("d demo"))
    console.press(.char("d"))
    #expect(console.screen.contains("1 Operations"))
    #expect(console.screen.contains("TF-"))
    #expect(try console.store.profile()?.handle == DemoDataset.profileHandle)
  }

  @Test func settingUpTheProfileOnAnEmptyDatabaseMakesWritesPossible() throws {
    let console = try ConsoleHarness(demo: false)
    console.press(.char("p"))
    for answer in ["tamm", "Kristiina Tamm", "EE", "PPA", "Politsei- ja Piirivalveamet", "police"] {
      console.type(answer)
      console.press(.enter)
    }
    let profile = try #require(try console.store.profile())
    #expect(profile.handle == "tamm")
    #expect(console.frame.row(0).contains("tamm · Kristiina Tamm"))
    #expect(console.screen.contains("1 Operations"))
    // The audit trail records the officer as the author of their own record.
    let events = try console.store.auditEvents().rows
    #expect(events.contains { $0.officerHandle == "tamm" && $0.summary.contains("registered") })
  }
}
