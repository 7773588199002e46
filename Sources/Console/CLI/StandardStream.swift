import Foundation

/// Writes to standard output or standard error with write(2). A terminal that has gone (a
/// closed window, a dropped SSH session: EIO) or a closed pipe (EPIPE) loses the text but
/// never stops the program, where `FileHandle.write` would trap.
enum StandardStream {
  static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
}
