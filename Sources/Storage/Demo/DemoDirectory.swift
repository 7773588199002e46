import CaseModel

/// The people and bodies of the demo: EU and CLASI services only, with fictional officers.
///
/// Officers are listed country by country, national coordinator (or most senior) first: the
/// loader has the first officer of a country register the others, as a coordinator would.
enum DemoDirectory {
  struct Body {
    let acronym: String
    let name: String
    /// ISO code; nil for international bodies.
    let country: String?
    let kind: OrganisationKind
  }

  struct Person {
    let handle: String
    let name: String
    let organisation: String
    let country: String
    let role: NetworkRole
    let specialisations: [Specialisation]
    let languages: [String]
    let email: String
    let phone: String?
  }

  static let bodies: [Body] = [
    Body(
      acronym: "EUROPOL", name: "Europol — EU Agency for Law Enforcement Cooperation",
      country: nil, kind: .euAgency),
    Body(
      acronym: "EUROJUST", name: "Eurojust — EU Agency for Criminal Justice Cooperation",
      country: nil, kind: .euAgency),
    Body(
      acronym: "FRONTEX", name: "Frontex — European Border and Coast Guard Agency",
      country: nil, kind: .euAgency),
    Body(acronym: "EUDA", name: "European Union Drugs Agency", country: nil, kind: .euAgency),
    Body(
      acronym: "MAOC-N", name: "Maritime Analysis and Operations Centre – Narcotics",
      country: nil, kind: .maritime),
    Body(
      acronym: "AMERIPOL", name: "Comunidad de Policías de América", country: nil,
      kind: .regionalBody),
    Body(
      acronym: "EL-PAcCTO",
      name: "EL PAcCTO 2.0 — Europa Latinoamérica contra el crimen organizado", country: nil,
      kind: .programme),
    Body(
      acronym: "COPOLAD", name: "COPOLAD III — EU–CELAC Cooperation Programme on Drugs Policies",
      country: nil, kind: .programme),
    Body(acronym: "PJ", name: "Polícia Judiciária", country: "PT", kind: .police),
    Body(
      acronym: "AT", name: "Autoridade Tributária e Aduaneira", country: "PT", kind: .customs),
    Body(acronym: "MARINHA", name: "Marinha Portuguesa", country: "PT", kind: .military),
    Body(acronym: "GC", name: "Guardia Civil", country: "ES", kind: .police),
    Body(
      acronym: "CNP", name: "Policía Nacional (Cuerpo Nacional de Policía)", country: "ES",
      kind: .police),
    Body(
      acronym: "SVA", name: "Servicio de Vigilancia Aduanera", country: "ES", kind: .customs),
    Body(
      acronym: "OFAST", name: "Office anti-stupéfiants", country: "FR", kind: .police),
    Body(
      acronym: "DNRED",
      name: "Direction nationale du renseignement et des enquêtes douanières", country: "FR",
      kind: .customs),
    Body(acronym: "POLITIE", name: "Nationale Politie", country: "NL", kind: .police),
    Body(acronym: "DOUANE", name: "Douane Nederland", country: "NL", kind: .customs),
    Body(
      acronym: "POLFED", name: "Police fédérale / Federale Politie", country: "BE",
      kind: .police),
    Body(acronym: "GdF", name: "Guardia di Finanza", country: "IT", kind: .police),
    Body(
      acronym: "DCSA", name: "Direzione Centrale per i Servizi Antidroga", country: "IT",
      kind: .police),
    Body(acronym: "BKA", name: "Bundeskriminalamt", country: "DE", kind: .police),
    Body(acronym: "ZKA", name: "Zollkriminalamt", country: "DE", kind: .customs),
    Body(acronym: "PF", name: "Polícia Federal", country: "BR", kind: .police),
    Body(acronym: "RFB", name: "Receita Federal do Brasil", country: "BR", kind: .customs),
    Body(
      acronym: "DIRAN",
      name: "Policía Nacional de Colombia — Dirección de Antinarcóticos", country: "CO",
      kind: .police),
    Body(acronym: "ARC", name: "Armada de Colombia", country: "CO", kind: .military),
    Body(
      acronym: "FGN", name: "Fiscalía General de la Nación", country: "CO", kind: .judicial),
    Body(
      acronym: "PNE", name: "Policía Nacional del Ecuador", country: "EC", kind: .police),
    Body(
      acronym: "SENAE", name: "Servicio Nacional de Aduana del Ecuador", country: "EC",
      kind: .customs),
    Body(
      acronym: "DIRANDRO", name: "Policía Nacional del Perú — Dirección Antidrogas",
      country: "PE", kind: .police),
    Body(
      acronym: "SENAN", name: "Servicio Nacional Aeronaval", country: "PA", kind: .maritime),
    Body(
      acronym: "FGR", name: "Fiscalía General de la República", country: "MX", kind: .judicial),
    Body(acronym: "SEMAR", name: "Secretaría de Marina", country: "MX", kind: .military),
    Body(
      acronym: "PDI", name: "Policía de Investigaciones de Chile", country: "CL", kind: .police),
    Body(acronym: "PFA", name: "Policía Federal Argentina", country: "AR", kind: .police),
    Body(
      acronym: "DNCD", name: "Dirección Nacional de Control de Drogas", country: "DO",
      kind: .police),
    Body(
      acronym: "PCD", name: "Policía de Control de Drogas", country: "CR", kind: .police),
    Body(
      acronym: "SNG", name: "Servicio Nacional de Guardacostas", country: "CR", kind: .maritime),
  ]

  static let people: [Person] = [
    // Portugal: the local profile first, so that she can register everyone else.
    Person(
      handle: "ribeiro", name: "Ana Ribeiro", organisation: "PJ", country: "PT",
      role: .nationalCoordinator, specialisations: [.maritime, .intelligence],
      languages: ["pt", "en", "es"], email: "a.ribeiro@pj.example", phone: "+351 21 000 4127"),
    Person(
      handle: "goncalves", name: "João Gonçalves", organisation: "PJ", country: "PT",
      role: .analyst, specialisations: [.financial, .assetRecovery],
      languages: ["pt", "en", "fr"], email: "j.goncalves@pj.example", phone: nil),
    Person(
      handle: "sousa.m", name: "Marta Sousa", organisation: "AT", country: "PT",
      role: .actionLeader, specialisations: [.containers],
      languages: ["pt", "en"], email: "marta.sousa@at.example", phone: "+351 21 000 8830"),
    Person(
      handle: "pereira.r", name: "Rui Pereira", organisation: "MARINHA", country: "PT",
      role: .participant, specialisations: [.maritime],
      languages: ["pt", "en", "es"], email: "rui.pereira@marinha.example", phone: nil),
    // Spain
    Person(
      handle: "gomez.l", name: "Lucía Gómez", organisation: "GC", country: "ES",
      role: .driver, specialisations: [.maritime, .intelligence],
      languages: ["es", "en", "pt"], email: "lgomez@guardiacivil.example",
      phone: "+34 91 000 2231"),
    Person(
      handle: "nunez", name: "Javier Núñez Ortega", organisation: "CNP", country: "ES",
      role: .coDriver, specialisations: [.encryptedCommunications, .cyber],
      languages: ["es", "en"], email: "javier.nunez@policia.example", phone: nil),
    Person(
      handle: "herrero", name: "Carmen Herrero", organisation: "SVA", country: "ES",
      role: .actionLeader, specialisations: [.maritime, .containers],
      languages: ["es", "en", "fr"], email: "c.herrero@sva.example", phone: nil),
    Person(
      handle: "ibanez", name: "Álvaro Ibáñez", organisation: "CNP", country: "ES",
      role: .analyst, specialisations: [.financial, .assetRecovery],
      languages: ["es", "en"], email: "alvaro.ibanez@policia.example", phone: nil),
    // France
    Person(
      handle: "lefebvre", name: "Claire Lefebvre", organisation: "OFAST", country: "FR",
      role: .nationalCoordinator, specialisations: [.intelligence, .containers],
      languages: ["fr", "en", "es"], email: "claire.lefebvre@ofast.example", phone: nil),
    Person(
      handle: "moreau.t", name: "Thomas Moreau", organisation: "DNRED", country: "FR",
      role: .actionLeader, specialisations: [.containers, .aviation],
      languages: ["fr", "en"], email: "thomas.moreau@douane.example", phone: nil),
    // Netherlands
    Person(
      handle: "devries", name: "Pieter de Vries", organisation: "POLITIE", country: "NL",
      role: .driver, specialisations: [.containers, .intelligence],
      languages: ["nl", "en", "de"], email: "pieter.de.vries@politie.example",
      phone: "+31 70 000 1190"),
    Person(
      handle: "bakker", name: "Sanne Bakker", organisation: "DOUANE", country: "NL",
      role: .participant, specialisations: [.containers],
      languages: ["nl", "en"], email: "s.bakker@douane-nl.example", phone: nil),
    // Belgium
    Person(
      handle: "peeters", name: "Jeroen Peeters", organisation: "POLFED", country: "BE",
      role: .coDriver, specialisations: [.containers, .encryptedCommunications],
      languages: ["nl", "fr", "en"], email: "jeroen.peeters@police.example", phone: nil),
    Person(
      handle: "dubois", name: "Amélie Dubois", organisation: "POLFED", country: "BE",
      role: .analyst, specialisations: [.encryptedCommunications, .forensics],
      languages: ["fr", "nl", "en"], email: "amelie.dubois@police.example", phone: nil),
    // Italy
    Person(
      handle: "ferrari", name: "Giulia Ferrari", organisation: "GdF", country: "IT",
      role: .actionLeader, specialisations: [.financial, .assetRecovery],
      languages: ["it", "en", "es"], email: "g.ferrari@gdf.example", phone: nil),
    Person(
      handle: "esposito", name: "Marco Esposito", organisation: "DCSA", country: "IT",
      role: .liaisonOfficer, specialisations: [.intelligence],
      languages: ["it", "es", "en"], email: "m.esposito@dcsa.example",
      phone: "+57 601 000 7714"),
    // Germany
    Person(
      handle: "mueller", name: "Katrin Müller", organisation: "BKA", country: "DE",
      role: .coDriver, specialisations: [.encryptedCommunications, .forensics],
      languages: ["de", "en"], email: "katrin.mueller@bka.example", phone: nil),
    Person(
      handle: "schneider", name: "Jonas Schneider", organisation: "ZKA", country: "DE",
      role: .participant, specialisations: [.containers],
      languages: ["de", "en", "es"], email: "jonas.schneider@zka.example", phone: nil),
    // Staff of EU and regional bodies, by nationality.
    Person(
      handle: "kowalska", name: "Agnieszka Kowalska", organisation: "EUROPOL", country: "PL",
      role: .analyst, specialisations: [.intelligence, .encryptedCommunications],
      languages: ["pl", "en", "es"], email: "agnieszka.kowalska@europol.example", phone: nil),
    Person(
      handle: "wisniewski", name: "Tomasz Wiśniewski", organisation: "EUROPOL", country: "PL",
      role: .analyst, specialisations: [.financial, .cyber],
      languages: ["pl", "en", "de"], email: "tomasz.wisniewski@europol.example", phone: nil),
    Person(
      handle: "oconnor", name: "Seán O'Connor", organisation: "MAOC-N", country: "IE",
      role: .liaisonOfficer, specialisations: [.maritime, .intelligence],
      languages: ["en", "ga", "pt"], email: "s.oconnor@maoc.example",
      phone: "+351 21 000 3305"),
    Person(
      handle: "tamm", name: "Kristiina Tamm", organisation: "FRONTEX", country: "EE",
      role: .analyst, specialisations: [.maritime, .aviation],
      languages: ["et", "en", "fi"], email: "kristiina.tamm@frontex.example", phone: nil),
    Person(
      handle: "almeida", name: "Rita Almeida", organisation: "EUDA", country: "PT",
      role: .observer, specialisations: [.intelligence, .forensics],
      languages: ["pt", "en", "es"], email: "rita.almeida@euda.example", phone: nil),
    Person(
      handle: "vandamme", name: "Lieve Van Damme", organisation: "EUROJUST", country: "BE",
      role: .liaisonOfficer, specialisations: [.legal],
      languages: ["nl", "fr", "en", "es"], email: "l.vandamme@eurojust.example", phone: nil),
    Person(
      handle: "lozano", name: "Beatriz Lozano", organisation: "EL-PAcCTO", country: "ES",
      role: .observer, specialisations: [.legal],
      languages: ["es", "en", "pt"], email: "b.lozano@elpaccto.example", phone: nil),
    Person(
      handle: "fernandez.d", name: "Diego Fernández", organisation: "COPOLAD", country: "AR",
      role: .observer, specialisations: [.intelligence],
      languages: ["es", "en"], email: "d.fernandez@copolad.example", phone: nil),
    Person(
      handle: "rojas", name: "Natalia Rojas", organisation: "AMERIPOL", country: "CO",
      role: .liaisonOfficer, specialisations: [.intelligence],
      languages: ["es", "en", "pt"], email: "n.rojas@ameripol.example", phone: nil),
    // Brazil
    Person(
      handle: "silva.f", name: "Fernanda Silva", organisation: "PF", country: "BR",
      role: .nationalCoordinator, specialisations: [.intelligence, .maritime],
      languages: ["pt", "es", "en"], email: "fernanda.silva@pf.example",
      phone: "+55 61 0000 4410"),
    Person(
      handle: "oliveira", name: "Thiago Oliveira", organisation: "PF", country: "BR",
      role: .analyst, specialisations: [.encryptedCommunications, .cyber],
      languages: ["pt", "en"], email: "thiago.oliveira@pf.example", phone: nil),
    Person(
      handle: "costa.b", name: "Bruno Costa", organisation: "RFB", country: "BR",
      role: .actionLeader, specialisations: [.containers],
      languages: ["pt", "es", "en"], email: "bruno.costa@rfb.example", phone: nil),
    Person(
      handle: "araujo", name: "Luana Araújo", organisation: "PF", country: "BR",
      role: .participant, specialisations: [.assetRecovery, .financial],
      languages: ["pt", "en"], email: "luana.araujo@pf.example", phone: nil),
    // Colombia
    Person(
      handle: "gomez.c", name: "Camilo Gómez", organisation: "DIRAN", country: "CO",
      role: .nationalCoordinator, specialisations: [.intelligence, .maritime],
      languages: ["es", "en"], email: "camilo.gomez@policia-co.example",
      phone: "+57 601 000 2298"),
    Person(
      handle: "restrepo", name: "Valentina Restrepo", organisation: "DIRAN", country: "CO",
      role: .analyst, specialisations: [.financial, .assetRecovery],
      languages: ["es", "en"], email: "v.restrepo@policia-co.example", phone: nil),
    Person(
      handle: "ospina", name: "Andrés Ospina", organisation: "ARC", country: "CO",
      role: .actionLeader, specialisations: [.maritime],
      languages: ["es", "en"], email: "andres.ospina@armada.example", phone: nil),
    Person(
      handle: "cardenas", name: "María José Cárdenas", organisation: "FGN", country: "CO",
      role: .participant, specialisations: [.legal],
      languages: ["es", "en", "fr"], email: "mj.cardenas@fiscalia.example", phone: nil),
    // Ecuador
    Person(
      handle: "andrade", name: "Paúl Andrade", organisation: "PNE", country: "EC",
      role: .nationalCoordinator, specialisations: [.containers, .intelligence],
      languages: ["es", "en"], email: "paul.andrade@policia-ec.example", phone: nil),
    Person(
      handle: "vera", name: "Daniela Vera", organisation: "SENAE", country: "EC",
      role: .participant, specialisations: [.containers],
      languages: ["es", "en"], email: "daniela.vera@aduana-ec.example", phone: nil),
    // Peru
    Person(
      handle: "quispe", name: "Rosa Quispe Mamani", organisation: "DIRANDRO", country: "PE",
      role: .analyst, specialisations: [.intelligence, .aviation],
      languages: ["es", "qu", "en"], email: "rosa.quispe@pnp.example", phone: nil),
    Person(
      handle: "salazar", name: "Jorge Salazar", organisation: "DIRANDRO", country: "PE",
      role: .actionLeader, specialisations: [.aviation],
      languages: ["es", "en"], email: "j.salazar@pnp.example", phone: nil),
    // Panama
    Person(
      handle: "castillo", name: "Ricardo Castillo", organisation: "SENAN", country: "PA",
      role: .actionLeader, specialisations: [.maritime],
      languages: ["es", "en"], email: "r.castillo@senan.example", phone: nil),
    Person(
      handle: "pinzon", name: "Yariela Pinzón", organisation: "SENAN", country: "PA",
      role: .analyst, specialisations: [.maritime, .financial],
      languages: ["es", "en"], email: "y.pinzon@senan.example", phone: nil),
    // Mexico
    Person(
      handle: "hernandez", name: "Alejandra Hernández", organisation: "FGR", country: "MX",
      role: .liaisonOfficer, specialisations: [.legal, .financial],
      languages: ["es", "en"], email: "a.hernandez@fgr.example", phone: nil),
    Person(
      handle: "torres", name: "Miguel Ángel Torres", organisation: "SEMAR", country: "MX",
      role: .participant, specialisations: [.maritime],
      languages: ["es", "en"], email: "ma.torres@semar.example", phone: nil),
    // Chile, Argentina, Dominican Republic, Costa Rica
    Person(
      handle: "munoz", name: "Francisca Muñoz", organisation: "PDI", country: "CL",
      role: .analyst, specialisations: [.cyber, .encryptedCommunications],
      languages: ["es", "en"], email: "francisca.munoz@pdi.example", phone: nil),
    Person(
      handle: "benitez", name: "Martín Benítez", organisation: "PFA", country: "AR",
      role: .participant, specialisations: [.aviation, .intelligence],
      languages: ["es", "en", "it"], email: "m.benitez@pfa.example", phone: nil),
    Person(
      handle: "peralta", name: "Yokasta Peralta", organisation: "DNCD", country: "DO",
      role: .nationalCoordinator, specialisations: [.maritime, .intelligence],
      languages: ["es", "en"], email: "y.peralta@dncd.example", phone: nil),
    Person(
      handle: "solano", name: "Esteban Solano", organisation: "PCD", country: "CR",
      role: .participant, specialisations: [.maritime, .containers],
      languages: ["es", "en"], email: "e.solano@pcd.example", phone: nil),
    Person(
      handle: "vargas", name: "Mónica Vargas", organisation: "SNG", country: "CR",
      role: .participant, specialisations: [.maritime],
      languages: ["es", "en"], email: "m.vargas@sng.example", phone: nil),
  ]
}
