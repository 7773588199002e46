import CaseModel
import Foundation
import GRDB

/// A large, deterministic database for measuring liaison as it would be after years of use.
///
/// Every record goes through the write path's `Writer`, so the result is complete in every
/// table the product keeps — the operation log (one operation per field), the hash-chained
/// audit trail (one event per record), the search index, the running counts and the action
/// items' scope — and what is measured on it is what an officer would live with. Records are
/// written in batches of a few thousand per transaction. The content (names, texts, dates, links, statuses) depends only
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

  /// A word that occurs in about twenty action items of a million, some of them on
  /// operations the profile's officer sees: the rare term of the search benchmark.
  public static let rareTerm = "Zyxwolt"
  /// The start of a port's name, as an officer types it to find what happened there: the
  /// prefix search of the benchmark.
  public static let prefixTerm = "guaya*"
  /// A word in about a quarter of the action items and minutes: the common term.
  public static let commonTerm = "container"
  /// An accented word, searched without its accent: the accented term.
  public static let accentedTerm = "Bogotá"
  /// The meeting with exactly 500 minute entries, for timing a long meeting's minutes.
  public static let longMeetingTitle = "Plenary with 500 entries"
  /// The meeting `bench run` appends its minute entries to, made by its first run: appended
  /// to the long meeting, they would grow it past the 500 entries its figures are named for.
  public static let writesMeetingTitle = "Benchmark writes"
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
    }
    progress("search index, running counts, action scope and indexes built")
    try builder.finish(progress)
  }
}

extension Store {
  /// Runs a bulk load with the connection tuned for it: no rollback journal and no sync (a
  /// generated database that a crash or a power cut interrupts is simply built again; pages
  /// are written once instead of to the log and then to the file) and a large page cache.
  /// The indexes are dropped and made again at the end, sorted on both cores: sorting once
  /// beats inserting at random places a million times, and even the operation log's and the
  /// audit trail's, whose keys grow at their end, cost more kept up row by row (14 log rows a
  /// record) than made once. The search index, the running counts and the action items'
  /// scope are filled in one pass at the end instead of by their triggers row by row. The
  /// triggers and the usual settings come back afterwards, whatever happened.
  func bulkLoading(_ body: () throws -> Void) throws(StoreError) {
    func set(_ sql: String) throws(StoreError) {
      do {
        try pool.writeWithoutTransaction { try $0.execute(sql: sql) }
      } catch {
        throw StoreError.wrap(error)
      }
    }
    try set(
      "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; "
        + "PRAGMA threads = 2")
    let triggers =
      FullTextIndex.all.flatMap(\.triggerNames) + ActionTally.triggerNames
      + ActionScope.triggerNames
    try set(triggers.map { "DROP TRIGGER \($0);" }.joined(separator: "\n"))
    let indexes: [(name: String, sql: String)]
    do {
      indexes = try pool.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL
            """
        ).map { ($0["name"], $0["sql"]) }
      }
    } catch {
      throw StoreError.wrap(error)
    }
    try set(indexes.map { "DROP INDEX \($0.name);" }.joined(separator: "\n"))
    defer {
      try? set(
        "BEGIN;" + indexes.map { $0.sql + ";" }.joined()
          + FullTextIndex.all.map { $0.rebuildSQL + $0.triggerSQL }.joined()
          + ActionTally.rebuildSQL + ActionTally.triggerSQL + ActionScope.rebuildSQL
          + ActionScope.triggerSQL + "COMMIT;")
      try? set(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; "
          + "PRAGMA threads = 0")
    }
    do {
      try body()
    } catch {
      throw StoreError.wrap(error)
    }
  }
}
