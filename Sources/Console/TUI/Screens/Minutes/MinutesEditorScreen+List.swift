import CaseModel
import Foundation
import Storage

/// The list above the line: selecting, reordering, correcting and deleting entries, the
/// triage moves on carried-over items, and moving the minutes along.
extension MinutesEditorScreen {
  mutating func focusList(_ env: Environment) -> [Effect] {
    let all = targets
    guard !all.isEmpty else { return [.message("nothing minuted yet: the line is all there is")] }
    if selection == nil || !all.contains(selection!) {
      // The newest entry first: the one most likely to need a correction.
      let newest = detail?.entries.max { $0.entry.position < $1.entry.position }
      selection = newest.map { .entry($0.entry.id) } ?? all.last
    }
    focus = .list
    scrollToSelection(env, fromLine: true)
    return []
  }

  /// Keys typed while the list has focus: only those the table does not know.
  mutating func typeInList(_ key: Key, _ env: Environment) -> [Effect]? {
    switch key {
    case .char("i"):
      return focusLine()
    case .escape where !line.isBlank, .char("q") where !line.isBlank:
      // Leaving now would lose the line: back to it instead, saying why.
      focus = .line
      return [.message("the line holds unsaved text: Enter adds it, Ctrl-U clears it")]
    default:
      return nil
    }
  }

  /// The list's own actions; nil for those the line and the list share.
  mutating func performInList(_ action: ActionID, _ env: Environment) -> [Effect]? {
    let all = targets
    let index = selection.flatMap { all.firstIndex(of: $0) } ?? 0
    let page = max(1, env.pageRows - 6)
    switch action {
    case .down: select(index + 1, env)
    case .up: select(index - 1, env)
    case .pageDown: select(index + page, env)
    case .pageUp: select(index - page, env)
    case .top: select(0, env)
    case .bottom: select(all.count - 1, env)
    case .moveUp, .moveDown: return move(by: action == .moveUp ? -1 : 1)
    case .edit: return edit()
    case .remove: return remove()
    default:
      guard case .carried(let id) = selection,
        let row = detail?.carriedOver.first(where: { $0.item.id == id })
      else { return nil }
      return triage.begin(action, on: [row.item], env)
    }
    return []
  }

  private mutating func select(_ index: Int, _ env: Environment) {
    let all = targets
    guard !all.isEmpty else { return }
    selection = all[max(0, min(all.count - 1, index))]
    scrollToSelection(env)
  }

  /// After a reload: the same target when it is still there (a moved entry stays
  /// selected), else the one now in its place (after a delete).
  mutating func keepSelection(_ before: [MinutesTarget]) {
    let all = targets
    guard let current = selection, !all.contains(current) else { return }
    guard !all.isEmpty else {
      selection = nil
      focus = .line
      return
    }
    let old = before.firstIndex(of: current) ?? 0
    selection = all[min(all.count - 1, old)]
  }

  /// The selected entry, or what to say when an entry is needed and something else is there.
  private func selectedEntry() -> Result<MinuteEntryRow, EntryRefusal> {
    guard case .entry(let id) = selection,
      let row = detail?.entries.first(where: { $0.entry.id == id })
    else {
      return .failure(
        EntryRefusal(
          "that is an item from the previous meeting: d done, p postpone, a note"))
    }
    return .success(row)
  }

  // MARK: - Entries

  private mutating func move(by direction: Int) -> [Effect] {
    guard let detail else { return [] }
    let row: MinuteEntryRow
    switch selectedEntry() {
    case .success(let found): row = found
    case .failure(let refusal): return [.message(refusal.message)]
    }
    if let refusal = refusal(detail.row.meeting) { return [refusal] }
    let way = direction < 0 ? "up" : "down"
    guard let steps = MinutesOrder.steps(moving: row.entry.id, by: direction, in: detail) else {
      return [.message("\(row.entry.ref) is already the \(direction < 0 ? "first" : "last") entry")]
    }
    return steps.map {
      .change(.moveMinuteEntry(row.entry.id, by: $0), done: "moved \(row.entry.ref) \(way)")
    }
  }

  private mutating func edit() -> [Effect] {
    guard let detail else { return [] }
    switch selectedEntry() {
    case .success(let row):
      if let refusal = refusal(detail.row.meeting) { return [refusal] }
      line.beginEditing(row.entry)
      focus = .line
      return [.message("correcting \(row.entry.ref): Enter saves, Esc cancels")]
    case .failure(let refusal):
      return [.message(refusal.message)]
    }
  }

  private mutating func remove() -> [Effect] {
    guard let detail else { return [] }
    switch selectedEntry() {
    case .success(let row):
      if let refusal = refusal(detail.row.meeting) { return [refusal] }
      deleting = row.entry.id
      let text = DisplayWidth.truncate(TextSanitizer.line(row.entry.text), to: 40)
      let action = row.action.map { " Its action \($0.item.ref) stays." } ?? ""
      let question = "Delete \(row.entry.ref) “\(text)”?\(action)"
      return [
        .overlay(
          .confirm(ConfirmOverlay(tag: Tag.delete, question: question, confirmLabel: "Delete")))
      ]
    case .failure:
      return [.message("items from the previous meeting are not deleted here: d, p, a update them")]
    }
  }

  mutating func deleteConfirmed() -> [Effect] {
    guard let id = deleting, let row = detail?.entries.first(where: { $0.entry.id == id })
    else { return [] }
    deleting = nil
    return [.change(.deleteMinuteEntry(id), done: "deleted \(row.entry.ref) from the minutes")]
  }

  // MARK: - Circulate, approve

  /// Circulates at once; approving asks first, since it cannot be undone by a later move.
  mutating func moveMinutes(to next: MinutesState) -> [Effect] {
    guard let meeting else { return [.message("the meeting is still loading")] }
    var moved = meeting
    do {
      try moved.changeMinutesState(to: next)
    } catch {
      return [.error(error.message)]
    }
    guard moved.minutesState != meeting.minutesState else {
      return [.message("the minutes of \(meeting.ref) are already \(next.label)")]
    }
    if next == .approved {
      // Short enough for 80 columns; what read-only means is said once approved.
      let question = "Approve the minutes of \(meeting.ref)? They become read-only."
      return [
        .overlay(
          .confirm(ConfirmOverlay(tag: Tag.approve, question: question, confirmLabel: "Approve")))
      ]
    }
    return [
      .change(
        .changeMinutesState(meetingID: meetingID, next),
        done: "the minutes of \(meeting.ref) are \(next.label)")
    ]
  }

  // MARK: - Find

  /// Selects the next (or previous) entry or item whose text holds `text`.
  mutating func find(_ text: String?, direction: Int, _ env: Environment) -> [Effect] {
    if let text { findText = text.isEmpty ? nil : text }
    guard let needle = findText.map(Folding.fold), let detail else { return [] }
    let blocks = MinutesBody.blocks(detail, agenda: line.agenda, today: env.today)
    let texts = Dictionary(
      blocks.compactMap { block in
        block.target.map { ($0, Folding.fold(block.lines.map(\.plainText).joined(separator: " "))) }
      }, uniquingKeysWith: { a, _ in a })
    let all = targets
    var index = (selection.flatMap { all.firstIndex(of: $0) } ?? -1) + direction
    while all.indices.contains(index) {
      if texts[all[index]]?.contains(needle) == true {
        selection = all[index]
        focus = .list
        scrollToSelection(env)
        return []
      }
      index += direction
    }
    return [.error("no more entries with “\(findText!)”")]
  }
}
