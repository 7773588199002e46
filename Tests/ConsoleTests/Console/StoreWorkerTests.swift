import Foundation
import Testing

@testable import Console

/// The console's write thread: results come back in order, and the key loop's short wait
/// returns with work that lands within it.
@MainActor
@Suite("The console's write thread")
struct StoreWorkerTests {
  @Test func resultsLandInTheOrderAsked() {
    let worker = StoreWorker()
    var landed: [Int] = []
    for number in 0..<20 {
      worker.submit {
        usleep(UInt32(20 - number) * 100)  // later work is quicker: order must still hold
        return number
      } then: {
        landed.append($0)
      }
    }
    #expect(worker.isBusy)
    worker.settle()
    #expect(landed == Array(0..<20))
    #expect(!worker.isBusy)
  }

  /// A landing handed over by `settle` leaves its signal behind; the next wait must not take
  /// that stale signal for the new work and give up before it lands.
  @Test func aWaitIsNotCutShortByAnEarlierLanding() {
    let worker = StoreWorker()
    worker.submit { 1 }
    worker.settle()
    var result: Int?
    worker.submit {
      usleep(20_000)
      return 2
    } then: {
      result = $0
    }
    #expect(worker.wait(upTo: 2))
    #expect(result == 2)
  }
}
