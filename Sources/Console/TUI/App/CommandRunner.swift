import CaseModel
import Foundation
import Storage

/// The `:` command line. Every action of the table is a command (`:done`, `:sort`); these take
/// an argument or act on the program itself.
extension ConsoleApp {
  static let commands: [(name: String, usage: String)] = [
    ("op", "op CODE — open an operation"),
    ("meeting", "meeting REF — open a meeting"),
    ("minutes", "minutes REF — the minutes editor of a meeting"),
    ("action", "action REF — open an action item"),
    ("officer", "officer HANDLE — open an officer"),
    ("search", "search WORDS — search everything"),
    ("goto", "goto 1-5 or a screen name"),
    ("theme", "theme NAME — change the colours"),
    ("purpose", "purpose WORDS — why you consult records, kept until changed (- withdraws it)"),
    ("help", "help — the keys here"),
    ("refresh", "refresh — reload"),
    ("q", "q — quit"),
  ]

  /// The words `:` completes with.
  func completions() -> CommandLineOverlay.Completions {
    let operations =
      (try? data.store.operations(
        OperationFilter(statuses: Set(OperationStatus.allCases)), today: environment.today,
        page: PageRequest(limit: 2_000)
      ).rows.map(\.operation.code)) ?? []
    let officers =
      (try? data.store.officers(page: PageRequest(limit: 2_000)).rows.map(\.officer.handle)) ?? []
    let screens = TopScreen.allCases.map { $0.title.lowercased() }
    return CommandLineOverlay.Completions(
      commands: Self.commands.map(\.name) + ["export"] + ActionID.allCases.map(\.rawValue),
      arguments: [
        "op": operations, "officer": officers, "goto": screens, "export": ["md", "text"],
        "theme": ThemeLoader.available(),
      ])
  }

  func runCommand(_ line: String) {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let name = words.first else { return }
    let argument = words.dropFirst().joined(separator: " ")
    let owner = currentOwner
    func open(_ effects: @autoclosure () throws(StoreError) -> [Effect]) {
      guard !argument.isEmpty else {
        execute(
          [
            .error(
              "\(name) needs an argument: " + (Self.commands.first { $0.name == name }?.usage ?? "")
            )
          ], owner: owner)
        return
      }
      do {
        execute(try effects(), owner: owner)
      } catch {
        execute([.error(error.description)], owner: owner)
      }
    }
    switch name {
    case "q", "quit", "q!", "wq":
      perform(.quit)
    case "op", "operation":
      open(Navigate.operation(try data.store.operation(argument).id))
    case "meeting":
      open(Navigate.meeting(try data.store.meeting(argument).id))
    case "minutes" where data.store.isReadOnly:
      execute(
        [.error("read-only: the minutes editor writes; :meeting REF shows the minutes")],
        owner: owner)
    case "minutes":
      open(Navigate.minutes(try data.store.meeting(argument).id))
    case "action":
      open(Navigate.action(try data.store.action(argument).id))
    case "officer":
      open(Navigate.officer(try data.store.officer(argument).id))
    case "search":
      perform(.search)
      // `perform(.search)` made the search screen the current one.
      if !argument.isEmpty, welcome == nil {
        let slot = currentOwner
        execute(
          mutateSearch { $0.reply(.text(tag: "search", argument), self.environment) },
          owner: slot)
      }
    case "goto":
      let target = TopScreen.allCases.first {
        String($0.rawValue) == argument || $0.title.lowercased().hasPrefix(argument.lowercased())
      }
      guard let target, !argument.isEmpty else {
        execute(
          [
            .error(
              "goto takes 1–5 or a screen name: operations, meetings, actions, directory, search")
          ], owner: owner)
        return
      }
      show(target)
    case "theme":
      switchTheme(argument)
    case "purpose":
      statePurpose(argument, owner: owner)
    case "help":
      perform(.help)
    case "refresh":
      perform(.refresh)
    default:
      if let action = ActionID(rawValue: name), action.isMutating, data.store.isReadOnly {
        execute([.error("read-only: \(name) changes records")], owner: owner)
      } else if let action = ActionID(rawValue: name) {
        perform(action)
      } else if let effects = mutateCurrent({ $0.command(name, argument, self.environment) }) {
        execute(effects, owner: owner)
      } else {
        execute([.error("unknown command \(quoted(name)); Tab lists the commands")], owner: owner)
      }
    }
  }

  private func mutateCurrent(_ body: (inout any Screen) -> [Effect]?) -> [Effect]? {
    let stack = active.rawValue - 1
    return body(&stacks[stack][stacks[stack].count - 1])
  }

  private func mutateSearch(_ body: (inout any Screen) -> [Effect]) -> [Effect] {
    let stack = TopScreen.search.rawValue - 1
    return body(&stacks[stack][stacks[stack].count - 1])
  }

  /// `:purpose WORDS` states it, `:purpose -` withdraws it, `:purpose` shows it.
  func statePurpose(_ argument: String, owner: Owner) {
    guard !argument.isEmpty else {
      execute(
        [.message("purpose: " + (data.purpose ?? "none stated; :purpose WORDS states it"))],
        owner: owner)
      return
    }
    let text = argument == "-" ? nil : argument
    data.statePurpose(text) { [self] refusal in
      if let refusal {
        execute([.error(refusal)], owner: owner)
      } else {
        execute([.message(text.map { "purpose: \($0)" } ?? "purpose withdrawn")], owner: owner)
      }
    }
  }

  func switchTheme(_ name: String) {
    let owner = currentOwner
    do {
      let theme = try ThemeLoader.load(name)
      applyTheme(
        ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true
          ? theme : theme.monochrome)
      themeName = name
      execute([.message("theme \(name)")], owner: owner)
    } catch {
      execute([.error("\(error)")], owner: owner)
    }
  }
}
