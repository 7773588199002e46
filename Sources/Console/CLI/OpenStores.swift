import Storage
import Synchronization

/// The stores this process opened for its command, closed by ``closeAll()`` when the command
/// is over, just before the process exits.
///
/// They are kept referenced until the exit on purpose. Releasing the last reference to a GRDB
/// connection unregisters it from NotificationCenter and frees its dispatch queue, which
/// libdispatch does on a thread it starts for the purpose: work of no use to a process about
/// to end, paid by every command. Closing explicitly also lets a failure to close be told
/// rather than lost in a deinit.
enum OpenStores {
  private static let stores = Mutex<[Store]>([])

  /// Keeps `store` until ``closeAll()``.
  static func keep(_ store: Store) {
    stores.withLock { $0.append(store) }
  }

  /// Closes every store kept, copying each one's write-ahead log into its file, and says on
  /// standard error which could not be closed. Returns whether all were. The stores stay
  /// referenced: the process exits next.
  static func closeAll() -> Bool {
    let kept = stores.withLock { $0 }
    var closed = true
    for store in kept {
      do {
        try store.close()
      } catch {
        Diagnostics.fail("closing \(store.path): \(error.description)")
        closed = false
      }
    }
    return closed
  }
}
