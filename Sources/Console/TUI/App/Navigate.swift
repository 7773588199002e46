import Foundation

/// Opening a record in its own screen, from anywhere: search results, `:` commands, links.
@MainActor
enum Navigate {
  static func operation(_ id: UUID, code: String = "") -> [Effect] {
    [.show(.operations), .push(OperationDetailScreen(id: id, code: code))]
  }

  static func meeting(_ id: UUID) -> [Effect] {
    [.show(.meetings), .push(MeetingDetailScreen(id: id))]
  }

  static func action(_ id: UUID) -> [Effect] {
    [.show(.actions), .push(ActionDetailScreen(id: id))]
  }

  static func minutes(_ meetingID: UUID) -> [Effect] {
    [.show(.meetings), .push(MinutesEditorScreen(meetingID: meetingID))]
  }

  static func officer(_ id: UUID) -> [Effect] {
    [.show(.directory), .push(OfficerDetailScreen(id: id))]
  }
}
