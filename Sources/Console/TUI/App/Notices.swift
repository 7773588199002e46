import Synchronization

/// Messages for the status bar from work done off the key loop (the day's backup): posted
/// from any thread, shown by the loop the next time it is idle.
public final class Notices: Sendable {
  private let pending = Mutex<[(text: String, isError: Bool)]>([])

  public init() {}

  public func post(_ text: String, isError: Bool = false) {
    pending.withLock { $0.append((text, isError)) }
  }

  /// The oldest notice not yet shown.
  func take() -> (text: String, isError: Bool)? {
    pending.withLock { $0.isEmpty ? nil : $0.removeFirst() }
  }
}
