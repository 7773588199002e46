import CaseModel
import Foundation
import GRDB

/// Writes the bench dataset batch by batch (see ``BenchDataset``).
struct BenchBuilder {
  let store: Store
  let size: BenchDataset.Size
  let today: CalendarDate
  var rng: SplitMix64
  var officers: [Officer] = []
  var operations: [JointOperation] = []
  var actionsMade = 0
  private let batch = 20_000

  init(store: Store, size: BenchDataset.Size, today: CalendarDate, seed: UInt64) {
    self.store = store
    self.size = size
    self.today = today
    rng = SplitMix64(seed: seed)
  }

  /// A record id from the builder's own generator: a system call per id would cost more than
  /// the insert.
  mutating func nextID() -> UUID { UUID.v7(at: Date(), using: &rng) }

  /// The officer records are written against: the first officer, registered as themselves.
  var actor: ActingOfficer {
    ActingOfficer(id: officers[0].id, handle: officers[0].handle)
  }

  // MARK: - People

  mutating func people(_ progress: (String) -> Void) throws(StoreError) {
    let countries = ["PT", "ES", "FR", "NL", "BE", "IT", "DE", "CO", "BR", "EC", "PE", "PA", "MX"]
    let kinds: [OrganisationKind] = [.police, .customs, .maritime, .judicial]
    var organisations: [Organisation] = []
    for country in countries {
      for kind in kinds {
        organisations.append(
          Organisation(
            id: nextID(), acronym: "\(kind.rawValue.prefix(3).uppercased())-\(country)",
            name: "\(BenchText.organisationName(kind)) \(country)",
            countryID: Country.id(forCode: country), kind: kind))
      }
    }
    var made: [Officer] = []
    for index in 0..<max(1, size.officers) {
      let organisation = organisations[index % organisations.count]
      let handle = index == 0 ? BenchDataset.profileHandle : String(format: "officer%05d", index)
      made.append(
        Officer(
          id: nextID(), handle: handle, name: BenchText.personName(&rng),
          organisationID: organisation.id,
          countryID: organisation.countryID!, role: NetworkRole.allCases[index % 8],
          specialisations: [Specialisation.allCases[index % Specialisation.allCases.count]],
          languages: ["en", ["es", "pt", "fr", "nl", "it", "de"][index % 6]]))
    }
    officers = made
    let first = made[0]
    _ = try store.registerSelf(first, newOrganisation: organisations[0])
    try store.write(as: actor) { w in
      for organisation in organisations.dropFirst() {
        try w.addOrganisation(organisation)
        try w.audit()
      }
    }
    for chunk in made.dropFirst().chunked(batch) {
      try store.write(as: actor) { w in
        for officer in chunk {
          try w.insert(officer)
          w.describe("added officer \(officer.handle)", subject: officer)
          try w.audit()
        }
      }
    }
    progress("\(organisations.count) organisations, \(made.count) officers")
  }

  // MARK: - Operations

  mutating func operations(_ progress: (String) -> Void) throws(StoreError) {
    var made: [JointOperation] = []
    let vectors = Vector.allCases
    for index in 0..<max(1, size.operations) {
      let vector = vectors[index % vectors.count]
      let lead = officers[rng.below(officers.count)]
      made.append(
        JointOperation(
          id: nextID(),
          code:
            "TF-\(vector.rawValue.prefix(3).uppercased())-\(2016 + index % 10)-\(String(format: "%04d", index))",
          codename: BenchText.codename(&rng, index), summary: BenchText.sentence(&rng, words: 24),
          status: index % 5 == 4 ? .concluded : .active,
          crimeAreas: [.drugTrafficking], vector: vector, leadCountryID: lead.countryID,
          markings: Markings(tlp: index % 7 == 0 ? .green : .amber)))
    }
    for chunk in Array(made.enumerated()).chunked(batch) {
      try store.write(as: actor) { w in
        for (index, operation) in chunk {
          // Concluded operations are concluded after their actions exist (see `finish`).
          var active = operation
          active.status = .active
          try w.insert(active)
          // As `addOperation` does: the lead country leads. The profile's organisation
          // takes part in every other operation, so that the benchmark's officer, like a real
          // one, sees part of the network and the queries skip what they may not see.
          try w.join(active.id, .country(active.leadCountryID), as: .lead)
          if index % 2 == 0 {
            try w.join(active.id, .organisation(officers[0].organisationID), as: .participant)
          }
          w.describe("added operation \(operation.code)", subject: active)
          try w.audit()
        }
      }
    }
    operations = made
    progress("\(made.count) operations")
  }
}
