import CaseModel

/// An action item added directly rather than from minutes, with the log it gets.
///
/// These are written by hand so that the demo always shows the cases an officer looks for
/// first: an overdue urgent item, one due this week, one blocked, one reopened with a note,
/// one reassigned and postponed, one without a due date.
struct DemoDirectAction {
  let day: Int
  let by: String
  let owner: String
  /// The operation's plan key; nil for network business.
  let operation: String?
  let title: String
  var details: String = ""
  let due: Int?
  let priority: Priority
  var coOwners: [String] = []
  let log: [DemoActionEvent]

  static let all: [DemoDirectAction] = [
    DemoDirectAction(
      day: -40, by: "ribeiro", owner: "ribeiro", operation: nil,
      title: "Update the network's list of national contact points",
      details: "Check every entry with the national coordinators; several addresses changed "
        + "after the SIENA mailbox moved.",
      due: -10, priority: .normal, log: []),
    DemoDirectAction(
      day: -22, by: "ribeiro", owner: "ribeiro", operation: "atlantico",
      title: "Prepare the EMPACT reporting for ATLÂNTICO AZUL", due: 3, priority: .high,
      coOwners: ["goncalves"],
      log: [
        DemoActionEvent(
          -5, .status(.inProgress),
          "Figures from MAOC-N and the Guardia Civil received; waiting for the Polícia Federal.")
      ]),
    DemoDirectAction(
      day: -30, by: "goncalves", owner: "goncalves", operation: nil,
      title: "Renew the SIENA access certificates of the field laptops", due: nil,
      priority: .low, log: []),
    DemoDirectAction(
      day: -10, by: "gomez.c", owner: "rojas", operation: nil,
      title: "Book ES/PT/EN interpretation for the Bogotá plenary", due: 30, priority: .normal,
      log: [
        DemoActionEvent(
          -4, .status(.inProgress), "Two quotes requested; AMERIPOL budget line confirmed.")
      ]),
    DemoDirectAction(
      day: -25, by: "devries", owner: "bakker", operation: "puerto",
      title: "Send the reefer risk indicators to the CLASI customs services", due: -2,
      priority: .urgent, log: []),
    DemoDirectAction(
      day: -50, by: "devries", owner: "vandamme", operation: "puerto",
      title: "Draft the JIT renewal for PUERTO CLARO", due: 5, priority: .high,
      coOwners: ["peeters", "andrade"],
      log: [
        DemoActionEvent(-40, .status(.inProgress), "Draft based on the Eurojust model agreement."),
        DemoActionEvent(
          -18, .status(.blocked),
          "Blocked: Ecuador has not yet named who signs for the Fiscalía."),
      ]),
    DemoDirectAction(
      day: -90, by: "kowalska", owner: "almeida", operation: nil,
      title: "Reconcile the seizure figures with the EUDA for the annual report", due: -30,
      priority: .normal,
      log: [
        DemoActionEvent(-60, .status(.inProgress)),
        DemoActionEvent(-34, .status(.done), "Figures reconciled and sent ✅"),
        DemoActionEvent(
          -12, by: "kowalska", .status(.inProgress),
          "Reopened: Belgium revised its port seizure figures; the totals must be redone."),
        DemoActionEvent(-12, by: "kowalska", .due(14), "New deadline agreed with the EUDA."),
      ]),
    DemoDirectAction(
      day: -75, by: "salazar", owner: "quispe", operation: "condor",
      title: "Archive the CÓNDOR courier profiles in the Task Force register", due: -62,
      priority: .normal,
      log: [
        DemoActionEvent(
          -63, .status(.done), "Profiles archived; access limited to the participants.")
      ]),
    DemoDirectAction(
      day: -6, by: "gomez.l", owner: "gomez.l", operation: "mare",
      title: "Review who can read the MARÉ ALTA source reporting (H2)",
      details: "Named participants only; remove the two officers who left the Task Force.",
      due: 2, priority: .urgent,
      log: [
        DemoActionEvent(
          -2, .status(.inProgress), "List checked with the DNCD; one name left to confirm.")
      ]),
    DemoDirectAction(
      day: -15, by: "ribeiro", owner: "kowalska", operation: nil,
      title: "Collect the national seizure statistics for the plenary", due: 20,
      priority: .normal, log: []),
    DemoDirectAction(
      day: -398, by: "silva.f", owner: "araujo", operation: "santos",
      title: "Hand the Guarujá confiscation file over to the court liaison", due: -392,
      priority: .high,
      log: [
        DemoActionEvent(-393, .status(.done), "File handed over; receipt in the case folder.")
      ]),
    DemoDirectAction(
      day: -45, by: "ribeiro", owner: "nunez", operation: nil,
      title: "Test restoring a field laptop from its offline backup", due: -20, priority: .low,
      log: [
        DemoActionEvent(
          -28, .status(.dropped),
          "Dropped: covered by the IT security review that starts next month.")
      ]),
    DemoDirectAction(
      day: -37, by: "ribeiro", owner: "goncalves", operation: "atlantico",
      title: "Follow up the Azores seizure with the Marinha boarding team", due: -14,
      priority: .normal,
      log: [
        DemoActionEvent(
          -30, by: "ribeiro", .reassign("pereira.r"),
          "Reassigned: João works on the financial side now; Rui Pereira takes over."),
        DemoActionEvent(-26, .status(.inProgress), "Boarding report received; photos to add."),
        DemoActionEvent(-12, .due(9), "Postponed: the team is back at sea until next week ⚓"),
      ]),
    DemoDirectAction(
      day: -8, by: "herrero", owner: "herrero", operation: "alisios",
      title: "Draft the operational action plan of ALISIOS", due: 18, priority: .high,
      log: [DemoActionEvent(-3, .status(.inProgress), "First draft shared with MAOC-N.")]),
    DemoDirectAction(
      day: -18, by: "ferrari", owner: "ferrari", operation: "oro",
      title: "Agree the handling rules for ORO LIMPIO's financial data", due: 10,
      priority: .normal, coOwners: ["restrepo"], log: []),
    DemoDirectAction(
      day: -5, by: "mueller", owner: "mueller", operation: "cifra",
      title: "Prepare a note on the court rulings for the review of the suspension", due: 16,
      priority: .high, log: []),
    DemoDirectAction(
      day: -14, by: "peralta", owner: "peralta", operation: "mare",
      title: "Confirm the DNCD boarding team for the next window", due: -1, priority: .high,
      log: []),
    DemoDirectAction(
      day: -3, by: "andrade", owner: "vera", operation: "puerto",
      title: "Send the SENAE scanner images of the last shipment", due: 1, priority: .urgent,
      log: [
        DemoActionEvent(-1, .status(.inProgress), "Images exported; uploading through SIENA.")
      ]),
  ]
}
