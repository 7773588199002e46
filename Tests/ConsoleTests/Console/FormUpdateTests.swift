import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// A form's keys, its one change, and how it closes.
@MainActor
@Suite("Form updates")
struct FormUpdateTests {
  typealias F = FormFixture

  @Test func aValidNewActionMakesExactlyOneAddAction() throws {
    let context = FormContext(operationID: F.operation.id, operationCode: F.operation.code)
    var form = F.open(FormScreen(new: .action, context: context))
    F.type(&form, "Pedir rastro AIS do MV Esperança")
    F.press(&form, .tab)
    F.type(&form, "Desde Leixões")
    F.press(&form, .enter)
    F.press(&form, .paste("até 東京\r\nsem demora"))
    F.focus(&form, "coowners")
    let picker = try #require(F.picker(F.press(&form, .enter)))
    #expect(picker.items.map(\.label) == ["  @ribeiro", "  @gomez.l"])
    let again = form.reply(.picked(tag: picker.tag, id: F.gomez.id.text), F.env())
    // The list's picker opens again for the next one, with the choice ticked.
    #expect(F.picker(again)?.items.map(\.label) == ["  @ribeiro", "✓ @gomez.l"])
    F.retype(&form, "due", "+3d")
    F.focus(&form, "priority")
    F.type(&form, "u")
    _ = form.reply(.picked(tag: "form.pick:priority", id: "urgent"), F.env())
    let effects = F.press(&form, .ctrl("s"))
    let changes = F.changes(effects)
    #expect(changes.count == 1)
    guard case .addAction(let item, let coOwners) = changes.first else {
      Issue.record("no action added: \(form.errors)")
      return
    }
    #expect(item.title == "Pedir rastro AIS do MV Esperança")
    #expect(item.details == "Desde Leixões\naté 東京\nsem demora")
    #expect(item.ownerID == F.ribeiro.id)
    #expect(coOwners == [F.gomez.id])
    #expect(item.operationID == F.operation.id)
    #expect(item.due == F.today.adding(days: 3))
    #expect(item.priority == .urgent)
    #expect(item.status == .open)
    #expect(item.markings == .standard)
    // Nothing is closed before the write is known to have gone through.
    #expect(!F.pops(effects))
    #expect(form.phase == .saving)
    #expect(F.pops(form.reload(F.env())))
    #expect(form.draft == nil)
  }

  @Test func anEditChangesOnlyWhatWasTyped() throws {
    var form = F.open(FormScreen(editing: .action, id: F.action.id))
    #expect(form.title == "Edit action item A7-TEST")
    #expect(F.text(form, "coowners") == F.gomez.id.text)
    #expect(!form.isChanged && form.draft == nil)
    F.retype(&form, "due", "+1w")
    _ = form.reply(.picked(tag: "form.pick:priority", id: "high"), F.env())
    guard case .editAction(let item, let coOwners) = F.changes(F.press(&form, .ctrl("s"))).first
    else {
      Issue.record("no edit: \(form.errors)")
      return
    }
    var expected = F.action
    expected.due = F.today.adding(days: 7)
    expected.priority = .high
    #expect(item == expected)
    #expect(coOwners == [F.gomez.id])
  }

  @Test func anEditedSeizureKeepsItsReferenceAndStepsOnlyLegally() {
    var form = F.open(FormScreen(editing: .seizure, id: F.seizure.id))
    #expect(F.text(form, "quantity") == "1200")
    _ = form.reply(.picked(tag: "form.pick:status", id: "frozen"), F.env())
    #expect(
      form.shownErrors["status"]
        == "seizure S3-TEST cannot go from seized to frozen; it can go to: confiscated, released")
    _ = form.reply(.picked(tag: "form.pick:status", id: "confiscated"), F.env())
    guard case .editSeizure(let seizure) = F.changes(F.press(&form, .ctrl("s"))).first else {
      Issue.record("no edit: \(form.errors)")
      return
    }
    #expect(seizure.ref == "S3-TEST" && seizure.status == .confiscated && seizure.quantity == 1200)
  }

  @Test func aParticipantIsAddedWithItsRole() {
    let context = FormContext(operationID: F.operation.id, operationCode: F.operation.code)
    var form = F.open(FormScreen(new: .participant, context: context))
    let picker = FormFixture.picker(F.press(&form, .char("g")))
    #expect(picker?.filter.text == "g")
    #expect(picker?.shown.map(\.label).contains("@gomez.l") == true)
    _ = form.reply(.picked(tag: "form.pick:party", id: "officer:" + F.gomez.id.text), F.env())
    _ = form.reply(.picked(tag: "form.pick:role", id: "co-lead"), F.env())
    #expect(
      F.changes(F.press(&form, .ctrl("s")))
        == [.addParticipant(operationID: F.operation.id, .officer(F.gomez.id), .coLead)])
  }

  @Test func tabAndShiftTabGoThroughTheFieldsInOrder() {
    var form = F.open(FormScreen(new: .action))
    var order: [String] = []
    for _ in form.fields {
      order.append(form.fields[form.focus].key)
      F.press(&form, .tab)
    }
    #expect(
      order == [
        "title", "details", "owner", "coowners", "operation", "due", "priority", "markings",
      ])
    #expect(form.fields[form.focus].key == "title")
    F.press(&form, .backTab)
    #expect(form.fields[form.focus].key == "markings")
    F.press(&form, .up)
    #expect(form.fields[form.focus].key == "priority")
    F.press(&form, .down)
    #expect(form.fields[form.focus].key == "markings")
    // Keys that mean something elsewhere are text in a field.
    F.focus(&form, "title")
    F.type(&form, "q1:?")
    #expect(F.text(form, "title") == "q1:?")
  }

  @Test func escClosesAnUntouchedFormAndAsksBeforeLosingChanges() throws {
    var untouched = F.open(FormScreen(new: .organisation))
    #expect(F.pops(F.press(&untouched, .escape)))
    var form = F.open(FormScreen(new: .organisation))
    F.type(&form, "MAOC-N")
    let effects = F.press(&form, .escape)
    #expect(!F.pops(effects))
    let question = try #require(F.confirm(effects))
    #expect(question.focusOnConfirm == false)
    #expect(question.question == "Discard this new organisation?")
    #expect(form.draft != nil)
    #expect(F.pops(form.reply(.confirmed(tag: question.tag), F.env())))
    #expect(form.draft == nil)
  }

  @Test func aRefusedWriteGivesTheFormBack() {
    var form = F.open(FormScreen(new: .organisation))
    F.type(&form, "PJ")
    F.retype(&form, "name", "Polícia Judiciária")
    #expect(F.changes(F.press(&form, .ctrl("s"))).count == 1)
    // The store refused (duplicate acronym): no reload came, and the next key is typing.
    F.press(&form, .char("!"))
    #expect(form.phase == .editing)
    #expect(F.text(form, "name") == "Polícia Judiciária!")
    #expect(form.draft != nil)
    // A reload from another process's write does not close it.
    #expect(!F.pops(form.reload(F.env())))
  }
}
