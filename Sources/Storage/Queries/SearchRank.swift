import Foundation
import GRDB
import GRDBSQLite

/// `liaison_rank(fts, weight, …)`: FTS5's `bm25()`, without a pass over the whole index when the
/// search is one word or one prefix.
///
/// bm25 weighs each phrase of a search by how rare it is (its IDF), and to know that it counts
/// the rows that hold the phrase: at a search's first row it reads the phrase's whole list of
/// matches, however few of them the search ranks. For a common word that is most of the
/// ranking's cost (`container`, in a quarter of a million minute entries: 11 ms of 15), and a
/// prefix, which has no list of its own, merges the lists of all its words once more for it.
/// A search of one phrase does not need the count: the weight is the same for every row, and
/// multiplying every score by one positive number leaves their order as it was. So for one
/// phrase this function returns bm25's score without the weight; for several it counts them
/// as bm25 does and returns bm25's score. Lower is better, as with bm25.
enum SearchRank {
  static let name = "liaison_rank"

  /// Adds the function to the connection `db`.
  static func register(_ db: Database) throws {
    let api = FTS5.api(db)
    guard let create = api.pointee.xCreateFunction else {
      throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 cannot add functions")
    }
    let code = create(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot add \(name)")
    }
  }
}

/// bm25's constants, as FTS5 sets them.
private let k1 = 1.2
private let b = 0.75

/// What is worked out once per search and kept beside its cursor: the average row length in
/// tokens, then each phrase's weight (1 for a search of one phrase), then room for each phrase's
/// frequency in the row being ranked (so that ranking a row allocates nothing).
private typealias Constants = UnsafeMutablePointer<Double>

private let rank: fts5_extension_function = { api, fts, context, count, values in
  guard let api = api?.pointee else { return }
  let constants: Constants
  if let kept = api.xGetAuxdata(fts, 0) {
    constants = kept.assumingMemoryBound(to: Double.self)
  } else {
    let result = searchConstants(api, fts)
    guard let made = result.constants else {
      sqlite3_result_error_code(context, result.code)
      return
    }
    let code = api.xSetAuxdata(fts, made, { $0?.deallocate() })
    guard code == SQLITE_OK else {
      sqlite3_result_error_code(context, code)
      return
    }
    constants = made
  }
  let phrases = Int(api.xPhraseCount(fts))
  let frequencies = constants + 1 + phrases
  frequencies.update(repeating: 0, count: phrases)
  var instances: Int32 = 0
  var code = api.xInstCount(fts, &instances)
  for index in 0..<instances where code == SQLITE_OK {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    code = api.xInst(fts, index, &phrase, &column, &offset)
    if code == SQLITE_OK {
      let weight = column < count ? sqlite3_value_double(values?[Int(column)]) : 1
      frequencies[Int(phrase)] += weight
    }
  }
  var tokens: Int32 = 0
  if code == SQLITE_OK { code = api.xColumnSize(fts, -1, &tokens) }
  guard code == SQLITE_OK else {
    sqlite3_result_error_code(context, code)
    return
  }
  let lengthFactor = k1 * (1 - b + b * Double(tokens) / constants[0])
  var score = 0.0
  for phrase in 0..<phrases {
    let frequency = frequencies[phrase]
    // Grouped as FTS5 groups it, so that several phrases give bm25's score to the last bit.
    score += constants[phrase + 1] * ((frequency * (k1 + 1)) / (frequency + lengthFactor))
  }
  sqlite3_result_double(context, -score)
}

/// The average row length, the phrases' weights and room for their frequencies, in memory the
/// caller hands to FTS5.
private func searchConstants(
  _ api: Fts5ExtensionApi, _ fts: OpaquePointer?
) -> (
  constants: Constants?, code: Int32
) {
  var rows: sqlite3_int64 = 0
  var tokens: sqlite3_int64 = 0
  var code = api.xRowCount(fts, &rows)
  if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &tokens) }
  guard code == SQLITE_OK else { return (nil, code) }
  let phrases = Int(api.xPhraseCount(fts))
  let constants = Constants.allocate(capacity: 1 + 2 * phrases)
  constants[0] = rows > 0 ? Double(tokens) / Double(rows) : 1
  if phrases == 1 { constants[1] = 1 }
  for phrase in 0..<phrases where phrases > 1 {
    var hits: sqlite3_int64 = 0
    code = api.xQueryPhrase(fts, Int32(phrase), &hits) { _, _, hits in
      hits?.assumingMemoryBound(to: sqlite3_int64.self).pointee += 1
      return SQLITE_OK
    }
    guard code == SQLITE_OK else {
      constants.deallocate()
      return (nil, code)
    }
    // bm25's IDF, kept above zero as FTS5 keeps it.
    let found = Double(hits)
    let idf = log((Double(rows) - found + 0.5) / (found + 0.5))
    constants[phrase + 1] = idf > 0 ? idf : 1e-6
  }
  return (constants, SQLITE_OK)
}
