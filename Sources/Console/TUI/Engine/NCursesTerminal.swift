import CNCurses
import Foundation

/// The real terminal, through ncursesw.
///
/// Frames are diffed cell by cell against the last one drawn; only changed cells are written,
/// then `doupdate()` sends the minimum to the terminal. Colours come from the theme, mapped to
/// the colours the terminal has (8, 16, 256 or more), or dropped entirely when `NO_COLOR` is
/// set or the terminal has none.
@MainActor
public final class NCursesTerminal: Terminal {
  public private(set) var size = Size(width: 0, height: 0)
  private var theme: Theme
  private var previous: ScreenBuffer?
  private var started = false
  private var colourDepth = 0
  private var pairs: [Slot: Int16] = [:]
  private var attributes: [Slot: attr_t] = [:]

  public init(theme: Theme) { self.theme = theme }

  public func start() throws {
    guard !started else { return }
    cn_install_signal_handlers()
    guard initscr() != nil else {
      throw ConsoleFailure("cannot start the terminal (is TERM set?)")
    }
    started = true
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    mousemask(0, nil)
    if has_colors() {
      start_color()
      use_default_colors()
      colourDepth = Int(cn_colors())
    }
    // Bracketed paste: pasted text arrives between markers, not as keystrokes.
    StandardStream.write("\u{1B}[?2004h")
    applyTheme()
    refreshSize()
  }

  public func stop() {
    guard started else { return }
    started = false
    StandardStream.write("\u{1B}[?2004l")
    endwin()
  }

  /// Switches themes: colour pairs are rebuilt and the whole screen is redrawn.
  public func use(_ theme: Theme) {
    self.theme = theme
    guard started else { return }
    applyTheme()
    previous = nil
  }

  public func readKey(timeout milliseconds: Int) -> Key? {
    wtimeout(cn_stdscr(), Int32(milliseconds))
    var code: wint_t = 0
    let result = wget_wch(cn_stdscr(), &code)
    if result == ERR { return nil }
    if result == cn_key_code_yes() {
      return functionKey(Int32(code))
    }
    return characterKey(UInt32(code))
  }

  public func draw(_ frame: ScreenBuffer) {
    guard started else { return }
    if frame.size != previous?.size {
      previous = nil
      wclear(cn_stdscr())
    }
    for y in 0..<frame.size.height {
      for x in 0..<frame.size.width {
        let cell = frame[x, y]
        if let previous, previous[x, y] == cell { continue }
        if cell.isContinuation { continue }
        write(cell, x: x, y: y)
      }
    }
    previous = frame
    wnoutrefresh(cn_stdscr())
    doupdate()
  }

  /// Reads the terminal's size after a resize.
  public func refreshSize() {
    var rows: Int32 = 0
    var columns: Int32 = 0
    // getmaxyx is a macro; the size after KEY_RESIZE is in LINES and COLS.
    rows = cn_lines()
    columns = cn_cols()
    size = Size(width: Int(columns), height: Int(rows))
  }

  /// A signal asked the program to end (SIGTERM, SIGHUP, SIGINT).
  public var pendingSignal: Int32 { cn_pending_signal() }

  // MARK: - Writing

  private func write(_ cell: Cell, x: Int, y: Int) {
    // A cell holds one spacing character and the zero-width marks after it (accents,
    // variation selectors, joiners): setcchar refuses a second spacing character, so the rest
    // of a flag or an emoji sequence is left out rather than losing the whole cell.
    var scalars: [wchar_t] = []
    for scalar in cell.text.unicodeScalars {
      let code = wchar_t(bitPattern: scalar.value)
      if !scalars.isEmpty && cn_wcwidth(scalar.value) != 0 { break }
      scalars.append(code)
      if scalars.count == 4 { break }
    }
    if scalars.isEmpty { scalars = [wchar_t(32)] }
    scalars.append(0)
    _ = cn_put_cell(
      Int32(y), Int32(x), scalars, attributes[cell.slot] ?? cn_a_normal(),
      pairs[cell.slot] ?? 0)
  }

  private func applyTheme() {
    pairs = [:]
    attributes = [:]
    let coloured = colourDepth >= 8
    var next: Int16 = 1
    for slot in Slot.allCases {
      let style = coloured ? theme.style(slot) : theme.style(slot).withoutColour
      var attrs = cn_a_normal()
      if style.bold { attrs |= cn_a_bold() }
      if style.dim { attrs |= cn_a_dim() }
      if style.underline { attrs |= cn_a_underline() }
      if style.reverse { attrs |= cn_a_reverse() }
      attributes[slot] = attrs
      if coloured, style.foreground != nil || style.background != nil,
        Int(next) < Int(cn_color_pairs())
      {
        let fg = style.foreground.map { Int16($0.number(available: colourDepth)) } ?? -1
        let bg = style.background.map { Int16($0.number(available: colourDepth)) } ?? -1
        init_pair(next, fg, bg)
        pairs[slot] = next
        next += 1
      }
    }
  }

  // MARK: - Keys

  private func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BTAB: return .backTab
    case KEY_RESIZE:
      refreshSize()
      previous = nil
      return .resize
    case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  private func characterKey(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return escapeSequence()
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
    case 0, 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// After ESC: a lone Esc key, Alt with a key (`ESC b`), or the start of a bracketed paste
  /// (`ESC [200~ … ESC [201~`).
  private func escapeSequence() -> Key? {
    wtimeout(cn_stdscr(), 0)
    let marker = Array("[200~".unicodeScalars.map(\.value))
    var pending: [UInt32] = []
    var code: wint_t = 0
    // Only as many keys as the marker has: pasted text follows it at once, and must stay
    // unread for `readPaste`.
    while pending.count < marker.count, wget_wch(cn_stdscr(), &code) != ERR {
      pending.append(UInt32(code))
      if pending != Array(marker.prefix(pending.count)) { break }
    }
    if pending == marker { return .paste(readPaste()) }
    if pending.count == 1, let scalar = Unicode.Scalar(pending[0]), scalar.value >= 0x20,
      scalar.value != 0x7F, scalar != "["
    {
      return .alt(Character(scalar))
    }
    // Not a paste: give the keys back to ncurses to be read as they came.
    for value in pending.reversed() { unget_wch(wchar_t(bitPattern: value)) }
    return .escape
  }

  /// Reads pasted text up to the closing marker, or until input pauses for a second.
  private func readPaste() -> String {
    var text = String.UnicodeScalarView()
    let end = Array("\u{1B}[201~".unicodeScalars)
    wtimeout(cn_stdscr(), 1000)
    var code: wint_t = 0
    var previousWasCR = false
    while wget_wch(cn_stdscr(), &code) != ERR, let scalar = Unicode.Scalar(UInt32(code)) {
      // Terminals send line breaks as CR, some as CR LF: either is one line break.
      if scalar == "\n", text.last == "\n", previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      text.append(scalar == "\r" ? "\n" : scalar)
      if text.count >= end.count, Array(text.suffix(end.count)) == end {
        text.removeLast(end.count)
        break
      }
      if text.count > 1_000_000 { break }
    }
    return String(text)
  }
}

/// A failure of the console itself, with a message for the officer.
public struct ConsoleFailure: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
