import CaseModel
import Foundation
import Testing

/// Records travel as JSON between laptops and into exports, so they must survive a round trip
/// with their stored terms intact.
@Suite("Record coding and stamps")
struct RecordCodingTests {
  func roundTrip<R: Codable & Equatable>(_ record: R) throws -> R {
    try JSONDecoder().decode(R.self, from: JSONEncoder().encode(record))
  }

  func json(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("Records decode to what was encoded")
  func roundTrips() throws {
    var op = Fixture.operation()
    op.startDate = try date("2026-02-01")
    op.endDate = try date("2026-06-30")
    op.crimeAreas = [.drugTrafficking, .financialCrime]
    #expect(try roundTrip(op) == op)
    let seizure = Fixture.seizure()
    #expect(try roundTrip(seizure) == seizure)
    let action = Fixture.action()
    #expect(try roundTrip(action) == action)
    let officer = Fixture.officer()
    #expect(try roundTrip(officer) == officer)
    let meeting = Fixture.meeting()
    #expect(try roundTrip(meeting) == meeting)
    let party = Participant(operationID: op.id, party: .officer(officer.id), role: .coLead)
    #expect(try roundTrip(party) == party)
  }

  @Test("Stored terms and dates appear as text in the JSON")
  func storedForms() throws {
    var op = Fixture.operation()
    op.status = .active
    op.startDate = try date("2026-02-01")
    let object = try json(op)
    #expect(object["status"] as? String == "active")
    #expect(object["vector"] as? String == "maritime")
    #expect(object["crimeAreas"] as? [String] == ["drug-trafficking"])
    #expect(object["startDate"] as? String == "2026-02-01")
    var item = Fixture.action()
    item.status = .inProgress
    #expect(try json(item)["status"] as? String == "in-progress")
  }

  @Test("A record with an impossible date does not decode")
  func badDateDoesNotDecode() throws {
    var object = try json(Fixture.seizure())
    object["date"] = "2026-02-30"
    let data = try JSONSerialization.data(withJSONObject: object)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Seizure.self, from: data) }
  }

  @Test("A pending stamp is recognisably unsaved")
  func pendingStamp() {
    let pending = Stamp.pending
    #expect(pending.createdAt == Date(timeIntervalSince1970: 0))
    #expect(pending.createdBy.text == "00000000-0000-0000-0000-000000000000")
    #expect(!pending.isDeleted)
    #expect(Fixture.action().stamp == .pending)
  }

  @Test("A new stamp is created and updated by the same officer at the same time")
  func newStamp() {
    let officer = UUID.v7()
    let now = Date(timeIntervalSince1970: 1_772_323_200)
    var stamp = Stamp(at: now, by: officer)
    #expect(stamp.createdAt == now && stamp.updatedAt == now)
    #expect(stamp.createdBy == officer && stamp.updatedBy == officer)
    #expect(!stamp.isDeleted)
    stamp.deletedAt = now.addingTimeInterval(60)
    #expect(stamp.isDeleted)
  }
}
