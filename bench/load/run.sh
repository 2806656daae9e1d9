#!/usr/bin/env bash
# Load run (outside CI): builds the server in Release, starts it on 127.0.0.1 over a fresh SQLite
# file seeded with the repository's seeds plus 60 generated seed-length articles, runs wrk against
# /graphql for each query in queries/ (a point lookup, a filtered and sorted page, the nested
# 50-article query, the introspection query), prints requests/s, p99 latency, non-2xx, socket and
# GraphQL error counts and the server's peak memory (VmHWM), then stops the server.
# Usage: bench/load/run.sh [seconds per query, default 20] [threads, default 2] [connections, default 16]
set -euo pipefail

DURATION="${1:-20}"
THREADS="${2:-2}"
CONNECTIONS="${3:-16}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d /tmp/knowledgeapi-load.XXXXXX)"
PORT="${PORT:-$((20000 + RANDOM % 20000))}"
URL="http://127.0.0.1:$PORT/graphql"
SERVER_PID=""

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_server EXIT

echo "building the server (Release)..."
dotnet build "$REPO/src/KnowledgeApi.Server" -c Release -o "$WORK/server" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }

# Seeds: the repository's articles and gazetteer, plus generated articles so lists have 50+ items.
mkdir -p "$WORK/seeds"
cp "$REPO"/seeds/* "$WORK/seeds/"
python3 "$HERE/generate_articles.py" "$REPO" "$WORK/seeds" 60

echo "starting the server on $URL (seeding $(ls "$WORK/seeds"/*.txt | wc -l) articles)..."
# Warning level: the per-request Information log would measure the console, not the server.
dotnet "$WORK/server/KnowledgeApi.Server.dll" \
  --urls "http://127.0.0.1:$PORT" \
  --environment Production \
  "--ConnectionStrings:Knowledge=Data Source=$WORK/knowledge.db" \
  "--Knowledge:SeedsPath=$WORK/seeds" \
  "--Logging:LogLevel:Default=Warning" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 240); do
  if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$URL"; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.5
done

articles=$(curl -s -H 'Content-Type: application/json' -d '{"query":"{ articles { totalCount } }"}' "$URL")
echo "ready: $articles"

# Every query must answer without errors before it is measured.
for body in "$HERE"/queries/*.json; do
  answer=$(curl -s -H 'Content-Type: application/json' --data-binary "@$body" "$URL")
  if [[ "$answer" == *'"errors"'* ]]; then
    echo "$(basename "$body") answers with errors: ${answer:0:400}"
    exit 1
  fi
done

vmhwm() { awk '/VmHWM/ { printf "%.1f MB", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
echo "server peak memory after start and checks: $(vmhwm)"
printf '\n%-22s %10s %10s %10s %10s %8s %8s %8s %12s\n' query requests req/s p50_ms p99_ms non2xx socket gql_err peak_mem
failed=0
for body in "$HERE"/queries/*.json; do
  name="$(basename "$body" .json)"
  # A generous timeout: a slow answer is measured as latency, not dropped as an error.
  line=$(BODY_FILE="$body" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 30s -s "$HERE/graphql.lua" "$URL" | grep '^RESULT')
  declare -A r=()
  for pair in ${line#RESULT }; do r[${pair%%=*}]=${pair#*=}; done
  printf '%-22s %10s %10s %10s %10s %8s %8s %8s %12s\n' "$name" "${r[requests]}" "${r[rps]}" "${r[p50_ms]}" "${r[p99_ms]}" \
    "${r[non2xx]}" "${r[socket_errors]}" "${r[graphql_errors]}" "$(vmhwm)"
  if [[ "${r[requests]}" == 0 || "${r[non2xx]}" != 0 || "${r[socket_errors]}" != 0 || "${r[graphql_errors]}" != 0 ]]; then
    failed=1
  fi
  unset r
  # Let requests still running from this query finish before the next one is measured.
  until curl -sf -o /dev/null --max-time 1 -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$URL"; do sleep 1; done
  sleep 2
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1024 / 1024 }' /proc/meminfo); $THREADS wrk threads, $CONNECTIONS connections, ${DURATION} s per query"
if [[ "$failed" != 0 ]]; then
  echo "FAILED: some requests were not 2xx or carried errors"
  exit 1
fi
echo "all requests 2xx without errors"
