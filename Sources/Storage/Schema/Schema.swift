import GRDB

/// The database schema, built by migrations from an empty file.
///
/// `PRAGMA user_version` holds the number of the last migration, so that `liaison db info`
/// and a newer-schema check can read it without knowing GRDB's migration table.
enum Schema {
  /// The schema version this program writes.
  static let version = 5

  /// The first migration's name: a GRDB database without it is another program's.
  static let firstMigration = "v1 case model"

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(firstMigration) { db in
      try db.execute(sql: v1Tables)
      try db.execute(sql: v1LogTables)
      for index in FullTextIndex.all { try db.execute(sql: index.creationSQL) }
      try db.execute(sql: ActionTally.creationSQL)
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    // Need-to-know: items only named parties may see, by operation, so that an operation's
    // counts can leave out those the viewer may not see without reading every item; and an
    // officer's attendance at a meeting found in one look-up, as the rules ask it per row.
    migrator.registerMigration("v2 restricted items") { db in
      try db.execute(
        sql: """
          CREATE INDEX action_restricted ON action_item(operation_id, status, \(dueKey))
            WHERE tlp IN \(AccessRules.namedOnlyTLP) AND deleted_at IS NULL;
          CREATE INDEX attendance_meeting_officer ON attendance(meeting_id, officer_id);
          PRAGMA user_version = 2;
          """)
    }
    // The directory counts each officer's open items with the need-to-know rules: read from
    // the table, a page of 50 officers on a million items fetched ~10,000 rows scattered
    // over it (32 ms, most of it the kernel copying pages). The owner index now holds every
    // column the rules read, so the counts come from it alone (5 ms); its order, which the
    // owner's list uses, is unchanged.
    migrator.registerMigration("v3 owner index covers the rules") { db in
      try db.execute(
        sql: """
          DROP INDEX action_owner_due;
          CREATE INDEX action_owner_due ON action_item(owner_id, status, \(dueKey), id,
            operation_id, meeting_id, tlp, deleted_at) WHERE deleted_at IS NULL;
          PRAGMA user_version = 3;
          """)
    }
    // An operation's open and overdue items summed the counts of every due date it has (20 ms
    // for the operations list of the bench file, where most dates are behind): totals by
    // status make them a few rows each (4 ms).
    migrator.registerMigration("v4 action totals by operation") { db in
      try db.execute(sql: ActionTally.totalsCreationSQL + "PRAGMA user_version = 4;")
    }
    // Search judged every match's row to skip the items of operations the viewer does not
    // see: 16,000 pages for a word found only there on the bench file (32 ms). Each item's
    // operation, a few bytes a row, lets it skip them reading some 2,000 pages (8 ms).
    migrator.registerMigration("v5 action scope") { db in
      try db.execute(sql: ActionScope.creationSQL + "PRAGMA user_version = 5;")
    }
    return migrator
  }

  /// Columns every record has: who made it and when, who changed it last, and its tombstone.
  private static let stamp = """
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT
    """

  private static let markings = """
    handling TEXT NOT NULL,
    tlp TEXT NOT NULL,
    classification TEXT,
    reliability TEXT,
    accuracy TEXT
    """

  /// Sort key for due dates: items without one come last.
  static let dueKey = "ifnull(due, '9999-12-31')"

  // Action indexes leave out deleted items: every query asks for live ones, so the indexes
  // stay smaller and counts are answered from the index alone, without reading rows.

  private static let v1Tables = """
    CREATE TABLE country (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      bloc TEXT NOT NULL,
      \(stamp));

    CREATE TABLE organisation (
      id TEXT PRIMARY KEY NOT NULL,
      acronym TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      country_id TEXT REFERENCES country(id),
      kind TEXT NOT NULL,
      \(stamp));
    CREATE INDEX organisation_country ON organisation(country_id, acronym);

    CREATE TABLE officer (
      id TEXT PRIMARY KEY NOT NULL,
      handle TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      sort_name TEXT NOT NULL,
      organisation_id TEXT NOT NULL REFERENCES organisation(id),
      country_id TEXT NOT NULL REFERENCES country(id),
      role TEXT NOT NULL,
      specialisations TEXT NOT NULL,
      languages TEXT NOT NULL,
      email TEXT,
      phone TEXT,
      \(stamp));
    CREATE INDEX officer_name ON officer(sort_name, id);
    CREATE INDEX officer_country ON officer(country_id, sort_name, id);
    CREATE INDEX officer_organisation ON officer(organisation_id, sort_name, id);
    CREATE INDEX officer_role ON officer(role, sort_name, id);

    CREATE TABLE operation (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      codename TEXT NOT NULL,
      summary TEXT NOT NULL,
      status TEXT NOT NULL,
      crime_areas TEXT NOT NULL,
      vector TEXT NOT NULL,
      lead_country_id TEXT NOT NULL REFERENCES country(id),
      lead_organisation_id TEXT REFERENCES organisation(id),
      threat_assessment TEXT,
      empact_ref TEXT,
      jit_ref TEXT,
      start_date TEXT,
      end_date TEXT,
      \(markings),
      \(stamp));
    CREATE INDEX operation_status ON operation(status, code);
    CREATE INDEX operation_vector ON operation(vector, code);
    CREATE INDEX operation_lead_country ON operation(lead_country_id, code);

    CREATE TABLE participant (
      id TEXT PRIMARY KEY NOT NULL,
      operation_id TEXT NOT NULL REFERENCES operation(id),
      country_id TEXT REFERENCES country(id),
      organisation_id TEXT REFERENCES organisation(id),
      officer_id TEXT REFERENCES officer(id),
      role TEXT NOT NULL,
      \(stamp),
      CHECK ((country_id IS NOT NULL) + (organisation_id IS NOT NULL)
             + (officer_id IS NOT NULL) = 1));
    CREATE INDEX participant_operation ON participant(operation_id);
    CREATE INDEX participant_country ON participant(country_id);
    CREATE INDEX participant_organisation ON participant(organisation_id);
    CREATE INDEX participant_officer ON participant(officer_id);

    CREATE TABLE meeting (
      id TEXT PRIMARY KEY NOT NULL,
      ref TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      duration_minutes INTEGER NOT NULL,
      place TEXT,
      video_call INTEGER NOT NULL,
      chair_id TEXT REFERENCES officer(id),
      minute_taker_id TEXT REFERENCES officer(id),
      minutes_state TEXT NOT NULL,
      \(markings),
      \(stamp));
    CREATE INDEX meeting_start ON meeting(starts_at, id);
    CREATE INDEX meeting_kind ON meeting(kind, starts_at, id);

    CREATE TABLE meeting_operation (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meeting(id),
      operation_id TEXT NOT NULL REFERENCES operation(id),
      \(stamp));
    CREATE INDEX meeting_operation_operation ON meeting_operation(operation_id, meeting_id);
    CREATE INDEX meeting_operation_meeting ON meeting_operation(meeting_id);

    CREATE TABLE attendance (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meeting(id),
      officer_id TEXT NOT NULL REFERENCES officer(id),
      status TEXT NOT NULL,
      guest INTEGER NOT NULL,
      \(stamp));
    CREATE INDEX attendance_meeting ON attendance(meeting_id);
    CREATE INDEX attendance_officer ON attendance(officer_id);

    CREATE TABLE agenda_item (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meeting(id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      \(stamp));
    CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

    CREATE TABLE action_item (
      id TEXT PRIMARY KEY NOT NULL,
      ref TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      details TEXT NOT NULL,
      owner_id TEXT NOT NULL REFERENCES officer(id),
      operation_id TEXT REFERENCES operation(id),
      meeting_id TEXT REFERENCES meeting(id),
      due TEXT,
      priority TEXT NOT NULL,
      status TEXT NOT NULL,
      \(markings),
      \(stamp));
    CREATE INDEX action_open_due ON action_item(\(dueKey), id)
      WHERE status IN ('open', 'in-progress', 'blocked') AND deleted_at IS NULL;
    CREATE INDEX action_status_due ON action_item(status, \(dueKey), id)
      WHERE deleted_at IS NULL;
    CREATE INDEX action_due ON action_item(\(dueKey), id) WHERE deleted_at IS NULL;
    CREATE INDEX action_owner_due ON action_item(owner_id, status, \(dueKey), id)
      WHERE deleted_at IS NULL;
    CREATE INDEX action_operation_due ON action_item(operation_id, status, \(dueKey), id)
      WHERE deleted_at IS NULL;
    CREATE INDEX action_meeting ON action_item(meeting_id);

    CREATE TABLE minute_entry (
      id TEXT PRIMARY KEY NOT NULL,
      ref TEXT NOT NULL UNIQUE,
      meeting_id TEXT NOT NULL REFERENCES meeting(id),
      agenda_item_id TEXT REFERENCES agenda_item(id),
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      text TEXT NOT NULL,
      action_id TEXT REFERENCES action_item(id),
      amendment INTEGER NOT NULL,
      \(markings),
      \(stamp));
    CREATE INDEX minute_entry_meeting ON minute_entry(meeting_id, position);
    CREATE INDEX minute_entry_action ON minute_entry(action_id);

    CREATE TABLE action_co_owner (
      id TEXT PRIMARY KEY NOT NULL,
      action_id TEXT NOT NULL REFERENCES action_item(id),
      officer_id TEXT NOT NULL REFERENCES officer(id),
      \(stamp));
    CREATE INDEX action_co_owner_action ON action_co_owner(action_id);
    CREATE INDEX action_co_owner_officer ON action_co_owner(officer_id);

    CREATE TABLE action_update (
      id TEXT PRIMARY KEY NOT NULL,
      action_id TEXT NOT NULL REFERENCES action_item(id),
      note TEXT NOT NULL,
      status TEXT,
      due TEXT,
      due_cleared INTEGER NOT NULL,
      owner_id TEXT REFERENCES officer(id),
      priority TEXT,
      \(stamp));
    CREATE INDEX action_update_action ON action_update(action_id, created_at);

    CREATE TABLE seizure (
      id TEXT PRIMARY KEY NOT NULL,
      ref TEXT NOT NULL UNIQUE,
      operation_id TEXT NOT NULL REFERENCES operation(id),
      kind TEXT NOT NULL,
      description TEXT NOT NULL,
      substance TEXT,
      quantity REAL,
      unit TEXT,
      value REAL,
      currency TEXT,
      place TEXT NOT NULL,
      country_id TEXT REFERENCES country(id),
      date TEXT NOT NULL,
      status TEXT NOT NULL,
      \(markings),
      \(stamp));
    CREATE INDEX seizure_operation ON seizure(operation_id, date, id);
    CREATE INDEX seizure_date ON seizure(date, id);
    CREATE INDEX seizure_kind ON seizure(kind, date, id);
    CREATE INDEX seizure_status ON seizure(status, date, id);
    """

  /// Local state, the operation log and the audit trail. The two logs refuse updates and
  /// deletes: history is appended to, never rewritten.
  private static let v1LogTables = """
    CREATE TABLE local_state (
      key TEXT PRIMARY KEY NOT NULL,
      value);

    -- Text being typed that is not a record yet: the minutes entry line, open forms. Local
    -- to this database, never logged or exchanged; kept so that nothing typed is lost.
    CREATE TABLE draft (
      key TEXT PRIMARY KEY NOT NULL,
      payload TEXT NOT NULL,
      saved_at TEXT NOT NULL);

    CREATE TABLE ref_counter (
      prefix TEXT PRIMARY KEY NOT NULL,
      last INTEGER NOT NULL);

    CREATE TABLE op_log (
      seq INTEGER PRIMARY KEY,
      op_id TEXT NOT NULL UNIQUE,
      replica_id TEXT NOT NULL,
      hlc INTEGER NOT NULL,
      officer_id TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      field TEXT NOT NULL,
      value);
    CREATE INDEX op_log_entity ON op_log(entity_id, hlc);
    CREATE TRIGGER op_log_no_update BEFORE UPDATE ON op_log
      BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;
    CREATE TRIGGER op_log_no_delete BEFORE DELETE ON op_log
      BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;

    CREATE TABLE audit_event (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      at TEXT NOT NULL,
      officer_id TEXT,
      os_user TEXT NOT NULL,
      kind TEXT NOT NULL,
      entity TEXT,
      entity_id TEXT,
      ref TEXT,
      summary TEXT NOT NULL,
      details TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL);
    CREATE INDEX audit_event_officer ON audit_event(officer_id, seq);
    CREATE INDEX audit_event_entity ON audit_event(entity_id, seq);
    CREATE INDEX audit_event_kind ON audit_event(kind, seq);
    CREATE INDEX audit_event_at ON audit_event(at, seq);
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    """
}
