import CaseModel

// Operations still being planned: they hold a preparatory meeting or none yet, and assets
// identified for later freezing.
extension DemoOperationPlan {
  static let oro = DemoOperationPlan(
    key: "oro", codePrefix: "FIN", number: 5, codename: "ORO LIMPIO",
    summary: """
      Proceeds of cocaine sales in Europe return to Colombia through trade-based money \
      laundering, casas de cambio and USDT cash-out. The operation will trace the flows from \
      Italian and Spanish accounts to Colombian and Panamanian companies. Joint freezing \
      requests are to be prepared with Eurojust before the action days.
      """,
    vector: .financial, crimeAreas: [.financialCrime, .drugTrafficking], leadCountry: "IT",
    leadOrganisation: "GdF", owner: "ferrari", threatAssessment: "IDEAL 2024",
    empactRef: "EMPACT CCH OAP 2026 — OA 5.1", jitRef: nil,
    markings: Markings(handling: .h0, tlp: .amber), createdDay: -35, startDay: 30,
    endDay: nil, statusPath: [],
    countries: [("CO", .coLead), ("ES", .participant), ("PA", .participant), ("MX", .observer)],
    organisations: [
      ("FGN", .coLead), ("EUROJUST", .participant), ("EUROPOL", .participant),
      ("EL-PAcCTO", .observer),
    ],
    officers: [
      ("ferrari", .lead), ("restrepo", .coLead), ("ibanez", .participant),
      ("cardenas", .participant), ("pinzon", .participant), ("hernandez", .participant),
      ("wisniewski", .participant), ("goncalves", .participant), ("lozano", .observer),
    ],
    lexicon: [
      "vessel": ["Cap Guayas"],
      "area": ["the Colón Free Zone"],
      "port": ["Gioia Tauro", "Genoa", "Cartagena"],
      "port2": ["Colón"],
      "origin": ["Buenaventura", "Cartagena"],
      "country": ["Colombia", "Italy", "Panama", "Spain"],
      "company": [
        "Comercializadora Andina de Metales S.A.S.", "Import-Export Ligure S.r.l.",
        "Inversiones Istmo Dorado S.A.",
      ],
      "city": ["Medellín", "Milan", "Panama City", "Madrid"],
      "target": ["the Medellín money brokers", "the 'Oro Limpio' gold traders"],
      "platform": ["GhostLine"],
      "language": ["Italian", "Spanish"],
      "commodity": ["gold", "scrap metal"],
      "airport": ["Milano Malpensa"],
      "agency": ["the UIAF", "the Guardia di Finanza", "Eurojust", "Europol"],
    ],
    sessions: [
      Session(
        day: -21, hour: 10, minute: 0, duration: 180, kind: .technical,
        title: "ORO LIMPIO — preparatory meeting", zone: "Europe/Rome",
        place: "Guardia di Finanza, Comando Generale, Roma", chair: "ferrari",
        minuteTaker: "ibanez",
        invitees: [
          "ferrari", "ibanez", "restrepo", "cardenas", "wisniewski", "goncalves", "hernandez",
          "lozano",
        ],
        topics: [.picture, .financial, .legal, .planning, .aob]),
      Session(
        day: 15, hour: 9, minute: 0, duration: 240, kind: .operational,
        title: "ORO LIMPIO — kick-off", zone: "America/Bogota",
        place: "Fiscalía General de la Nación, Bogotá", chair: "restrepo",
        minuteTaker: "cardenas",
        invitees: [
          "restrepo", "cardenas", "ferrari", "ibanez", "pinzon", "hernandez", "wisniewski",
          "goncalves",
        ],
        topics: [.carryOver, .picture, .financial, .legal, .planning]),
    ],
    assets: [
      Asset(
        day: -12, kind: .realEstate,
        description: "Apartment held through a Panamanian company", value: 1_850_000,
        currency: "EUR", place: "Marbella, Málaga", country: "ES", by: "ibanez", path: []),
      Asset(
        day: -5, kind: .company, description: "Comercializadora Andina de Metales S.A.S.",
        value: 4_200_000_000, currency: "COP", place: "Medellín", country: "CO",
        by: "restrepo", path: []),
    ])

  static let alisios = DemoOperationPlan(
    key: "alisios", codePrefix: "MAR", number: 8, codename: "ALISIOS",
    summary: """
      Cocaine and cannabis resin converge on the Canary Islands through the West African \
      route, with Cabo Verde and Senegal as staging points for fishing vessels. The operation \
      will join MAOC-N's picture with Spanish, Portuguese and French maritime assets for a \
      summer interdiction campaign.
      """,
    vector: .maritime, crimeAreas: [.drugTrafficking], leadCountry: "ES",
    leadOrganisation: "SVA", owner: "herrero", threatAssessment: "EU SOCTA 2025",
    empactRef: "EMPACT CCH OAP 2026 — OA 2.4", jitRef: nil,
    markings: Markings(handling: .h0, tlp: .amber), createdDay: -14, startDay: 40,
    endDay: nil, statusPath: [],
    countries: [("PT", .coLead), ("FR", .participant)],
    organisations: [("MAOC-N", .coLead), ("FRONTEX", .participant)],
    officers: [
      ("herrero", .lead), ("oconnor", .coLead), ("pereira.r", .participant),
      ("lefebvre", .participant), ("tamm", .participant), ("ribeiro", .participant),
    ],
    lexicon: [
      "vessel": ["FV Nuestra Señora de África", "Mar de Lanzarote"],
      "area": ["Cabo Verde", "the Canary Islands", "Dakhla"],
      "port": ["Santa Cruz de Tenerife", "Arrecife", "Mindelo"],
      "port2": ["Cádiz"],
      "origin": ["Mindelo", "Dakar"],
      "country": ["Spain", "Portugal", "France"],
      "company": ["Pesquerías Atlánticas del Sur S.L."],
      "city": ["Las Palmas", "Mindelo"],
      "target": ["the Canary Islands reception cell"],
      "platform": ["GhostLine"],
      "language": ["Spanish", "French"],
      "commodity": ["frozen fish"],
      "airport": ["Gran Canaria"],
      "agency": ["MAOC-N", "Frontex", "the SVA"],
    ],
    sessions: [
      Session(
        day: 25, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "ALISIOS — kick-off", zone: "Atlantic/Canary",
        place: "Servicio de Vigilancia Aduanera, Santa Cruz de Tenerife", chair: "herrero",
        minuteTaker: "pereira.r",
        invitees: ["herrero", "pereira.r", "oconnor", "lefebvre", "tamm", "ribeiro"],
        topics: [.picture, .planning, .legal, .aob])
    ],
    assets: [])
}
