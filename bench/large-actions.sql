-- Adds N action items (default 1,000,000) to a liaison database that holds the demo, in bulk,
-- for measuring the console on a large list. Run on a copy:
--
--   liaison --db /tmp/big.sqlite demo
--   sqlite3 /tmp/big.sqlite < bench/large-actions.sql
--   liaison --db /tmp/big.sqlite --replay bench/navigation.keys --timings
--
-- Rows go straight into action_item (the search index is kept by its triggers); they are not
-- written through the write path, so they have no operation-log or audit rows. That does not
-- change what the console reads, but it is not a database to exchange or audit.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
CREATE TEMP TABLE bench_config(n INTEGER);
INSERT INTO bench_config VALUES (1000000);
CREATE TEMP TABLE bench_officer AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM officer;
CREATE TEMP TABLE bench_operation AS
  SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM operation WHERE status IN ('active', 'planned', 'suspended');
CREATE TEMP TABLE bench_word(i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO bench_word(w) VALUES ('Request'), ('Check'), ('Trace'), ('Send'), ('Confirm'),
  ('Prepare'), ('Circulate'), ('Map'), ('Ask'), ('Share'), ('AIS'), ('container'), ('manifest'),
  ('wallet'), ('vessel'), ('crew'), ('handset'), ('MLA'), ('JIT'), ('Bogotá'), ('São Paulo'),
  ('Algeciras'), ('Rotterdam'), ('Guayaquil'), ('Santos'), ('Panamá'), ('cocaine'), ('shipment'),
  ('consignee'), ('account'), ('EncroChat'), ('Europol'), ('MAOC-N'), ('prosecutor'), ('report');
BEGIN;
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < (SELECT n FROM bench_config))
INSERT INTO action_item(id, ref, title, details, owner_id, operation_id, meeting_id, due, priority,
  status, handling, tlp, classification, reliability, accuracy, created_at, created_by, updated_at,
  updated_by, deleted_at)
SELECT
  lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2)
    || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  'A' || (n + 100000) || '-BNCH',
  (SELECT w FROM bench_word WHERE i = 1 + n % 10) || ' the ' ||
    (SELECT w FROM bench_word WHERE i = 11 + (n / 10) % 25) || ' ' ||
    (SELECT w FROM bench_word WHERE i = 11 + (n / 250) % 25) || ' #' || n,
  '',
  (SELECT id FROM bench_officer WHERE i = n % (SELECT count(*) FROM bench_officer)),
  (SELECT id FROM bench_operation WHERE i = n % (SELECT count(*) FROM bench_operation)),
  NULL,
  CASE WHEN n % 13 = 0 THEN NULL ELSE date('2024-01-01', '+' || (n % 1200) || ' days') END,
  CASE n % 10 WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' WHEN 2 THEN 'high' WHEN 3 THEN 'low' ELSE 'normal' END,
  CASE n % 8 WHEN 0 THEN 'open' WHEN 1 THEN 'in-progress' WHEN 2 THEN 'blocked' ELSE 'done' END,
  'H0', 'amber', NULL, NULL, NULL,
  '2026-01-01 00:00:00.000', (SELECT id FROM bench_officer WHERE i = 0),
  '2026-01-01 00:00:00.000', (SELECT id FROM bench_officer WHERE i = 0), NULL
FROM seq;
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
SELECT count(*) || ' action items' FROM action_item;
