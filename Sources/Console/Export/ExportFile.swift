import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes an export to a file: the one place liaison's exports touch the file system, for the
/// console (through ``Effect/writeFile(_:)``), the command line and the benchmark report.
///
/// Exports carry marked information, so the file is created readable by its owner only
/// (mode 0600) from the first byte, never widened afterwards. An existing file is never
/// replaced unless the officer said so: minutes already sent round must not be overwritten
/// by accident. A replacement is written beside the old file and renamed over it, so a full
/// disk leaves the old file whole.
enum ExportFile {
  struct Failure: Error, Equatable {
    let message: String
    /// The file exists and was left alone.
    let exists: Bool
  }

  /// Where a path typed by an officer points: `~` is their home, a relative path is taken
  /// from the current folder.
  static func resolve(_ path: String, in folder: String = currentFolder) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
    return URL(fileURLWithPath: folder).appendingPathComponent(expanded).standardizedFileURL
  }

  /// The folder the program was started in: where a file named without a folder goes.
  static var currentFolder: String { FileManager.default.currentDirectoryPath }

  /// Refuses a destination that cannot take the file: a folder, a missing folder, or (with
  /// `overwrite` false) an existing file. Asked before an export is recorded in the audit
  /// trail, so that a refused export is not logged as made; `write` checks again.
  static func check(_ url: URL, overwrite: Bool) throws(Failure) {
    let path = url.path
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    if exists, isFolder.boolValue {
      throw Failure(message: "\(path) is a folder; give a file name", exists: true)
    }
    if exists, !overwrite { throw Failure(message: "\(path) already exists", exists: true) }
    var parentIsFolder: ObjCBool = false
    let parent = url.deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsFolder),
      parentIsFolder.boolValue
    else {
      throw Failure(message: "cannot write \(path): no folder \(parent)", exists: false)
    }
  }

  /// Writes `text` to `url`; with `overwrite` false, refuses an existing file.
  static func write(_ text: String, to url: URL, overwrite: Bool) throws(Failure) {
    let path = url.path
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    if exists, isFolder.boolValue {
      throw Failure(message: "\(path) is a folder; give a file name", exists: true)
    }
    if !overwrite {
      // O_EXCL creates the file or fails, so a file that appears between a check and the
      // write is still not replaced.
      try create(path, text, existsMessage: "\(path) already exists")
      return
    }
    let temporary = path + ".liaison-\(getpid())-partial"
    try create(temporary, text, existsMessage: "\(temporary) is in the way")
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(message: "cannot write \(path): \(reason)", exists: false)
    }
  }

  /// Creates `path` exclusively with mode 0600, writes all of `text`, and flushes it to disk.
  /// A partly written file is removed.
  private static func create(
    _ path: String, _ text: String, existsMessage: String
  )
    throws(Failure)
  {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      if errno == EEXIST { throw Failure(message: existsMessage, exists: true) }
      throw Failure(
        message: "cannot write \(path): \(String(cString: strerror(errno)))", exists: false)
    }
    var failure: Int32 = 0
    Array(text.utf8).withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
      if fsync(descriptor) != 0 { failure = errno }
    }
    close(descriptor)
    if failure != 0 {
      unlink(path)
      throw Failure(
        message: "cannot write \(path): \(String(cString: strerror(failure)))", exists: false)
    }
  }
}
