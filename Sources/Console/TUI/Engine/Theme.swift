import Foundation

/// A colour as themes write it: a name of the 16 ANSI colours, a 256-colour index, or
/// `#rrggbb`. Terminals with fewer colours get the nearest one they have.
public enum Color: Hashable, Sendable {
  case ansi(Int)
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Reads `red`, `bright-blue`, `208`, `#ff8800`; nil for anything else.
  public init?(parsing text: String) {
    let name = text.lowercased().trimmingCharacters(in: .whitespaces)
    if let index = Color.names.firstIndex(of: name) {
      self = .ansi(index)
    } else if name.hasPrefix("bright-"),
      let index = Color.names.firstIndex(of: String(name.dropFirst(7)))
    {
      self = .ansi(index + 8)
    } else if let number = Int(name), (0...255).contains(number) {
      self = .indexed(number)
    } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// The colour number to use on a terminal with `available` colours (8, 16, 256 or more).
  public func number(available: Int) -> Int {
    switch self {
    case .ansi(let index):
      return available >= 16 ? index : index % 8
    case .indexed(let index):
      if available >= 256 { return index }
      return Color.nearestANSI(Color.rgbOf(index: index), available: available)
    case .rgb(let r, let g, let b):
      if available >= 256 { return Color.nearestCube(r, g, b) }
      return Color.nearestANSI((Int(r), Int(g), Int(b)), available: available)
    }
  }

  /// The xterm palette, for finding the nearest colour.
  private static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  private static func rgbOf(index: Int) -> (Int, Int, Int) {
    switch index {
    case 0..<16: return ansiRGB[index]
    case 16..<232:
      let level = [0, 95, 135, 175, 215, 255]
      let i = index - 16
      return (level[i / 36], level[i / 6 % 6], level[i % 6])
    default:
      let grey = 8 + (index - 232) * 10
      return (grey, grey, grey)
    }
  }

  private static func nearestANSI(_ rgb: (Int, Int, Int), available: Int) -> Int {
    let candidates = available >= 16 ? 16 : 8
    var best = 0
    var bestDistance = Int.max
    for index in 0..<candidates {
      let c = ansiRGB[index]
      let d =
        (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1)
        + (c.2 - rgb.2) * (c.2 - rgb.2)
      if d < bestDistance {
        bestDistance = d
        best = index
      }
    }
    return best
  }

  private static func nearestCube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
    return 16 + 36 * level(r) + 6 * level(g) + level(b)
  }
}

/// How a slot looks: colours and attributes.
public struct TextStyle: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold = false
  public var dim = false
  public var underline = false
  public var reverse = false

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
    underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The same attributes without colour: what `NO_COLOR` shows. A coloured background marks
  /// a highlight (the selection, a banner), so it becomes reverse video rather than nothing.
  public var withoutColour: TextStyle {
    TextStyle(
      bold: bold, dim: dim, underline: underline, reverse: reverse || background != nil)
  }
}

/// A colour theme: how each slot looks.
public struct Theme: Sendable, Equatable {
  public var name: String
  public var styles: [Slot: TextStyle]

  public init(name: String, styles: [Slot: TextStyle]) {
    self.name = name
    self.styles = styles
  }

  public func style(_ slot: Slot) -> TextStyle { styles[slot] ?? TextStyle() }

  /// The theme with colours removed (for `NO_COLOR` and monochrome terminals).
  public var monochrome: Theme {
    Theme(name: name, styles: styles.mapValues(\.withoutColour))
  }

  /// Used when no theme file can be found: attributes only, so it works anywhere.
  public static let builtIn = Theme(
    name: "built-in",
    styles: [
      .title: TextStyle(bold: true), .heading: TextStyle(bold: true, underline: true),
      .header: TextStyle(reverse: true), .selection: TextStyle(reverse: true),
      .mark: TextStyle(bold: true), .statusBar: TextStyle(reverse: true),
      .statusKey: TextStyle(bold: true, reverse: true), .statusError: TextStyle(bold: true),
      .tabActive: TextStyle(bold: true, underline: true), .tabInactive: TextStyle(dim: true),
      .priorityUrgent: TextStyle(bold: true), .itemOverdue: TextStyle(bold: true),
      .itemDone: TextStyle(dim: true), .dim: TextStyle(dim: true),
      .markingRed: TextStyle(bold: true, reverse: true),
      .markingAmber: TextStyle(bold: true, reverse: true), .match: TextStyle(underline: true),
      .input: TextStyle(underline: true), .dialogFocus: TextStyle(reverse: true),
      .helpKey: TextStyle(bold: true),
    ])
}
