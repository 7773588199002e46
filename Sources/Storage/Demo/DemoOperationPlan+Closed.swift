import CaseModel

// Operations that have ended: concluded, or concluded and archived. Their actions are all
// closed before they conclude; confiscations come later, as court decisions do.
extension DemoOperationPlan {
  static let condor = DemoOperationPlan(
    key: "condor", codePrefix: "AIR", number: 6, codename: "CÓNDOR",
    summary: """
      Couriers and light aircraft carried cocaine from Lima and from airstrips in the VRAEM \
      to Madrid, Paris and Lisbon. The operation combined PNR analysis with airport \
      interdictions in Europe. It ended after the arrest of the recruiting network in Callao.
      """,
    vector: .air, crimeAreas: [.drugTrafficking], leadCountry: "PE",
    leadOrganisation: "DIRANDRO", owner: "salazar", threatAssessment: "IDEAL 2024",
    empactRef: "EMPACT CCH OAP 2025 — OA 3.2", jitRef: nil,
    markings: Markings(handling: .h0, tlp: .green), createdDay: -410, startDay: -400,
    endDay: -60, statusPath: [(-400, .active), (-60, .concluded)],
    countries: [("ES", .coLead), ("FR", .participant), ("PT", .participant), ("AR", .participant)],
    organisations: [("GC", .coLead), ("DNRED", .participant), ("FRONTEX", .participant)],
    officers: [
      ("salazar", .lead), ("quispe", .participant), ("moreau.t", .coLead),
      ("gomez.l", .participant), ("benitez", .participant), ("tamm", .participant),
      ("sousa.m", .participant), ("almeida", .observer),
    ],
    lexicon: [
      "vessel": ["a cargo flight"],
      "area": ["the VRAEM", "Pucallpa"],
      "port": ["Callao"],
      "port2": ["Valencia"],
      "origin": ["Lima", "Santa Cruz de la Sierra", "São Paulo-Guarulhos"],
      "country": ["Peru", "Spain", "France", "Argentina"],
      "company": ["Viajes Inti Express S.A.C."],
      "city": ["Lima", "Callao"],
      "target": ["the Callao recruiters"],
      "platform": ["GhostLine"],
      "language": ["Spanish", "French"],
      "commodity": ["quinoa"],
      "airport": ["Madrid-Barajas", "Paris-CDG", "Lisbon Humberto Delgado"],
      "agency": ["DIRANDRO", "the Guardia Civil", "the DNRED", "Frontex"],
    ],
    sessions: [
      Session(
        day: -331, hour: 9, minute: 0, duration: 240, kind: .operational,
        title: "CÓNDOR — kick-off", zone: "America/Lima", place: "DIRANDRO, Lima",
        chair: "salazar", minuteTaker: "quispe",
        invitees: ["salazar", "quispe", "moreau.t", "gomez.l", "benitez", "tamm", "sousa.m"],
        topics: [.picture, .planning, .aob]),
      Session(
        day: -252, hour: 15, minute: 0, duration: 120, kind: .technical,
        title: "PNR analysis and courier profiles", zone: "Europe/Paris", place: nil,
        chair: "moreau.t", minuteTaker: "quispe",
        invitees: ["moreau.t", "quispe", "salazar", "tamm", "gomez.l", "almeida"],
        topics: [.carryOver, .picture, .planning]),
      Session(
        day: -171, hour: 10, minute: 0, duration: 180, kind: .operational,
        title: "CÓNDOR — operational meeting #2", zone: "Europe/Madrid",
        place: "Guardia Civil, Aeropuerto Adolfo Suárez Madrid-Barajas", chair: "salazar",
        minuteTaker: "benitez",
        invitees: ["salazar", "benitez", "quispe", "moreau.t", "gomez.l", "sousa.m", "tamm"],
        topics: [.carryOver, .picture, .planning, .legal]),
      Session(
        day: -96, hour: 9, minute: 30, duration: 180, kind: .operational,
        title: "CÓNDOR — final debrief", zone: "America/Lima", place: "DIRANDRO, Lima",
        chair: "salazar", minuteTaker: "quispe",
        invitees: ["salazar", "quispe", "moreau.t", "gomez.l", "benitez", "almeida"],
        topics: [.carryOver, .lessons, .aob]),
    ],
    assets: [
      Asset(
        day: -300, kind: .drugs, description: "Suitcase linings of 14 couriers",
        substance: "cocaine hydrochloride", quantity: 42.6, unit: .kg, value: 1_490_000,
        currency: "EUR", place: "Madrid-Barajas airport, T4", country: "ES", by: "gomez.l",
        path: [(0, .seized), (210, .confiscated)]),
      Asset(
        day: -205, kind: .aircraft, description: "Cessna 210 light aircraft, registration removed",
        quantity: 1, unit: .units, value: 160_000, currency: "USD",
        place: "Clandestine airstrip near Pucallpa", country: "PE", by: "salazar",
        path: [(0, .seized), (150, .confiscated)]),
      Asset(
        day: -120, kind: .cash, description: "Undeclared cash carried by a courier",
        value: 95_000, currency: "USD", place: "Jorge Chávez airport, Lima", country: "PE",
        by: "salazar", path: [(0, .seized), (34, .released)]),
    ])

  static let santos = DemoOperationPlan(
    key: "santos", codePrefix: "CNT", number: 7, codename: "SANTOS EXPRESS",
    summary: """
      Cocaine left the port of Santos inside containers of coffee, sugar and granite, loaded \
      by a crew of corrupt dockers and exported through front companies. The operation ended \
      with coordinated arrests in Brazil, Portugal and Spain. The case files were handed over \
      to the courts.
      """,
    vector: .containerPort, crimeAreas: [.drugTrafficking], leadCountry: "BR",
    leadOrganisation: "PF", owner: "silva.f", threatAssessment: "IDEAL 2024",
    empactRef: "EMPACT CCH OAP 2024 — OA 1.2", jitRef: "JIT BR-PT-ES 2023/04",
    markings: Markings(handling: .h0, tlp: .green), createdDay: -720, startDay: -700,
    endDay: -390, statusPath: [(-700, .active), (-390, .concluded), (-200, .archived)],
    countries: [("PT", .coLead), ("ES", .participant)],
    organisations: [("RFB", .coLead), ("AT", .participant), ("EUROPOL", .participant)],
    officers: [
      ("silva.f", .lead), ("costa.b", .coLead), ("araujo", .participant),
      ("sousa.m", .participant), ("herrero", .participant), ("ribeiro", .observer),
    ],
    lexicon: [
      "vessel": ["Santa Catarina Express", "Bahia Star"],
      "area": ["the Santos estuary"],
      "port": ["Santos", "Leixões", "Valencia"],
      "port2": ["Sines"],
      "origin": ["Santos", "Paranaguá"],
      "country": ["Brazil", "Portugal", "Spain"],
      "company": ["Granitos Serra Verde Ltda.", "Café Paulista Exportadora Ltda."],
      "city": ["Santos", "Guarujá", "Porto"],
      "target": ["the Santos dockers' crew"],
      "platform": ["NightOwl"],
      "language": ["Portuguese", "Spanish"],
      "commodity": ["granite blocks", "coffee", "sugar"],
      "airport": ["Guarulhos"],
      "agency": ["the Receita Federal", "the Polícia Federal", "the AT"],
    ],
    sessions: [
      Session(
        day: -601, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "SANTOS EXPRESS — kick-off", zone: "America/Sao_Paulo",
        place: "Superintendência da Polícia Federal, São Paulo", chair: "silva.f",
        minuteTaker: "araujo",
        invitees: ["silva.f", "araujo", "costa.b", "sousa.m", "herrero", "ribeiro"],
        topics: [.picture, .planning, .legal]),
      Session(
        day: -482, hour: 14, minute: 0, duration: 120, kind: .technical,
        title: "Port of Santos: dockers and front companies", zone: "America/Sao_Paulo",
        place: "Alfândega do Porto de Santos", chair: "costa.b", minuteTaker: "araujo",
        invitees: ["costa.b", "araujo", "silva.f", "sousa.m"],
        topics: [.carryOver, .picture, .planning, .financial]),
      Session(
        day: -402, hour: 15, minute: 0, duration: 120, kind: .operational,
        title: "SANTOS EXPRESS — final meeting", zone: "Europe/Lisbon", place: nil,
        chair: "silva.f", minuteTaker: "sousa.m",
        invitees: ["silva.f", "sousa.m", "costa.b", "araujo", "herrero", "ribeiro"],
        topics: [.carryOver, .lessons, .financial]),
    ],
    assets: [
      Asset(
        day: -650, kind: .drugs, description: "Bricks hidden inside hollowed granite blocks",
        substance: "cocaine hydrochloride", quantity: 1650, unit: .kg, value: 49_500_000,
        currency: "EUR", place: "Port of Santos, Terminal 37", country: "BR", by: "costa.b",
        path: [(0, .seized), (250, .confiscated)]),
      Asset(
        day: -650, kind: .container, description: "20' dry container with granite blocks",
        quantity: 1, unit: .units, place: "Port of Santos, Terminal 37", country: "BR",
        by: "costa.b", path: [(0, .seized), (30, .released)]),
      Asset(
        day: -420, kind: .realEstate, description: "Beach house of the crew's organiser",
        value: 3_400_000, currency: "BRL", place: "Guarujá, São Paulo", country: "BR",
        by: "araujo", path: [(0, .frozen), (300, .confiscated)]),
      Asset(
        day: -410, kind: .cash, description: "Cash found during the arrests",
        value: 820_000, currency: "BRL", place: "Santos, São Paulo", country: "BR",
        by: "araujo", path: [(0, .seized), (200, .confiscated)]),
    ])

  static let cambio = DemoOperationPlan(
    key: "cambio", codePrefix: "FIN", number: 9, codename: "CASA DE CAMBIO",
    summary: """
      A network of exchange offices in Madrid, Bogotá and Panama City collected cocaine \
      proceeds in cash and returned them to Colombia through mirror transfers and USDT. The \
      operation identified more than EUR 30 million in assets. Confiscation proceedings \
      continue in the national courts.
      """,
    vector: .financial, crimeAreas: [.financialCrime, .drugTrafficking], leadCountry: "ES",
    leadOrganisation: "CNP", owner: "ibanez", threatAssessment: "EU SOCTA 2025",
    empactRef: "EMPACT CCH OAP 2025 — OA 5.3", jitRef: "JIT ES-CO-PA 2024/09",
    markings: Markings(handling: .h1, tlp: .amber), createdDay: -340, startDay: -330,
    endDay: -35, statusPath: [(-330, .active), (-35, .concluded)],
    countries: [("CO", .coLead), ("PA", .participant), ("BR", .observer)],
    organisations: [("FGN", .coLead), ("EUROJUST", .participant), ("EUROPOL", .participant)],
    officers: [
      ("ibanez", .lead), ("restrepo", .coLead), ("cardenas", .participant),
      ("pinzon", .participant), ("wisniewski", .participant), ("araujo", .observer),
    ],
    lexicon: [
      "vessel": ["Cap Guayas"],
      "area": ["the Colón Free Zone"],
      "port": ["Cartagena", "Colón"],
      "port2": ["Valencia"],
      "origin": ["Bogotá", "Panama City"],
      "country": ["Spain", "Colombia", "Panama"],
      "company": ["Cambios y Giros El Dorado S.A.S.", "Locutorio Express Usera S.L."],
      "city": ["Madrid", "Bogotá", "Panama City"],
      "target": ["the El Dorado exchange network"],
      "platform": ["GhostLine"],
      "language": ["Spanish"],
      "commodity": ["textiles", "mobile phones"],
      "airport": ["Madrid-Barajas"],
      "agency": ["the SEPBLAC", "the UIAF", "Eurojust", "the Fiscalía"],
    ],
    sessions: [
      Session(
        day: -291, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "CASA DE CAMBIO — kick-off", zone: "Europe/Madrid",
        place: "Comisaría General de Policía Judicial, Madrid", chair: "ibanez",
        minuteTaker: "restrepo",
        invitees: ["ibanez", "restrepo", "cardenas", "pinzon", "wisniewski", "araujo"],
        topics: [.picture, .financial, .legal]),
      Session(
        day: -201, hour: 9, minute: 0, duration: 120, kind: .technical,
        title: "Mirror transfers and USDT cash-out", zone: "America/Bogota", place: nil,
        chair: "restrepo", minuteTaker: "cardenas",
        invitees: ["restrepo", "cardenas", "ibanez", "wisniewski", "pinzon"],
        topics: [.carryOver, .picture, .financial]),
      Session(
        day: -121, hour: 9, minute: 0, duration: 180, kind: .operational,
        title: "CASA DE CAMBIO — operational meeting #2", zone: "America/Panama",
        place: "Ministerio Público, Ciudad de Panamá", chair: "ibanez", minuteTaker: "pinzon",
        invitees: ["ibanez", "pinzon", "restrepo", "cardenas", "wisniewski"],
        topics: [.carryOver, .picture, .financial, .legal]),
      Session(
        day: -51, hour: 10, minute: 0, duration: 180, kind: .operational,
        title: "CASA DE CAMBIO — final meeting", zone: "America/Bogota",
        place: "Fiscalía General de la Nación, Bogotá", chair: "restrepo",
        minuteTaker: "cardenas",
        invitees: ["restrepo", "cardenas", "ibanez", "pinzon", "wisniewski", "araujo"],
        topics: [.carryOver, .financial, .lessons, .legal]),
    ],
    assets: [
      Asset(
        day: -250, kind: .realEstate, description: "Villa of the network's treasurer",
        value: 6_800_000_000, currency: "COP", place: "Cartagena de Indias", country: "CO",
        by: "restrepo", path: [(5, .frozen), (200, .confiscated)]),
      Asset(
        day: -180, kind: .company, description: "Cambios y Giros El Dorado S.A.S.",
        value: 2_100_000_000, currency: "COP", place: "Bogotá", country: "CO", by: "restrepo",
        path: [(3, .frozen), (60, .seized)]),
      Asset(
        day: -150, kind: .cash, description: "Cash in the back office of an exchange shop",
        value: 1_380_000, currency: "EUR", place: "Madrid, Usera", country: "ES", by: "ibanez",
        path: [(0, .seized), (120, .confiscated)]),
      Asset(
        day: -130, kind: .cryptoAssets, description: "USDT on a hardware wallet",
        value: 640_000, currency: "USD", place: "Panama City", country: "PA", by: "pinzon",
        path: [(0, .seized), (45, .released)]),
      Asset(
        day: -90, kind: .realEstate, description: "Two apartments in the Salamanca district",
        value: 2_900_000, currency: "EUR", place: "Madrid", country: "ES", by: "ibanez",
        path: [(2, .frozen)]),
    ])
}
