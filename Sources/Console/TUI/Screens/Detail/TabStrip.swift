/// The row of tabs under a detail's title: the active tab in the active slot, the others
/// inactive, each with an optional count (`Meetings 8`) so that empty tabs show before they
/// are opened.
public struct TabStrip: Sendable {
  public struct Tab: Sendable, Hashable {
    public var label: String
    public var count: Int?

    public init(_ label: String, count: Int? = nil) {
      self.label = label
      self.count = count
    }

    var text: String { " " + label + (count.map { " \($0)" } ?? "") + " " }
  }

  public var tabs: [Tab]
  public var active: Int

  public init(_ tabs: [Tab], active: Int) {
    self.tabs = tabs
    self.active = active
  }

  /// Paints the strip on row `y`. When the tabs do not all fit, the labels lose their counts
  /// first, so every tab stays reachable by name.
  public func render(_ canvas: inout Canvas, y: Int) {
    let full = tabs.map(\.text)
    let fits = full.reduce(0) { $0 + DisplayWidth.of($1) + 1 } <= canvas.area.width
    let texts = fits ? full : tabs.map { " " + $0.label + " " }
    var x = 0
    for (index, text) in texts.enumerated() {
      x += canvas.put(text, x: x, y: y, slot: index == active ? .tabActive : .tabInactive) + 1
    }
  }
}
