import CaseModel
import Foundation
import Storage

/// The Overview tab of an operation: its identity, lead, period, references, workload and
/// markings, then the summary wrapped to the width.
enum OperationOverview {
  /// The next meeting is given in UTC, said so: the operation row has its instant but not its
  /// zone, and the Meetings tab shows each meeting in its own.
  static func lines(_ detail: OperationDetail) -> [DetailLine] {
    let row = detail.row
    let op = row.operation
    let lead =
      "\(row.leadCountryCode) \(detail.leadCountryName)"
      + (row.leadOrganisationAcronym.map { " · " + $0 } ?? "")
    let overdue = row.overdueActions > 0 ? " (\(row.overdueActions) overdue)" : ""
    var lines: [DetailLine] = [
      .field("Code", op.code),
      .field("Codename", op.codename),
      .field("Status", op.status.label, op.status == .active ? .normal : .dim),
      .field("Crime areas", op.crimeAreas.map(\.label).joined(separator: ", ")),
      .field("Vector", op.vector.label),
      .field("Lead", lead),
      .field("Period", period(op)),
      optional("Threat", op.threatAssessment),
      optional("EMPACT", op.empactRef),
      optional("JIT", op.jitRef),
      .blank,
      .field(
        "Open actions", "\(row.openActions)\(overdue)",
        row.overdueActions > 0 ? .itemOverdue : .normal),
      .field(
        "Meetings",
        "\(detail.meetings)"
          + (row.nextMeeting.map { " · next " + TimeText.short($0, zone: .gmt) + " UTC" } ?? "")),
      .field("Seizures", String(detail.seizures)),
      .field("Participants", String(detail.participants.count)),
      .markings(op.markings),
      .blank,
      .heading("Summary"),
    ]
    lines +=
      op.summary.isEmpty
      ? [DetailLine("  no summary yet", .dim)] : DetailLine.paragraphs(op.summary, indent: 2)
    return lines
  }

  private static func optional(_ label: String, _ value: String?) -> DetailLine {
    guard let value, !value.isEmpty else { return .field(label, "—", .dim) }
    return .field(label, value)
  }

  /// `2026-01-10 → 2026-06-30`, with open ends said as such.
  private static func period(_ op: JointOperation) -> String {
    switch (op.startDate, op.endDate) {
    case (nil, nil): "not set"
    case (let start?, nil): "from \(start), open-ended"
    case (nil, let end?): "until \(end)"
    case (let start?, let end?): "\(start) → \(end)"
    }
  }
}
