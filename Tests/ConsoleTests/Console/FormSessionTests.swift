import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Forms typed into the real loop over the demo database, checked in the store.
@MainActor
@Suite("Form sessions on the demo database")
struct FormSessionTests {
  @Test func plusOnScreenOneCreatesAnOperation() throws {
    let console = try ConsoleHarness()
    console.press(.char("1"), .char("+"))
    #expect(console.screen.contains("New operation"))
    console.type("tf-lnd-2026-011")
    console.press(.tab)
    console.type("Cordillera Ñandú")
    console.press(.tab)
    console.type("Rutas terrestres hacia")
    console.press(.enter)
    console.type("el puerto de Santos")
    // The vector, picked by typing its first letters.
    for _ in 0..<3 { console.press(.tab) }
    console.type("land")
    console.press(.enter)
    console.press(.ctrl("s"))
    #expect(console.statusBar.contains("added operation TF-LND-2026-011"))
    #expect(console.screen.contains("TF-LND-2026-011  Cordillera Ñandú"))
    let operation = try console.store.operation("TF-LND-2026-011")
    #expect(operation.codename == "Cordillera Ñandú")
    #expect(operation.summary == "Rutas terrestres hacia\nel puerto de Santos")
    #expect(operation.vector == .land)
    #expect(operation.status == .planned)
    #expect(operation.crimeAreas == [.drugTrafficking])
    #expect(operation.startDate == ConsoleHarness.today)
    #expect(operation.leadCountryID == Country.id(forCode: "PT"))
    // Nothing is left as a draft once the record is saved.
    console.app.saveDrafts(force: true)
    console.app.settle()
    #expect(try console.store.drafts().isEmpty)
  }

  @Test func editingAnActionsDueDateAndPriorityGoesIntoItsLog() throws {
    let console = try ConsoleHarness()
    console.press(.char("3"), .char("g"))
    let board = console.app.stacks[TopScreen.actions.rawValue - 1].first as! ActionsScreen
    let ref = try #require(board.list.rows.current?.item.ref)
    let before = try console.store.action(ref)
    console.press(.char("e"))
    #expect(console.screen.contains("Edit action item \(ref)"))
    #expect(console.screen.contains(String(before.title.suffix(30))))
    // Title, details, owner, co-owners, operation: the due date is the sixth field.
    for _ in 0..<5 { console.press(.tab) }
    console.press(.ctrl("u"))
    console.type("+1w")
    #expect(console.screen.contains("+1w") && console.screen.contains("→ 2026-03-25 Wed"))
    console.press(.tab, .enter)
    #expect(console.screen.contains("Priority: Enter chooses"))
    console.type("urg")
    console.press(.enter)
    console.press(.ctrl("s"))
    #expect(console.statusBar.contains("saved action item \(ref)"))
    let after = try console.store.action(ref)
    #expect(after.due == ConsoleHarness.today.adding(days: 7))
    #expect(after.priority == .urgent)
    #expect(after.title == before.title)
    let log = try console.store.actionDetail(after.id).updates.last?.update
    #expect(log?.due == ConsoleHarness.today.adding(days: 7))
    #expect(log?.priority == (before.priority == .urgent ? nil : .urgent))
    // Back on the board, the form is gone.
    #expect(console.statusBar.contains("Actions"))
  }

  @Test func aNewOfficerThroughTheDirectory() throws {
    let console = try ConsoleHarness()
    console.press(.char("4"), .char("+"))
    #expect(console.screen.contains("New officer"))
    console.type("silva.j")
    console.press(.tab)
    console.type("João Silva")
    console.press(.tab)
    console.type("Policia Judiciaria")
    console.press(.enter)
    console.press(.tab)
    console.type("portugal")
    console.press(.enter)
    for _ in 0..<3 { console.press(.tab) }
    console.type("pt es")
    console.press(.tab)
    console.type("joao.silva@pj.pt")
    console.press(.enter)
    #expect(console.statusBar.contains("added officer @silva.j"))
    let officer = try console.store.officer("silva.j")
    #expect(officer.name == "João Silva")
    #expect(officer.countryID == Country.id(forCode: "PT"))
    #expect(try console.store.organisation(officer.organisationID.text).acronym == "PJ")
    #expect(officer.languages == ["es", "pt"])
    #expect(officer.email == "joao.silva@pj.pt")
  }

  @Test func aNewSeizureOnAnOperationsSeizuresTab() throws {
    let console = try ConsoleHarness()
    console.press(.char("1"))
    let row = try #require(console.row(containing: "TF-MAR-2025-003"))
    for _ in 0..<(row - 3) { console.press(.char("j")) }
    console.press(.enter)
    for _ in 0..<4 { console.press(.char("]")) }
    #expect(console.screen.contains("1,400 kg"))
    console.press(.char("+"))
    #expect(console.screen.contains("New seizure"))
    #expect(console.screen.contains("TF-MAR-2025-003"))
    console.press(.tab, .tab)
    console.type("Cocaína en pallets, ruta 東京")
    console.press(.tab)
    console.type("cocaine hydrochloride")
    console.press(.tab)
    console.type("85.5")
    for _ in 0..<4 { console.press(.tab) }
    console.type("Algeciras")
    console.press(.enter)
    // No unit: nothing is written, and the cursor goes to the unit.
    #expect(console.screen.contains("a quantity needs a unit (kg, units or litres)"))
    #expect(console.statusBar.contains("not saved"))
    console.type("kg")
    console.press(.enter)
    console.press(.ctrl("s"))
    #expect(console.statusBar.contains("added seizure “Cocaína en pallets, ruta 東京”"))
    #expect(console.screen.contains("Algeciras"))
    let operation = try console.store.operation("TF-MAR-2025-003")
    let seizures = try console.store.seizures(SeizureFilter(operationID: operation.id)).rows
    let added = try #require(seizures.first { $0.seizure.place == "Algeciras" }?.seizure)
    #expect(added.quantity == 85.5 && added.unit == .kg && added.kind == .drugs)
    #expect(added.date == ConsoleHarness.today)
  }
}
