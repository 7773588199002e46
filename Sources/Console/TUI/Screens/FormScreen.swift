import CaseModel
import Foundation
import Storage

/// A form for one record of any kind: a column of labelled fields described by its
/// ``FormKind``, each checked by the case model's rules as it is typed, the message under the
/// field. Ctrl-S (or Enter on a one-line field) writes one change when every field holds;
/// Esc closes, asking first when something was typed. What is typed and not saved is kept as
/// a draft, so a crash loses nothing.
public struct FormScreen: Screen {
  public nonisolated static let draftPrefix = "form:"

  /// Where the form is in its life.
  public enum Phase: Sendable, Equatable {
    /// The record being edited is being read.
    case loading
    case editing
    /// The change was handed to the program; the reload that follows a successful write
    /// closes the form.
    case saving
    /// Saved or discarded: nothing is left to keep.
    case closed
  }

  public let kind: FormKind
  /// The record edited; nil for a new one.
  public let recordID: UUID?
  public let context: FormContext
  public internal(set) var fields: [FormField]
  public internal(set) var focus = 0
  public internal(set) var options = FormOptions()
  public internal(set) var phase = Phase.loading
  /// The record an edit started from.
  public internal(set) var record: FormRecord?
  /// The texts the form opened with: it has changed when the fields differ from them.
  var baseline: [String: String] = [:]
  /// The messages of the fields that do not hold, by key.
  public internal(set) var errors: [String: String] = [:]
  /// The field the record's own check refused, when every field held on its own.
  var recordProblem: String?
  /// Fields typed in: their messages show as soon as they are typed.
  var touched: Set<String> = []
  /// After a first Save, every field's message shows.
  var attempted = false
  /// A draft to put back once the form has its defaults or its record.
  var restoring: FormDraft?
  /// Why the record could not be read.
  var failure: String?

  /// A form for a new record.
  public init(new kind: FormKind, context: FormContext = FormContext()) {
    self.kind = kind
    recordID = nil
    self.context = context
    fields = kind.fields(editing: false)
  }

  /// A form for an existing record, filled from the store when it opens.
  public init(editing kind: FormKind, id: UUID, context: FormContext = FormContext()) {
    self.kind = kind
    recordID = id
    self.context = context
    fields = kind.fields(editing: true)
  }

  /// The form a draft was typed in, to be filled again as it was.
  public init?(restoring draft: Draft) {
    guard let (kind, id) = FormDraft.parse(key: draft.key),
      let saved = FormDraft(payload: draft.payload)
    else { return nil }
    if let id {
      self.init(editing: kind, id: id, context: saved.context)
    } else {
      self.init(new: kind, context: saved.context)
    }
    restoring = saved
  }

  /// The top-level screen a form's draft is recovered in.
  public static func home(of draft: Draft) -> TopScreen {
    FormDraft.parse(key: draft.key)?.0.home ?? .operations
  }

  // MARK: - What the program reads

  public var title: String {
    if kind == .participant {
      return "New participant of \(context.operationCode ?? "the operation")"
    }
    guard recordID != nil else { return "New \(kind.noun)" }
    return "Edit \(kind.noun)" + (record.map { " " + $0.name } ?? "")
  }

  public var contexts: [KeyContext] { [.form] }
  public var hints: [ActionID] { [.save, .nextField, .cancel] }
  public var position: String? {
    phase == .loading ? nil : "field \(focus + 1)/\(fields.count)"
  }

  public var markings: [Markings] {
    if let field = fields.first(where: { $0.kind == .markings }),
      let typed = try? MarkingsText.parse(field.text)
    {
      return [typed]
    }
    return record?.markings.map { [$0] } ?? []
  }

  /// Whether anything differs from what the form opened with.
  public var isChanged: Bool {
    phase != .loading && fields.contains { $0.text != (baseline[$0.key] ?? "") }
  }

  public var draft: DraftContent? {
    guard phase == .editing || phase == .saving, isChanged else { return nil }
    let state = FormDraft(
      texts: Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.text) }),
      focus: fields[focus].key, cursor: fields[focus].input.cursor, context: context)
    let named = record.map { "the form editing \(kind.noun) \($0.name)" }
    return DraftContent(
      key: FormDraft.key(kind, recordID), payload: state.payload,
      description: named ?? "the new \(kind.noun) form")
  }

  /// The messages shown: those of fields typed in, or all of them after a first Save.
  public var shownErrors: [String: String] {
    var shown = attempted ? errors : errors.filter { touched.contains($0.key) }
    // A refusal of the record as a whole comes from what was typed, wherever it lands: a
    // quantity typed without a unit is said under Unit at once.
    if let key = recordProblem, !touched.isEmpty { shown[key] = errors[key] }
    return shown
  }

  // MARK: - Opening

  public mutating func start(_ env: Environment) -> [Effect] {
    let sources = fields.compactMap(\.kind.source)
    var effects = FormOptions.queries(for: sources).map { Effect.query($0) }
    if let recordID, kind != .participant {
      effects.append(.query(kind.detailQuery(recordID)))
    } else {
      open(with: kind.defaults(context, env), env)
    }
    return effects
  }

  /// Fills the fields from what they open with, then from a draft being recovered.
  mutating func open(with texts: [String: String], _ env: Environment) {
    baseline = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, texts[$0.key] ?? "") })
    for index in fields.indices { fields[index].set(baseline[fields[index].key] ?? "") }
    phase = .editing
    if let saved = restoring {
      restoring = nil
      for index in fields.indices {
        guard let text = saved.texts[fields[index].key] else { continue }
        let isFocus = fields[index].key == saved.focus
        fields[index].set(text, cursor: isFocus ? saved.cursor : nil)
        if text != baseline[fields[index].key] { touched.insert(fields[index].key) }
      }
      focus = fields.firstIndex { $0.key == saved.focus } ?? 0
    }
    revalidate(env)
  }

  public mutating func receive(_ result: QueryResult, _ env: Environment) -> [Effect] {
    if options.receive(result) {
      revalidate(env)
      return []
    }
    if phase == .loading, let recordID, let (loaded, texts) = kind.prefill(result, id: recordID) {
      record = loaded
      open(with: texts, env)
    } else if case .failed(let query, let message) = result, phase == .loading,
      let recordID, query == kind.detailQuery(recordID)
    {
      failure = message
    }
    return []
  }

  /// A successful write reloads the screen on top: the form's own change went through, and
  /// it closes. Other reloads (another process wrote) leave what is typed alone.
  public mutating func reload(_ env: Environment) -> [Effect] {
    guard phase == .saving else { return [] }
    phase = .closed
    return [.pop]
  }

  public func render(_ canvas: inout Canvas, _ env: Environment) {
    FormView.render(self, in: &canvas, env)
  }

  // MARK: - Checking

  func values(_ env: Environment) -> FormValues {
    FormValues(fields: fields, today: env.today, options: options)
  }

  /// Checks every field on its own, then, when they all hold, the record they make.
  mutating func revalidate(_ env: Environment) {
    let values = values(env)
    var found: [String: String] = [:]
    for field in fields {
      if let message = values.check(field) { found[field.key] = message }
    }
    recordProblem = nil
    if found.isEmpty {
      do {
        _ = try kind.change(values, record, context)
      } catch {
        found[error.key] = error.message
        recordProblem = error.key
      }
    }
    errors = found
  }
}
