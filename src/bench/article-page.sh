#!/usr/bin/env bash
# Throughput of the hot read path: GET /articles/{slug} (the first HTML response of an article page,
# with its server-written title, meta data and article copy) at 16 connections, as measured for issue 2.
#
# Usage: start the site (./mvnw -Prun), then: src/bench/article-page.sh [base-url] [seconds]
# Needs wrk (apt-get install -y wrk). Sends traffic to the given local server only; stops by itself.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
seconds=${2:-20}
slug=${SLUG:-seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/articles/$slug")
[ "$status" = 200 ] || { echo "GET $base/articles/$slug answered $status; is the demo content there?" >&2; exit 1; }

port=$(echo "$base" | sed -E 's#.*:([0-9]+).*#\1#')
pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
rss() { [ -n "$pid" ] && awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status" || echo "n/a"; }

echo "server RSS before: $(rss)"
wrk -t2 -c16 -d5s "$base/articles/$slug" >/dev/null   # warm-up: JIT, caches
wrk -t2 -c16 -d"${seconds}s" --latency "$base/articles/$slug"
echo "server RSS after: $(rss)"
