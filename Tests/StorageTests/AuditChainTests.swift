import CaseModel
import Crypto
import Foundation
import Fuzzing
import GRDB
import Testing

@testable import Storage

/// The audit trail is hash-chained: someone with the file and the `sqlite3` tool who edits,
/// deletes, reorders or cuts events is found out, and told which event broke.
@Suite("The audit chain")
struct AuditChainTests {
  /// Ways to tamper with the trail, as an attacker with the `sqlite3` tool would: the
  /// append-only triggers are dropped first.
  enum Tampering: String, CaseIterable, Sendable {
    case editSummary
    case reattribute
    case deleteMiddle
    case swapTwo
    case truncateTail

    func sql(lastSeq: Int) -> String {
      let unlock = """
        DROP TRIGGER audit_event_no_update;
        DROP TRIGGER audit_event_no_delete;

        """
      switch self {
      case .editSummary:
        return unlock + "UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 12;"
      case .reattribute:
        return unlock + "UPDATE audit_event SET officer_id = NULL, os_user = 'root' WHERE seq = 12;"
      case .deleteMiddle:
        return unlock + "DELETE FROM audit_event WHERE seq = 12;"
      case .swapTwo:
        // Events 12 and 13 trade places: each row's content moves to the other's number.
        return unlock
          + """
          UPDATE audit_event SET seq = -13 WHERE seq = 13;
          UPDATE audit_event SET seq = 13 WHERE seq = 12;
          UPDATE audit_event SET seq = 12 WHERE seq = -13;
          """
      case .truncateTail:
        return unlock + "DELETE FROM audit_event WHERE seq > \(lastSeq - 3);"
      }
    }

    /// What the verdict must say.
    func expectedProblem(lastSeq: Int) -> [String] {
      switch self {
      case .editSummary, .reattribute: ["event #12", "does not match its hash"]
      case .deleteMiddle: ["event #13", "expected event #12"]
      case .swapTwo: ["event #12", "link to the previous event is broken"]
      case .truncateTail: ["ends at event #\(lastSeq - 3)", "event #\(lastSeq) was recorded last"]
      }
    }

    /// How many events verify before the break.
    func checked(lastSeq: Int) -> Int { self == .truncateTail ? lastSeq - 3 : 11 }
  }

  /// A database with a few dozen events, closed so another program can open it.
  func trail(_ temp: TemporaryStore) throws -> Int {
    let f = try Fixture(temp.store)
    for index in 1...30 {
      let item = try f.action("Action \(index)")
      if index.isMultiple(of: 3) {
        _ = try f.store.changeAction(item.id, ActionChange(status: .done), as: f.me)
      }
    }
    let verdict = try temp.store.verifyAudit()
    #expect(verdict.isIntact)
    try temp.store.close()
    return verdict.eventsChecked
  }

  @Test func aFreshTrailIsIntact() throws {
    let temp = try TemporaryStore()
    let events = try trail(temp)
    let reopened = try temp.reopen()
    let verdict = try reopened.verifyAudit()
    #expect(verdict == AuditVerdict(eventsChecked: events, problem: nil))
    #expect(events == 7 + 30 + 10)
    #expect(try reopened.check() == [])
  }

  @Test(arguments: Tampering.allCases)
  func tamperingIsFoundAndNamed(_ tampering: Tampering) throws {
    let temp = try TemporaryStore()
    let last = try trail(temp)
    let reopened = try temp.edited(tampering.sql(lastSeq: last))
    let verdict = try reopened.verifyAudit()
    #expect(!verdict.isIntact)
    let problem = verdict.problem ?? ""
    for words in tampering.expectedProblem(lastSeq: last) {
      #expect(problem.contains(words), "\(problem)")
    }
    #expect(verdict.eventsChecked == tampering.checked(lastSeq: last))
    let problems = try reopened.check()
    #expect(problems == ["audit trail: \(problem)"])
  }

  @Test func theTriggersStopTheToolUntilDropped() throws {
    let temp = try TemporaryStore()
    let last = try trail(temp)
    let before = try fileBytes(temp.path)
    for sql in [
      "UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 12;",
      "DELETE FROM audit_event WHERE seq = \(last);",
      "UPDATE op_log SET value = 'x' WHERE seq = 1;",
    ] {
      let result = try sqlite3(temp.path, sql)
      #expect(result.status != 0)
      #expect(result.error.contains("append-only"), "\(result.error)")
    }
    #expect(try fileBytes(temp.path) == before)
    #expect(try temp.reopen().verifyAudit().isIntact)
  }

  @Test func newEventsAfterReopeningExtendTheChain() throws {
    let temp = try TemporaryStore()
    let last = try trail(temp)
    let reopened = try temp.reopen()
    let me = try reopened.actingOfficer(nil)
    _ = try reopened.addAction(
      ActionItem(title: "After reopening", ownerID: me.id, markings: .standard), as: me)
    #expect(try reopened.verifyAudit() == AuditVerdict(eventsChecked: last + 1, problem: nil))
    let newest = try #require(try reopened.auditEvents(page: PageRequest(limit: 2)).rows.first)
    #expect(newest.seq == Int64(last + 1))
    #expect(newest.officerHandle == "ribeiro")
    #expect(newest.osUser == ActingOfficer.currentOSUser)
  }

  @Test("The audit details quote every hostile string as JSON that reads back the same")
  func detailsQuoteHostileText() throws {
    var samples = try HostileCorpus.entries().map(\.text)
    samples += ["plain", "", "say \"no\"", "back\\slash", "tab\there", "Bogotá — 👍"]
    for text in samples {
      let quoted = jsonString(text)
      let back = try JSONDecoder().decode(String.self, from: Data(quoted.utf8))
      #expect(back.unicodeScalars.elementsEqual(text.unicodeScalars), "\(text.debugDescription)")
    }
  }

  /// The hash is SHA-256 over the previous hash and the fields, each as its UTF-8 length, `:`,
  /// itself and `;` (`-;` for an absent one), in lower-case hexadecimal: checked against that
  /// definition written the plain way, with hostile text, so that files written by earlier
  /// builds keep verifying.
  @Test func theHashIsTheDocumentedSerialisation() {
    var rng = SplitMix64(seed: 32)
    for text in [""] + FuzzText.corpusLines {
      let optional: String? = rng.next() % 3 == 0 ? nil : text
      let content = AuditChain.Content(
        seq: Int64(rng.next() % 1_000_000), id: UUID.v7().text, at: "2026-11-30 08:00:00.000",
        officerID: optional, osUser: "root", kind: "alter", entity: optional, entityID: nil,
        ref: text, summary: "changed " + text, details: text)
      let previous = String(repeating: "ab", count: 32)
      let fields: [String?] = [
        previous, String(content.seq), content.id, content.at, content.officerID,
        content.osUser, content.kind, content.entity, content.entityID, content.ref,
        content.summary, content.details,
      ]
      let serialised = fields.map { field in
        field.map { "\($0.utf8.count):\($0);" } ?? "-;"
      }.joined()
      let expected = SHA256.hash(data: Data(serialised.utf8)).map { String(format: "%02x", $0) }
        .joined()
      #expect(AuditChain.hash(content, previous: previous) == expected)
    }
  }
}
