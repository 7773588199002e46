import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// What a form keeps as a draft, and the same form rebuilt from it.
@MainActor
@Suite("Form drafts")
struct FormDraftTests {
  typealias F = FormFixture

  /// The draft saved and read back as the program does after a crash.
  func restored(_ form: FormScreen) throws -> FormScreen {
    let draft = try #require(form.draft)
    let saved = Draft(key: draft.key, payload: draft.payload, savedAt: .now)
    return F.open(try #require(FormScreen(restoring: saved)))
  }

  @Test func aNewFormRoundTripsWithTheCursorWhereItWas() throws {
    let context = FormContext(operationID: F.operation.id, operationCode: F.operation.code)
    var form = F.open(FormScreen(new: .action, context: context))
    #expect(form.draft == nil)
    F.type(&form, "Coordinar con 東京")
    F.press(&form, .tab)
    F.press(&form, .paste("Primera línea\nSegunda 👮‍♀️ línea"))
    F.press(&form, .up)
    let draft = try #require(form.draft)
    #expect(draft.key == "form:action:new")
    #expect(draft.description == "the new action item form")
    let back = try restored(form)
    #expect(back.fields.map(\.text) == form.fields.map(\.text))
    #expect(back.fields.map(\.input.cursor) == form.fields.map(\.input.cursor))
    #expect(back.focus == form.focus)
    #expect(back.context == context)
    #expect(back.draft == draft)
    guard case .editor(let editor) = back.fields[back.focus].input else {
      Issue.record("the details are not in an editor")
      return
    }
    #expect(editor.row == 0 && editor.column == "Primera línea".count)
  }

  @Test func anEditRoundTripsOverItsRecord() throws {
    var form = F.open(FormScreen(editing: .seizure, id: F.seizure.id))
    F.retype(&form, "place", "Leixões, Matosinhos")
    let draft = try #require(form.draft)
    #expect(draft.key == "form:seizure:" + F.seizure.id.text)
    #expect(draft.description == "the form editing seizure S3-TEST")
    let back = try restored(form)
    #expect(back.record == form.record)
    #expect(back.fields.map(\.text) == form.fields.map(\.text))
    #expect(back.focus == form.focus)
    #expect(back.draft == draft)
    #expect(FormScreen.home(of: Draft(key: draft.key, payload: "", savedAt: .now)) == .operations)
    // Typed back to what it opened with, the form has nothing to keep.
    F.retype(&form, "place", "Leixões")
    #expect(form.draft == nil)
  }

  @Test func draftsReopenInTheScreenOfTheirKind() {
    func home(_ key: String) -> TopScreen {
      FormScreen.home(of: Draft(key: key, payload: "{}", savedAt: .now))
    }
    #expect(home("form:meeting:new") == .meetings)
    #expect(home("form:action:new") == .actions)
    #expect(home("form:officer:new") == .directory)
    #expect(home("form:organisation:new") == .directory)
    #expect(home("form:participant:new") == .operations)
    #expect(
      FormScreen(restoring: Draft(key: "form:unknown:new", payload: "{}", savedAt: .now)) == nil)
    #expect(
      FormScreen(restoring: Draft(key: "form:action:new", payload: "not json", savedAt: .now))
        == nil)
  }
}
