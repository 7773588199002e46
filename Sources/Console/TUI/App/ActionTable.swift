import Foundation
import TOMLKit

/// The one table of key bindings. It drives key dispatch, the `?` help, the status-bar hints,
/// the `:` command names, and rebinding from `keys.toml`.
public struct ActionTable: Sendable {
  public private(set) var bindings: [Binding]

  public init(bindings: [Binding] = ActionTable.defaults) { self.bindings = bindings }

  /// The action a key triggers in the given contexts, most specific first.
  public func action(for key: Key, in contexts: [KeyContext]) -> ActionID? {
    for context in contexts {
      if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
        return binding.action
      }
    }
    return nil
  }

  /// The bindings that apply in the given contexts, without those shadowed by a more specific
  /// context: what the help shows.
  public func visible(in contexts: [KeyContext]) -> [Binding] {
    var taken = Set<Key>()
    var result: [Binding] = []
    for context in contexts {
      for binding in bindings where binding.context == context {
        let keys = binding.keys.filter { !taken.contains($0) }
        guard !keys.isEmpty else { continue }
        taken.formUnion(keys)
        var shown = binding
        shown.keys = keys
        result.append(shown)
      }
    }
    return result
  }

  /// The first key bound to an action in the given contexts, for hints.
  public func key(for action: ActionID, in contexts: [KeyContext]) -> Key? {
    visible(in: contexts).first { $0.action == action }?.keys.first
  }

  /// Pairs of bindings in one context that share a key: the table must have none.
  public var conflicts: [(Key, KeyContext, ActionID, ActionID)] {
    var found: [(Key, KeyContext, ActionID, ActionID)] = []
    for context in KeyContext.allCases {
      var owner: [Key: ActionID] = [:]
      for binding in bindings where binding.context == context {
        for key in binding.keys {
          if let other = owner[key], other != binding.action {
            found.append((key, context, other, binding.action))
          }
          owner[key] = binding.action
        }
      }
    }
    return found
  }

  // MARK: - Rebinding

  /// Applies `keys.toml`: a table per context, mapping action names to a key or a list of
  /// keys, which replace the defaults of that action in that context.
  ///
  /// ```toml
  /// [global]
  /// quit = ["Q", "ctrl-q"]
  /// [actions]
  /// done = "x"
  /// ```
  public mutating func apply(toml text: String, source: String) throws {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConsoleFailure("\(source):\(error.source.begin.line): \(error.description)")
    }
    for (contextName, value) in table {
      guard let context = KeyContext(rawValue: contextName) else {
        throw ConsoleFailure(
          "\(source): unknown context [\(contextName)]; contexts are "
            + KeyContext.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard let entries = value.table else {
        throw ConsoleFailure("\(source): [\(contextName)] must be a table of action = keys")
      }
      for (actionName, keysValue) in entries {
        guard let action = ActionID(rawValue: actionName) else {
          throw ConsoleFailure("\(source): unknown action \(actionName) in [\(contextName)]")
        }
        let specs: [String]
        if let one = keysValue.string {
          specs = [one]
        } else if let many = keysValue.array {
          specs = try many.map { item in
            guard let spec = item.string else {
              throw ConsoleFailure("\(source): keys of \(actionName) must be strings")
            }
            return spec
          }
        } else {
          throw ConsoleFailure("\(source): \(actionName) must be a key or a list of keys")
        }
        let keys = try specs.map { spec in
          guard let key = Key(spec: spec) else {
            throw ConsoleFailure("\(source): \(actionName): \"\(spec)\" is not a key")
          }
          return key
        }
        rebind(action, in: context, to: keys)
      }
    }
    if let (key, context, first, second) = conflicts.first {
      throw ConsoleFailure(
        "\(source): \(key.label) is bound to both \(first.rawValue) and \(second.rawValue) in "
          + "[\(context.rawValue)]")
    }
  }

  private mutating func rebind(_ action: ActionID, in context: KeyContext, to keys: [Key]) {
    if let index = bindings.firstIndex(where: { $0.action == action && $0.context == context }) {
      bindings[index].keys = keys
    } else if let template = bindings.first(where: { $0.action == action }) {
      var binding = template
      binding.context = context
      binding.keys = keys
      bindings.append(binding)
    }
  }

  /// Loads `$XDG_CONFIG_HOME/liaison/keys.toml` over the defaults, if it exists.
  public static func load(
    environment: [String: String] = ProcessInfo.processInfo.environment, readOnly: Bool = false
  ) throws -> ActionTable {
    var table = ActionTable()
    let path = ConfigLocation.configDirectory(environment: environment) + "/keys.toml"
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      try table.apply(toml: text, source: path)
    }
    // Read-only: the keys that change records are not bound at all, so neither the keys,
    // the hints, `?` nor `:` offer them.
    if readOnly { table.bindings.removeAll { $0.action.isMutating } }
    return table
  }
}
