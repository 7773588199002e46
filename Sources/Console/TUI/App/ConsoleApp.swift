import CaseModel
import Foundation
import Storage

/// The console's runtime: reads keys, routes them through overlays, the current screen and
/// the action table, runs the effects that come back, and draws each frame.
@MainActor
public final class ConsoleApp {
  public let terminal: any Terminal
  let data: DataService
  public private(set) var table: ActionTable
  /// One stack of screens per top-level screen; Esc pops within a stack.
  var stacks: [[any Screen]]
  private var started: Set<Int> = []
  private var stale: Set<Int> = []
  public private(set) var active: TopScreen = .operations
  /// Shown alone, instead of the screens, on an empty database.
  var welcome: (any Screen)?
  public private(set) var overlay: Overlay?
  private var overlayOwner: Owner?
  private var message: (text: String, isError: Bool)?
  /// What work off the key loop has to say.
  public let notices = Notices()
  public private(set) var isRunning = true
  var history: [String] = []
  public internal(set) var themeName: String
  /// Applies a theme to the terminal (ncurses rebuilds its colour pairs).
  var applyTheme: (Theme) -> Void = { _ in }
  /// The clock; tests and replays may fix it.
  var clock: () -> Date = Date.init
  private var lastPoll = Date.distantPast
  /// Changes made in this console, newest last, and the undoings that `U` redoes.
  private(set) var undoStack: [ChangeSet] = []
  private(set) var redoStack: [ChangeSet] = []
  /// Drafts as last saved, by key, and when.
  private var savedDrafts: [String: String] = [:]
  private var lastDraftSave = Date.distantPast

  /// Who opened an overlay, and gets its reply.
  enum Owner: Equatable {
    case welcome
    case screen(stack: Int, index: Int)
  }

  public init(
    terminal: any Terminal, data: DataService, table: ActionTable, themeName: String,
    screens: [any Screen], welcome: (any Screen)?
  ) {
    self.terminal = terminal
    self.data = data
    self.table = table
    self.themeName = themeName
    self.stacks = screens.map { [$0] }
    self.welcome = welcome
  }

  // MARK: - The loop

  /// Runs until the officer quits or a signal asks to stop; returns that signal, or 0. The
  /// terminal is given back on every way out of this function.
  @discardableResult
  public func run(signal: () -> Int32 = { 0 }) throws -> Int32 {
    try terminal.start()
    defer {
      end()
      terminal.stop()
    }
    begin()
    draw()
    while isRunning {
      let received = signal()
      if received != 0 { return received }
      guard let key = terminal.readKey(timeout: 250) else {
        idle()
        continue
      }
      handle(key)
      saveDrafts(force: false)
      draw()
    }
    return 0
  }

  /// Opens the first screen, and what was being typed when liaison last stopped.
  public func begin() {
    if welcome != nil {
      let effects = mutateWelcome { $0.start(self.environment) }
      execute(effects, owner: .welcome)
    } else {
      show(active)
      recoverDrafts()
    }
    _ = data.changedElsewhere()
  }

  /// Between keys: drafts are saved, and every second what another process changed is
  /// reloaded.
  func idle() {
    saveDrafts(force: true)
    if let notice = notices.take() {
      message = notice
      draw()
    }
    let now = clock()
    guard now.timeIntervalSince(lastPoll) >= 1 else { return }
    lastPoll = now
    if data.changedElsewhere() {
      reloadAll()
      draw()
    }
  }

  /// Before leaving, on any way out: nothing typed is lost.
  public func end() { saveDrafts(force: true) }

  // MARK: - Drafts

  /// Saves what the screens have typed and not saved, at most twice a second while keys
  /// arrive (and at once when they pause), so a draft is never more than a second behind.
  func saveDrafts(force: Bool) {
    let now = clock()
    guard force || now.timeIntervalSince(lastDraftSave) >= 0.5 else { return }
    var current: [String: DraftContent] = [:]
    for screen in stacks.flatMap({ $0 }) + [welcome].compactMap({ $0 }) {
      if let draft = screen.draft { current[draft.key] = draft }
    }
    var wrote = false
    for (key, draft) in current where savedDrafts[key] != draft.payload {
      data.saveDraft(draft, at: now)
      savedDrafts[key] = draft.payload
      wrote = true
    }
    for key in savedDrafts.keys where current[key] == nil {
      data.removeDraft(key)
      savedDrafts[key] = nil
      wrote = true
    }
    if wrote || force { lastDraftSave = now }
  }

  /// Puts back what was being typed when liaison stopped (a crash, a closed terminal, a
  /// dropped connection), each draft in its own screen, and says what was recovered.
  private func recoverDrafts() {
    var recovered: [String] = []
    for draft in data.drafts() {
      guard let (place, screen) = DraftRecovery.screen(for: draft) else { continue }
      show(place)
      execute([.push(screen)], owner: currentOwner)
      if let restored = stacks[place.rawValue - 1].last?.draft {
        savedDrafts[restored.key] = restored.payload
        recovered.append(restored.description)
      }
    }
    if !recovered.isEmpty {
      message = ("recovered what was being typed: " + recovered.joined(separator: "; "), false)
    }
  }

  // MARK: - Undo

  /// Undoes the last change made in this console, or redoes what was undone. Either is itself
  /// a new change in the log and the audit trail.
  private func undo(redo: Bool) {
    guard let change = redo ? redoStack.popLast() : undoStack.popLast() else {
      message = (redo ? "nothing to redo" : "nothing to undo in this session", false)
      return
    }
    switch data.revert(change) {
    case .success(let undoing):
      if redo { undoStack.append(undoing) } else { redoStack.append(undoing) }
      message = ((redo ? "redid: " : "undid: ") + change.summary, false)
      reloadAll()
    case .failure(let error):
      // The change stays where it was, so the officer can try again once it makes sense.
      if redo { redoStack.append(change) } else { undoStack.append(change) }
      message = ("cannot \(redo ? "redo" : "undo"): " + error.description, true)
    }
  }

  public func draw() {
    terminal.draw(frame())
  }

  // MARK: - Keys

  public func handle(_ key: Key) {
    if case .resize = key { return }
    message = nil
    if key == .ctrl("c") {
      isRunning = false
      return
    }
    guard terminal.size.fits(.minimum) else {
      if key == .char("Q") || key == .char("q") { isRunning = false }
      return
    }
    if overlay != nil {
      handleOverlay(key)
      return
    }
    let owner = currentOwner
    if let effects = mutate(owner, { $0.type(key, self.environment) }) {
      execute(effects, owner: owner)
      return
    }
    guard let action = table.action(for: key, in: contexts) else { return }
    perform(action)
  }

  /// Runs an action: the program's own, or the current screen's.
  func perform(_ action: ActionID) {
    switch action {
    case .quit:
      isRunning = false
    case .help:
      overlay = .help(
        HelpOverlay(title: currentScreen.title, bindings: table.visible(in: contexts)))
      overlayOwner = currentOwner
    case .commandLine:
      overlay = .commandLine(CommandLineOverlay(history: history, completions: completions()))
      overlayOwner = currentOwner
    case .filter:
      overlay = .prompt(
        PromptOverlay(
          tag: "find", label: "Find", help: "Enter finds the next row with this text; n and N go on"
        ))
      overlayOwner = currentOwner
    case .operations, .meetings, .actions, .directory, .search:
      guard welcome == nil else { return }
      show(TopScreen.allCases.first { "\($0)" == action.rawValue } ?? .operations)
    case .nextScreen, .previousScreen:
      guard welcome == nil else { return }
      let count = TopScreen.allCases.count
      let step = action == .nextScreen ? 1 : count - 1
      show(TopScreen(rawValue: (active.rawValue - 1 + step) % count + 1)!)
    case .back where welcome == nil && stacks[active.rawValue - 1].count > 1:
      pop()
    case .refresh:
      reloadAll()
      message = ("refreshed", false)
    case .undo, .redo:
      undo(redo: action == .redo)
    default:
      let owner = currentOwner
      execute(mutate(owner, { $0.perform(action, self.environment) }), owner: owner)
    }
  }

  private func handleOverlay(_ key: Key) {
    guard var current = overlay else { return }
    let outcome: OverlayOutcome
    switch current {
    case .help(var help):
      outcome = help.handle(key, visibleRows: max(1, terminal.size.height - 6))
      current = .help(help)
    case .prompt(var prompt):
      outcome = prompt.handle(key)
      current = .prompt(prompt)
    case .confirm(var confirm):
      outcome = confirm.handle(key)
      current = .confirm(confirm)
    case .picker(var picker):
      outcome = picker.handle(key)
      current = .picker(picker)
    case .commandLine(var line):
      outcome = line.handle(key)
      current = .commandLine(line)
    }
    overlay = current
    switch outcome {
    case .stay:
      break
    case .close:
      overlay = nil
    case .reply(let reply):
      overlay = nil
      if let owner = overlayOwner {
        execute(mutate(owner, { $0.reply(reply, self.environment) }), owner: owner)
      }
    case .command(let line):
      overlay = nil
      remember(line)
      runCommand(line)
    }
  }

  // MARK: - Effects

  func execute(_ effects: [Effect], owner: Owner) {
    for effect in effects {
      switch effect {
      case .query(let query):
        let result = data.run(query, today: environment.today, now: environment.now)
        if case .failed(_, let text) = result { message = (text, true) }
        execute(mutate(owner, { $0.receive(result, self.environment) }), owner: owner)
      case .change(let change, let done):
        if let failure = data.apply(change, today: environment.today) {
          // What was to follow the write (closing a form, a move) does not happen: the
          // officer keeps what they typed, with the reason in the status bar.
          message = (failure, true)
          return
        } else {
          message = (done, false)
          if let made = data.takeLastChange(), !made.isEmpty, change.isUndoable {
            undoStack.append(made)
            redoStack = []
          }
          if case .loadDemo = change { welcome = nil }
          if case .registerProfile = change { welcome = nil }
          reloadAll()
        }
      case .push(let screen):
        guard welcome == nil else { continue }
        let stack = active.rawValue - 1
        stacks[stack].append(screen)
        let slot = Owner.screen(stack: stack, index: stacks[stack].count - 1)
        execute(mutate(slot, { $0.start(self.environment) }), owner: slot)
      case .pop:
        pop()
      case .show(let screen):
        show(screen)
      case .overlay(let newOverlay):
        overlay = newOverlay
        overlayOwner = owner
      case .message(let text):
        message = (text, false)
      case .error(let text):
        message = (text, true)
      case .writeFile(let request):
        message = write(request)
      case .quit:
        isRunning = false
      }
    }
  }

  /// Writes an export and says how it went, in the status line.
  func write(_ request: FileWrite) -> (String, Bool) {
    do {
      // Recorded before a byte leaves, once the file can be written: an export that cannot be
      // recorded does not happen, and a refused one is not recorded as made.
      try ExportFile.check(request.url, overwrite: request.overwrite)
      if let refusal = data.disclosed(
        request.done, records: request.disclosed, recipients: request.recipients)
      {
        return ("not written: \(refusal)", true)
      }
      try ExportFile.write(request.text, to: request.url, overwrite: request.overwrite)
      return (request.done, false)
    } catch {
      return (error.exists ? "\(error.message); \(request.replaceHint)" : error.message, true)
    }
  }

  func show(_ screen: TopScreen) {
    active = screen
    let stack = screen.rawValue - 1
    let slot = Owner.screen(stack: stack, index: stacks[stack].count - 1)
    if !started.contains(stack) {
      started.insert(stack)
      stale.remove(stack)
      execute(mutate(slot, { $0.start(self.environment) }), owner: slot)
    } else if stale.remove(stack) != nil {
      execute(mutate(slot, { $0.reload(self.environment) }), owner: slot)
    }
  }

  private func pop() {
    let stack = active.rawValue - 1
    guard stacks[stack].count > 1 else { return }
    stacks[stack].removeLast()
    let slot = Owner.screen(stack: stack, index: stacks[stack].count - 1)
    execute(mutate(slot, { $0.reload(self.environment) }), owner: slot)
  }

  /// After a change: the visible screen reloads now, the others when they are shown again.
  func reloadAll() {
    data.refreshProfile()
    if welcome != nil { return }
    for index in stacks.indices where started.contains(index) { stale.insert(index) }
    stale.remove(active.rawValue - 1)
    let slot = currentOwner
    execute(mutate(slot, { $0.reload(self.environment) }), owner: slot)
    if !started.contains(active.rawValue - 1) { show(active) }
  }

  // MARK: - State

  var environment: Environment {
    let now = clock()
    return Environment(
      today: CalendarDate.today(now: now), now: now, profile: data.profile,
      pageRows: max(1, terminal.size.height - 6), columns: terminal.size.width)
  }

  private var currentOwner: Owner {
    if welcome != nil { return .welcome }
    let stack = active.rawValue - 1
    return .screen(stack: stack, index: stacks[stack].count - 1)
  }

  var currentScreen: any Screen {
    if let welcome { return welcome }
    return stacks[active.rawValue - 1].last!
  }

  var contexts: [KeyContext] { currentScreen.contexts + [.global] }

  private func mutate<T>(_ owner: Owner, _ body: (inout any Screen) -> T) -> T {
    switch owner {
    case .welcome:
      return mutateWelcome(body)
    case .screen(let stack, let index):
      guard stacks.indices.contains(stack), stacks[stack].indices.contains(index) else {
        var scratch: any Screen = stacks[active.rawValue - 1].last!
        return body(&scratch)
      }
      return body(&stacks[stack][index])
    }
  }

  private func mutateWelcome<T>(_ body: (inout any Screen) -> T) -> T {
    guard var screen = welcome else {
      var scratch: any Screen = stacks[active.rawValue - 1].last!
      return body(&scratch)
    }
    let result = body(&screen)
    if welcome != nil { welcome = screen }
    return result
  }

  // MARK: - Drawing

  public func frame() -> ScreenBuffer {
    var buffer = ScreenBuffer(size: terminal.size)
    guard terminal.size.fits(.minimum) else {
      Chrome.tooSmall(&buffer)
      return buffer
    }
    let screen = currentScreen
    let env = environment
    let officer =
      (data.profile.map { "\($0.handle) · \($0.name)" } ?? "no officer profile")
      + (data.store.isReadOnly ? " │ read-only" : "")
    Chrome.header(
      Chrome.Header(
        officer: officer, database: (data.store.path as NSString).lastPathComponent,
        markings: screen.markings, active: welcome == nil ? active : nil),
      in: &buffer)
    var canvas = Canvas(
      buffer: buffer,
      area: Rect(x: 0, y: 2, width: buffer.size.width, height: buffer.size.height - 3))
    screen.render(&canvas, env)
    buffer = canvas.buffer
    let hints = screen.hints.compactMap { action -> (String, String)? in
      guard let key = table.key(for: action, in: contexts),
        let binding = table.visible(in: contexts).first(where: { $0.action == action })
      else { return nil }
      return (key.label, screen.hintWords[action] ?? binding.hint ?? action.rawValue)
    }
    Chrome.statusBar(
      Chrome.StatusBar(
        title: screen.title, position: screen.position, hints: hints, message: message?.text,
        isError: message?.isError ?? false),
      in: &buffer)
    if let overlay { OverlayView.render(overlay, in: &buffer) }
    return buffer
  }

  // MARK: - Command line

  private func remember(_ line: String) {
    history.removeAll { $0 == line }
    history.append(line)
    if history.count > 200 { history.removeFirst(history.count - 200) }
  }
}
