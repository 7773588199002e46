import CaseModel
import Foundation
import Storage

/// The JSON shape of each record: its id, its reference and the field names of the model.
extension Markings {
  var json: JSONValue {
    .object([
      "handling": JSONValue(handling), "tlp": JSONValue(tlp),
      "classification": JSONValue(classification), "reliability": JSONValue(reliability),
      "accuracy": JSONValue(accuracy), "banner": .string(banner),
    ])
  }
}

extension Stamp {
  var fields: [String: JSONValue] {
    [
      "createdAt": JSONValue(createdAt), "createdBy": JSONValue(createdBy),
      "updatedAt": JSONValue(updatedAt), "updatedBy": JSONValue(updatedBy),
    ]
  }
}

extension JointOperation {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(code), "code": .string(code),
        "codename": .string(codename), "summary": .string(summary), "status": JSONValue(status),
        "crimeAreas": .array(crimeAreas.map { JSONValue($0) }), "vector": JSONValue(vector),
        "leadCountryID": JSONValue(leadCountryID),
        "leadOrganisationID": JSONValue(leadOrganisationID),
        "threatAssessment": JSONValue(threatAssessment), "empactRef": JSONValue(empactRef),
        "jitRef": JSONValue(jitRef), "startDate": JSONValue(startDate),
        "endDate": JSONValue(endDate), "markings": markings.json,
      ]) { $1 })
  }
}

extension OperationRow {
  var json: JSONValue {
    guard case .object(var fields) = operation.json else { return operation.json }
    fields["leadCountry"] = .string(leadCountryCode)
    fields["leadOrganisation"] = JSONValue(leadOrganisationAcronym)
    fields["openActions"] = .int(openActions)
    fields["overdueActions"] = .int(overdueActions)
    fields["nextMeeting"] = JSONValue(nextMeeting)
    return .object(fields)
  }
}

extension ActionItem {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(ref), "title": .string(title),
        "details": .string(details), "ownerID": JSONValue(ownerID),
        "operationID": JSONValue(operationID), "meetingID": JSONValue(meetingID),
        "due": JSONValue(due), "priority": JSONValue(priority), "status": JSONValue(status),
        "markings": markings.json,
      ]) { $1 })
  }
}

extension ActionRow {
  func json(today: CalendarDate) -> JSONValue {
    guard case .object(var fields) = item.json else { return item.json }
    fields["owner"] = .string(ownerHandle)
    fields["ownerName"] = .string(ownerName)
    fields["operation"] = JSONValue(operationCode)
    fields["overdue"] = .bool(item.isOverdue(on: today))
    return .object(fields)
  }
}

extension ActionUpdateRow {
  var json: JSONValue {
    .object([
      "id": JSONValue(update.id), "at": JSONValue(update.stamp.createdAt),
      "by": .string(authorHandle), "note": .string(update.note),
      "status": JSONValue(update.status), "due": JSONValue(update.due),
      "owner": JSONValue(newOwnerHandle), "priority": JSONValue(update.priority),
    ])
  }
}

extension Meeting {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(ref), "kind": JSONValue(kind), "title": .string(title),
        "startsAt": JSONValue(startsAt), "timeZone": .string(timeZone),
        "durationMinutes": .int(durationMinutes), "place": JSONValue(place),
        "videoCall": .bool(videoCall), "chairID": JSONValue(chairID),
        "minuteTakerID": JSONValue(minuteTakerID), "minutesState": JSONValue(minutesState),
        "markings": markings.json,
      ]) { $1 })
  }
}

extension MeetingRow {
  var json: JSONValue {
    guard case .object(var fields) = meeting.json else { return meeting.json }
    fields["operations"] = .array(operationCodes.map(JSONValue.string))
    fields["entries"] = .int(entries)
    fields["chair"] = JSONValue(chairHandle)
    return .object(fields)
  }
}

extension MinuteEntry {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(ref), "meetingID": JSONValue(meetingID),
        "agendaItemID": JSONValue(agendaItemID), "position": .int(position),
        "kind": JSONValue(kind), "text": .string(text), "actionID": JSONValue(actionID),
        "amendment": .bool(amendment), "markings": markings.json,
      ]) { $1 })
  }
}

extension Officer {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(handle), "handle": .string(handle),
        "name": .string(name), "organisationID": JSONValue(organisationID),
        "countryID": JSONValue(countryID), "role": JSONValue(role),
        "specialisations": .array(specialisations.map { JSONValue($0) }),
        "languages": .array(languages.map(JSONValue.string)), "email": JSONValue(email),
        "phone": JSONValue(phone),
      ]) { $1 })
  }
}

extension OfficerRow {
  var json: JSONValue {
    guard case .object(var fields) = officer.json else { return officer.json }
    fields["organisation"] = .string(organisationAcronym)
    fields["country"] = .string(countryCode)
    fields["openActions"] = .int(openActions)
    return .object(fields)
  }
}

extension Organisation {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(acronym), "acronym": .string(acronym),
        "name": .string(name), "countryID": JSONValue(countryID), "kind": JSONValue(kind),
      ]) { $1 })
  }
}

extension Seizure {
  var json: JSONValue {
    .object(
      stamp.fields.merging([
        "id": JSONValue(id), "ref": .string(ref), "operationID": JSONValue(operationID),
        "kind": JSONValue(kind), "description": .string(description),
        "substance": JSONValue(substance), "quantity": JSONValue(quantity), "unit": JSONValue(unit),
        "value": JSONValue(value), "currency": JSONValue(currency), "place": .string(place),
        "countryID": JSONValue(countryID), "date": JSONValue(date), "status": JSONValue(status),
        "markings": markings.json,
      ]) { $1 })
  }
}

extension SeizureRow {
  var json: JSONValue {
    guard case .object(var fields) = seizure.json else { return seizure.json }
    fields["operation"] = .string(operationCode)
    fields["country"] = JSONValue(countryCode)
    return .object(fields)
  }
}

/// The strictest marking over the records in an output, which `--json` states alongside them.
func combinedMarking(_ markings: [Markings]) -> JSONValue {
  guard let first = markings.first else { return .null }
  return markings.dropFirst().reduce(first) { $0.combined(with: $1) }.json
}

/// A list in JSON: `{"items": […], "marking": …, "more": bool}`.
func listJSON(_ items: [JSONValue], markings: [Markings], more: Bool) -> JSONValue {
  .object(["items": .array(items), "marking": combinedMarking(markings), "more": .bool(more)])
}
