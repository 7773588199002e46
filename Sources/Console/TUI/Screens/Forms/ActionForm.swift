import CaseModel
import Foundation
import Storage

/// The fields of an action item. A new item is open; its status is set here only once it
/// exists. Status, priority, due date and owner changes go into the item's update log (the
/// store does that for edits from any form).
enum ActionForm {
  static func fields(editing: Bool) -> [FormField] {
    let head = [
      FormField("title", "Title", .line(.required("title"))),
      FormField("details", "Details", .text(name: "details", rows: 4)),
      FormField("owner", "Owner", .choice(.officers, required: true)),
      FormField("coowners", "Co-owners", .choices(.officers, atLeastOne: nil)),
      FormField("operation", "Operation", .choice(.operations, required: false)),
      FormField("due", "Due", .date(name: "due date", required: false)),
      FormField("priority", "Priority", .choice(.terms(Priority.self), required: true)),
    ]
    let status = FormField(
      "status", "Status", .choice(.terms(ActionStatus.self), required: true))
    return head + (editing ? [status] : []) + [FormField("markings", "Markings", .markings)]
  }

  static func prefill(_ detail: ActionDetail) -> (FormRecord, [String: String]) {
    let item = detail.row.item
    let texts = [
      "title": item.title, "details": item.details, "owner": item.ownerID.text,
      "coowners": detail.coOwners.map(\.id.text).joined(separator: ","),
      "operation": item.operationID?.text ?? "", "due": item.due?.description ?? "",
      "priority": item.priority.rawValue, "status": item.status.rawValue,
      "markings": MarkingsText.format(item.markings),
    ]
    return (.action(item), texts)
  }

  static func change(
    _ values: FormValues, _ original: ActionItem?
  ) throws(FieldProblem) -> Change {
    let owner = try values.required(
      values.id("owner"), "owner", "owner is empty; press Enter to choose")
    let status = try original == nil ? nil : values.term("status", ActionStatus.self)
    let item = ActionItem(
      id: original?.id ?? .v7(), ref: original?.ref ?? "", title: try values.string("title"),
      details: try values.string("details"), ownerID: owner,
      operationID: try values.id("operation"), meetingID: original?.meetingID,
      due: try values.date("due"), priority: try values.term("priority", Priority.self) ?? .normal,
      status: status ?? original?.status ?? .open, markings: try values.markings("markings"),
      stamp: original?.stamp ?? .pending)
    let checked = try values.validated(
      { () throws(ValidationError) in try item.validated() }, blame: { _ in nil })
    if var moved = original {
      // A done item reopens only with a note: the triage keys ask for one, a form does not.
      try values.validated(
        { () throws(ValidationError) in try moved.changeStatus(to: item.status, note: nil) },
        blame: { _ in "status" })
    }
    // The owner is not a co-owner of their own item.
    let coOwners = try values.ids("coowners").filter { $0 != owner }
    return original == nil
      ? .addAction(checked, coOwners: coOwners) : .editAction(checked, coOwners: coOwners)
  }
}
