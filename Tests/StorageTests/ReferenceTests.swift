import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Finding records by what officers type: codes, handles, names, short references, ids.
@Suite("References")
struct ReferenceTests {
  struct World {
    let f: Fixture
    let condor: JointOperation
    let maria: Officer
    let item: ActionItem
    let meeting: Meeting

    init(_ temp: TemporaryStore) throws {
      f = try Fixture(temp.store)
      condor = try f.store.addOperation(
        JointOperation(
          code: "TF-AIR-2026-001", codename: "Cóndor", crimeAreas: [.drugTrafficking],
          vector: .air, leadCountryID: Country.id(forCode: "ES")), as: f.me)
      maria = try f.officer("gomez.m", "María Gómez")
      item = try f.action("Request AIS track of MV Esperanza")
      meeting = try f.meeting("Kick-off")
    }
  }

  @Test func operationsByCodeInAnyCasePrefixAndCodename() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    let esperanza = world.f.operation.id
    for reference in [
      "TF-MAR-2026-003", "tf-mar-2026-003", "  TF-MAR-2026-003 ", "TF-MAR", "tf-mar-2026",
      "Esperanza", "ESPERANZA", esperanza.text, esperanza.uuidString,
    ] {
      #expect(try store.operation(reference).id == esperanza, "\(reference)")
    }
    #expect(try store.operation("Cóndor").id == world.condor.id)
    #expect(try store.operation("TF-AIR").id == world.condor.id)
  }

  @Test func anAmbiguousOperationListsItsCandidates() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let error = storeError { _ = try world.f.store.operation("TF-") }
    #expect(error?.code == .ambiguous)
    #expect(
      error?.candidates == ["TF-AIR-2026-001 (Cóndor)", "TF-MAR-2026-003 (Esperanza)"])
    #expect(error?.description.contains("did you mean") == true)
  }

  @Test func aUniquePartOfTheCodeOrCodenameFindsTheOperation() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    #expect(try world.f.store.operation("2026-003").code == "TF-MAR-2026-003")
    #expect(try world.f.store.operation("speran").code == "TF-MAR-2026-003")
    #expect(storeError { _ = try world.f.store.operation("2027") }?.code == .notFound)
    #expect(storeError { _ = try world.f.store.operation("TF-%") }?.code == .notFound)
    #expect(storeError { _ = try world.f.store.operation(UUID.v7().text) }?.code == .notFound)
  }

  @Test func officersByHandleAtHandleAndName() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    for reference in [
      "gomez.l", "@gomez.l", "GOMEZ.L", "@Gomez.L", "Luis", "luis gómez", "luis gomez",
    ] {
      #expect(try store.officer(reference).id == world.f.luis.id, "\(reference)")
    }
    #expect(try store.officer("maría").id == world.maria.id)
    #expect(try store.officer(id: world.maria.id).handle == "gomez.m")
    let error = storeError { _ = try store.officer("gomez") }
    #expect(error?.code == .ambiguous)
    #expect(Set(error?.candidates ?? []) == ["gomez.l (Luis Gómez)", "gomez.m (María Gómez)"])
    let unknown = storeError { _ = try store.officer("@nobody") }
    #expect(unknown?.code == .notFound)
  }

  @Test func theLocalProfileActsWhenNoOfficerIsNamed() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    #expect(try world.f.store.actingOfficer(nil).id == world.f.ana.id)
    #expect(try world.f.store.actingOfficer("@gomez.m").id == world.maria.id)
    let empty = try temp.sibling("empty.sqlite")
    #expect(storeError { _ = try empty.actingOfficer(nil) }?.code == .noActingOfficer)
  }

  @Test func shortReferencesFullShortAndByID() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    let ref = world.item.ref
    #expect(ref == "A1-\(store.replicaTag)")
    for reference in [ref, ref.lowercased(), "A1", "a1", world.item.id.text] {
      #expect(try store.action(reference).id == world.item.id, "\(reference)")
    }
    #expect(try store.meeting("M1").id == world.meeting.id)
    #expect(try store.meeting(world.meeting.ref).id == world.meeting.id)
    // A prefix of another kind is not a reference of this kind.
    #expect(storeError { _ = try store.action("M1") }?.code == .notFound)
    #expect(storeError { _ = try store.action("A2") }?.code == .notFound)
    #expect(storeError { _ = try store.action("A1-ZZZZ") }?.code == .notFound)
  }

  @Test func aShortReferenceMadeOnTwoLaptopsIsAmbiguous() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    // Another replica's A1, as an exchange of logs would bring it.
    let theirs = try store.write(as: world.f.me) { w in
      try w.insert(
        ActionItem(
          ref: "A1-ZZZZ", title: "Their first action", ownerID: world.f.luis.id,
          markings: .standard))
    }
    let error = storeError { _ = try store.action("A1") }
    #expect(error?.code == .ambiguous)
    #expect(error?.candidates.count == 2)
    #expect(try store.action("A1-ZZZZ").id == theirs.id)
    #expect(try store.action(world.item.ref).id == world.item.id)
  }

  @Test func anUnknownReferenceSuggestsRecordsByTitle() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let error = storeError { _ = try world.f.store.action("esperanza") }
    #expect(error?.code == .notFound)
    #expect(error?.candidates == ["\(world.item.ref) (Request AIS track of MV Esperanza)"])
    #expect(storeError { _ = try world.f.store.action("A999") }?.code == .notFound)
    // LIKE wildcards in the reference are taken literally.
    let wildcard = storeError { _ = try world.f.store.action("%") }
    #expect(wildcard?.candidates == [])
  }

  @Test func deletedRecordsAreNotFound() throws {
    let temp = try TemporaryStore()
    let world = try World(temp)
    let store = world.f.store
    try store.write(as: world.f.me) { w in
      try w.delete(world.item)
      try w.delete(world.maria)
      try w.delete(world.condor)
      try w.delete(world.meeting)
    }
    for reference in [world.item.ref, "A1", world.item.id.text] {
      #expect(storeError { _ = try store.action(reference) }?.code == .notFound, "\(reference)")
    }
    #expect(storeError { _ = try store.action("esperanza") }?.candidates == [])
    for reference in ["gomez.m", "@gomez.m", "maría", world.maria.id.text] {
      #expect(storeError { _ = try store.officer(reference) }?.code == .notFound, "\(reference)")
    }
    #expect(try store.officer("gomez").id == world.f.luis.id, "no longer ambiguous")
    for reference in ["TF-AIR-2026-001", "Cóndor", world.condor.id.text] {
      #expect(storeError { _ = try store.operation(reference) }?.code == .notFound)
    }
    #expect(try store.operation("TF-").id == world.f.operation.id, "no longer ambiguous")
    #expect(storeError { _ = try store.meeting("M1") }?.code == .notFound)
  }
}
