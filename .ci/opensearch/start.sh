#!/usr/bin/env bash
# Start a real OpenSearch cluster of one or more nodes on 127.0.0.1, built from Maven artifacts
# (see pom.xml and LocalNode.java), in the background; wait until it answers green or yellow.
#
#   .ci/opensearch/start.sh [--nodes N] [--http PORT] [--transport PORT] [--cluster NAME]
#                           [--dir DIR] [--heap SIZE] [--timeout SECONDS]
#
# Node i (1..N) is named node-i and listens on HTTP PORT+i-1 and transport PORT+i-1 (defaults 9250
# and 9350). One node runs with discovery.type=single-node; N nodes find each other through their
# transport ports and elect a cluster manager among all N. Each node's files live in DIR/node-i
# (default .ci/opensearch/run): home/ (data, wiped at each start), log, pid. Stop with stop.sh.
# Prints the cluster's URL on stdout; exits 1, with the log's tail, if it is not up in time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

nodes=1 http=9250 transport=9350 cluster=nato-search-ci dir="$here/run" heap=512m timeout=120
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) nodes=$2 ;;
    --http) http=$2 ;;
    --transport) transport=$2 ;;
    --cluster) cluster=$2 ;;
    --dir) dir=$2 ;;
    --heap) heap=$2 ;;
    --timeout) timeout=$2 ;;
    *) echo "start.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift 2
done

command -v java >/dev/null || { echo "start.sh: java not found (OpenSearch 2.19 needs Java 17+)" >&2; exit 1; }

# Build once: the jars land in target/lib, and Maven keeps what it fetched in ~/.m2 for next time.
jar="$here/target/opensearch-local-node-1.jar"
if [ ! -f "$jar" ] || [ "$here/pom.xml" -nt "$jar" ] \
   || [ -n "$(find "$here/src" -newer "$jar" -type f -print -quit)" ]; then
  echo "start.sh: building the node (mvn package) ..." >&2
  mkdir -p "$dir"
  if ! (cd "$here" && mvn -q -B package -DskipTests) >"$dir/build.log" 2>&1; then
    echo "start.sh: the build failed; the end of $dir/build.log:" >&2
    tail -n 40 "$dir/build.log" >&2
    exit 1
  fi
fi

# As a server binds it (SO_REUSEADDR): connections still in TIME_WAIT do not make the port taken.
port_free() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
PY
}

# HTTP status of the cluster's health once it has N nodes and is at least yellow (200), else 408/503/000.
health_code() {
  python3 - "$1" "$2" <<'PY'
import sys, urllib.error, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/_cluster/health?wait_for_nodes={sys.argv[2]}&wait_for_status=yellow&timeout=1s"
try:
    with urllib.request.urlopen(url, timeout=5) as r:
        print(r.status)
except urllib.error.HTTPError as e:
    print(e.code)
except OSError:
    print("000")
PY
}

seeds="" managers=""
for i in $(seq 1 "$nodes"); do
  seeds+="${seeds:+,}127.0.0.1:$((transport + i - 1))"
  managers+="${managers:+,}node-$i"
done

pids=()
for i in $(seq 1 "$nodes"); do
  name=node-$i hp=$((http + i - 1)) tp=$((transport + i - 1)) nd="$dir/node-$i"
  if [ -f "$nd/pid" ] && kill -0 "$(cat "$nd/pid")" 2>/dev/null; then
    echo "start.sh: $name is already running (pid $(cat "$nd/pid")); stop it first with stop.sh" >&2
    exit 1
  fi
  for p in "$hp" "$tp"; do
    port_free "$p" || { echo "start.sh: port $p on 127.0.0.1 is taken" >&2; exit 1; }
  done
  rm -rf "$nd" && mkdir -p "$nd/home/config"
  cp "$here/config/log4j2.properties" "$nd/home/config/"
  if [ "$nodes" -eq 1 ]; then
    discovery=(discovery.type=single-node)
  else
    discovery=(discovery.seed_hosts="$seeds" cluster.initial_cluster_manager_nodes="$managers")
  fi
  # exec: the pid written is the JVM's own, so stop.sh signals the node itself.
  ( exec java -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true \
      -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false -Dfile.encoding=UTF-8 \
      -cp "$jar:$here/target/lib/*" nato.ci.LocalNode \
      cluster.name="$cluster" node.name="$name" path.home="$nd/home" \
      http.port="$hp" transport.port="$tp" "${discovery[@]}" \
      </dev/null >"$nd/log" 2>&1 ) &
  echo $! >"$nd/pid"
  pids+=("$!")
done

start=$SECONDS
while :; do
  code=$(health_code "$http" "$nodes")
  [ "$code" = 200 ] && break
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "start.sh: node-$((i + 1)) exited during start-up; the end of its log:" >&2
      tail -n 40 "$dir/node-$((i + 1))/log" >&2
      "$here/stop.sh" --dir "$dir" >&2 || true
      exit 1
    fi
  done
  if [ $((SECONDS - start)) -ge "$timeout" ]; then
    echo "start.sh: the cluster did not answer green or yellow within ${timeout}s (last HTTP status $code);" \
         "the end of node-1's log:" >&2
    tail -n 40 "$dir/node-1/log" >&2
    "$here/stop.sh" --dir "$dir" >&2 || true
    exit 1
  fi
  sleep 1
done
echo "start.sh: $nodes node(s) up in $((SECONDS - start))s, cluster $cluster, logs in $dir" >&2
echo "http://127.0.0.1:$http"
