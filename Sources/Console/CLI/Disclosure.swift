import Foundation
import Storage

extension CommandContext {
  /// Lets `text` leave the program, to the file at `output` (which must not exist yet) or to
  /// standard output, as a disclosure the audit trail records first: `what` is described as
  /// going "to" the destination, with its recipients. A destination that cannot take the file
  /// is refused before anything is recorded; an export that cannot be recorded does not
  /// happen. Returns the file written, if any.
  @discardableResult
  func disclose(
    _ text: String, what: String, records: [AuditSubject], recipients: [String],
    output: String?
  ) throws -> URL? {
    let url = output.map { ExportFile.resolve($0) }
    do {
      if let url { try ExportFile.check(url, overwrite: false) }
      try store.recordDisclosure(
        "\(what) to \(url?.path ?? "standard output")", of: records, to: recipients,
        as: try actor())
      guard let url else {
        StandardStream.write(text)
        return nil
      }
      try ExportFile.write(text, to: url, overwrite: false)
      return url
    } catch let error as ExportFile.Failure {
      throw CommandFailure(
        error.exists ? "\(error.message); liaison does not overwrite files" : error.message)
    }
  }
}
