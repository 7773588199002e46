import Foundation

/// Writing an export to a file, for the console and the command line alike.
enum FileExport {
  /// Writes `contents` to `path` with mode 0600 (exports carry marked information); refuses to
  /// replace an existing file unless asked. Returns the reason on failure.
  static func write(_ contents: String, to path: String, overwrite: Bool) -> String? {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) && !overwrite {
      return "\(path) already exists; choose another name (or add ! to replace it)"
    }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty && !manager.fileExists(atPath: folder) {
      return "cannot write \(path): the folder \(folder) does not exist"
    }
    guard
      manager.createFile(
        atPath: path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600])
    else { return "cannot write \(path): permission denied or disk full" }
    return nil
  }
}
