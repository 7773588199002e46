import Foundation

/// The officer on whose behalf the store writes, and the operating-system account they use.
public struct ActingOfficer: Sendable, Hashable {
  public let id: UUID
  public let handle: String
  /// The OS account running this program, recorded in every audit event.
  public let osUser: String

  public init(id: UUID, handle: String, osUser: String = ActingOfficer.currentOSUser) {
    self.id = id
    self.handle = handle
    self.osUser = osUser
  }

  /// The login name of the process's user.
  public static let currentOSUser: String = {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return ProcessInfo.processInfo.environment["USER"] ?? "uid \(geteuid())"
  }()
}
