import CaseModel
import Foundation

/// A screen of the console, the Elm way: its state is a value; `perform`, `receive` and
/// `reply` are pure updates that return effects; `render` draws the state.
@MainActor
public protocol Screen {
  /// The title in the header tabs and the status bar.
  var title: String { get }
  /// The key contexts that apply, most specific first (`global` is always added last).
  var contexts: [KeyContext] { get }
  /// The actions shown as hints in the status bar.
  var hints: [ActionID] { get }
  /// Words that replace an action's hint here, when it depends on the state: `t` reads
  /// "past" or "upcoming".
  var hintWords: [ActionID: String] { get }
  /// Where the cursor is, for the status bar: `12/340`.
  var position: String? { get }
  /// The markings of the records on screen; the header shows the strictest.
  var markings: [Markings] { get }
  /// What has been typed here and not saved, if anything: kept as a draft until it is.
  var draft: DraftContent? { get }

  /// The first effects, when the screen opens.
  mutating func start(_ env: Environment) -> [Effect]
  /// A key's action.
  mutating func perform(_ action: ActionID, _ env: Environment) -> [Effect]
  /// A key before it is looked up in the action table, for screens that take text; nil if
  /// the key is not consumed.
  mutating func type(_ key: Key, _ env: Environment) -> [Effect]?
  /// The answer to a query this screen made.
  mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect]
  /// An overlay's answer.
  mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect]
  /// A `:` command the program does not know itself (`:export md`), or nil if this screen
  /// does not know it either.
  mutating func command(_ name: String, _ argument: String, _ env: Environment) -> [Effect]?
  /// The data changed (a write here, or another process): reload, keeping the cursor on the
  /// same record.
  mutating func reload(_ env: Environment) -> [Effect]

  func render(_ canvas: inout Canvas, _ env: Environment)
}

extension Screen {
  public var hints: [ActionID] { [.open, .back, .filter, .help] }
  public var hintWords: [ActionID: String] { [:] }
  public var position: String? { nil }
  public var markings: [Markings] { [] }
  public var draft: DraftContent? { nil }
  public mutating func type(_ key: Key, _ env: Environment) -> [Effect]? { nil }
  public mutating func reply(_ reply: Reply, _ env: Environment) -> [Effect] { [] }
  public mutating func command(
    _ name: String, _ argument: String, _ env: Environment
  )
    -> [Effect]?
  { nil }
}

/// What screens may know about the world when they update or render: never the store.
public struct Environment: Sendable {
  public var today: CalendarDate
  public var now: Date
  public var profile: Officer?
  public var readOnly: Bool
  /// Rows a list shows at a time, from the terminal's height.
  public var pageRows: Int
  /// The columns a screen has to draw in: text that wraps is wrapped to this width.
  public var columns: Int

  public init(
    today: CalendarDate, now: Date, profile: Officer?, readOnly: Bool = false, pageRows: Int = 20,
    columns: Int = 80
  ) {
    self.today = today
    self.now = now
    self.profile = profile
    self.readOnly = readOnly
    self.pageRows = pageRows
    self.columns = columns
  }
}

/// A screen buffer and the rectangle a screen may paint in.
public struct Canvas {
  public var buffer: ScreenBuffer
  public var area: Rect

  public init(buffer: ScreenBuffer, area: Rect) {
    self.buffer = buffer
    self.area = area
  }

  /// Paints text relative to the area, clipped to it.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, slot: Slot = .normal, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < area.height, x >= 0, x < area.width else { return 0 }
    return buffer.put(
      text, x: area.x + x, y: area.y + y, slot: slot, limit: min(limit ?? .max, area.width - x))
  }

  public mutating func put(
    padded text: String, x: Int, y: Int, width: Int, slot: Slot = .normal,
    alignRight: Bool = false
  ) {
    guard y >= 0, y < area.height, x >= 0, x < area.width else { return }
    buffer.put(
      padded: text, x: area.x + x, y: area.y + y, width: min(width, area.width - x), slot: slot,
      alignRight: alignRight)
  }

  public mutating func fill(_ rect: Rect, slot: Slot) {
    buffer.fill(
      Rect(x: area.x + rect.x, y: area.y + rect.y, width: rect.width, height: rect.height),
      slot: slot)
  }

  public mutating func restyle(row y: Int, slot: Slot) {
    buffer.restyle(Rect(x: area.x, y: area.y + y, width: area.width, height: 1), slot: slot)
  }

  /// A canvas for a part of this one (coordinates relative to this area).
  public func sub(_ rect: Rect) -> Canvas {
    let clipped = Rect(
      x: area.x + max(0, rect.x), y: area.y + max(0, rect.y),
      width: min(rect.width, area.width - max(0, rect.x)),
      height: min(rect.height, area.height - max(0, rect.y)))
    return Canvas(buffer: buffer, area: clipped)
  }

  /// Paints a sub-canvas's buffer back (sub-canvases share nothing until merged).
  public mutating func merge(_ other: Canvas) { buffer = other.buffer }
}
