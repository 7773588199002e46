import CaseModel
import Foundation
import Storage

/// `:export md|text [PATH] [to:RECIPIENT,…]` and `:export! …`: the minutes written to a file
/// to circulate, a disclosure the audit trail records with its recipients.
extension MinutesEditorScreen {
  public mutating func command(
    _ name: String, _ argument: String, _ env: Environment
  )
    -> [Effect]?
  {
    guard name == "export" || name == "export!" else { return nil }
    guard let detail else { return [.error("the meeting is still loading; try again")] }
    let request: ExportRequest
    switch ExportRequest.parse(argument, force: name == "export!", meeting: detail.row.meeting) {
    case .success(let parsed): request = parsed
    case .failure(let refusal): return [.error(refusal.message)]
    }
    let text = MinutesExport.render(detail, as: request.format, people: officers)
    let url = ExportFile.resolve(request.path)
    return [
      .writeFile(
        FileWrite(
          url: url, text: text, overwrite: request.force,
          done:
            "wrote the minutes of \(detail.row.meeting.ref) (\(request.format.name)) to \(url.path)",
          replaceHint: ":export! \(request.format.rawValue) \(request.path) replaces it",
          disclosed: [detail.auditSubject], recipients: request.recipients))
    ]
  }
}

/// What `:export` was asked for: a format, a path, and whether an existing file may go.
struct ExportRequest: Equatable {
  var format: MinutesExport.Format
  var path: String
  var force: Bool
  /// Who receives the file: `to:Eurojust,MAOC-N`.
  var recipients: [String] = []

  /// `md`, `text ~/minutes.txt`, or nothing (Markdown, named after the meeting, in the
  /// current folder).
  static func parse(
    _ argument: String, force: Bool, meeting: Meeting
  ) -> Result<ExportRequest, EntryRefusal> {
    let all = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let recipients = all.filter { $0.hasPrefix("to:") }.flatMap {
      $0.dropFirst(3).split(separator: ",").map(String.init)
    }
    let words = all.filter { !$0.hasPrefix("to:") }
    var format = MinutesExport.Format.markdown
    if let first = words.first {
      guard let chosen = MinutesExport.Format(word: first) else {
        return .failure(
          EntryRefusal(
            "export takes md or text, then a file and recipients if wanted: "
              + ":export md ~/minutes.md to:Eurojust,MAOC-N"))
      }
      format = chosen
    }
    let path = words.dropFirst().joined(separator: " ")
    return .success(
      ExportRequest(
        format: format, path: path.isEmpty ? MinutesExport.fileName(meeting, format) : path,
        force: force, recipients: recipients))
  }
}
