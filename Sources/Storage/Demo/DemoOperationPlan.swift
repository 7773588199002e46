import CaseModel

/// One joint operation of the demo as a script: what it is, who takes part, when it changes
/// status, its meetings and its seizures. Days count from the day the demo is loaded
/// (negative: in the past), so that the same script stays current whenever it is loaded.
struct DemoOperationPlan {
  /// A meeting of the script. Its minutes are written by the loader from the phrase bank.
  struct Session {
    let day: Int
    let hour: Int
    let minute: Int
    let duration: Int
    let kind: MeetingKind
    let title: String
    let zone: String
    /// Nil for a video call.
    let place: String?
    let chair: String
    let minuteTaker: String
    let invitees: [String]
    let topics: [DemoTopic]
    /// Plans the meeting deals with, by key; empty means the plan it belongs to.
    var operations: [String] = []
    /// Markings of its own; nil takes those of its operation.
    var markings: Markings? = nil
  }

  /// A seizure or an asset, with the later steps of its legal path (days after `day`).
  struct Asset {
    let day: Int
    let kind: AssetKind
    let description: String
    var substance: String? = nil
    var quantity: Double? = nil
    var unit: QuantityUnit? = nil
    var value: Double? = nil
    var currency: String? = nil
    let place: String
    let country: String?
    let by: String
    let path: [(after: Int, status: AssetStatus)]
  }

  /// How plans and sessions name each other.
  let key: String
  /// `MAR`, `CNT`: the middle of the code, which also takes the year the operation was set up.
  let codePrefix: String
  let number: Int
  let codename: String
  let summary: String
  let vector: Vector
  let crimeAreas: [CrimeArea]
  let leadCountry: String
  let leadOrganisation: String
  /// Who sets the operation up and moves it along its life cycle.
  let owner: String
  let threatAssessment: String?
  let empactRef: String?
  let jitRef: String?
  let markings: Markings
  let createdDay: Int
  let startDay: Int
  let endDay: Int?
  let statusPath: [(day: Int, status: OperationStatus)]
  let countries: [(String, ParticipantRole)]
  let organisations: [(String, ParticipantRole)]
  let officers: [(String, ParticipantRole)]
  /// Words the phrase bank fills its slots with: `vessel`, `port`, `company`…
  let lexicon: [String: [String]]
  let sessions: [Session]
  let assets: [Asset]

  /// The day the operation concludes, after which its actions are all closed.
  var concludedDay: Int? { statusPath.first { $0.status == .concluded }?.day }

  /// The operation's code, with the year it was set up: `TF-MAR-2026-001`.
  func code(today: CalendarDate) -> String {
    let year = today.adding(days: createdDay).year
    let padded = number < 10 ? "00\(number)" : number < 100 ? "0\(number)" : "\(number)"
    return "TF-\(codePrefix)-\(year)-\(padded)"
  }

  /// The officers who take part in the operation, by handle.
  var officerHandles: [String] { officers.map(\.0) }
}
