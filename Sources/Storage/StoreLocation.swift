import Foundation

/// Where the database file lives.
///
/// `--db PATH` beats `LIAISON_DB`, which beats `$XDG_DATA_HOME/liaison/liaison.sqlite`,
/// which falls back to `~/.local/share/liaison/liaison.sqlite` when `XDG_DATA_HOME` is unset
/// or not absolute (as the XDG Base Directory specification asks).
public enum StoreLocation {
  public static func resolve(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let fromEnvironment = environment["LIAISON_DB"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    return dataDirectory(environment: environment) + "/liaison.sqlite"
  }

  /// `$XDG_DATA_HOME/liaison`, or `~/.local/share/liaison`.
  public static func dataDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/liaison"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/liaison"
  }
}
