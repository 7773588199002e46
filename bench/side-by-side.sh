#!/usr/bin/env bash
# liaison side by side with Taskwarrior, and with two floors on liaison's own file: the same
# list in plain SQL through the sqlite3 tool, and bench/floor, the least a Swift program built
# from liaison's parts (swift-argument-parser, GRDB) pays for that SQL. The same tasks in all,
# the same filtered lists and a text search, timed by hyperfine. Run by hand, not in CI:
#
#   apt-get install taskwarrior hyperfine sqlite3
#   swift build -c release --static-swift-stdlib --scratch-path .build-static
#   LIAISON=.build-static/release/liaison bench/side-by-side.sh 20000    # then 200000
#
# Results go to $WORK (default /tmp/liaison-side-by-side-N): one Markdown table per query.
set -euo pipefail

count=${1:-20000}
work=${WORK:-/tmp/liaison-side-by-side-$count}
liaison=$(realpath "${LIAISON:-.build/release/liaison}")
for tool in task hyperfine sqlite3 "$liaison"; do
  command -v "$tool" >/dev/null || { echo "side-by-side: $tool is missing" >&2; exit 1; }
done

echo "== bench/floor (a static build, as liaison's should be)"
here=$(dirname "$(realpath "$0")")
swift build -c release --static-swift-stdlib --package-path "$here/floor" >/dev/null
floor_program=$(swift build -c release --static-swift-stdlib --package-path "$here/floor" \
  --show-bin-path)/floor

rm -rf "$work"
mkdir -p "$work/task"
db=$work/liaison.sqlite
export LIAISON_DB=$db LC_ALL=C.UTF-8

echo "== $count action items into liaison"
"$liaison" bench generate --actions "$count" --minutes 0 --operations 50 --officers 200

echo "== the same items into Taskwarrior"
# One JSON object per line, as `task import` reads them: status, dates, project (the
# operation), priority, and the owner as a tag so that both tools can list one officer's items.
sqlite3 "$db" >"$work/tasks.json" <<'SQL'
SELECT json_object(
    'uuid', a.id, 'description', a.title,
    'status', CASE a.status WHEN 'done' THEN 'completed' WHEN 'dropped' THEN 'deleted'
      ELSE 'pending' END,
    'entry', strftime('%Y%m%dT%H%M%SZ', a.created_at),
    'due', strftime('%Y%m%dT120000Z', a.due),
    'end', CASE WHEN a.status IN ('done', 'dropped') THEN strftime('%Y%m%dT%H%M%SZ', a.updated_at) END,
    'project', o.code,
    'priority', CASE a.priority WHEN 'low' THEN 'L' WHEN 'normal' THEN 'M' ELSE 'H' END,
    'tags', json_array('owner_' || replace(p.handle, '.', '_')))
FROM action_item a JOIN operation o ON o.id = a.operation_id JOIN officer p ON p.id = a.owner_id;
SQL
# Taskwarrior refuses a null date: leave out the dates an item does not have.
sed -i 's/,"due":null//; s/,"end":null//' "$work/tasks.json"
cat >"$work/taskrc" <<EOF
data.location=$work/task
confirmation=off
verbose=nothing
color=off
hooks=off
EOF
export TASKRC=$work/taskrc
start=$(date +%s)
task import "$work/tasks.json" >/dev/null 2>"$work/import.err" || { cat "$work/import.err" >&2; exit 1; }
echo "imported $(task count) pending tasks in $(($(date +%s) - start)) s"

# The queries, in three forms each: liaison's command line, Taskwarrior, and the same list in
# plain SQL through the sqlite3 tool (the floor: no program around the query; liaison's own
# SQL adds the officer's need-to-know rules). The search's floor ranks with SQLite's bm25, as
# the tool lacks liaison's liaison_rank. The operation's list has a fourth: bench/floor.
code=$(sqlite3 "$db" "SELECT code FROM operation ORDER BY code LIMIT 1 OFFSET 7")
owner=$(sqlite3 "$db" "SELECT handle FROM officer ORDER BY handle LIMIT 1 OFFSET 11")
today=$(date +%F)
term=Hamburg

run() {
  local name=$1 ours=$2 theirs=$3 floor=$4 program=${5:-}
  local named=(-n liaison "$ours" -n taskwarrior "$theirs" -n sqlite3 "$floor")
  if [[ -n $program ]]; then named+=(-n floor "$program"); fi
  echo "== $name"
  # Once each first, to see that all answer (and to let Taskwarrior tidy its files, which it
  # does on its first report after an import).
  for command in "$ours" "$theirs" "$floor" ${program:+"$program"}; do
    bash -c "$command" >"$work/$name.out" 2>&1 ||
      { echo "side-by-side: failed: $command" >&2; cat "$work/$name.out" >&2; exit 1; }
  done
  hyperfine --warmup 2 --min-runs 10 --style basic --export-markdown "$work/$name.md" \
    "${named[@]}"
}

run operation \
  "$liaison action list --op $code --limit 100" \
  "task project:$code status:pending limit:100 list" \
  "sqlite3 $db \"SELECT a.ref, a.title, a.status, a.due, p.handle FROM action_item a
     JOIN officer p ON p.id = a.owner_id WHERE a.operation_id =
     (SELECT id FROM operation WHERE code = '$code') AND a.status IN ('open', 'in-progress',
     'blocked') AND a.deleted_at IS NULL ORDER BY a.due IS NULL, a.due, a.ref LIMIT 100\"" \
  "$floor_program action list --op $code --limit 100"

run overdue \
  "$liaison action list --overdue --limit 100" \
  "task +OVERDUE limit:100 list" \
  "sqlite3 $db \"SELECT a.ref, a.title, a.status, a.due, p.handle FROM action_item a
     JOIN officer p ON p.id = a.owner_id WHERE a.status IN ('open', 'in-progress', 'blocked')
     AND a.due < '$today' AND a.deleted_at IS NULL ORDER BY a.due, a.ref LIMIT 100\""

run owner \
  "$liaison action list --owner $owner --limit 100" \
  "task +owner_${owner//./_} status:pending limit:100 list" \
  "sqlite3 $db \"SELECT a.ref, a.title, a.status, a.due FROM action_item a WHERE a.owner_id =
     (SELECT id FROM officer WHERE handle = '$owner') AND a.status IN ('open', 'in-progress',
     'blocked') AND a.deleted_at IS NULL ORDER BY a.due IS NULL, a.due, a.ref LIMIT 100\""

run search \
  "$liaison search $term" \
  "task /$term/ list" \
  "sqlite3 $db \"SELECT t.ref, t.title FROM action_item_fts f JOIN action_item t ON
     t.rowid = f.rowid WHERE action_item_fts MATCH '$term' ORDER BY bm25(action_item_fts)
     LIMIT 10\""

cat "$work"/*.md
