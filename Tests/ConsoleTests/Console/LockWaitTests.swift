import CaseModel
import Foundation
import Storage
import Testing

@testable import Console

/// Another program holding the database's write lock (a long import, a script, the other
/// officer's console mid-write): the console's writes wait for it on their own thread, and
/// the key loop goes on. Keys typed meanwhile are kept, in order, for what they were meant.
@MainActor
@Suite("Waiting for another program's write")
struct LockWaitTests {
  @Test func aChangeWaitsOffTheKeyLoopAndTheKeysTypedMeanwhileFollowIt() throws {
    let started = Date()
    let (console, ref, lock) = try changeUnderLock()
    let taken = Date()
    console.app.draw()
    // Opening the harness is most of that time; the two keys take none.
    #expect(Date().timeIntervalSince(taken) < 0.5, "a frame is drawn at once")
    #expect(taken.timeIntervalSince(started) < 4, "the keys were taken without the lock")
    Thread.sleep(forTimeInterval: 0.5)
    console.app.draw()
    #expect(console.statusBar.contains("waiting for the database"), "\(console.statusBar)")
    #expect(console.statusBar.contains("1 key kept"), "\(console.statusBar)")
    #expect(try console.store.action(ref).status == .open, "nothing is written under the lock")

    try lock.release()
    console.app.settle()
    console.app.draw()
    #expect(try console.store.action(ref).status == .inProgress)
    // The kept `j` came after the change: the cursor is on the second row.
    #expect(cursor(console) == 1)
  }

  @Test func aListIsShownOnlyOnceItsConsultationIsRecorded() throws {
    let console = try ConsoleHarness(size: Size(width: 120, height: 30))
    let lock = try LockHolder(console.store.path)
    console.app.handle(.char("2"))
    Thread.sleep(forTimeInterval: 0.4)
    console.app.draw()
    #expect(!console.screen.contains("TF-MAR-"), "no meeting shown before it is recorded")
    #expect(console.statusBar.contains("waiting for the database"), "\(console.statusBar)")

    try lock.release()
    console.app.settle()
    console.app.draw()
    #expect(console.screen.contains("TF-MAR-"))
    let trail = try console.store.auditEvents().rows.prefix(5).map(\.summary)
    #expect(trail.contains("console: the meetings list"), "\(trail)")
  }

  @Test func aWriteLockedOutPastTheTimeoutChangesNothingAndSaysSo() throws {
    let (console, ref, lock) = try changeUnderLock()
    // The store waits its busy timeout for the lock, then gives up.
    console.app.settle()
    try lock.release()
    console.app.draw()
    #expect(console.statusBar.contains("busy"), "\(console.statusBar)")
    #expect(try console.store.action(ref).status == .open)
    // The kept key still reached the board.
    #expect(cursor(console) == 1)
  }

  @Test func quittingWhileAChangeWaitsLandsItAndDropsTheKeptKeys() throws {
    let (console, ref, lock) = try changeUnderLock()
    console.app.handle(.ctrl("c"))
    #expect(!console.app.isRunning)
    try lock.release()
    // On the way out every write asked for lands; the kept key is not handled.
    console.app.end()
    #expect(try console.store.action(ref).status == .inProgress)
    #expect(cursor(console) == 0)
  }

  /// The triage board, the first item's reference, and `s` (a write: its next status) then
  /// `j` pressed while `sqlite3` holds the write lock; the keys are taken, not stepped.
  private func changeUnderLock() throws -> (ConsoleHarness, String, LockHolder) {
    let console = try ConsoleHarness(size: Size(width: 120, height: 30))
    console.press(.char("3"))
    let ref = try #require(firstReference(console))
    #expect(try console.store.action(ref).status == .open)
    let lock = try LockHolder(console.store.path)
    console.app.handle(.char("s"))
    console.app.handle(.char("j"))
    return (console, ref, lock)
  }

  private func cursor(_ console: ConsoleHarness) -> Int? {
    (console.app.currentScreen as? ActionsScreen)?.list.rows.cursor
  }

  private func firstReference(_ console: ConsoleHarness) -> String? {
    let board = console.app.currentScreen as? ActionsScreen
    return board?.list.rows.current?.item.ref
  }
}

/// The `sqlite3` tool holding a file's write lock until released: another program, as on an
/// officer's laptop.
final class LockHolder {
  private let process = Process()
  private let input = Pipe()

  init(_ path: String) throws {
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.print locked\n".utf8))
    var said = ""
    while !said.contains("locked") {
      let data = output.fileHandleForReading.availableData
      guard !data.isEmpty else { throw LockFailure() }
      said += String(decoding: data, as: UTF8.self)
    }
  }

  func release() throws {
    input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  struct LockFailure: Error {}
}
