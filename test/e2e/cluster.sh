#!/usr/bin/env bash
# The cluster-runner contract, checked the way the README's recipes use it: line in, line out, in order,
# through GNU parallel (several local processes, and the ssh-host form with the local machine as host `:`)
# and through a pipe the way Hadoop Streaming and Spark's rdd.pipe drive a mapper. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"   # `reports` itself, as an installed package provides it
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then passed=$((passed + 1)); echo "ok   $name";
  else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$tmp/out" | head -20; fi
}
mkdir -p "$tmp/bin"; printf '#!/bin/sh\nexec node "%s/bin/reports.js" "$@"\n' "$PWD" > "$tmp/bin/reports"; chmod +x "$tmp/bin/reports"
export PATH="$tmp/bin:$PATH"

# 300 reports as JSONL, one of them broken, each with its own id.
node -e '
  const fs = require("fs");
  const texts = fs.readdirSync("fixtures", { recursive: true }).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync("fixtures/" + f, "utf8"));
  const out = [];
  for (let i = 0; i < 300; i++) out.push(i === 150 ? "{broken json" : JSON.stringify({ id: "doc" + i, text: texts[i % texts.length] }));
  fs.writeFileSync(process.argv[1], out.join("\n") + "\n");' "$tmp/corpus.jsonl"

same_ids() { # every output line answers the input line at the same place
  jq -r 'if .error then "ERR" else .source.id end' "$1" > "$tmp/ids"
  node -e '
    const fs = require("fs");
    const want = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => { try { return JSON.parse(l).id; } catch { return "ERR"; } });
    const got = fs.readFileSync(process.argv[2], "utf8").trim().split("\n");
    if (JSON.stringify(want) !== JSON.stringify(got)) { console.error(`lines differ: ${want.length} in, ${got.length} out`); process.exit(1); }' "$tmp/corpus.jsonl" "$tmp/ids"
}

check "stdin JSONL: one line out per line in, in order, an error record for the broken line" bash -c \
  "reports parse --quiet --input-format jsonl - < $tmp/corpus.jsonl > $tmp/single.ndjson; [ \$? -eq 1 ] && $(declare -f same_ids); tmp=$tmp; same_ids $tmp/single.ndjson"
if command -v parallel >/dev/null 2>&1; then
  check "GNU parallel --pipe, four processes: the same lines as one process" bash -c \
    "parallel --will-cite --pipe --keep-order -N 40 -j 4 reports parse --quiet --jobs 1 --input-format jsonl - < $tmp/corpus.jsonl > $tmp/par.ndjson; jq -c 'del(.source.line, .error.message)' $tmp/par.ndjson > $tmp/a; jq -c 'del(.source.line, .error.message)' $tmp/single.ndjson > $tmp/b; cmp $tmp/a $tmp/b"
  check "GNU parallel with hosts (-S :, the local machine as an ssh host)" bash -c \
    "parallel --will-cite --pipe --keep-order -N 100 -S : reports parse --quiet --jobs 1 --input-format jsonl - < $tmp/corpus.jsonl > $tmp/ssh.ndjson; [ \$(wc -l < $tmp/ssh.ndjson) -eq 300 ]"
else
  failed=$((failed + 1)); echo "FAIL GNU parallel is not installed (apt-get install parallel)"
fi
check "a mapper fed line by line (as rdd.pipe and Hadoop Streaming do) answers each line before the next arrives" bash -c \
  "node -e '
    const { spawn } = require(\"child_process\");
    const child = spawn(\"reports\", [\"parse\", \"--quiet\", \"--input-format\", \"jsonl\", \"-\"]);
    const lines = require(\"fs\").readFileSync(\"$tmp/corpus.jsonl\", \"utf8\").trim().split(\"\n\").slice(0, 5);
    let i = 0, buf = \"\";
    const next = () => (i < lines.length ? child.stdin.write(lines[i++] + \"\n\") : child.stdin.end());
    child.stdout.on(\"data\", (d) => { buf += d; const n = buf.split(\"\n\").length - 1; if (n === i) next(); });
    next();
    child.on(\"close\", () => { const n = buf.trim().split(\"\n\").length; if (n !== 5) { console.error(n); process.exit(1); } });
    setTimeout(() => { console.error(\"stalled: a line was not answered before the next\"); process.exit(1); }, 20000).unref();'"

echo "cluster: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
