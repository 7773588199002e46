import Foundation
import GRDB
import Synchronization

/// Who a store reads for: which operations, and so which records under them, its queries
/// return.
///
/// Need-to-know is enforced here, in the store, and not by screens or commands: every query
/// of records under an operation names the viewer through the SQL function
/// `liaison_viewer()`, so no route (list, count, search, snippet, completion, export) can
/// forget it. A store starts seeing nothing under any operation; the program sets the acting
/// officer as soon as it knows them.
public enum Viewer: Sendable, Hashable {
  /// No officer is acting: the directory only.
  case nobody
  /// An officer sees what their participation allows (see ``AccessRules``).
  case officer(UUID)
  /// The whole file, for the file's own maintenance: integrity checks, benchmarks, tests of
  /// the queries themselves. Never the console's or a command's choice for an officer.
  case everything

  /// The value `liaison_viewer()` returns: an officer's id, `*` for everything, NULL for
  /// nobody (NULL equals nothing, so every rule fails closed).
  var sqlValue: DatabaseValue {
    switch self {
    case .nobody: .null
    case .officer(let id): id.text.databaseValue
    case .everything: "*".databaseValue
    }
  }
}

/// The store's current viewer, shared with the connection's `liaison_viewer()` function.
final class ViewerBox: Sendable {
  /// The viewer and the value the function returns for it, worked out once when it is set.
  private let current = Mutex<(viewer: Viewer, value: DatabaseValue)>((.nobody, .null))

  var viewer: Viewer {
    get { current.withLock { $0.viewer } }
    set { current.withLock { $0 = (newValue, newValue.sqlValue) } }
  }

  /// `liaison_viewer()`. Declared deterministic so that SQLite calls it once per run of a
  /// statement (it factors a constant function out of the loop, into a block that runs once
  /// each time the statement runs) rather than once per row a rule checks: the viewer never
  /// changes while a statement runs, only between statements.
  var function: DatabaseFunction {
    DatabaseFunction("liaison_viewer", argumentCount: 0, pure: true) { [self] _ in
      current.withLock { $0.value }
    }
  }
}

extension Store {
  /// Who this store's reads are for. The console and the command line set the acting
  /// officer; `.everything` is for the file's maintenance and tests of the queries.
  public var viewer: Viewer {
    get { viewerBox.viewer }
    set { viewerBox.viewer = newValue }
  }
}
