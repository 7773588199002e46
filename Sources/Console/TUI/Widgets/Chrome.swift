import CaseModel
import Foundation

/// The frame around every screen: the header (who, which database, the marking banner), the
/// screen tabs, and the status bar (where, hints, messages).
public enum Chrome {
  public struct Header: Sendable {
    public var officer: String
    public var database: String
    public var markings: [Markings]
    public var active: TopScreen?
  }

  public struct StatusBar: Sendable {
    public var title: String
    public var position: String?
    public var hints: [(key: String, word: String)]
    public var message: String?
    public var isError: Bool
  }

  /// Paints the two header rows.
  public static func header(_ header: Header, in buffer: inout ScreenBuffer) {
    let width = buffer.size.width
    buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), slot: .header)
    var banner = ""
    var bannerSlot = Slot.header
    if let first = header.markings.first {
      let strictest = header.markings.dropFirst().reduce(first) { $0.combined(with: $1) }
      banner = " " + strictest.banner + " "
      bannerSlot = Cells.slot(for: strictest)
    }
    let bannerWidth = DisplayWidth.of(banner)
    let left = " liaison │ \(header.officer) │ \(header.database)"
    buffer.put(left, x: 0, y: 0, slot: .header, limit: max(0, width - bannerWidth - 1))
    if !banner.isEmpty {
      buffer.put(banner, x: max(0, width - bannerWidth), y: 0, slot: bannerSlot)
    }
    var x = 1
    for screen in TopScreen.allCases {
      let label = " \(screen.rawValue) \(screen.title) "
      let slot: Slot = screen == header.active ? .tabActive : .tabInactive
      x += buffer.put(label, x: x, y: 1, slot: slot) + 1
    }
  }

  /// Paints the status bar on the last row.
  public static func statusBar(_ bar: StatusBar, in buffer: inout ScreenBuffer) {
    let y = buffer.size.height - 1
    let width = buffer.size.width
    buffer.fill(Rect(x: 0, y: y, width: width, height: 1), slot: .statusBar)
    var context = " " + bar.title
    if let position = bar.position { context += " " + position }
    var x = buffer.put(context + " ", x: 0, y: y, slot: .statusBar)
    if let message = bar.message {
      buffer.put(
        "│ " + message, x: x, y: y, slot: bar.isError ? .statusError : .statusMessage,
        limit: width - x)
      return
    }
    for hint in bar.hints {
      let needed = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.word) + 3
      guard x + needed <= width else { break }
      x += buffer.put(" " + hint.key, x: x, y: y, slot: .statusKey)
      x += buffer.put(" " + hint.word + " ", x: x, y: y, slot: .statusBar)
    }
  }

  /// The notice shown instead of a broken layout when the terminal is too small.
  public static func tooSmall(_ buffer: inout ScreenBuffer) {
    let size = buffer.size
    let lines = [
      "terminal too small — need \(Size.minimum.width)×\(Size.minimum.height)",
      "now \(size.width)×\(size.height); enlarge the window, or press Q to quit",
    ]
    for (index, line) in lines.enumerated() {
      let width = DisplayWidth.of(line)
      let y = size.height / 2 - 1 + index
      buffer.put(
        line, x: max(0, (size.width - width) / 2), y: max(0, min(size.height - 1, y)),
        slot: index == 0 ? .title : .normal)
    }
  }
}
