import CaseModel
import Foundation
import GRDB
import Testing

@testable import Storage

/// Every string of the hostile corpus that the text rules accept is stored and read back as
/// the rules normalised it (NFC, trimmed, CRLF as LF); every other one is refused with a
/// message and nothing written. Never a crash.
@Suite("Hostile text round trip")
struct HostileTextTests {
  /// What the rules make of accepted text, computed independently of them.
  func normalised(_ text: String, multiline: Bool) -> String {
    let lines = multiline ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    return lines.precomposedStringWithCanonicalMapping
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func storedText(_ store: Store, _ table: String, _ column: String, _ id: UUID) throws -> String? {
    try store.pool.read {
      try String.fetchOne(
        $0, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [id.text])
    }
  }

  @Test func actionTitlesAndDetails() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var stored = 0
    var refused = 0
    for entry in try HostileCorpus.entries() {
      let accepted = try? TextRules.line(entry.text, field: "title")
      let before = try databaseContents(f.store)
      let result = Result(catching: { () throws(StoreError) in
        try f.store.addAction(
          ActionItem(title: entry.text, ownerID: f.luis.id, markings: .standard), as: f.me)
      })
      switch result {
      case .success(let item):
        let title = try #require(accepted, "\(entry.name) stored but the rules refuse it")
        #expect(title == normalised(entry.text, multiline: false), "\(entry.name)")
        #expect(item.title == title, "\(entry.name)")
        #expect(try f.store.action(item.id.text).title == title, "\(entry.name)")
        #expect(try storedText(f.store, "action_item", "title", item.id) == title, "\(entry.name)")
        stored += 1
      case .failure(let error):
        #expect(accepted == nil, "\(entry.name) refused: \(error)")
        #expect(error.code == .conflict, "\(entry.name)")
        #expect(!error.message.isEmpty)
        #expect(try databaseContents(f.store) == before, "\(entry.name)")
        refused += 1
      }
      if let details = try? TextRules.text(entry.text, field: "details") {
        let item = try f.action("Details: \(entry.name)", details: entry.text)
        #expect(details == normalised(entry.text, multiline: true), "\(entry.name)")
        #expect(try f.store.actionDetail(item.id).row.item.details == details, "\(entry.name)")
      } else {
        #expect(
          storeError { _ = try f.action("Details: \(entry.name)", details: entry.text) }?.code
            == .conflict, "\(entry.name)")
      }
    }
    // The corpus holds both kinds: the loop above checked something either way.
    #expect(stored > 10)
    #expect(refused > 5)
    #expect(try f.store.verifyAudit().isIntact)
  }

  @Test func minuteText() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Hostile minutes")
    var expected: [UUID: String] = [:]
    for entry in try HostileCorpus.entries() {
      let accepted = try? TextRules.text(
        entry.text, field: "entry text", limit: TextRules.entryLimit, required: true)
      let result = Result(catching: { () throws(StoreError) in
        try f.store.addMinuteEntry(meeting.id, kind: .information, text: entry.text, as: f.me)
      })
      switch result {
      case .success(let (saved, _)):
        let text = try #require(accepted, "\(entry.name) stored but the rules refuse it")
        #expect(text == normalised(entry.text, multiline: true), "\(entry.name)")
        #expect(try f.store.minuteEntry(saved.ref).text == text, "\(entry.name)")
        #expect(try storedText(f.store, "minute_entry", "text", saved.id) == text)
        expected[saved.id] = text
      case .failure(let error):
        #expect(accepted == nil, "\(entry.name) refused: \(error)")
        #expect(error.code == .conflict, "\(entry.name)")
      }
    }
    let listed = try f.store.meetingDetail(meeting.id).entries.map(\.entry)
    #expect(listed.count == expected.count)
    #expect(listed.allSatisfy { expected[$0.id] == $0.text })
    // The log carries the same text: a rebuilt copy holds the same records.
    let copy = try temp.sibling("copy.sqlite")
    try f.store.rebuild(into: copy, as: f.me)
    #expect(try copy.stateDigest() == f.store.stateDigest())
  }

  /// An action entry's text becomes the action's title; text the minutes accept should make
  /// an action too.
  @Test func actionEntries() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    let meeting = try f.meeting("Hostile actions")
    for entry in try HostileCorpus.entries() {
      guard
        let text = try? TextRules.text(
          entry.text, field: "entry text", limit: TextRules.entryLimit, required: true)
      else { continue }
      let result = Result(catching: { () throws(StoreError) in
        try f.store.addMinuteEntry(
          meeting.id, kind: .action, text: entry.text, action: ActionRequest(ownerID: f.luis.id),
          as: f.me)
      })
      let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
      if firstLine.contains("\t") {
        _ = try result.get()
        continue
      }
      let (saved, action) = try result.get()
      let item = try #require(action, "\(entry.name)")
      #expect(saved.text == text, "\(entry.name)")
      #expect(item.title.unicodeScalars.count <= TextRules.nameLimit, "\(entry.name)")
      #expect(!item.title.contains("\n"), "\(entry.name)")
      if item.title != text {
        #expect(item.details == text, "\(entry.name): the full text is kept in the details")
      }
    }
  }

  /// A consultation's and a disclosure's details are JSON that gives back the purpose, the
  /// recipients and the records' references as they were, whatever they hold: the trail's
  /// readers parse them.
  @Test func accessDetailsAreJSONOfWhatWasGiven() throws {
    let temp = try TemporaryStore()
    let f = try Fixture(temp.store)
    var checked = 0
    for entry in try HostileCorpus.entries() {
      guard let purpose = try? TextRules.line(entry.text, field: "purpose", limit: 500) else {
        continue
      }
      try f.store.statePurpose(entry.text, as: f.me)
      let subject = AuditSubject(entity: .actionItem, id: UUID(), ref: entry.text)
      try f.store.recordDisclosure(
        "disclosed \(entry.name)", of: [subject, subject], to: [entry.text, "Eurojust"], as: f.me)
      try f.store.recordConsultation("consulted \(entry.name)", of: [subject], as: f.me)
      let events = try f.store.auditEvents(page: PageRequest(limit: 2)).rows
      let (consulted, disclosed) = (events[0], events[1])
      for (event, recipients, count) in [
        (consulted, nil, 1), (disclosed, [entry.text, "Eurojust"], 2),
      ] {
        // JSONDecoder, not JSONSerialization: the latter drops a byte-order mark inside a string.
        let details = try JSONDecoder().decode(
          AccessDetailsShape.self, from: Data(event.details.utf8))
        #expect(details.purpose == purpose, "\(entry.name)")
        #expect(details.recipients == recipients, "\(entry.name)")
        #expect(details.records.count == count, "\(entry.name)")
        for record in details.records {
          #expect(
            record == ["entity": "action_item", "id": subject.id.text, "ref": entry.text],
            "\(entry.name)")
        }
      }
      checked += 1
    }
    #expect(checked > 10)
    #expect(try f.store.verifyAudit().isIntact)
  }
}

/// What a consultation's details hold, as their readers decode them.
private struct AccessDetailsShape: Decodable {
  let purpose: String
  let recipients: [String]?
  let records: [[String: String]]
}
