/// A small seeded generator (Steele, Lea and Flood's SplitMix64) that makes the demo and bench
/// datasets, and the inputs of the fuzz tests, the same on every run and every platform.
///
/// The helpers below do their own arithmetic instead of calling `Int.random(in:using:)`: the
/// standard library does not promise how many draws those take, and a change there would
/// silently change the demo.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`; `bound` must be positive.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    // The high half of a 128-bit product is uniform enough for a demo and costs one draw.
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// True with probability `percent` in 100.
  public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// Fisher–Yates, with this generator's draws.
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var copy = items
    guard copy.count > 1 else { return copy }
    for i in stride(from: copy.count - 1, to: 0, by: -1) {
      copy.swapAt(i, below(i + 1))
    }
    return copy
  }

  /// `count` distinct items in random order (all of them if there are fewer).
  public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    Array(shuffled(items).prefix(count))
  }

  /// An index chosen by weight: `[15, 50, 25, 10]` picks index 1 half of the time.
  public mutating func weighted(_ weights: [Int]) -> Int {
    var roll = below(weights.reduce(0, +))
    for (index, weight) in weights.enumerated() {
      if roll < weight { return index }
      roll -= weight
    }
    return weights.count - 1
  }
}
