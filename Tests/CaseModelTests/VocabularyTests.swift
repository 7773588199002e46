import CaseModel
import Foundation
import Testing

@Suite("Vocabularies")
struct VocabularyTests {
  // MARK: - Stored terms

  /// Raw values are stored and exported: a change here is a schema change, so it must be
  /// deliberate and show up as a failing test.
  @Test("Raw values are the stored terms")
  func rawValues() {
    #expect(Priority.rawValues == ["low", "normal", "high", "urgent"])
    #expect(ActionStatus.rawValues == ["open", "in-progress", "blocked", "done", "dropped"])
    #expect(
      AssetKind.rawValues == [
        "drugs", "vessel", "aircraft", "container", "cash", "crypto-assets", "real-estate",
        "company",
      ])
    #expect(
      AssetStatus.rawValues == ["identified", "frozen", "seized", "confiscated", "released"])
    #expect(QuantityUnit.rawValues == ["kg", "units", "litres"])
    #expect(HandlingCode.rawValues == ["H0", "H1", "H2", "H3"])
    #expect(TLP.rawValues == ["clear", "green", "amber", "amber+strict", "red"])
    #expect(
      EUClassification.rawValues == [
        "restreint-ue", "confidentiel-ue", "secret-ue", "tres-secret-ue",
      ])
    #expect(SourceReliability.rawValues == ["A", "B", "C", "X"])
    #expect(InformationAccuracy.rawValues == ["1", "2", "3", "4"])
    #expect(MeetingKind.rawValues == ["technical", "operational", "coordination", "plenary"])
    #expect(AttendanceStatus.rawValues == ["invited", "present", "excused", "absent"])
    #expect(MinutesState.rawValues == ["draft", "circulated", "approved"])
    #expect(EntryKind.rawValues == ["information", "decision", "action"])
    #expect(
      OperationStatus.rawValues == ["planned", "active", "suspended", "concluded", "archived"])
    #expect(
      CrimeArea.rawValues == [
        "drug-trafficking", "human-trafficking", "arms-trafficking", "financial-crime",
        "cybercrime", "environmental-crime",
      ])
    #expect(
      Vector.rawValues == [
        "maritime", "air", "container-port", "land", "postal", "online-encrypted", "financial",
      ])
    #expect(ParticipantRole.rawValues == ["observer", "participant", "co-lead", "lead"])
    #expect(CountryBloc.rawValues == ["eu", "clasi", "observer", "other"])
    #expect(
      OrganisationKind.rawValues == [
        "police", "customs", "military", "maritime", "judicial", "eu-agency", "regional-body",
        "programme",
      ])
    #expect(
      NetworkRole.rawValues == [
        "national-coordinator", "driver", "co-driver", "action-leader", "participant",
        "liaison-officer", "analyst", "observer",
      ])
    #expect(
      Specialisation.rawValues == [
        "maritime", "aviation", "containers", "asset-recovery", "encrypted-communications",
        "financial", "cyber", "forensics", "intelligence", "legal",
      ])
  }

  @Test("Entity kinds are the table names")
  func entityKinds() {
    #expect(
      EntityKind.allCases.map(\.rawValue) == [
        "country", "organisation", "officer", "operation", "participant", "meeting",
        "meeting_operation", "attendance", "agenda_item", "minute_entry", "action_item",
        "action_co_owner", "action_update", "seizure",
      ])
    #expect(EntityKind.actionItem.label == "action item")
    #expect(EntityKind.meetingOperation.label == "meeting link")
    #expect(EntityKind.seizure.label == "seizure")
    #expect(ActionItem.entity == .actionItem && JointOperation.entity == .operation)
    #expect(MinuteEntry.entity == .minuteEntry && Seizure.entity == .seizure)
  }

  // MARK: - Labels

  @Test("Labels read as officers say them")
  func labels() {
    #expect(ActionStatus.inProgress.label == "in progress")
    #expect(ActionStatus.open.label == "open")
    #expect(TLP.amberStrict.label == "TLP:AMBER+STRICT")
    #expect(TLP.clear.label == "TLP:CLEAR")
    #expect(CrimeArea.drugTrafficking.label == "drug trafficking")
    #expect(Vector.containerPort.label == "container/port")
    #expect(Vector.onlineEncrypted.label == "online/encrypted")
    #expect(Vector.air.label == "air")
    #expect(OrganisationKind.euAgency.label == "EU agency")
    #expect(OrganisationKind.regionalBody.label == "regional body")
    #expect(CountryBloc.eu.label == "EU member")
    #expect(CountryBloc.clasi.label == "CLASI member")
    #expect(NetworkRole.nationalCoordinator.label == "national coordinator")
    #expect(Specialisation.encryptedCommunications.label == "encrypted communications")
    #expect(AssetKind.cryptoAssets.label == "crypto assets")
    #expect(EUClassification.restreint.label == "RESTREINT UE/EU RESTRICTED")
    #expect(EUClassification.tresSecret.label == "TRÈS SECRET UE/EU TOP SECRET")
  }

  // MARK: - Parsing

  @Test(
    "Parsing forgives case, spaces, underscores and surrounding blanks",
    arguments: ["in progress", "In_Progress", "in-progress", "IN PROGRESS", "  in progress  "])
  func forgivingParse(text: String) throws {
    #expect(try ActionStatus.parse(text) == .inProgress)
  }

  @Test("Labels parse as well as raw values")
  func labelsParse() throws {
    #expect(try TLP.parse("TLP:AMBER+STRICT") == .amberStrict)
    #expect(try TLP.parse("amber+strict") == .amberStrict)
    #expect(try TLP.parse("tlp:red") == .red)
    #expect(try Vector.parse("container/port") == .containerPort)
    #expect(try Vector.parse("Container-Port") == .containerPort)
    #expect(try HandlingCode.parse("h2") == .h2)
    #expect(try SourceReliability.parse("x") == .x)
    #expect(try InformationAccuracy.parse("3") == .three)
    #expect(try EUClassification.parse("restreint ue") == .restreint)
    #expect(try EUClassification.parse("RESTREINT UE/EU RESTRICTED") == .restreint)
    #expect(try OrganisationKind.parse("EU agency") == .euAgency)
    #expect(try CountryBloc.parse("CLASI member") == .clasi)
    #expect(try NetworkRole.parse("Liaison Officer") == .liaisonOfficer)
  }

  @Test("Every term of every vocabulary parses back from its raw value and its label")
  func everyTermParses() {
    for vocabulary in allVocabularies {
      checkTermsParse(vocabulary)
    }
  }

  private func checkTermsParse<V: Vocabulary>(_: V.Type) {
    for term in V.allCases {
      // A label equal to another term's raw value would parse as that other term.
      for spelling in [term.rawValue, term.label, term.rawValue.uppercased(), " \(term.label) "] {
        let parsed = outcome { () throws(ValidationError) in try V.parse(spelling) }
        #expect((try? parsed.get()) == term, "\(V.vocabularyName): \(spelling)")
      }
    }
    #expect(Set(V.allCases.map(\.label)).count == V.allCases.count, "\(V.vocabularyName)")
    #expect(!V.vocabularyName.isEmpty)
  }

  @Test("An unknown term is refused, listing the accepted ones")
  func unknownTerm() {
    let error = refusal(.unknownTerm) { () throws(ValidationError) in
      try ActionStatus.parse("finished")
    }
    #expect(
      error?.message
        == "unknown action status \"finished\"; expected one of: open, in-progress, blocked, done, "
        + "dropped")
    let tlp = refusal(.unknownTerm) { () throws(ValidationError) in try TLP.parse("purple") }
    #expect(
      tlp?.message
        == "unknown TLP \"purple\"; expected one of: clear, green, amber, amber+strict, red")
  }

  @Test("Near misses are not guessed", arguments: ["", "in", "progress", "in--progress", "opened"])
  func nearMisses(text: String) {
    refusal(.unknownTerm, "\(text)") { () throws(ValidationError) in
      try ActionStatus.parse(text)
    }
  }

  @Test("An unknown term's message quotes hostile text harmlessly")
  func unknownTermQuotesSafely() throws {
    let error = try #require(
      refusal(.unknownTerm) { () throws(ValidationError) in
        try Priority.parse("\u{1B}]0;pwned\u{7}\u{202E}")
      })
    #expect(hazards(in: error.message).isEmpty)
    #expect(error.message.hasPrefix("unknown priority \"\\u{1B}]0;pwned\\u{7}\\u{202E}\";"))
  }

  // MARK: - Ranks

  @Test("Ranked vocabularies order by severity, in declaration order")
  func ranks() {
    #expect(Priority.low < .normal && Priority.normal < .high && Priority.high < .urgent)
    #expect(Priority.allCases.map(\.rank) == [0, 1, 2, 3])
    #expect(HandlingCode.allCases.sorted() == [.h0, .h1, .h2, .h3])
    #expect(HandlingCode.h3 > .h0)
    #expect(TLP.allCases.sorted() == [.clear, .green, .amber, .amberStrict, .red])
    #expect(EUClassification.restreint < .confidentiel)
    #expect(EUClassification.secret < .tresSecret)
    #expect(MinutesState.draft < .circulated && MinutesState.circulated < .approved)
    #expect(ParticipantRole.observer < .participant)
    #expect(ParticipantRole.coLead < .lead)
    #expect([Priority.urgent, .low, .high, .normal].max() == .urgent)
  }

  @Test("AMBER+STRICT and RED are for named recipients only")
  func namedRecipients() {
    #expect(TLP.allCases.filter(\.isNamedRecipientsOnly) == [.amberStrict, .red])
  }

  @Test("Open action statuses are those that still need someone to act")
  func openStatuses() {
    #expect(ActionStatus.openStatuses == [.open, .inProgress, .blocked])
    #expect(!ActionStatus.done.isOpen && !ActionStatus.dropped.isOpen)
  }

  @Test("Approved minutes alone are read-only")
  func readOnlyMinutes() {
    #expect(MinutesState.allCases.filter(\.isReadOnly) == [.approved])
  }

  @Test("Each code of the evaluation and handling scales has its own meaning")
  func meanings() {
    #expect(Set(HandlingCode.allCases.map(\.meaning)).count == 4)
    #expect(Set(SourceReliability.allCases.map(\.meaning)).count == 4)
    #expect(Set(InformationAccuracy.allCases.map(\.meaning)).count == 4)
    #expect(SourceReliability.x.meaning == "reliability cannot be assessed")
    #expect(HandlingCode.h0.meaning == "for law-enforcement purposes only")
  }

  // MARK: - Codable

  @Test("Terms encode as their raw values")
  func codable() throws {
    let data = try JSONEncoder().encode([ActionStatus.inProgress])
    #expect(String(decoding: data, as: UTF8.self) == "[\"in-progress\"]")
    let tlp = try JSONDecoder().decode([TLP].self, from: Data("[\"amber+strict\"]".utf8))
    #expect(tlp == [.amberStrict])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([TLP].self, from: Data("[\"AMBER\"]".utf8))
    }
  }
}
