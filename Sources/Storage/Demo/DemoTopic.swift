import CaseModel

/// The headings of an agenda, each with its own part of the phrase bank.
enum DemoTopic: Sendable {
  case carryOver
  case picture
  case planning
  case legal
  case financial
  case encrypted
  case aob
  case lessons

  func title(vector: Vector, plenary: Bool) -> String {
    switch self {
    case .carryOver: "Items from previous meeting"
    case .picture where plenary: "Tour de table"
    case .picture:
      switch vector {
      case .maritime: "Maritime picture (MAOC-N)"
      case .containerPort: "Port and container picture"
      case .air: "Air routes and couriers"
      case .onlineEncrypted: "Platform intelligence"
      case .financial: "Financial flows"
      default: "Situation picture"
      }
    case .planning: "Operational planning and next steps"
    case .legal: "Judicial cooperation: MLA, JIT and Eurojust"
    case .financial: "Asset tracing and recovery"
    case .encrypted: "Encrypted communications"
    case .aob: "Any other business"
    case .lessons: "Results and lessons learned"
    }
  }
}
