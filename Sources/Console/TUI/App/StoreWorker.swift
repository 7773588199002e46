import Foundation
import Synchronization

/// The console's writes, on a thread of their own.
///
/// Every write the console makes (a change, an undo, the record of a consultation, a draft, a
/// disclosure) runs here, one at a time, in the order asked. A write may wait up to the
/// store's busy timeout for another program's to finish; the key loop goes on meanwhile
/// (drawing, reading keys, reading the database through its own connection) and hands each
/// result to whoever asked for it once it has landed, in ``deliver()``.
@MainActor
final class StoreWorker {
  private let queue = DispatchQueue(label: "liaison.store-writes", qos: .userInitiated)
  private let mailbox = Mailbox()
  /// What to do with each result, oldest first: results land in the same order.
  private var waiting: [(id: Int, asked: Date, land: () -> Void)] = []
  private var nextID = 0

  /// Whether work is under way or has landed and not been delivered.
  var isBusy: Bool { !waiting.isEmpty }

  /// When the oldest work still under way was asked for.
  var oldestAsked: Date? { waiting.first?.asked }

  /// Runs `work` on the worker's thread; `then` gets its result in a later ``deliver()``, on
  /// the key loop.
  func submit<T: Sendable>(
    _ work: @escaping @Sendable () -> T, then: @escaping (T) -> Void = { _ in }
  ) {
    let id = nextID
    nextID += 1
    let result = Landing<T>()
    waiting.append((id, Date(), { then(result.take()) }))
    let mailbox = mailbox
    queue.async {
      result.put(work())
      mailbox.post(id)
    }
  }

  /// Hands every landed result to whoever asked, oldest first; whether anything landed.
  @discardableResult
  func deliver() -> Bool {
    let landed = mailbox.take()
    for id in landed {
      guard let first = waiting.first, first.id == id else { continue }
      waiting.removeFirst()
      first.land()
    }
    return !landed.isEmpty
  }

  /// Waits until work lands or `timeout` passes, then delivers; whether anything landed.
  /// The key loop waits at most a frame this way, so a write that lands at once is drawn in
  /// the same frame as the key that asked for it.
  @discardableResult
  func wait(upTo timeout: TimeInterval) -> Bool {
    let deadline = DispatchTime.now() + timeout
    // The semaphore also counts landings that `deliver()` already handed over without
    // waiting; such a stale signal only sends the loop round again, until the deadline.
    while isBusy, mailbox.signal.wait(timeout: deadline) == .success {
      if deliver() { return true }
    }
    return deliver()
  }

  /// Waits until all work, and the work its results ask for, has landed and been delivered:
  /// for leaving, and for tests and replays that step through keys one frame at a time.
  func settle() {
    while isBusy {
      queue.sync {}
      deliver()
    }
  }
}

/// Landed work, by id, for the key loop to collect.
private final class Mailbox: Sendable {
  private let landed = Mutex<[Int]>([])
  /// Signalled once for every landing.
  let signal = DispatchSemaphore(value: 0)

  func post(_ id: Int) {
    landed.withLock { $0.append(id) }
    signal.signal()
  }

  func take() -> [Int] {
    landed.withLock { ids in
      defer { ids = [] }
      return ids
    }
  }
}

/// One result, handed from the worker's thread to the key loop.
private final class Landing<T: Sendable>: Sendable {
  private let value = Mutex<T?>(nil)

  func put(_ result: T) { value.withLock { $0 = result } }

  func take() -> T { value.withLock { $0! } }
}
