import CaseModel
import Foundation

/// Words for the bench dataset: names with accents, and officers' vocabulary, so that search
/// and sorting meet the text they meet in service.
enum BenchText {
  static let given = [
    "Ana", "João", "Lucía", "Andrés", "Marta", "Rui", "Camille", "Jan", "Giulia", "Stefan",
    "Valentina", "Álvaro", "Inês", "Sofía", "Mateus", "Zoë", "Łukasz", "Núria", "Bruno", "Éva",
  ]
  static let family = [
    "Ribeiro", "Gómez", "Gonçalves", "Núñez", "Müller", "Peeters", "Rossi", "Dubois",
    "de Vries", "Ospina", "Araújo", "Vargas", "Pérez", "Sousa", "Hernández", "Kowalska",
  ]
  static let verbs = [
    "Request", "Check", "Trace", "Send", "Confirm", "Prepare", "Circulate", "Map", "Ask for",
    "Share",
  ]
  static let objects = [
    "the AIS track of", "the manifest of", "the crew list of", "the wallet history of",
    "the handsets seized from", "the bank statements of", "the MLA request on",
    "the flag-state consent for", "the scanner images of", "the EncroChat data on",
  ]
  static let places = [
    "Algeciras", "Rotterdam", "Antwerpen", "Santos", "Guayaquil", "Panamá", "Cartagena",
    "São Paulo", "Lisboa", "Le Havre", "Gioia Tauro", "Hamburg", "Callao", "Veracruz",
  ]
  static let nouns = [
    "vessel", "shipment", "consignee", "courier", "go-fast", "front company", "warehouse",
    "transfer", "broker", "report", "cargo", "account",
  ]

  static func personName(_ rng: inout SplitMix64) -> String {
    "\(given[rng.below(given.count)]) \(family[rng.below(family.count)])"
  }

  static func organisationName(_ kind: OrganisationKind) -> String {
    switch kind {
    case .police: "National Police"
    case .customs: "Customs Service"
    case .maritime: "Coast Guard"
    case .judicial: "Prosecution Office"
    default: kind.label.capitalized
    }
  }

  static func codename(_ rng: inout SplitMix64, _ index: Int) -> String {
    let first = ["MARÉ", "PUERTO", "CÓNDOR", "ORO", "CIFRA", "ALISIOS", "ATLÂNTICO", "SELVA"]
    let second = ["ALTA", "CLARO", "NEGRA", "LIMPIO", "AZUL", "VERDE", "FRÍO", "SUR"]
    return "\(first[rng.below(first.count)]) \(second[rng.below(second.count)]) \(index)"
  }

  /// An action's title: verb, object, a place and a noun; the common and accented terms in
  /// their share of titles.
  static func title(_ rng: inout SplitMix64, number: Int) -> String {
    var text =
      "\(verbs[rng.below(verbs.count)]) \(objects[rng.below(objects.count)]) the "
      + "\(nouns[rng.below(nouns.count)]) in \(places[rng.below(places.count)])"
    if number % 4 == 0 { text += " (\(BenchDataset.commonTerm))" }
    if number % 50 == 7 { text += " via \(BenchDataset.accentedTerm)" }
    // Numbers that make an action in the minutes too (a multiple of five), on an
    // operation of even index among those made straight (the profile takes part in those).
    if number % 100_000 == 31_330 || number == 10 { text += " — \(BenchDataset.rareTerm)" }
    return text
  }

  static func sentence(_ rng: inout SplitMix64, words: Int) -> String {
    var out: [String] = []
    while out.count < words {
      switch rng.below(4) {
      case 0: out.append(places[rng.below(places.count)])
      case 1: out.append(nouns[rng.below(nouns.count)])
      case 2: out.append(objects[rng.below(objects.count)])
      default: out.append(verbs[rng.below(verbs.count)].lowercased())
      }
    }
    return out.joined(separator: " ").prefix(1).uppercased()
      + out.joined(separator: " ").dropFirst() + "."
  }

  /// A minute entry's text: a sentence, with the common term in a quarter of them.
  static func entry(_ rng: inout SplitMix64, number: Int) -> String {
    var text = sentence(&rng, words: 10 + rng.below(14))
    if number % 4 == 1 { text += " The \(BenchDataset.commonTerm) was flagged." }
    if number % 60 == 3 { text += " Contact in \(BenchDataset.accentedTerm) 👍" }
    return text
  }
}
