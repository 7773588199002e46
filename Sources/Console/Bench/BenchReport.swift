import Foundation

/// One measured operation: its timings in milliseconds.
struct BenchResult: Sendable {
  var group: String
  var name: String
  var milliseconds: [Double]
  /// What the operation returned, for a sanity check in the report: rows, hits.
  var note: String = ""

  var sorted: [Double] { milliseconds.sorted() }
  var p50: Double { percentile(0.5) }
  var p99: Double { percentile(0.99) }
  var max: Double { sorted.last ?? 0 }

  func percentile(_ p: Double) -> Double {
    let values = sorted
    guard !values.isEmpty else { return 0 }
    return values[Swift.min(values.count - 1, Int((Double(values.count - 1) * p).rounded(.up)))]
  }
}

/// Prints benchmark results as a table and as JSON.
enum BenchReport {
  static func table(_ results: [BenchResult]) -> String {
    var lines: [String] = []
    var group = ""
    let width = (results.map(\.name.count).max() ?? 20) + 2
    for result in results {
      if result.group != group {
        group = result.group
        lines.append("")
        lines.append(group)
        lines.append(
          "  " + "operation".padding(toLength: width, withPad: " ", startingAt: 0)
            + "     p50 ms     p99 ms     max ms  result")
      }
      lines.append(
        "  " + result.name.padding(toLength: width, withPad: " ", startingAt: 0)
          + String(format: " %10.2f %10.2f %10.2f  ", result.p50, result.p99, result.max)
          + result.note)
    }
    return lines.joined(separator: "\n")
  }

  static func json(_ results: [BenchResult]) -> String {
    let items: [JSONValue] = results.map {
      .object([
        "group": .string($0.group), "name": .string($0.name), "p50": .double($0.p50),
        "p99": .double($0.p99), "max": .double($0.max), "runs": .int($0.milliseconds.count),
        "result": .string($0.note),
      ])
    }
    return JSONValue.object(["results": .array(items), "memory": memory]).rendered() + "\n"
  }

  /// The process's resident memory now and at its peak, from /proc (Linux), in MiB.
  static var memory: JSONValue {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return .null
    }
    func field(_ name: String) -> JSONValue {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
        let kb = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
      else { return .null }
      return .double((kb / 1024 * 10).rounded() / 10)
    }
    return .object(["residentMiB": field("VmRSS"), "peakMiB": field("VmHWM")])
  }

  static func memoryLine() -> String {
    guard case .object(let fields) = memory, case .double(let rss)? = fields["residentMiB"],
      case .double(let peak)? = fields["peakMiB"]
    else { return "" }
    return String(format: "memory: %.1f MiB resident, %.1f MiB at the peak", rss, peak)
  }
}

/// Times a closure.
func measure(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now()
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}
