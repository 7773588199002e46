import Foundation

/// Parsed `--json` output, keeping booleans and numbers apart (which `Any` from
/// JSONSerialization blurs on Linux), so that `"more": true` can be told from `"more": 1`.
enum JSON: Sendable, Equatable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  /// Parses with JSONSerialization first, as any consumer would, then into this type.
  static func parse(_ data: Data) throws -> JSON {
    _ = try JSONSerialization.jsonObject(with: data)
    return try JSONDecoder().decode(JSON.self, from: data)
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSON].self))
    }
  }

  subscript(key: String) -> JSON? {
    if case .object(let fields) = self { fields[key] } else { nil }
  }

  var string: String? { if case .string(let value) = self { value } else { nil } }
  var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
  var number: Double? { if case .number(let value) = self { value } else { nil } }
  var array: [JSON]? { if case .array(let value) = self { value } else { nil } }
  var object: [String: JSON]? { if case .object(let value) = self { value } else { nil } }
  var keys: Set<String> { Set(object?.keys.map { $0 } ?? []) }
  var isNull: Bool { self == .null }
  /// The number of elements of an array, 0 for anything else.
  var count: Int { array?.count ?? 0 }

  /// A list's rows, `[]` when this is not a list.
  var items: [JSON] { self["items"]?.array ?? [] }
  /// The `ref` of each row of a list.
  var refs: [String] { items.compactMap { $0["ref"]?.string } }
}
