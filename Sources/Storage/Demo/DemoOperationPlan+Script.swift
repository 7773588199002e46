import CaseModel

// The demo's operations, from the oldest (archived) to those still being planned. Every
// status of the life cycle occurs, and every vector the Task Force works on.
extension DemoOperationPlan {
  static let all: [DemoOperationPlan] = [
    atlantico, puerto, mare, cifra, oro, condor, santos, alisios, cambio,
  ]

  /// Task Force plenaries deal with several operations at once.
  static let plenaries: [Session] = [
    Session(
      day: -70, hour: 9, minute: 30, duration: 360, kind: .plenary,
      title: "EU–CLASI Task Force — plenary meeting", zone: "Europe/Brussels",
      place: "Task Force secretariat, Brussels", chair: "ribeiro", minuteTaker: "kowalska",
      invitees: [
        "ribeiro", "kowalska", "gomez.l", "lefebvre", "devries", "peeters", "mueller",
        "silva.f", "gomez.c", "andrade", "peralta", "ibanez", "ferrari", "vandamme", "lozano",
        "fernandez.d", "rojas", "almeida", "esposito",
      ],
      topics: [.picture, .planning, .legal, .aob],
      operations: ["atlantico", "puerto", "cifra", "cambio"],
      markings: Markings(handling: .h0, tlp: .amber)),
    Session(
      day: 45, hour: 9, minute: 0, duration: 420, kind: .plenary,
      title: "EU–CLASI Task Force — plenary meeting", zone: "America/Bogota",
      place: "Centro de Convenciones Ágora, Bogotá", chair: "gomez.c", minuteTaker: "rojas",
      invitees: [
        "gomez.c", "rojas", "ribeiro", "gomez.l", "lefebvre", "devries", "silva.f", "andrade",
        "ferrari", "restrepo", "herrero", "vandamme", "lozano", "fernandez.d", "esposito",
        "almeida", "hernandez", "munoz", "benitez",
      ],
      topics: [.carryOver, .picture, .planning, .legal, .aob],
      operations: ["atlantico", "puerto", "oro", "alisios"],
      markings: Markings(handling: .h0, tlp: .amber)),
  ]

  static let atlantico = DemoOperationPlan(
    key: "atlantico", codePrefix: "MAR", number: 1, codename: "ATLÂNTICO AZUL",
    summary: """
      Mother ships and semi-submersibles carry cocaine from the north coast of Brazil and the \
      Guianas across the Atlantic to the Azores, Madeira and the Iberian coast, where fishing \
      vessels and go-fasts take the loads ashore. The operation pools MAOC-N's maritime \
      picture, Frontex imagery and national intelligence to intercept at sea. Ashore, it \
      identifies the logistics cells in Brazil, Portugal and Spain.
      """,
    vector: .maritime, crimeAreas: [.drugTrafficking], leadCountry: "PT",
    leadOrganisation: "PJ", owner: "ribeiro", threatAssessment: "EU SOCTA 2025",
    empactRef: "EMPACT CCH OAP 2026 — OA 2.3", jitRef: "JIT PT-ES-BR 2025/07",
    markings: Markings(handling: .h1, tlp: .amber), createdDay: -215, startDay: -200,
    endDay: nil, statusPath: [(-200, .active)],
    countries: [("ES", .coLead), ("BR", .coLead), ("FR", .participant)],
    organisations: [
      ("MAOC-N", .coLead), ("FRONTEX", .participant), ("EUROPOL", .participant),
      ("EUROJUST", .observer),
    ],
    officers: [
      ("ribeiro", .lead), ("gomez.l", .coLead), ("silva.f", .coLead), ("oconnor", .participant),
      ("pereira.r", .participant), ("herrero", .participant), ("tamm", .participant),
      ("kowalska", .participant), ("goncalves", .participant), ("vandamme", .observer),
    ],
    lexicon: [
      "vessel": ["MV Nordic Aurora", "the yacht Albatroz", "Sea Pioneer", "Lady Esperanza"],
      "area": ["the Azores", "Madeira", "Fernando de Noronha", "the Canary Islands"],
      "port": ["Ponta Delgada", "Vigo", "Leixões", "Las Palmas"],
      "port2": ["Algeciras", "Sines"],
      "origin": ["Belém", "Fortaleza", "Paramaribo", "Natal"],
      "country": ["Brazil", "Portugal", "Spain"],
      "company": ["Pescados Atlântico Sul Lda.", "Marítima Boa Vista Ltda."],
      "city": ["Fortaleza", "Lisbon", "Vigo"],
      "target": ["the 'Maré Negra' network", "the Fortaleza logistics cell"],
      "platform": ["NightOwl"],
      "language": ["Portuguese", "Spanish"],
      "commodity": ["frozen fish", "cashew nuts"],
      "airport": ["Lisbon"],
      "agency": ["MAOC-N", "Frontex", "the Polícia Federal", "the Guardia Civil"],
    ],
    sessions: [
      Session(
        day: -152, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "ATLÂNTICO AZUL — operational kick-off", zone: "Europe/Lisbon",
        place: "MAOC-N, Cais do Sodré, Lisbon", chair: "ribeiro", minuteTaker: "goncalves",
        invitees: [
          "ribeiro", "goncalves", "gomez.l", "silva.f", "oconnor", "pereira.r", "herrero",
          "tamm", "kowalska", "vandamme",
        ],
        topics: [.picture, .planning, .legal, .aob]),
      Session(
        day: -98, hour: 15, minute: 0, duration: 90, kind: .technical,
        title: "Maritime picture and vessels of interest", zone: "Europe/Lisbon", place: nil,
        chair: "oconnor", minuteTaker: "pereira.r",
        invitees: [
          "oconnor", "pereira.r", "ribeiro", "gomez.l", "herrero", "tamm", "silva.f",
        ],
        topics: [.carryOver, .picture, .planning, .aob]),
      Session(
        day: -56, hour: 9, minute: 30, duration: 180, kind: .operational,
        title: "ATLÂNTICO AZUL — operational meeting #2", zone: "Europe/Madrid",
        place: "Guardia Civil, Dirección General, Madrid", chair: "gomez.l",
        minuteTaker: "herrero",
        invitees: [
          "gomez.l", "herrero", "ribeiro", "goncalves", "silva.f", "oconnor", "pereira.r",
          "kowalska", "vandamme",
        ],
        topics: [.carryOver, .picture, .planning, .financial, .legal]),
      Session(
        day: -27, hour: 10, minute: 0, duration: 60, kind: .coordination,
        title: "Coordination call before the interdiction window", zone: "America/Sao_Paulo",
        place: nil, chair: "silva.f", minuteTaker: "ribeiro",
        invitees: ["silva.f", "ribeiro", "gomez.l", "oconnor", "pereira.r", "tamm"],
        topics: [.carryOver, .picture, .planning]),
      Session(
        day: -6, hour: 14, minute: 30, duration: 120, kind: .technical,
        title: "Debrief of the Azores interdiction", zone: "Europe/Lisbon",
        place: "Polícia Judiciária, Lisbon", chair: "ribeiro", minuteTaker: "goncalves",
        invitees: [
          "ribeiro", "goncalves", "pereira.r", "oconnor", "gomez.l", "kowalska", "silva.f",
        ],
        topics: [.carryOver, .picture, .financial, .legal, .aob]),
      Session(
        day: 6, hour: 10, minute: 0, duration: 180, kind: .operational,
        title: "ATLÂNTICO AZUL — operational meeting #3", zone: "Atlantic/Canary",
        place: "Comandancia de la Guardia Civil, Las Palmas de Gran Canaria",
        chair: "gomez.l", minuteTaker: "herrero",
        invitees: [
          "gomez.l", "herrero", "ribeiro", "goncalves", "silva.f", "oconnor", "pereira.r",
          "tamm", "kowalska",
        ],
        topics: [.carryOver, .picture, .planning, .financial, .aob]),
      Session(
        day: 34, hour: 15, minute: 0, duration: 90, kind: .technical,
        title: "Maritime picture update", zone: "Europe/Lisbon", place: nil,
        chair: "oconnor", minuteTaker: "pereira.r",
        invitees: ["oconnor", "pereira.r", "ribeiro", "gomez.l", "tamm", "silva.f"],
        topics: [.carryOver, .picture, .aob]),
    ],
    assets: [
      Asset(
        day: -140, kind: .drugs, description: "102 bales aboard the sailing yacht Albatroz",
        substance: "cocaine hydrochloride", quantity: 3180, unit: .kg, value: 98_580_000,
        currency: "EUR", place: "120 NM south-west of São Miguel, Azores", country: "PT",
        by: "pereira.r", path: [(0, .seized), (95, .confiscated)]),
      Asset(
        day: -140, kind: .vessel, description: "Sailing yacht Albatroz, 14 m, Brazilian flag",
        value: 180_000, currency: "EUR", place: "Ponta Delgada, Azores", country: "PT",
        by: "ribeiro", path: [(1, .seized), (95, .confiscated)]),
      Asset(
        day: -61, kind: .drugs, description: "Bales hidden in the fish hold of the Virgen del Mar",
        substance: "cocaine hydrochloride", quantity: 1250, unit: .kg, value: 38_750_000,
        currency: "EUR", place: "40 NM south of Gran Canaria", country: "ES", by: "herrero",
        path: [(0, .seized)]),
      Asset(
        day: -61, kind: .vessel, description: "Fishing vessel Virgen del Mar, 24 m",
        value: 350_000, currency: "EUR", place: "Las Palmas de Gran Canaria", country: "ES",
        by: "herrero", path: [(0, .seized)]),
      Asset(
        day: -44, kind: .drugs, description: "64 bundles aboard a go-fast run ashore",
        substance: "cannabis resin", quantity: 1920, unit: .kg, value: 5_760_000,
        currency: "EUR", place: "Barbate, Cádiz", country: "ES", by: "gomez.l",
        path: [(0, .seized)]),
      Asset(
        day: -33, kind: .cash, description: "Cash found in the logistics cell's flat",
        value: 480_000, currency: "EUR", place: "Vigo", country: "ES", by: "gomez.l",
        path: [(0, .seized)]),
      Asset(
        day: -20, kind: .realEstate, description: "Warehouse used to prepare the loads",
        value: 2_400_000, currency: "BRL", place: "Fortaleza, Ceará", country: "BR",
        by: "silva.f", path: [(4, .frozen)]),
      Asset(
        day: -9, kind: .drugs, description: "Load of a semi-submersible intercepted at sea",
        substance: "cocaine hydrochloride", quantity: 2870, unit: .kg, value: 88_970_000,
        currency: "EUR", place: "210 NM north of the Azores", country: "PT", by: "pereira.r",
        path: [(0, .seized)]),
      Asset(
        day: -9, kind: .vessel, description: "Semi-submersible, 20 m fibreglass hull, no name",
        place: "Praia da Vitória, Terceira", country: "PT", by: "pereira.r",
        path: [(0, .seized)]),
    ])

  static let puerto = DemoOperationPlan(
    key: "puerto", codePrefix: "CNT", number: 2, codename: "PUERTO CLARO",
    summary: """
      Cocaine hidden in reefer containers of bananas and shrimp leaves Guayaquil and Puerto \
      Bolívar for Rotterdam and Antwerp, often by rip-on/rip-off with the help of port \
      insiders. The operation links customs risk analysis in Ecuador with the Dutch and \
      Belgian port teams to follow consignments end to end. It also identifies the front \
      companies and the corrupt port workers.
      """,
    vector: .containerPort, crimeAreas: [.drugTrafficking, .financialCrime],
    leadCountry: "NL", leadOrganisation: "POLITIE", owner: "devries",
    threatAssessment: "EU SOCTA 2025", empactRef: "EMPACT CCH OAP 2026 — OA 1.4",
    jitRef: "JIT NL-BE-EC 2026/02", markings: Markings(handling: .h0, tlp: .amber),
    createdDay: -180, startDay: -170, endDay: nil, statusPath: [(-170, .active)],
    countries: [
      ("EC", .coLead), ("BE", .coLead), ("ES", .participant), ("DE", .participant),
      ("FR", .participant), ("CO", .observer),
    ],
    organisations: [
      ("POLFED", .coLead), ("DOUANE", .participant), ("SENAE", .participant),
      ("EUROPOL", .participant), ("ZKA", .participant),
    ],
    officers: [
      ("devries", .lead), ("peeters", .coLead), ("andrade", .coLead), ("bakker", .participant),
      ("vera", .participant), ("schneider", .participant), ("moreau.t", .participant),
      ("kowalska", .participant), ("wisniewski", .participant), ("sousa.m", .observer),
    ],
    lexicon: [
      "vessel": ["Pacific Meridian", "Nordic Reefer", "Cap Guayas"],
      "area": ["the Panama Canal", "the Gulf of Guayaquil"],
      "port": ["Rotterdam", "Antwerp", "Hamburg"],
      "port2": ["Algeciras", "Le Havre"],
      "origin": ["Guayaquil", "Puerto Bolívar", "Posorja"],
      "country": ["Ecuador", "the Netherlands", "Belgium"],
      "company": [
        "Frutas Tropicales del Pacífico S.A.", "Agroexport Manabí Cía. Ltda.",
        "Lowlands Fresh Import B.V.",
      ],
      "city": ["Guayaquil", "Rotterdam", "Antwerp"],
      "target": ["the 'Los Caracoles' network", "the Manabí brokers"],
      "platform": ["NightOwl", "GhostLine"],
      "language": ["Dutch", "Spanish"],
      "commodity": ["bananas", "frozen shrimp"],
      "airport": ["Schiphol"],
      "agency": ["SENAE", "Douane Nederland", "the Federale Politie", "Europol"],
    ],
    sessions: [
      Session(
        day: -131, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "PUERTO CLARO — kick-off", zone: "Europe/Amsterdam",
        place: "Europol HQ, The Hague", chair: "devries", minuteTaker: "bakker",
        invitees: [
          "devries", "bakker", "peeters", "andrade", "vera", "schneider", "moreau.t",
          "kowalska", "sousa.m", "wisniewski",
        ],
        topics: [.picture, .planning, .legal, .aob]),
      Session(
        day: -85, hour: 9, minute: 0, duration: 180, kind: .technical,
        title: "Container risk profiles and scanner images", zone: "America/Guayaquil",
        place: "SENAE, Guayaquil", chair: "andrade", minuteTaker: "vera",
        invitees: ["andrade", "vera", "devries", "bakker", "peeters", "schneider"],
        topics: [.carryOver, .picture, .planning, .aob]),
      Session(
        day: -42, hour: 15, minute: 0, duration: 120, kind: .operational,
        title: "PUERTO CLARO — operational meeting #2", zone: "Europe/Brussels", place: nil,
        chair: "peeters", minuteTaker: "bakker",
        invitees: [
          "peeters", "bakker", "devries", "andrade", "vera", "moreau.t", "kowalska",
          "wisniewski",
        ],
        topics: [.carryOver, .picture, .planning, .financial]),
      Session(
        day: -13, hour: 10, minute: 0, duration: 90, kind: .coordination,
        title: "Coordination before the controlled delivery", zone: "Europe/Brussels",
        place: "Police fédérale, Antwerp", chair: "peeters", minuteTaker: "devries",
        invitees: ["peeters", "devries", "bakker", "andrade", "schneider", "kowalska"],
        topics: [.carryOver, .picture, .planning, .legal]),
      Session(
        day: 9, hour: 10, minute: 0, duration: 180, kind: .operational,
        title: "PUERTO CLARO — operational meeting #3", zone: "Europe/Amsterdam",
        place: "Nationale Politie, Rotterdam", chair: "devries", minuteTaker: "bakker",
        invitees: [
          "devries", "bakker", "peeters", "andrade", "vera", "schneider", "moreau.t",
          "kowalska",
        ],
        topics: [.carryOver, .picture, .planning, .financial, .aob]),
    ],
    assets: [
      Asset(
        day: -120, kind: .drugs, description: "Banana boxes in five reefer containers",
        substance: "cocaine hydrochloride", quantity: 7420, unit: .kg, value: 222_600_000,
        currency: "EUR", place: "Port of Rotterdam, Maasvlakte", country: "NL", by: "bakker",
        path: [(0, .seized), (100, .confiscated)]),
      Asset(
        day: -120, kind: .container, description: "40' reefer container KTRU 4829137",
        quantity: 1, unit: .units, place: "Port of Rotterdam, Maasvlakte", country: "NL",
        by: "bakker", path: [(0, .seized), (21, .released)]),
      Asset(
        day: -70, kind: .drugs, description: "Packed among frozen shrimp",
        substance: "cocaine hydrochloride", quantity: 2100, unit: .kg, value: 63_000_000,
        currency: "EUR", place: "Port of Antwerp, Deurganckdok", country: "BE", by: "peeters",
        path: [(0, .seized)]),
      Asset(
        day: -45, kind: .company,
        description: "Frutas Tropicales del Pacífico S.A. — shares and bank accounts",
        value: 3_100_000, currency: "USD", place: "Guayaquil", country: "EC", by: "andrade",
        path: [(9, .frozen)]),
      Asset(
        day: -16, kind: .cash, description: "Cash hidden in a fruit-packing warehouse",
        value: 1_250_000, currency: "USD", place: "Durán, Guayas", country: "EC", by: "andrade",
        path: [(0, .seized)]),
    ])

  static let mare = DemoOperationPlan(
    key: "mare", codePrefix: "MAR", number: 3, codename: "MARÉ ALTA",
    summary: """
      Go-fasts and fishing vessels move cocaine from the Colombian and Panamanian Caribbean \
      coast through the Dominican Republic towards Europe, where it travels among legitimate \
      cargo on container feeders. The operation rests on reporting from a single human source \
      handled under H2. Nothing is disseminated beyond the named participants.
      """,
    vector: .maritime, crimeAreas: [.drugTrafficking, .armsTrafficking], leadCountry: "ES",
    leadOrganisation: "GC", owner: "gomez.l", threatAssessment: "EU SOCTA 2025",
    empactRef: "EMPACT CCH OAP 2026 — OA 2.1", jitRef: nil,
    markings: Markings(handling: .h2, tlp: .red, reliability: .b, accuracy: .two),
    createdDay: -130, startDay: -122, endDay: nil, statusPath: [(-122, .active)],
    countries: [
      ("DO", .coLead), ("PA", .participant), ("CO", .participant), ("CR", .participant),
      ("PT", .participant),
    ],
    organisations: [
      ("DNCD", .coLead), ("SENAN", .participant), ("MAOC-N", .participant),
      ("ARC", .participant),
    ],
    officers: [
      ("gomez.l", .lead), ("peralta", .coLead), ("castillo", .participant),
      ("pinzon", .participant), ("ospina", .participant), ("solano", .participant),
      ("vargas", .participant), ("ribeiro", .participant), ("oconnor", .participant),
    ],
    lexicon: [
      "vessel": ["the go-fast Rayo", "FV Doña Chela", "Caribbean Star"],
      "area": ["Isla Saona", "the Gulf of Urabá", "Bocas del Toro", "Puerto Limón"],
      "port": ["Caucedo", "Colón", "Cartagena"],
      "port2": ["Valencia", "Algeciras"],
      "origin": ["Turbo", "Colón", "Puerto Limón"],
      "country": ["the Dominican Republic", "Panama", "Colombia", "Costa Rica"],
      "company": ["Naviera Antillana S.R.L.", "Suministros Marinos del Caribe S.A."],
      "city": ["Santo Domingo", "Panama City", "Cartagena"],
      "target": ["the 'Hermanos Duarte' organisation"],
      "platform": ["GhostLine"],
      "language": ["Spanish"],
      "commodity": ["plantain", "cocoa"],
      "airport": ["Punta Cana"],
      "agency": ["the DNCD", "SENAN", "the Armada de Colombia", "MAOC-N"],
    ],
    sessions: [
      Session(
        day: -91, hour: 9, minute: 0, duration: 240, kind: .operational,
        title: "MARÉ ALTA — kick-off (restricted)", zone: "America/Santo_Domingo",
        place: "DNCD, Santo Domingo", chair: "gomez.l", minuteTaker: "pinzon",
        invitees: [
          "gomez.l", "pinzon", "peralta", "castillo", "ospina", "solano", "ribeiro", "oconnor",
        ],
        topics: [.picture, .planning, .aob]),
      Session(
        day: -49, hour: 10, minute: 0, duration: 120, kind: .technical,
        title: "Go-fast routes and fuelling points", zone: "America/Panama", place: nil,
        chair: "castillo", minuteTaker: "pinzon",
        invitees: ["castillo", "pinzon", "gomez.l", "peralta", "ospina", "vargas", "oconnor"],
        topics: [.carryOver, .picture, .planning]),
      Session(
        day: -20, hour: 16, minute: 0, duration: 150, kind: .operational,
        title: "MARÉ ALTA — operational meeting #2", zone: "Europe/Madrid",
        place: "Guardia Civil, Dirección General, Madrid", chair: "gomez.l",
        minuteTaker: "ribeiro",
        invitees: [
          "gomez.l", "ribeiro", "peralta", "castillo", "pinzon", "ospina", "solano", "vargas",
        ],
        topics: [.carryOver, .picture, .planning, .financial]),
      Session(
        day: -3, hour: 17, minute: 0, duration: 60, kind: .technical,
        title: "Source debrief follow-up", zone: "Europe/Madrid", place: nil,
        chair: "gomez.l", minuteTaker: "peralta",
        invitees: ["gomez.l", "peralta", "castillo", "ribeiro"],
        topics: [.carryOver, .picture, .planning]),
      Session(
        day: 12, hour: 9, minute: 0, duration: 240, kind: .operational,
        title: "MARÉ ALTA — operational meeting #3", zone: "America/Panama",
        place: "SENAN, Ciudad de Panamá", chair: "castillo", minuteTaker: "pinzon",
        invitees: [
          "castillo", "pinzon", "gomez.l", "peralta", "ospina", "solano", "vargas", "ribeiro",
        ],
        topics: [.carryOver, .picture, .planning, .legal]),
    ],
    assets: [
      Asset(
        day: -60, kind: .drugs, description: "Go-fast intercepted with 28 bales",
        substance: "cocaine hydrochloride", quantity: 890, unit: .kg, value: 26_700_000,
        currency: "EUR", place: "12 NM south of Isla Saona", country: "DO", by: "peralta",
        path: [(0, .seized)]),
      Asset(
        day: -60, kind: .vessel, description: "Go-fast boat, three 300 hp outboard engines",
        value: 95_000, currency: "USD", place: "La Romana", country: "DO", by: "peralta",
        path: [(0, .seized), (40, .confiscated)]),
      Asset(
        day: -24, kind: .drugs, description: "Hidden in a container of plantain on a feeder",
        substance: "cocaine hydrochloride", quantity: 1400, unit: .kg, value: 42_000_000,
        currency: "EUR", place: "Puerto Caucedo", country: "DO", by: "peralta",
        path: [(0, .seized)]),
    ])

  static let cifra = DemoOperationPlan(
    key: "cifra", codePrefix: "ENC", number: 4, codename: "CIFRA NEGRA",
    summary: """
      Traffickers on both sides of the Atlantic use a closed encrypted-phone platform sold \
      through resellers in Europe and South America. The operation shares decrypted message \
      data through Europol, maps users to shipments and links the platform's revenue to \
      crypto-asset flows. It is suspended until the courts in two participating countries \
      rule on the admissibility of the platform data.
      """,
    vector: .onlineEncrypted, crimeAreas: [.drugTrafficking, .cybercrime],
    leadCountry: "DE", leadOrganisation: "BKA", owner: "mueller",
    threatAssessment: "EU SOCTA 2025; IDEAL 2024",
    empactRef: "EMPACT CCH OAP 2026 — OA 4.2", jitRef: "JIT DE-FR-BE-BR 2025/11",
    markings: Markings(handling: .h1, tlp: .amber, classification: .restreint),
    createdDay: -270, startDay: -262, endDay: nil,
    statusPath: [(-262, .active), (-50, .suspended)],
    countries: [
      ("FR", .coLead), ("BR", .coLead), ("BE", .participant), ("CL", .participant),
      ("ES", .participant), ("NL", .observer),
    ],
    organisations: [
      ("EUROPOL", .coLead), ("EUROJUST", .participant), ("OFAST", .participant),
      ("PF", .participant), ("PDI", .participant),
    ],
    officers: [
      ("mueller", .lead), ("lefebvre", .coLead), ("oliveira", .coLead), ("dubois", .participant),
      ("nunez", .participant), ("munoz", .participant), ("kowalska", .participant),
      ("vandamme", .participant), ("peeters", .observer),
    ],
    lexicon: [
      "vessel": ["Cap Guayas"],
      "area": ["the Atlantic crossing"],
      "port": ["Antwerp", "Santos", "Le Havre"],
      "port2": ["Valparaíso"],
      "origin": ["Santos", "San Antonio"],
      "country": ["France", "Brazil", "Chile", "Germany"],
      "company": ["Kryptotel OÜ", "SecurePhone Distribución S.L."],
      "city": ["Marseille", "São Paulo", "Santiago", "Málaga"],
      "target": ["the NightOwl resellers", "the Marseille importers"],
      "platform": ["NightOwl"],
      "language": ["German", "Portuguese", "French"],
      "commodity": ["handsets"],
      "airport": ["Frankfurt"],
      "agency": ["Europol's EC3", "the BKA", "the Polícia Federal", "the PDI"],
    ],
    sessions: [
      Session(
        day: -221, hour: 10, minute: 0, duration: 240, kind: .technical,
        title: "Encrypted communications — technical meeting", zone: "Europe/Berlin",
        place: "Bundeskriminalamt, Wiesbaden", chair: "mueller", minuteTaker: "dubois",
        invitees: [
          "mueller", "dubois", "lefebvre", "oliveira", "nunez", "munoz", "kowalska", "vandamme",
        ],
        topics: [.encrypted, .legal, .aob]),
      Session(
        day: -171, hour: 15, minute: 0, duration: 120, kind: .technical,
        title: "Platform data: decryption and triage", zone: "Europe/Berlin", place: nil,
        chair: "mueller", minuteTaker: "kowalska",
        invitees: ["mueller", "kowalska", "dubois", "oliveira", "nunez", "munoz", "peeters"],
        topics: [.carryOver, .encrypted, .planning, .aob]),
      Session(
        day: -111, hour: 10, minute: 0, duration: 240, kind: .operational,
        title: "CIFRA NEGRA — operational meeting", zone: "Europe/Amsterdam",
        place: "Europol HQ, The Hague", chair: "lefebvre", minuteTaker: "dubois",
        invitees: [
          "lefebvre", "dubois", "mueller", "oliveira", "nunez", "munoz", "kowalska", "vandamme",
        ],
        topics: [.carryOver, .encrypted, .planning, .financial, .legal]),
      Session(
        day: -63, hour: 14, minute: 0, duration: 90, kind: .coordination,
        title: "Admissibility of platform data", zone: "Europe/Paris", place: nil,
        chair: "lefebvre", minuteTaker: "mueller",
        invitees: ["lefebvre", "mueller", "vandamme", "oliveira", "dubois", "munoz"],
        topics: [.carryOver, .legal, .encrypted]),
      Session(
        day: 20, hour: 15, minute: 0, duration: 60, kind: .coordination,
        title: "Review of the suspension", zone: "Europe/Berlin", place: nil,
        chair: "mueller", minuteTaker: "dubois",
        invitees: ["mueller", "dubois", "lefebvre", "oliveira", "vandamme", "munoz"],
        topics: [.carryOver, .legal, .aob]),
    ],
    assets: [
      Asset(
        day: -150, kind: .cryptoAssets,
        description: "USDT on TRON wallets of the platform's resellers", value: 2_400_000,
        currency: "USD", place: "Accounts at two exchanges in Vilnius", country: "LT",
        by: "kowalska", path: [(2, .frozen), (60, .seized)]),
      Asset(
        day: -100, kind: .cash, description: "Cash at a reseller's phone shop",
        value: 310_000, currency: "EUR", place: "Marseille, 3ᵉ arrondissement", country: "FR",
        by: "lefebvre", path: [(0, .seized)]),
      Asset(
        day: -90, kind: .company, description: "Kryptotel OÜ, reseller of platform licences",
        value: 140_000, currency: "EUR", place: "Tallinn", country: "EE", by: "mueller",
        path: [(5, .frozen), (48, .released)]),
    ])
}
