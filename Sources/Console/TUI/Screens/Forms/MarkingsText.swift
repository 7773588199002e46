import CaseModel

/// Markings as officers type them in a form: the terms in any order, separated by spaces,
/// commas or `·` — `amber h1`, `TLP:RED H2 restreint-ue B2`. What is not typed keeps its
/// default (TLP:AMBER, H0), so the common case is one word.
enum MarkingsText {
  static func parse(_ text: String) throws(ValidationError) -> Markings {
    var markings = Markings.standard
    let terms = text.split { $0 == " " || $0 == "," || $0 == "·" }.map(String.init)
    for term in terms {
      let word = term.lowercased()
      let bare = word.hasPrefix("tlp:") ? String(word.dropFirst(4)) : word
      if let tlp = lookup(bare, TLP.self) {
        markings.tlp = tlp
      } else if let handling = lookup(word, HandlingCode.self) {
        markings.handling = handling
      } else if let level = classification(word) {
        markings.classification = level
      } else if word.count == 2,
        let reliability = lookup(String(word.prefix(1)), SourceReliability.self),
        let accuracy = lookup(String(word.suffix(1)), InformationAccuracy.self)
      {
        markings.reliability = reliability
        markings.accuracy = accuracy
      } else {
        throw ValidationError(
          .unknownTerm,
          "markings: unknown term \(quoted(term)); use a TLP (clear, green, amber, "
            + "amber+strict, red), H0–H3, an EU classification (restreint-ue…) "
            + "or a source evaluation such as B2")
      }
    }
    return markings
  }

  /// `restreint`, `restreint-ue` or the label all name the level.
  private static func classification(_ word: String) -> EUClassification? {
    lookup(word, EUClassification.self) ?? lookup(word + "-ue", EUClassification.self)
      ?? (word == "très-secret" ? .tresSecret : nil)
  }

  /// A term of a vocabulary, or nil.
  private static func lookup<V: Vocabulary>(_ text: String, _ type: V.Type) -> V? {
    do {
      let value: V = try V.parse(text)
      return value
    } catch {
      return nil
    }
  }

  /// The text a form starts with for existing markings: the terms `parse` reads back.
  static func format(_ markings: Markings) -> String {
    var terms = [markings.tlp.label, markings.handling.rawValue]
    if let level = markings.classification { terms.append(level.rawValue) }
    if let reliability = markings.reliability, let accuracy = markings.accuracy {
      terms.append(reliability.rawValue + accuracy.rawValue)
    }
    return terms.joined(separator: " ")
  }

  /// The banner, with the source evaluation when there is one: `TLP:AMBER · H1 · B2`.
  static func banner(_ markings: Markings) -> String {
    let evaluation = (markings.reliability?.rawValue ?? "") + (markings.accuracy?.rawValue ?? "")
    return markings.banner + (evaluation.isEmpty ? "" : " · " + evaluation)
  }
}
