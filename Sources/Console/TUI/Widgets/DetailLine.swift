import CaseModel
import Foundation

/// A run of text in one slot.
public struct DetailSpan: Sendable, Hashable {
  public var text: String
  public var slot: Slot

  public init(_ text: String, _ slot: Slot = .normal) {
    self.text = text
    self.slot = slot
  }
}

/// The record Enter opens from a line of a detail.
public enum DetailLink: Sendable, Hashable {
  case action(UUID)
  case meeting(UUID)
  case officer(UUID)
  case operation(UUID, code: String)

  /// Opens the record in its own screen, as links anywhere in the console do.
  @MainActor public var effects: [Effect] {
    switch self {
    case .action(let id): Navigate.action(id)
    case .meeting(let id): Navigate.meeting(id)
    case .officer(let id): Navigate.officer(id)
    case .operation(let id, let code): Navigate.operation(id, code: code)
    }
  }
}

/// One line of a detail as it is written, before it is wrapped to the terminal's width.
///
/// Details are built once, when their record arrives, and wrapped when drawn: the width is
/// only known then, and a resize must re-wrap the same lines rather than rebuild them.
public struct DetailLine: Sendable, Hashable {
  public var spans: [DetailSpan]
  /// Columns that rows after the first are indented by, so that wrapped text stays under its
  /// own column rather than under the labels to its left.
  public var hang: Int
  /// What Enter opens on any row of this line.
  public var link: DetailLink?

  public init(_ spans: [DetailSpan], hang: Int = 0, link: DetailLink? = nil) {
    self.spans = spans
    self.hang = hang
    self.link = link
  }

  public init(_ text: String, _ slot: Slot = .normal, hang: Int = 0, link: DetailLink? = nil) {
    self.init([DetailSpan(text, slot)], hang: hang, link: link)
  }

  /// A line of pieces in different slots: `A-12` as a title, `overdue` in red.
  public init(pieces: [(String, Slot)], hang: Int = 0, link: DetailLink? = nil) {
    self.init(pieces.map { DetailSpan($0.0, $0.1) }, hang: hang, link: link)
  }

  /// Paints the spans one after the other on one row, cut at `width` columns.
  public func render(_ canvas: inout Canvas, x: Int, y: Int, width: Int) {
    var used = 0
    for span in spans where used < width {
      used += canvas.put(span.text, x: x + used, y: y, slot: span.slot, limit: width - used)
    }
  }

  public static let blank = DetailLine([])

  /// The text without styles: what `/` find looks in.
  public var plainText: String { spans.map(\.text).joined() }

  /// A section heading.
  public static func heading(_ text: String) -> DetailLine { DetailLine(text, .heading) }

  /// `Label       value`: the label padded so that values line up, and wrapped values kept
  /// under the value column.
  public static func field(
    _ label: String, _ value: String, _ slot: Slot = .normal, labelWidth: Int = 14,
    link: DetailLink? = nil
  ) -> DetailLine {
    DetailLine(
      [DetailSpan(DisplayWidth.pad(label, to: labelWidth), .dim), DetailSpan(value, slot)],
      hang: labelWidth, link: link)
  }

  /// The markings in their colour, with the source evaluation when there is one:
  /// `TLP:AMBER · H1 · B2`.
  public static func markings(_ markings: Markings) -> DetailLine {
    let evaluation = (markings.reliability?.rawValue ?? "") + (markings.accuracy?.rawValue ?? "")
    let text = markings.banner + (evaluation.isEmpty ? "" : " · " + evaluation)
    return .field("Markings", text, Cells.slot(for: markings))
  }

  /// A text that may hold line breaks, as lines that all start at `indent` and wrap there.
  /// The first line may start with a lead-in (a label, a kind) instead of the indent.
  public static func paragraphs(
    _ text: String, _ slot: Slot = .normal, indent: Int, lead: [DetailSpan] = [],
    link: DetailLink? = nil
  ) -> [DetailLine] {
    // Split on the byte: sanitised text holds no carriage return, so every line feed is a
    // character of its own and this is the split by characters, without finding where each
    // character ends (most of the time of making the lines of a 500-entry meeting).
    let sanitised = TextSanitizer.lines(text)
    let pieces = sanitised.utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let margin = DetailSpan(String(repeating: " ", count: indent))
    var lines: [DetailLine] = []
    for (index, piece) in pieces.enumerated() {
      let start = index == 0 && !lead.isEmpty ? lead : [margin]
      lines.append(
        DetailLine(start + [DetailSpan(String(Substring(piece)), slot)], hang: indent, link: link))
    }
    // Trailing blank lines say nothing on screen.
    while lines.count > 1, lines.last?.spans.last?.text.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// Text padded to exactly `columns` display columns, sanitised first so that what is
  /// measured is what is drawn.
  public static func cell(_ text: String, _ columns: Int) -> String {
    DisplayWidth.pad(TextSanitizer.line(text), to: columns)
  }
}
