import ArgumentParser
import CaseModel
import Foundation
import Storage

struct ActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "action", abstract: "Action items: list, show, add, change, note, complete.",
    subcommands: [List.self, Show.self, Add.self, Set.self, Note.self, Done.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List action items by due date (open ones unless --status says otherwise).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var limit: LimitOption
    @Option(help: "Only these statuses (\(ActionStatus.choices)), or all.") var status: [String] =
      []
    @Option(help: "Only items owned by this officer.") var owner: String?
    @Flag(help: "Only items the acting officer owns or co-owns.") var mine = false
    @Option(name: .customLong("op"), help: "Only items of this operation.") var operation: String?
    @Option(help: "Only items raised at this meeting.") var meeting: String?
    @Flag(help: "Only open items past their due date.") var overdue = false
    @Option(
      name: .customLong("due-before"), parsing: .unconditional,
      help: "Only items due before this date.")
    var dueBefore: String?

    func run() throws {
      let context = try global.context(json: output.json)
      var filter = ActionFilter()
      if status.map({ $0.lowercased() }) == ["all"] {
        filter.statuses = ActionFilter.allStatuses
      } else if !status.isEmpty {
        filter.statuses = Swift.Set(try status.map { try ActionStatus.parse($0) })
      }
      if let owner { filter.ownerID = try context.store.officer(owner).id }
      if mine { filter.involvingID = try context.actor().id }
      if let operation { filter.operationID = try context.store.operation(operation).id }
      if let meeting { filter.meetingID = try context.store.meeting(meeting).id }
      var before = try dueBefore.map { try context.date($0, field: "due-before date") }
      if overdue {
        if filter.statuses.map({ !$0.isSubset(of: ActionStatus.openStatuses) }) ?? false {
          throw CommandFailure("--overdue lists open items only; leave out --status")
        }
        before = min(before ?? context.today, context.today)
      }
      filter.dueBefore = before
      let page = try context.store.actions(filter, page: PageRequest(limit: limit.limit))
      try context.consulted(page.rows.map(\.auditSubject))
      if context.output.json {
        context.output.print(
          json: listJSON(
            page.rows.map { $0.json(today: context.today) },
            markings: page.rows.map(\.item.markings),
            more: page.next != nil))
        return
      }
      var table = Table([
        .init(title: "REF"), .init(title: "DUE"), .init(title: "STATUS"), .init(title: "PRIO"),
        .init(title: "OWNER"), .init(title: "OPERATION"), .init(title: "TITLE", flexible: true),
      ])
      for row in page.rows {
        let item = row.item
        let late = item.isOverdue(on: context.today)
        table.add([
          .init(text: item.ref),
          .init(text: item.due?.description ?? "—", emphasis: late ? .warning : .none),
          .init(text: item.status.label),
          .init(text: item.priority.label, emphasis: item.priority == .urgent ? .warning : .none),
          .init(text: row.ownerHandle), .init(text: row.operationCode ?? "—"),
          .init(text: item.title),
        ])
      }
      context.output.print(table)
      context.noteMore(page.next != nil, limit: limit.limit)
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show an action item with its co-owners and update log.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The action's reference (A17-KQ3M, A17) or id.") var action: String

    func run() throws {
      let context = try global.context(json: output.json)
      let detail = try context.store.actionDetail(try context.store.action(action).id)
      try context.consulted([detail.row.auditSubject])
      let item = detail.row.item
      if context.output.json {
        guard case .object(var fields) = detail.row.json(today: context.today) else { return }
        fields["coOwners"] = .array(detail.coOwners.map { .string($0.handle) })
        fields["meeting"] = JSONValue(detail.meeting?.ref)
        fields["updates"] = .array(detail.updates.map(\.json))
        context.output.print(
          json: .object(["action": .object(fields), "marking": item.markings.json]))
        return
      }
      context.output.print("[\(item.markings.banner)]")
      context.output.print(fields: [
        ("Action", "\(item.ref) — \(item.title)"),
        ("Status", item.status.label),
        ("Priority", item.priority.label),
        (
          "Due",
          (item.due?.description ?? "none")
            + (item.isOverdue(on: context.today) ? " (overdue)" : "")
        ),
        ("Owner", "\(detail.row.ownerName) (\(detail.row.ownerHandle))"),
        (
          "Co-owners",
          detail.coOwners.isEmpty ? nil : detail.coOwners.map(\.handle).joined(separator: ", ")
        ),
        ("Operation", detail.row.operationCode),
        ("Meeting", detail.meeting.map { "\($0.ref) — \($0.title)" }),
        ("Id", item.id.text),
      ])
      if !item.details.isEmpty {
        context.output.heading("Details")
        context.output.print(item.details)
      }
      if !detail.updates.isEmpty {
        context.output.heading("Log")
        var table = Table([
          .init(title: "WHEN"), .init(title: "WHO"), .init(title: "CHANGE"),
          .init(title: "NOTE", flexible: true),
        ])
        for row in detail.updates {
          let u = row.update
          let change = [
            u.status.map { "→ \($0.label)" }, u.due.map { "due \($0)" },
            row.newOwnerHandle.map { "→ @\($0)" }, u.priority.map { "priority \($0.label)" },
          ].compactMap(\.self).joined(separator: ", ")
          table.add([context.local(u.stamp.createdAt), row.authorHandle, change, u.note])
        }
        context.output.print(table)
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Add an action item.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The title.") var title: String
    @Option(help: "The officer who owns it.") var owner: String
    @Option(name: .customLong("co-owner"), help: "An officer who shares it; repeat for several.")
    var coOwners: [String] = []
    @Option(name: .customLong("op"), help: "The operation it belongs to.") var operation: String?
    @Option(help: "The meeting that raised it.") var meeting: String?
    @Option(parsing: .unconditional, help: "Due date.") var due: String?
    @Option(help: "Priority (\(Priority.choices)); default normal.") var priority: String?
    @Option(help: "Details.") var details: String = ""
    @OptionGroup var markings: MarkingOptions

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let op = try operation.map { try context.store.operation($0) }
      let item = ActionItem(
        title: title, details: details, ownerID: try context.store.officer(owner).id,
        operationID: op?.id, meetingID: try meeting.map { try context.store.meeting($0).id },
        due: try due.map { try context.date($0, field: "due date") },
        priority: try Priority.parse(priority) ?? .normal,
        markings: try markings.applied(to: op?.markings ?? .standard))
      let saved = try context.store.addAction(
        item, coOwners: try context.officers(coOwners).map(\.id), inheritMarkings: markings.isEmpty,
        as: actor)
      context.output.print("added action \(saved.ref)")
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Change an action item's status, priority, due date, owner, title or details.",
      discussion: "A done or dropped item reopens only with --note saying why.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The action.") var action: String
    @Option(help: "New status (\(ActionStatus.choices)).") var status: String?
    @Option(help: "New priority (\(Priority.choices)).") var priority: String?
    @Option(parsing: .unconditional, help: "New due date, or none.") var due: String?
    @Option(help: "New owner.") var owner: String?
    @Option(help: "New title.") var title: String?
    @Option(help: "New details.") var details: String?
    @Option(help: "A note for the log.") var note: String?

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let item = try context.store.action(action)
      var change = ActionChange(
        title: title, details: details, status: try ActionStatus.parse(status),
        priority: try Priority.parse(priority),
        ownerID: try owner.map { try context.store.officer($0).id })
      if let due {
        change.due = .some(
          due.lowercased() == "none" ? nil : try context.date(due, field: "due date"))
      }
      let saved = try context.store.changeAction(item.id, change, note: note, as: actor)
      context.output.print(
        "\(saved.ref): \(saved.status.label), \(saved.priority.label), due \(saved.due?.description ?? "none")"
      )
    }
  }

  struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "note", abstract: "Add a note to an action item's log.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The action.") var action: String
    @Argument(help: "The note.") var text: String

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let item = try context.store.action(action)
      guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw CaseModel.ValidationError(.emptyText, "note is empty")
      }
      let saved = try context.store.changeAction(item.id, ActionChange(), note: text, as: actor)
      context.output.print("noted on \(saved.ref)")
    }
  }

  struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "done", abstract: "Mark an action item done.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The action.") var action: String
    @Option(help: "A note for the log.") var note: String?

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let item = try context.store.action(action)
      guard item.status != .done else { throw CommandFailure("\(item.ref) is already done") }
      let saved = try context.store.changeAction(
        item.id, ActionChange(status: .done), note: note, as: actor)
      context.output.print("\(saved.ref) is done")
    }
  }
}
