/// Where frames are shown and keys come from: ncurses on a real terminal, or memory in tests.
@MainActor
public protocol Terminal: AnyObject {
  /// The current size, in cells.
  var size: Size { get }
  /// Takes over the terminal.
  func start() throws
  /// Gives the terminal back as it was. Safe to call twice.
  func stop()
  /// Waits up to `milliseconds` for a key; nil on timeout.
  func readKey(timeout milliseconds: Int) -> Key?
  /// Shows a frame, writing only the cells that changed since the last one.
  func draw(_ frame: ScreenBuffer)
}

/// A terminal in memory: keys are queued by the test, frames are kept for inspection.
@MainActor
public final class MemoryTerminal: Terminal {
  public var size: Size
  public private(set) var frames: [ScreenBuffer] = []
  public private(set) var isStarted = false
  /// Keys still to be read.
  public var pending: [Key] = []

  public init(size: Size = Size(width: 80, height: 24)) { self.size = size }

  public var lastFrame: ScreenBuffer? { frames.last }

  public func start() throws { isStarted = true }
  public func stop() { isStarted = false }

  public func readKey(timeout milliseconds: Int) -> Key? {
    pending.isEmpty ? nil : pending.removeFirst()
  }

  public func draw(_ frame: ScreenBuffer) {
    // Keeping every frame of a long script would grow without bound; tests look at the last
    // few.
    if frames.count > 64 { frames.removeFirst(frames.count - 32) }
    frames.append(frame)
  }

  /// Changes the size, as a window resize would, and queues the resize key.
  public func resize(to size: Size) {
    self.size = size
    pending.append(.resize)
  }
}
