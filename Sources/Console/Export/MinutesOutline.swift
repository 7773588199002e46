import CaseModel
import Foundation
import Storage

/// The minutes as a document reads them: each agenda item in agenda order with its entries
/// in the order they were minuted, then the entries under no agenda item as "Other business".
///
/// The editor, the read view and the exports all follow this outline, so an entry sits in
/// the same place wherever it is read: an entry added under an earlier heading late in the
/// meeting still reads under that heading.
struct MinutesOutline {
  struct Section {
    /// Nil for "Other business".
    var agenda: AgendaItem?
    /// The agenda item's number, from 1; nil for "Other business".
    var number: Int?
    var entries: [MinuteEntryRow]

    /// `2. Maritime picture`, or `Other business`.
    var title: String {
      guard let agenda, let number else { return "Other business" }
      return "\(number). \(agenda.title)"
    }
  }

  let sections: [Section]

  init(_ detail: MeetingDetail) {
    let known = Set(detail.agenda.map(\.id))
    var sections = detail.agenda.enumerated().map { index, item in
      Section(
        agenda: item, number: index + 1,
        entries: detail.entries.filter { $0.entry.agendaItemID == item.id })
    }
    let loose = detail.entries.filter { $0.entry.agendaItemID.map { !known.contains($0) } ?? true }
    if !loose.isEmpty { sections.append(Section(agenda: nil, number: nil, entries: loose)) }
    self.sections = sections
  }

  /// Every entry, in the order the outline shows them.
  var entries: [MinuteEntryRow] { sections.flatMap(\.entries) }

  /// The section holding an entry.
  func section(of id: UUID) -> Int? {
    sections.firstIndex { $0.entries.contains { $0.entry.id == id } }
  }
}
