import ArgumentParser
import CaseModel
import Foundation
import Storage

struct MinutesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "A meeting's minutes: add entries, circulate, approve, export.",
    subcommands: [Add.self, Circulate.self, Approve.self, Export.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add an entry to a meeting's minutes; an action entry creates its action item.",
      discussion: """
        Example: liaison minutes add M4 --kind action "Request AIS track of MV Esperanza" \
        --owner ribeiro --due fri
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting.") var meeting: String
    @Option(help: "Kind (\(EntryKind.choices)).") var kind: String
    @Argument(help: "The entry's text.") var text: String
    @Option(help: "Agenda item to file it under (created if new).") var agenda: String?
    @Option(help: "For an action: its owner.") var owner: String?
    @Option(parsing: .unconditional, help: "For an action: its due date.") var due: String?
    @Option(help: "For an action: its priority.") var priority: String?
    @Option(name: .customLong("op"), help: "For an action: its operation (default: the meeting's).")
    var operation: String?
    @Flag(help: "Add a correction to approved minutes.") var amendment = false

    func run() throws {
      let context = try global.context()
      let actor = try context.actor()
      let entryKind = try EntryKind.parse(kind)
      let found = try context.store.meeting(meeting)
      var request: ActionRequest?
      if let owner {
        request = ActionRequest(
          ownerID: try context.store.officer(owner).id,
          due: try due.map { try context.date($0, field: "due date") },
          priority: try Priority.parse(priority) ?? .normal,
          operationID: try operation.map { try context.store.operation($0).id })
      } else if entryKind == .action {
        throw CommandFailure("an action entry needs its owner: add --owner HANDLE")
      } else if due != nil || priority != nil || operation != nil {
        throw CommandFailure("--due, --priority and --op go with --owner on an action entry")
      }
      let (entry, action) = try context.store.addMinuteEntry(
        found.id, kind: entryKind, text: text, agenda: agenda, action: request,
        amendment: amendment, as: actor)
      context.output.print(
        "added \(entry.kind.rawValue) \(entry.ref) to \(found.ref)"
          + (action.map { "; created action \($0.ref)" } ?? ""))
    }
  }

  struct Circulate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "circulate", abstract: "Mark a meeting's minutes circulated.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting.") var meeting: String

    func run() throws {
      try MinutesCommand.move(global, meeting, to: .circulated)
    }
  }

  struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "approve",
      abstract: "Approve a meeting's minutes; they become read-only (corrections are amendments).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting.") var meeting: String

    func run() throws {
      try MinutesCommand.move(global, meeting, to: .approved)
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write a meeting's minutes as Markdown or plain text, ready to circulate.",
      discussion: """
        The marking banner is printed at the top and the bottom. Without --output the minutes \
        go to standard output; an existing file is never overwritten. The export is a \
        disclosure: the audit trail records it, with the recipients named by --to and the \
        purpose stated with `liaison purpose`.
        Example: liaison minutes export M4 --format md --output M4.md --to Eurojust
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting.") var meeting: String
    @Option(help: "md (Markdown, the default) or text.") var format = "md"
    @Option(help: "The file to write (it must not exist yet); standard output if left out.")
    var output: String?
    @Option(
      name: .customLong("to"),
      help: ArgumentHelp(
        "Who receives the minutes (repeat for several), for the audit trail.",
        valueName: "recipient"))
    var recipients: [String] = []

    func run() throws {
      guard let chosen = MinutesExport.Format(word: format) else {
        throw CommandFailure("unknown format \(quoted(format)); use md or text")
      }
      let context = try global.context()
      let detail = try context.store.meetingDetail(try context.store.meeting(meeting).id)
      let m = detail.row.meeting
      // The chair and minute-taker are named even when they are not on the attendance list.
      let people = [m.chairID, m.minuteTakerID].compactMap { id in
        id.flatMap { try? context.store.officer($0.text) }
      }
      let text = MinutesExport.render(detail, as: chosen, people: people)
      let written = try context.disclose(
        text, what: "exported the minutes of \(m.ref) as \(chosen.name)",
        records: [detail.auditSubject], recipients: recipients, output: output)
      if let written {
        context.output.print("wrote the minutes of \(m.ref) (\(chosen.name)) to \(written.path)")
      }
    }
  }

  static func move(_ global: GlobalOptions, _ reference: String, to state: MinutesState) throws {
    let context = try global.context()
    let actor = try context.actor()
    let found = try context.store.meeting(reference)
    if found.minutesState == state {
      throw CommandFailure("the minutes of \(found.ref) are already \(state.label)")
    }
    let saved = try context.store.changeMinutesState(found.id, to: state, as: actor)
    context.output.print("the minutes of \(saved.ref) are \(saved.minutesState.label)")
  }
}
