import CaseModel
import Foundation

/// A realistic, deterministic dataset for trying liaison out: the officers, operations,
/// meetings, minutes, action items and seizures of a few months of EU–CLASI Task Force work.
///
/// Every date is counted from the day it is loaded, so overdue items are overdue and
/// upcoming meetings are upcoming whenever the demo is loaded. Loading it twice with the same
/// `today` gives the same content; only ids, timestamps and the replica tag of references
/// differ.
public enum DemoDataset {
  /// How many records of each kind the demo holds.
  public struct Summary: Sendable, Equatable {
    public let countries, organisations, officers, operations, meetings, minuteEntries, actions,
      seizures: Int
  }

  /// The officer who becomes the local profile: a Portuguese national coordinator who
  /// takes part in most operations.
  public static let profileHandle = "ribeiro"

  /// Loads the demo into an empty store; `profileHandle` officer becomes the local profile.
  ///
  /// Everything is written in one transaction through the store's write path, so the
  /// operation log and the audit trail record the demo like any other work, each change
  /// made by the officer who would have made it.
  ///
  /// - Throws: ``StoreError`` with code `.conflict` if the store already holds officers or
  ///   operations; nothing is written then.
  public static func load(into store: Store, today: CalendarDate) throws(StoreError) -> Summary {
    // Countries and organisations must exist before any officer, yet every write needs an
    // acting officer: the profile officer's id is made first and acts from the start.
    let profileID = UUID.v7()
    let actor = ActingOfficer(id: profileID, handle: profileHandle)
    return try store.write(as: actor) { w in
      try DemoLoader(writer: w, today: today, profileID: profileID).run()
    }
  }
}
