import Foundation
import Storage

/// Rebuilds the screen a draft was typed in, from the draft's key.
@MainActor
enum DraftRecovery {
  static func screen(for draft: Draft) -> (TopScreen, any Screen)? {
    if draft.key.hasPrefix(MinutesEditorScreen.draftPrefix) {
      return MinutesEditorScreen(restoring: draft).map { (.meetings, $0) }
    }
    if draft.key.hasPrefix(FormScreen.draftPrefix) {
      return FormScreen(restoring: draft).map { (FormScreen.home(of: draft), $0) }
    }
    return nil
  }
}

extension Change {
  /// Loading the demo and registering oneself are not undone with `u`: they set the database
  /// up rather than change a record an officer is working on.
  var isUndoable: Bool {
    switch self {
    case .loadDemo, .registerProfile: false
    default: true
    }
  }
}
