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
  /// Each stacked screen's number, given when it is pushed: a result that lands after its
  /// screen was closed is dropped, not handed to the screen now in its place.
  private var screenIDs: [[Int]]
  private var nextScreenID = 0
  /// Queries and changes (undoings, exports, purposes) on their way to the database. What
  /// the officer types meanwhile is held, in order, and handled once they land: each key is
  /// meant for what was asked before it (a list that is loading, a form that closes once its
  /// record is saved), as in any terminal program that keeps type-ahead.
  private var awaited = 0
  private var heldKeys: [Key] = []
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
  /// Holds the day's backup back while keys come in.
  public let backupPace = BackupPace()
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
    case screen(stack: Int, index: Int, id: Int)
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
    self.screenIDs = screens.indices.map { [$0] }
    self.nextScreenID = screens.count
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
    data.worker.wait(upTo: Self.frame)
    draw()
    while isRunning {
      let received = signal()
      if received != 0 { return received }
      // While the database works, the loop comes round every frame to show what landed.
      let key = terminal.readKey(timeout: data.worker.isBusy ? 15 : 250)
      if let key { handle(key) }
      // A frame's grace: work that lands at once is drawn with the key that asked for it.
      let landed = data.worker.wait(upTo: Self.frame)
      releaseHeldKeys()
      if key == nil && !landed { idle() }
      guard key != nil || landed || data.worker.isBusy else { continue }
      saveDrafts(force: false)
      draw()
    }
    return 0
  }

  /// How long the key loop waits for the database before drawing what it has.
  static let frame: TimeInterval = 1.0 / 60

  /// Handles the keys held while queries and changes were on their way, once none is. Not
  /// after quitting: a held Enter must not submit a form on the way out.
  func releaseHeldKeys() {
    while isRunning, awaited == 0, !heldKeys.isEmpty {
      handle(heldKeys.removeFirst())
    }
  }

  /// Opens the first screen and draws it once what it asked of the database has landed: the
  /// loop's start for tests, replays and benchmarks, which step one key at a time.
  public func startStepping() {
    begin()
    settle()
    draw()
  }

  /// One key as the loop handles it when the database keeps up: handled, everything it asked
  /// for landed, and drawn.
  public func step(_ key: Key) {
    handle(key)
    settle()
    draw()
  }

  /// Waits until everything asked of the database has landed and every held key is handled:
  /// for leaving, and for tests, replays and benchmarks that step one key at a time.
  public func settle() {
    repeat {
      data.worker.settle()
      releaseHeldKeys()
    } while data.worker.isBusy
  }

  /// Opens the first screen, and what was being typed when liaison last stopped.
  public func begin() {
    if welcome != nil {
      let effects = mutate(.welcome) { $0.start(self.environment) } ?? []
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
    guard now.timeIntervalSince(lastPoll) >= 1, !data.worker.isBusy else { return }
    lastPoll = now
    if data.changedElsewhere() {
      reloadAll()
      draw()
    }
  }

  /// Before leaving, on any way out: nothing typed is lost, and every write asked for lands.
  public func end() {
    saveDrafts(force: true)
    settle()
  }

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
      open(screen)
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
    awaited += 1
    data.revert(change) { [self] result in
      awaited -= 1
      switch result {
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
  }

  public func draw() {
    terminal.draw(frame())
  }

  // MARK: - Keys

  public func handle(_ key: Key) {
    backupPace.touch()
    if case .resize = key { return }
    if key == .ctrl("c") {
      isRunning = false
      return
    }
    guard awaited == 0 else {
      heldKeys.append(key)
      return
    }
    message = nil
    guard terminal.size.fits(.minimum) else {
      if key == .char("Q") || key == .char("q") { isRunning = false }
      return
    }
    if overlay != nil {
      handleOverlay(key)
      return
    }
    let owner = currentOwner
    if let effects = mutate(owner, { $0.type(key, self.environment) }) ?? nil {
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
      execute(mutate(owner, { $0.perform(action, self.environment) }) ?? [], owner: owner)
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
        execute(mutate(owner, { $0.reply(reply, self.environment) }) ?? [], owner: owner)
      }
    case .command(let line):
      overlay = nil
      remember(line)
      runCommand(line)
    }
  }

  // MARK: - Effects

  /// Runs effects in order. A query or a change may land later (its write runs off the key
  /// loop): the effects after it wait for it, and those after a failed change never run.
  func execute(_ effects: [Effect], owner: Owner) {
    guard let effect = effects.first else { return }
    let rest = Array(effects.dropFirst())
    switch effect {
    case .query(let query):
      awaited += 1
      data.run(query, today: environment.today, now: environment.now) { [self] result in
        awaited -= 1
        if case .failed(_, let text) = result { message = (text, true) }
        execute(mutate(owner, { $0.receive(result, self.environment) }) ?? [], owner: owner)
        execute(rest, owner: owner)
      }
      return
    case .change(let change, let done):
      awaited += 1
      data.apply(change, today: environment.today) { [self] result in
        awaited -= 1
        switch result {
        case .failure(let error):
          // What was to follow the write (closing a form, a move) does not happen: the
          // officer keeps what they typed, with the reason in the status bar.
          message = (error.description, true)
        case .success(let made):
          message = (done, false)
          if let made, !made.isEmpty, change.isUndoable {
            undoStack.append(made)
            redoStack = []
          }
          if case .loadDemo = change { welcome = nil }
          if case .registerProfile = change { welcome = nil }
          reloadAll()
          execute(rest, owner: owner)
        }
      }
      return
    case .writeFile(let request):
      awaited += 1
      data.export(request) { [self] text, isError in
        awaited -= 1
        message = (text, isError)
        execute(rest, owner: owner)
      }
      return
    case .push(let screen):
      if welcome == nil {
        let stack = active.rawValue - 1
        stacks[stack].append(screen)
        screenIDs[stack].append(nextScreenID)
        nextScreenID += 1
        let slot = currentOwner
        execute(mutate(slot, { $0.start(self.environment) }) ?? [], owner: slot)
      }
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
    case .quit:
      isRunning = false
    }
    execute(rest, owner: owner)
  }

  /// Opens `screen` over the current one, as Enter on a row does.
  func open(_ screen: any Screen) {
    execute([.push(screen)], owner: currentOwner)
  }

  func show(_ screen: TopScreen) {
    active = screen
    let stack = screen.rawValue - 1
    let slot = currentOwner
    if !started.contains(stack) {
      started.insert(stack)
      stale.remove(stack)
      execute(mutate(slot, { $0.start(self.environment) }) ?? [], owner: slot)
    } else if stale.remove(stack) != nil {
      execute(mutate(slot, { $0.reload(self.environment) }) ?? [], owner: slot)
    }
  }

  private func pop() {
    let stack = active.rawValue - 1
    guard stacks[stack].count > 1 else { return }
    stacks[stack].removeLast()
    screenIDs[stack].removeLast()
    let slot = currentOwner
    execute(mutate(slot, { $0.reload(self.environment) }) ?? [], owner: slot)
  }

  /// After a change: the visible screen reloads now, the others when they are shown again.
  func reloadAll() {
    data.refreshProfile()
    if welcome != nil { return }
    for index in stacks.indices where started.contains(index) { stale.insert(index) }
    stale.remove(active.rawValue - 1)
    let slot = currentOwner
    execute(mutate(slot, { $0.reload(self.environment) }) ?? [], owner: slot)
    if !started.contains(active.rawValue - 1) { show(active) }
  }

  // MARK: - State

  var environment: Environment {
    let now = clock()
    return Environment(
      today: CalendarDate.today(now: now), now: now, profile: data.profile,
      pageRows: max(1, terminal.size.height - 6), columns: terminal.size.width)
  }

  var currentOwner: Owner {
    if welcome != nil { return .welcome }
    let stack = active.rawValue - 1
    let index = stacks[stack].count - 1
    return .screen(stack: stack, index: index, id: screenIDs[stack][index])
  }

  var currentScreen: any Screen {
    if let welcome { return welcome }
    return stacks[active.rawValue - 1].last!
  }

  var contexts: [KeyContext] { currentScreen.contexts + [.global] }

  /// Runs `body` on the owner's screen; nil when that screen is gone (closed while its query
  /// or change was on its way).
  private func mutate<T>(_ owner: Owner, _ body: (inout any Screen) -> T) -> T? {
    switch owner {
    case .welcome:
      guard var screen = welcome else { return nil }
      let result = body(&screen)
      if welcome != nil { welcome = screen }
      return result
    case .screen(let stack, let index, let id):
      guard screenIDs.indices.contains(stack), screenIDs[stack].indices.contains(index),
        screenIDs[stack][index] == id
      else { return nil }
      return body(&stacks[stack][index])
    }
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
    let status = waitingMessage ?? message
    Chrome.statusBar(
      Chrome.StatusBar(
        title: screen.title, position: screen.position, hints: hints, message: status?.text,
        isError: status?.isError ?? false),
      in: &buffer)
    if let overlay { OverlayView.render(overlay, in: &buffer) }
    return buffer
  }

  /// What the status bar says while the database keeps the console waiting for longer than
  /// the eye notices: another program holds the write lock, or a long write of its own (the
  /// demo) is under way.
  private var waitingMessage: (text: String, isError: Bool)? {
    guard let asked = data.worker.oldestAsked else { return nil }
    let waited = Date().timeIntervalSince(asked)
    guard waited >= 0.3 else { return nil }
    let kept = heldKeys.count
    return (
      "waiting for the database " + String(format: "%.1f s", waited)
        + (kept == 0 ? "" : "; \(kept) key\(kept == 1 ? "" : "s") kept, in order"),
      false
    )
  }

  // MARK: - Command line

  private func remember(_ line: String) {
    history.removeAll { $0 == line }
    history.append(line)
    if history.count > 200 { history.removeFirst(history.count - 200) }
  }
}
