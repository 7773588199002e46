import CaseModel

// Text for minutes and notes: templates drawn from the phrase bank and filled with the
// operation's own words.
extension DemoLoader {
  /// The next template of a bank for this operation. Each operation goes through a bank in
  /// its own shuffled order before repeating one.
  func draw(_ topic: DemoTopic, key: String, _ kind: EntryKind) throws -> String {
    let plan = try self.plan(key)
    let (name, bank) = DemoPhrases.bank(topic, vector: plan.vector)
    let lines = DemoPhrases.lines(of: bank, kind)
    guard !lines.isEmpty else { return "" }
    let deckKey = "\(key)|\(name)|\(kind.rawValue)"
    var deck = decks[deckKey] ?? (rng.shuffled(Array(lines.indices)), 0)
    if deck.next == deck.order.count { deck = (rng.shuffled(Array(lines.indices)), 0) }
    let template = lines[deck.order[deck.next]]
    deck.next += 1
    decks[deckKey] = deck
    return fill(template, plan)
  }

  /// Replaces each `{slot}` with a word of the operation's lexicon, a number made up for
  /// the operation, or a value of `extra`.
  func fill(
    _ template: String, _ plan: DemoOperationPlan?, _ extra: [String: String] = [:]
  )
    -> String
  {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      out += rest[..<open]
      out += value(of: String(rest[rest.index(after: open)..<close]), plan, extra)
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  private func value(
    of slot: String, _ plan: DemoOperationPlan?, _ extra: [String: String]
  )
    -> String
  {
    if let given = extra[slot] { return given }
    switch slot {
    case "imo", "container", "wallet": return identifier(slot, plan?.key ?? "")
    case "kg": return String(rng.int(in: 8...64) * 50)
    case "arrests": return String(rng.int(in: 6...48))
    case "months": return String(rng.int(in: 2...5))
    default:
      guard let words = plan?.lexicon[slot], !words.isEmpty else { return slot }
      return rng.pick(words)
    }
  }

  /// One of three identifiers of a kind made up for an operation, so that the same
  /// container or wallet comes back from one meeting to the next.
  private func identifier(_ slot: String, _ key: String) -> String {
    let name = "\(key)|\(slot)"
    if let made = generated[name] { return rng.pick(made) }
    var made: [String] = []
    for _ in 0..<3 {
      switch slot {
      case "imo": made.append("IMO 9" + digits(6))
      case "container": made.append(letters(3) + "U " + digits(7))
      default: made.append("T" + base58(9) + "…")
      }
    }
    generated[name] = made
    return rng.pick(made)
  }

  private func digits(_ count: Int) -> String {
    String((0..<count).map { _ in Character(String(rng.below(10))) })
  }

  private func letters(_ count: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTVWXYZ")
    return String((0..<count).map { _ in rng.pick(alphabet) })
  }

  private func base58(_ count: Int) -> String {
    let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    return String((0..<count).map { _ in rng.pick(alphabet) })
  }
}
