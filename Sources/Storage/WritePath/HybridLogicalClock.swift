import Foundation

/// A hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.
///
/// Every operation gets a time strictly greater than the one before on this replica, even if
/// the wall clock stalls or steps back, and close to real time otherwise. Folding the log in
/// (time, replica, op id) order is then a total order that every laptop computes alike.
struct HybridLogicalClock {
  private(set) var last: Int64

  init(last: Int64) { self.last = last }

  mutating func tick(now: Date) -> Int64 {
    let physical = Int64(max(0, now.timeIntervalSince1970 * 1000)) << 16
    last = max(physical, last + 1)
    return last
  }

  /// The wall-clock instant of a clock value.
  static func date(of time: Int64) -> Date {
    Date(timeIntervalSince1970: Double(time >> 16) / 1000)
  }
}
