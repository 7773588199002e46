import CaseModel
import Foundation
import GRDB

/// A large, deterministic database for measuring liaison as it would be after years of use.
///
/// Every record goes through the write path's `Writer`, so the result is complete in every
/// table the product keeps — the operation log (one operation per field), the hash-chained
/// audit trail (one event per record), the search index and the running counts — and what is
/// measured on it is what an officer would live with. Records are written in batches of a few
/// thousand per transaction. The content (names, texts, dates, links, statuses) depends only
/// on the sizes, the seed and the day; ids and timestamps are those of the moment it runs.
public enum BenchDataset {
  public struct Size: Sendable, Equatable {
    public var actions: Int
    public var minutes: Int
    public var operations: Int
    public var officers: Int

    public init(actions: Int, minutes: Int, operations: Int, officers: Int) {
      self.actions = actions
      self.minutes = minutes
      self.operations = operations
      self.officers = officers
    }
  }

  /// A word that occurs in about ten action items: the rare term of the search benchmark.
  public static let rareTerm = "Zyxwolt"
  /// A word in about a quarter of the action items and minutes: the common term.
  public static let commonTerm = "container"
  /// An accented word, searched without its accent: the accented term.
  public static let accentedTerm = "Bogotá"
  /// The meeting with exactly 500 minute entries, for timing a long meeting's minutes.
  public static let longMeetingTitle = "Plenary with 500 entries"
  /// The handle of the officer the profile is set to.
  public static let profileHandle = "bench.officer"

  /// Builds the dataset into an empty store; `progress` hears how far it is.
  public static func generate(
    into store: Store, size: Size, today: CalendarDate, seed: UInt64 = 2026,
    progress: @escaping (String) -> Void = { _ in }
  ) throws(StoreError) {
    guard try store.isEmpty() else {
      throw StoreError(.conflict, "the bench dataset is built into a new, empty database")
    }
    var builder = BenchBuilder(store: store, size: size, today: today, seed: seed)
    try store.bulkLoading {
      try builder.people(progress)
      try builder.operations(progress)
      try builder.meetingsAndMinutes(progress)
      try builder.directActions(progress)
      try builder.finish(progress)
    }
  }
}

extension Store {
  /// Runs a bulk load with the connection tuned for it: no sync at each commit (a generated
  /// database that a power cut interrupts is simply built again), a large page cache, and
  /// checkpoints only every 40 MB of log; the search index and the running counts are filled
  /// in one pass at the end instead of by their triggers row by row. The triggers and the
  /// usual settings come back afterwards.
  func bulkLoading(_ body: () throws -> Void) throws(StoreError) {
    func set(_ sql: String) throws(StoreError) {
      do {
        try pool.writeWithoutTransaction { try $0.execute(sql: sql) }
      } catch {
        throw StoreError.wrap(error)
      }
    }
    try set("PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA wal_autocheckpoint = 10000")
    let triggers = FullTextIndex.all.flatMap(\.triggerNames) + ActionTally.triggerNames
    try set(triggers.map { "DROP TRIGGER \($0);" }.joined(separator: "\n"))
    defer {
      // Whatever happened, the triggers come back filled in, so the file stays consistent.
      try? set(
        "BEGIN;" + FullTextIndex.all.map { $0.rebuildSQL + $0.triggerSQL }.joined()
          + ActionTally.rebuildSQL + ActionTally.triggerSQL + "COMMIT;")
      try? set("PRAGMA wal_checkpoint(TRUNCATE)")
      try? set("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000")
    }
    do {
      try body()
    } catch {
      throw StoreError.wrap(error)
    }
  }
}
