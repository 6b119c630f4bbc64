#!/usr/bin/env bash
# What the stack itself costs on this machine: Vaadin's hello world (src/) on the same Payara Micro, pre-boot
# commands and heap as `./mvnw -Prun`, measured the way the issue-5 targets are measured. Prints
#   start      launch of Payara Micro -> first 200 for /            (target for the site: < 10 s)
#   page views new visitors at 16 connections with the unload beacon  (target: >= 1,000/s, p99 < 100 ms)
#   per reader retained heap of an idle visitor whose UI started      (target: <= 20 KiB)
# The last two use pageviews.mjs and session-heap.sh (Node 20 and the JDK's jcmd), from PERF_DIR.
# Usage: modules/load-tests/platform-floor/measure.sh      (from anywhere; JAVA_HOME as for the build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
perf=${PERF_DIR:-$root/../shared/perf}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd

"$root/mvnw" -q -B -f "$here/pom.xml" package
target=$here/target
sed 's/\${broadsheet.address}/127.0.0.1/' "$root/server-config/payara-micro/pre-boot-commands.txt" \
    > "$target/pre-boot-commands.txt"

port=0
for candidate in $(shuf -i 20000-29999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ "$port" != 0 ] || { echo "no free port found" >&2; exit 1; }
base=http://127.0.0.1:$port/

rm -rf "$target/root"
started=$(date +%s%N)
# The server's log is capped at 10 MB (head stops reading; Payara keeps running and its output is dropped).
"$java" -Xmx768m -jar "$target/payara-micro.jar" --nocluster --prebootcommandfile "$target/pre-boot-commands.txt" \
    --port "$port" --rootdir "$target/root" --deploy "$target/platform-floor.war" --contextroot / \
    2>&1 | head -c 10000000 > "$target/server.log" &
trap 'pkill -f -- "--rootdir $target/root" || true' EXIT
for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "$base" && break
    sleep 0.1
done
curl -sf -o /dev/null "$base" || { echo "the server did not start; see $target/server.log" >&2; exit 1; }
echo "start        $(( ($(date +%s%N) - started) / 1000000 )) ms   (launch -> first 200 for /)"
pid=$(pgrep -f -- "--rootdir $target/root" | head -1)

if [ ! -f "$perf/pageviews.mjs" ]; then
    echo "no pageviews.mjs in $perf (set PERF_DIR): page views and heap not measured" >&2
    exit 0
fi
echo "page views   16 connections, unload beacon, 60 s warm-up, 20 s measured:"
node "$perf/pageviews.mjs" --base "$base" --path / --conns 16 --warmup 60 --duration 20 \
    --expect "Hello Vaadin" --close | sed 's/^/             /'
echo "per reader   2,000 idle visitors, sessions kept:"
JCMD=$jcmd "$perf/session-heap.sh" "$pid" "$base" / 2000 -- --expect "Hello Vaadin" | sed 's/^/             /'
