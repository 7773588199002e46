import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Each form checks its fields with the case model's rules as they are typed, shows the
/// message under the field, and writes nothing while a field is wrong.
@MainActor
@Suite("Form validation")
struct FormValidationTests {
  typealias F = FormFixture

  func newAction() -> FormScreen { F.open(FormScreen(new: .action)) }

  @Test func anEmptyTitleIsRefusedAndTheCursorGoesToIt() {
    var form = newAction()
    F.focus(&form, "due")
    // Nothing typed in the title yet: no message before Save.
    #expect(form.shownErrors.isEmpty)
    let effects = F.press(&form, .ctrl("s"))
    #expect(F.changes(effects).isEmpty)
    #expect(form.shownErrors == ["title": "title is empty"])
    #expect(form.fields[form.focus].key == "title")
    #expect(form.phase == .editing)
  }

  @Test func aDateThatIsNotInTheCalendarIsSaidUnderItsField() {
    var form = newAction()
    F.type(&form, "Pedir rastro AIS")
    F.retype(&form, "due", "2026-02-30")
    #expect(form.shownErrors["due"] == "due date \"2026-02-30\" is not a calendar date")
    #expect(F.changes(F.press(&form, .enter)).isEmpty)
    #expect(form.fields[form.focus].key == "due")
    // Typed as officers say it, the date shows resolved.
    F.retype(&form, "due", "fri")
    #expect(form.shownErrors.isEmpty)
    let due = form.fields.first { $0.key == "due" }!
    #expect(form.values(F.env()).resolved(due) == "→ 2026-03-20 Fri")
  }

  @Test func aBadHandleIsRefusedInTheOfficerForm() {
    var form = F.open(FormScreen(new: .officer, context: FormContext(countryCode: "PT")))
    F.type(&form, "9Ribeiro x")
    #expect(
      form.shownErrors["handle"]
        == "handle \"9ribeiro x\" must start with a letter and hold only a–z, 0–9, . - _")
    #expect(F.changes(F.press(&form, .ctrl("s"))).isEmpty)
  }

  @Test func aCountryOutsideTheCatalogueIsRefused() {
    let saved = FormDraft(
      texts: ["handle": "silva", "name": "João Silva", "country": "XX"], focus: "country",
      cursor: 0, context: FormContext())
    var form = F.open(
      FormScreen(restoring: Draft(key: "form:officer:new", payload: saved.payload, savedAt: .now))!)
    #expect(
      form.shownErrors["country"]
        == "unknown country code \"XX\"; use an ISO 3166 alpha-2 code such as PT, CO or ES")
    #expect(F.changes(F.press(&form, .ctrl("s"))).isEmpty)
    #expect(form.fields[form.focus].key == "organisation")
  }

  @Test func anOperationThatEndsBeforeItStartsIsRefusedUnderEnd() {
    var form = F.open(FormScreen(new: .operation))
    F.type(&form, "TF-MAR-2026-010")
    F.retype(&form, "codename", "Marejada")
    F.retype(&form, "start", "2026-04-01")
    F.retype(&form, "end", "2026-03-01")
    #expect(form.shownErrors == ["end": "operation end 2026-03-01 is before its start 2026-04-01"])
    #expect(F.changes(F.press(&form, .ctrl("s"))).isEmpty)
    #expect(form.fields[form.focus].key == "end")
  }

  @Test func aQuantityWithoutAUnitIsSaidUnderTheUnit() {
    let context = FormContext(operationID: F.operation.id, operationCode: F.operation.code)
    var form = F.open(FormScreen(new: .seizure, context: context))
    F.retype(&form, "description", "Cocaína en contenedor")
    F.retype(&form, "substance", "cocaine hydrochloride")
    F.retype(&form, "quantity", "250")
    F.retype(&form, "place", "Cartagena")
    #expect(form.shownErrors == ["unit": "a quantity needs a unit (kg, units or litres)"])
    #expect(F.changes(F.press(&form, .ctrl("s"))).isEmpty)
    #expect(form.fields[form.focus].key == "unit")
    F.retype(&form, "quantity", "a lot")
    #expect(form.shownErrors["quantity"] == "quantity \"a lot\" is not a number")
  }

  @Test func aMeetingStartIsReadInTheMeetingsZone() throws {
    var form = F.open(FormScreen(new: .meeting))
    F.retype(&form, "title", "Reunión técnica: cifrado")
    F.retype(&form, "zone", "America/Bogota")
    F.retype(&form, "start", "fri 15:00")
    let start = form.fields.first { $0.key == "start" }!
    #expect(form.values(F.env()).resolved(start) == "→ 2026-03-20 15:00 America/Bogota")
    guard
      case .addMeeting(let meeting, let operations, let invitees) = F.changes(
        F.press(&form, .ctrl("s"))
      ).first
    else {
      Issue.record("no meeting added: \(form.errors)")
      return
    }
    let friday = try MeetingTime.parse("2026-03-20 15:00", zone: "America/Bogota", today: F.today)
    #expect(meeting.startsAt == friday)
    #expect(meeting.timeZone == "America/Bogota")
    #expect(meeting.chairID == F.ribeiro.id)
    #expect(operations.isEmpty && invitees.isEmpty)
    F.retype(&form, "zone", "Mars/Olympus")
    #expect(
      form.shownErrors
        == ["zone": "time zone \"Mars/Olympus\" is unknown; use a name such as Europe/Lisbon"])
  }

  @Test func markingsAreTypedAsTermsAndShownAsTheirBanner() {
    var form = newAction()
    F.retype(&form, "markings", "red h2 B2")
    let field = form.fields.first { $0.key == "markings" }!
    #expect(form.values(F.env()).resolved(field) == "→ TLP:RED · H2 · B2")
    #expect(form.markings == [Markings(handling: .h2, tlp: .red, reliability: .b, accuracy: .two)])
    F.retype(&form, "markings", "secreto")
    #expect(form.shownErrors["markings"]?.hasPrefix("markings: unknown term \"secreto\"") == true)
  }
}
