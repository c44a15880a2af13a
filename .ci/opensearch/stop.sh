#!/usr/bin/env bash
# Stop nodes started by start.sh: all of them, or the ones named (node-1, node-2, ...).
#
#   .ci/opensearch/stop.sh [--dir DIR] [NODE ...]
#
# Sends SIGTERM (the node closes cleanly), waits up to 30 s, then SIGKILL. Leaves DIR/NODE/log.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir="$here/run"
names=()
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    -*) echo "stop.sh: unknown argument: $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/node-*/pid; do [ -f "$f" ] && names+=("$(basename "$(dirname "$f")")"); done
fi

status=0
for name in "${names[@]}"; do
  pidfile="$dir/$name/pid"
  [ -f "$pidfile" ] || { echo "stop.sh: no pid file for $name in $dir" >&2; status=1; continue; }
  pid=$(cat "$pidfile")
  # Only a JVM that runs our node: a recycled pid must not be signalled.
  if kill -0 "$pid" 2>/dev/null && grep -q 'nato.ci.LocalNode' "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stop.sh: $name (pid $pid) did not stop in 30 s; killing it" >&2
      kill -KILL "$pid"
    fi
  fi
  rm -f "$pidfile"
done
exit $status
