import CaseModel

/// What officers write in the demo's minutes and action logs.
///
/// Each bank is one template a line. `{slot}` takes a word from the operation's lexicon or a
/// generated number (`{imo}`, `{container}`, `{wallet}`…). An action line starts with the
/// specialisation its owner should have (or nothing) and `|`; ` ¶ ` starts its details.
enum DemoPhrases {
  struct Bank {
    let information: [String]
    let decisions: [String]
    let actions: [String]
  }

  /// The bank for a topic of an operation on this vector, and its name: topics that share a
  /// bank share its name, so that a meeting does not draw the same line under two headings.
  static func bank(_ topic: DemoTopic, vector: Vector) -> (name: String, bank: Bank) {
    switch (topic, vector) {
    case (.picture, .maritime): ("maritime picture", maritimePicture)
    case (.planning, .maritime): ("maritime planning", maritimePlanning)
    case (.picture, .containerPort): ("container picture", containerPicture)
    case (.planning, .containerPort): ("container planning", containerPlanning)
    case (.picture, .air), (.planning, .air): ("air", air)
    case (.picture, .onlineEncrypted), (.planning, .onlineEncrypted), (.encrypted, _):
      ("encrypted", encrypted)
    case (.picture, .financial), (.planning, .financial), (.financial, _): ("financial", financial)
    case (.legal, _): ("legal", legal)
    case (.lessons, _): ("lessons", lessons)
    default: ("aob", aob)
    }
  }

  /// Splits a block into its non-empty lines.
  private static func lines(_ block: String) -> [String] {
    block.split(separator: "\n").map(String.init)
  }

  static let maritimePicture = Bank(
    information: lines(
      """
      MAOC-N reported a 41-hour AIS gap for {vessel} ({imo}) east of {area}; last position \
      shared with the navy on duty.
      {vessel} left {origin} declaring ballast for {port}; draught readings suggest a far \
      heavier load than declared.
      Two go-fasts were seen refuelling from a mother ship 180 NM north of {area} (EUROSUR \
      Fusion Services imagery).
      Semi-submersible activity off {area} continues: third detection this quarter, hull type \
      consistent with the one seized in Galicia.
      AIS spoofing suspected: {vessel} transmitted two positions 300 NM apart within one hour.
      Fishing-vessel activity around {area} is above the seasonal average; crew lists repeat \
      names from earlier cases.
      Ship-to-ship encounter between {vessel} and an unidentified tug 25 NM off {area} \
      (Sentinel-1 pass) 🛰️
      {agency} confirmed that {vessel} changed flag twice in eight months and is now \
      registered to a shell company.
      """),
    decisions: lines(
      """
      Agreed: MAOC-N coordinates the next interdiction; flag-state consent to be requested \
      through the authorities of {country}.
      Decided to keep {vessel} under watch rather than intercept at sea; a controlled \
      delivery to {port} is to be assessed.
      Agreed to share the vessel-of-interest list with Frontex under H1 handling.
      Agreed to open a dedicated SIENA channel for the boarding teams 📡
      """),
    actions: lines(
      """
      maritime|Request the full AIS history of {vessel} ({imo}) from MAOC-N ¶ Cover the \
      last six months; flag gaps over 6 h and every ship-to-ship encounter.
      maritime|Obtain flag-state consent to board {vessel} through the authorities of \
      {country}
      intelligence|Cross-check the crew list of {vessel} against Europol's analysis project
      intelligence|Ask Frontex for EUROSUR imagery of {area} for the last 30 days
      maritime|Check the port calls of {vessel} at {port} and {origin}
      intelligence|Identify the registered owner and insurer of {vessel}
      maritime|Share the vessel-of-interest profile of {vessel} with the coast guards of \
      {country}
      intelligence|Check the satellite-phone contacts of the crew of {vessel} with the service \
      provider
      maritime|Ask MAOC-N to add {vessel} to the watch list for the next two months 🚢
      """))

  static let maritimePlanning = Bank(
    information: lines(
      """
      The next interdiction window opens when {vessel} reaches the waters west of {area}; \
      two patrol vessels and a maritime patrol aircraft are available.
      Boarding teams of the navy and the customs service can be on scene within 10 hours.
      The landing cell ashore in {city} has been identified; surveillance starts next week.
      """),
    decisions: lines(
      """
      Agreed to intercept {vessel} in international waters once flag-state consent is \
      granted.
      Decided that seized loads are landed at {port} for the chain of custody.
      Agreed to hold a coordination call 48 h before the interdiction window.
      """),
    actions: lines(
      """
      maritime|Prepare the boarding plan for the next interdiction window off {area}
      forensics|Send the GPS units from the seized go-fast for forensic extraction ¶ Priority \
      on waypoints and the last 30 days of tracks.
      intelligence|Brief {agency} on the landing cell in {city}
      maritime|Confirm the availability of the maritime patrol aircraft for the window
      intelligence|Draft the intelligence notification for the boarding team (H1) 📄
      legal|Ask the prosecutor in {country} to authorise surveillance of the landing cell
      maritime|Agree the rules of engagement for the boarding with the navy of {country}
      intelligence|Locate the fuel supplier of the go-fasts operating from {origin}
      """))

  static let containerPicture = Bank(
    information: lines(
      """
      Container {container}, declared as {commodity} from {origin}, was flagged by the risk \
      engine: new consignee, first shipment, freight paid in cash.
      Rip-on/rip-off confirmed at {port}: seals replaced with cloned ones after loading; \
      legitimate cargo of {company} contaminated.
      An insider at the {port} terminal is suspected: the same straddle-carrier driver moved \
      three of the flagged containers.
      {company} shipped 14 reefers to {port} in three months; invoices undervalue the cargo \
      by about 40 %.
      Scanner images from {origin} show density anomalies in the front third of container \
      {container}.
      Consignee {company} was registered two months ago at a virtual office; its director is \
      a 23-year-old nominee.
      Transshipment via {port2} added to hide the origin; the bill of lading was amended \
      twice after departure.
      """),
    decisions: lines(
      """
      Agreed to run a controlled delivery on the next flagged container if the prosecutor in \
      {country} authorises it.
      Decided to share the container risk indicators with the customs services of all \
      participating countries (TLP:AMBER).
      Agreed that seizures at {port} are announced only after the JIT partners have been \
      informed.
      """),
    actions: lines(
      """
      containers|Obtain the manifest and bill of lading of container {container}
      containers|Request scanner images of the last five shipments of {company} from customs \
      in {origin}
      intelligence|Map the terminal staff with access to the flagged containers at {port}
      containers|Add {company} to the risk profile of the port of {port}
      financial|Trace the freight payments of {company} through the shipping agent's bank
      containers|Check the seal numbers of container {container} against the loading report
      intelligence|Identify who booked the flagged containers through the forwarder in {origin}
      """))

  static let containerPlanning = Bank(
    information: lines(
      """
      The next shipment of {company} is booked on {vessel}, expected at {port} in about three \
      weeks.
      Customs in {origin} can hold a container for 24 h without alerting the shipper.
      The terminal operator at {port} agreed to give access to the CCTV of the reefer area.
      """),
    decisions: lines(
      """
      Agreed to inspect the next {company} shipment jointly at {port}.
      Decided to swap the load for a dummy if the controlled delivery is authorised.
      """),
    actions: lines(
      """
      containers|Coordinate a joint inspection at {port} with customs and police ¶ Include \
      sniffer dogs and the mobile scanner; bring the terminal operator's CCTV export.
      legal|Prepare the controlled-delivery request for the next {company} shipment
      containers|Check the booking of {vessel} for containers of {company}
      intelligence|Identify the truck company collecting the containers of {company} at \
      {port}
      containers|Send the container risk indicators to the customs of {country}
      containers|Arrange a dog team and the mobile scanner for the inspection at {port}
      legal|Ask the prosecutor in {country} whether the load may be swapped for a dummy
      """))

  static let air = Bank(
    information: lines(
      """
      Courier pattern on the {origin}–{airport} route: one-way tickets bought in cash 48 h \
      before departure.
      Two light aircraft landed on unregistered strips near {area} last month; tail numbers \
      match earlier reports.
      Cocaine concealed in suitcase linings and food tins; purity 78–84 % according to the \
      lab.
      A crew member of a commercial flight is suspected of carrying for the network; the \
      airline provided the rota.
      API/PNR data show one travel agent in {city} booking 60 % of the intercepted couriers.
      """),
    decisions: lines(
      """
      Agreed to run a joint PNR analysis with the Passenger Information Units of the \
      participating countries.
      Decided to brief airline security at {airport} without naming the suspected crew \
      member.
      Agreed that couriers arrested at {airport} are offered cooperation through the \
      prosecutor only.
      """),
    actions: lines(
      """
      aviation|Request PNR data for flights {origin}–{airport} for the last three months
      aviation|Check the tail numbers of the two aircraft against the civil aviation \
      registry
      intelligence|Identify the travel agent in {city} who booked the couriers' tickets
      forensics|Share the drug-profiling results of the {airport} seizures with the EUDA
      aviation|Set up an alert on the courier profile with the border police at {airport}
      intelligence|Map the recruiters of the couriers in {city} from the seized phones
      aviation|Ask Frontex for the risk analysis of the {origin}–{airport} route
      forensics|Compare the packaging of the {airport} seizures with earlier cases
      """))

  static let encrypted = Bank(
    information: lines(
      """
      The {platform} platform moved its servers after the last takedown; about 2,400 \
      handsets remain active in Europe and South America.
      Decrypted {platform} messages show prices negotiated in USDT and shipments through \
      {port}.
      Resellers in {city} sell {platform} handsets at EUR 1,500 for a six-month licence, \
      paid in crypto.
      {agency} confirms the {platform} data set is available to the participating countries \
      under the existing legal basis.
      Some users moved to a new app with a PIN-protected vault; extraction is not yet \
      possible 🔒
      """),
    decisions: lines(
      """
      Agreed to exchange {platform} data only through SIENA, with handling code H2 and the \
      consent of the originating country.
      Decided to prioritise handsets linked to the maritime cases for decryption.
      Agreed to wait for the court ruling in {country} before using the data as evidence.
      """),
    actions: lines(
      """
      encrypted-communications|Request the {platform} data set for the identified user IDs \
      through Europol
      legal|Check the admissibility of {platform} evidence under the law of {country} ¶ Ask \
      the prosecutor for a written opinion; Eurojust can compare national rulings.
      forensics|Send two seized handsets to the lab to extract the new vault app
      encrypted-communications|Map the resellers of {platform} handsets in {city}
      cyber|Identify the hosting provider of the {platform} relay servers
      encrypted-communications|Match the {platform} user IDs with the handsets seized in \
      {city}
      legal|Prepare the European Investigation Order for the {platform} server data
      cyber|Trace the crypto payments for {platform} licences sold in {city}
      """))

  static let financial = Bank(
    information: lines(
      """
      Wallet tracing shows USDT on TRON moving through three exchanges before cash-out in \
      {city}.
      Trade-based money laundering suspected: over-invoiced exports of {commodity} from \
      {origin} to {company}.
      An exchange office in {city} processed EUR 4.8 million in cash deposits in six months \
      without one suspicious transaction report.
      The FIU of {country} received 37 STRs linked to the target companies; 12 concern real \
      estate.
      Cash couriers detected on the {city}–Madrid route carrying EUR 200,000–300,000 each, \
      undeclared 💶
      """),
    decisions: lines(
      """
      Agreed to send a joint request to the Asset Recovery Offices of the participating \
      countries.
      Decided to open a parallel financial investigation in each participating country.
      Agreed to freeze first and trace later where a transfer abroad is imminent.
      """),
    actions: lines(
      """
      asset-recovery|Ask the Asset Recovery Office of {country} for real estate held by the \
      targets
      financial|Trace the USDT wallets linked to {target} ¶ Start from the two TRON addresses \
      found on the seized handset ({wallet}).
      financial|Request the account statements of {company} from the FIU of {country}
      asset-recovery|Prepare freezing orders for the accounts identified in {country}
      financial|Check the shareholders of {company} in the commercial register
      asset-recovery|List the vehicles and vessels registered to the targets in {country}
      financial|Map the mirror transfers between {city} and the exchange offices abroad
      financial|Ask the exchanges used by {target} to preserve their KYC records ¶ Two \
      exchanges answered informally; formal requests go through the FIU of {country}.
      """))

  static let legal = Bank(
    information: lines(
      """
      The JIT agreement expires in {months} months; all parties are willing to extend it.
      Eurojust confirmed funding for two more operational meetings under the JIT.
      The MLA request sent to {country} in spring is still with the central authority.
      The prosecutor in {country} authorised the controlled delivery; the decision was shared \
      via SIENA.
      Evidence obtained abroad must be translated into {language} before the hearing.
      """),
    decisions: lines(
      """
      Agreed to renew the JIT for a further 12 months; Eurojust circulates the draft \
      amendment ✅
      Agreed that each country sends its evidence list to Eurojust before the coordination \
      meeting.
      Decided to ask Eurojust for a coordination centre on the action day.
      """),
    actions: lines(
      """
      legal|Send the draft renewal of the JIT agreement to all parties
      legal|Chase the pending MLA request with the central authority of {country}
      legal|Prepare the list of evidence to be exchanged under the JIT
      legal|Ask Eurojust to organise a coordination meeting of the prosecutors
      legal|Have the key evidence translated into {language} for the hearing
      legal|Check with Eurojust whether {country} can join the JIT
      legal|Send the draft MLA request to the central authority of {country} for comments
      legal|Collect the national authorisations needed for the action day
      """))

  static let aob = Bank(
    information: lines(
      """
      The next meeting is to be held in {city}; the host circulates the logistics.
      Interpretation ES/PT/EN is available for the next plenary.
      The Task Force's SIENA mailbox has moved; please update your address books.
      Reminder: the minutes are TLP:AMBER; do not forward them outside the participating \
      services.
      """),
    decisions: lines(
      """
      Agreed to hold the next meeting by video call to save travel costs.
      The chair circulates the draft minutes within five working days.
      """),
    actions: lines(
      """
      |Circulate the logistics note for the next meeting in {city}
      |Update the contact list of the participating services
      intelligence|Prepare a one-page situation report for the plenary
      |Book the meeting room and interpretation for the next meeting
      |Check that every participant has access to the SIENA channel
      """))

  static let lessons = Bank(
    information: lines(
      """
      Results: {kg} kg of cocaine seized, {arrests} arrests, assets frozen in three countries.
      What worked: one SIENA channel and a single point of contact per country 👍
      What did not: MLA requests took four to five months; the financial part ran out of \
      time.
      The courts in {country} have scheduled the first hearings.
      """),
    decisions: lines(
      """
      Agreed to conclude the operation; remaining financial work continues in the national \
      cases.
      Decided to share the lessons learned with the network and with EMPACT.
      """),
    actions: lines(
      """
      |Write the final operational report for EMPACT
      asset-recovery|Hand the open asset-recovery leads over to the national cases
      |Return the loaned equipment to the participating services
      """))

  /// Corrections added to approved minutes.
  static let amendments = lines(
    """
    Amendment: the quantity seized at {port} was {kg} kg, not the provisional figure given \
    at the meeting.
    Amendment requested by {agency}: their representative attended by video for the first \
    hour only.
    Amendment: the decision on the controlled delivery is subject to the prosecutor's \
    written authorisation.
    Correction: the MLA request to {country} was sent through Eurojust, not directly.
    """)

  /// The lines of a bank for one kind of entry.
  static func lines(of bank: Bank, _ kind: EntryKind) -> [String] {
    switch kind {
    case .information: bank.information
    case .decision: bank.decisions
    case .action: bank.actions
    }
  }
}
