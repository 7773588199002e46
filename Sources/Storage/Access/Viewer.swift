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
  private let current = Mutex<Viewer>(.nobody)

  var viewer: Viewer {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }

  /// `liaison_viewer()`: not deterministic, so SQLite asks it again in every statement.
  var function: DatabaseFunction {
    DatabaseFunction("liaison_viewer", argumentCount: 0, pure: false) { [self] _ in
      viewer.sqlValue
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
