import CaseModel
import Foundation
import Storage

/// Reordering entries as the editor shows them, with the store's one move.
///
/// The store moves an entry one place in the meeting's order of entry (`by: ±1`), swapping it
/// with its neighbour and filing it under the neighbour's agenda item. The editor shows the
/// entries grouped under their agenda items (``MinutesOutline``), where an entry's neighbour
/// on screen may be several places away in that order, or under another heading. So a move
/// on screen is a short run of store moves: past the entries in between (which stay where
/// they are), and one more when it must land on the far side of its new neighbour.
enum MinutesOrder {
  /// The store moves that take `id` one place up (`direction` < 0) or down as the editor
  /// shows it: within its agenda item, or across a heading to the end (or start) of the
  /// next item that has entries. Nil when it is already first or last.
  static func steps(moving id: UUID, by direction: Int, in detail: MeetingDetail) -> [Int]? {
    let outline = MinutesOutline(detail)
    let order = detail.entries.map(\.entry.id)
    guard let from = order.firstIndex(of: id), let section = outline.section(of: id) else {
      return nil
    }
    let mates = outline.sections[section].entries.map(\.entry.id)
    let place = mates.firstIndex(of: id)!
    if direction < 0 {
      if place > 0 { return before(mates[place - 1], from: from, order) }
      let earlier = outline.sections[..<section].last { !$0.entries.isEmpty }
      return earlier.map { after($0.entries.last!.entry.id, from: from, order) }
    }
    if place < mates.count - 1 { return after(mates[place + 1], from: from, order) }
    let later = outline.sections[(section + 1)...].first { !$0.entries.isEmpty }
    return later.map { before($0.entries.first!.entry.id, from: from, order) }
  }

  /// Moves that leave the entry just before `other`, under `other`'s agenda item: up until
  /// it has passed `other`; or, from above, down past it and back up over it.
  private static func before(_ other: UUID, from: Int, _ order: [UUID]) -> [Int] {
    let target = order.firstIndex(of: other)!
    if target < from { return Array(repeating: -1, count: from - target) }
    return Array(repeating: 1, count: target - from) + [-1]
  }

  /// Moves that leave the entry just after `other`, under `other`'s agenda item.
  private static func after(_ other: UUID, from: Int, _ order: [UUID]) -> [Int] {
    let target = order.firstIndex(of: other)!
    if target > from { return Array(repeating: 1, count: target - from) }
    return Array(repeating: -1, count: from - target) + [1]
  }
}
