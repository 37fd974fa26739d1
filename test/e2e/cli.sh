#!/usr/bin/env bash
# End-to-end checks through the built CLI and the real jq, as a user runs them. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
reports() { node bin/reports.js "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then passed=$((passed + 1)); echo "ok   $name";
  else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$tmp/out" | head -20; fi
}

one=fixtures/ar/ar-04-direct-quotes.txt
nfix=$(find fixtures -name '*.txt' | wc -l)

check "stdin through jq: Arabic detected, sentences and a quote" bash -c \
  "reports() { node bin/reports.js \"\$@\"; }; reports parse - < $one | jq -e '.language.code==\"arb\" and (.sentences|length)>=3 and (.quotes|length)>=1'"
offsets_ok() { # every span of every record reproduces its text from the raw file (jq slices by code point)
  local f
  for f in $(find fixtures -name '*.txt' | sort); do
    node bin/reports.js parse "$f" | jq -e --rawfile raw "$f" \
      '[.sentences[], .quotes[], (.quotes[] | .speaker, .cue | select(. != null)), .boilerplate[]] | length > 0 and all(.text == ($raw | ltrimstr("\ufeff"))[.start:.end])' >/dev/null || { echo "offsets wrong in $f"; return 1; }
  done
}
check "every span's offsets reproduce its text, on every fixture" offsets_ok
check "a directory gives one record per file, sorted, exit 0" bash -c \
  "node bin/reports.js parse fixtures/ > $tmp/dir.ndjson && [ \$(wc -l < $tmp/dir.ndjson) -eq $nfix ] && jq -r .source.path $tmp/dir.ndjson | sort -c"
check "a glob pattern and --format json give one array" bash -c \
  "node bin/reports.js parse --format json 'fixtures/**/*.txt' | jq -e 'type==\"array\" and length==$nfix'"
check "the README pipeline: Arabic quotes with speakers" bash -c \
  "node bin/reports.js parse fixtures/ | jq -c 'select(.language.code==\"arb\") | .quotes[] | {speaker: .speaker.text, text}' | grep -q text"
printf '%s\n' '{"id":"a1","body":"قال الوزير إن \"الوضع مستقر\"."}' 'not json' '{"id":7,"body":"The minister said the talks would resume on Monday."}' > "$tmp/in.jsonl"
check "JSONL: one record per line, ids and line numbers kept, bad line is EJSONL, exit 1" bash -c \
  "node bin/reports.js parse --input-format jsonl --text-field body --id-field id $tmp/in.jsonl > $tmp/j.ndjson; [ \$? -eq 1 ] && jq -e -s 'length==3 and .[0].source.id==\"a1\" and .[1].error.code==\"EJSONL\" and .[1].source.line==2 and .[2].source.id==\"7\" and .[2].language.code==\"eng\"' $tmp/j.ndjson"
mkdir -p "$tmp/mixed"; cp fixtures/ar/ar-01-channel-link.txt fixtures/en/en-01-reuters.txt "$tmp/mixed/"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' > "$tmp/mixed/broken.txt"
check "a broken file among good ones: EBINARY record, the others intact, exit 1" bash -c \
  "node bin/reports.js parse $tmp/mixed > $tmp/m.ndjson 2>$tmp/m.err; [ \$? -eq 1 ] && jq -e -s 'length==3 and ([.[] | select(.error)] | length)==1 and (.[] | select(.error) | .error.code)==\"EBINARY\" and ([.[] | select(.sentences)] | length)==2' $tmp/m.ndjson && grep -q EBINARY $tmp/m.err"
check "a missing file is an ENOENT record, exit 1" bash -c \
  "node bin/reports.js parse $one $tmp/nope.txt > $tmp/e.ndjson; [ \$? -eq 1 ] && jq -e -s 'length==2 and .[1].error.code==\"ENOENT\"' $tmp/e.ndjson"
check "a usage error exits 2 with a message on stderr and nothing on stdout" bash -c \
  "node bin/reports.js parse --no-such-option $one > $tmp/u.out 2> $tmp/u.err; [ \$? -eq 2 ] && [ ! -s $tmp/u.out ] && grep -q 'unknown option' $tmp/u.err"
check "a pattern that matches nothing exits 2" bash -c \
  "node bin/reports.js parse 'fixtures/**/*.nothing' 2> $tmp/p.err; [ \$? -eq 2 ] && grep -q 'no file matches' $tmp/p.err"
check "--out-dir writes one JSON file per input under the same relative path" bash -c \
  "node bin/reports.js parse --out-dir $tmp/parsed fixtures/ && [ \$(find $tmp/parsed -name '*.json' | wc -l) -eq $nfix ] && jq -e '.language.code==\"arb\"' $tmp/parsed/ar/ar-01-channel-link.json"
check "reports schema is a JSON Schema" bash -c \
  "node bin/reports.js schema | jq -e '.\"\$schema\" | test(\"2020-12\")'"
mkdir -p "$tmp/many"; for i in $(seq 1 200); do cp "$one" "$tmp/many/r$i.txt"; done
check "piping into head ends the run quietly with exit 0" bash -c \
  "node bin/reports.js parse --pretty $tmp/many 2>$tmp/h.err | head -c 100 > /dev/null; [ \${PIPESTATUS[0]} -eq 0 ] && [ ! -s $tmp/h.err ]"
check "--keep-boilerplate keeps the body whole but still names the spans" bash -c \
  "node bin/reports.js parse --keep-boilerplate $one fixtures/ar/ar-01-channel-link.txt | jq -e -s '.[1].text | contains(\"telegram.me\")' && node bin/reports.js parse fixtures/ar/ar-01-channel-link.txt | jq -e '(.text | contains(\"telegram.me\") | not) and (.boilerplate | length) >= 1'"

check "--jobs 1 and --jobs 2 write the same bytes on the fixtures" bash -c \
  "node bin/reports.js parse --jobs 1 fixtures/ > $tmp/j1 2>/dev/null && node bin/reports.js parse --jobs 2 fixtures/ > $tmp/j2 2>/dev/null && cmp $tmp/j1 $tmp/j2"

# The input attacks of the reliability section, each under a time limit (a hang fails the check).
mkdir -p "$tmp/loops/a/b"; echo 'He said the talks would go on.' > "$tmp/loops/a/b/x.txt"; ln -s .. "$tmp/loops/a/b/up"; ln -s ../../a "$tmp/loops/a/b/up2"
check "a pattern over symbolic link loops ends with one record and a warning per loop" bash -c \
  "cd $tmp/loops && timeout 30 node $PWD/bin/reports.js parse 'a/**/*.txt' 2>$tmp/l.err | jq -e -s 'length==1' && [ \$(grep -c warning $tmp/l.err) -eq 2 ]"
mkfifo "$tmp/p.txt"
check "a FIFO nobody writes to is an error record, not a hang" bash -c \
  "timeout 30 node bin/reports.js parse $tmp/p.txt $one > $tmp/f.ndjson; [ \$? -eq 1 ] && jq -e -s '[.[] | .error.code // \"ok\"] == [\"EIO\", \"ok\"]' $tmp/f.ndjson"
check "JSONL from /dev/zero: one bounded error record, exit 1" bash -c \
  "timeout 30 node bin/reports.js parse --input-format jsonl /dev/zero > $tmp/z.ndjson; [ \$? -eq 1 ] && jq -e -s 'length==1 and .[0].error.code==\"EBINARY\"' $tmp/z.ndjson"
printf '\xef\xbb\xbf{"id":12345678901234567890123,"data":{"body":"He said \\ud800 the road was open."}}\n\n{"data":{"body":"Bad \xff byte, she said."}}\n\n' > "$tmp/odd.jsonl"
check "JSONL with a BOM, blank lines, a lone surrogate, bad UTF-8 and a big id: jq reads every line" bash -c \
  "node bin/reports.js parse --input-format jsonl --text-field data.body $tmp/odd.jsonl | jq -e -s 'length==2 and .[0].source.id==\"12345678901234567890123\" and ([.[].warnings[].code] == [\"WLONESURROGATE\", \"WINVALIDUTF8\"])'"
check "--ignore is not variadic: the folder after it is read, not stdin" bash -c \
  "node bin/reports.js parse --ignore '**/ar-*' fixtures/ </dev/null | jq -e -s 'length>0 and all(.source.path != \"-\") and all(.source.path | test(\"/ar-\") | not)'"
mkdir -p "$tmp/none"; echo '# notes' > "$tmp/none/a.md"
check "a folder with no matching file: exit 2 and a message, nothing on stdout" bash -c \
  "node bin/reports.js parse $tmp/none > $tmp/n.out 2> $tmp/n.err; [ \$? -eq 2 ] && [ ! -s $tmp/n.out ] && grep -q 'nothing to parse' $tmp/n.err"
check "find -print0 | reports parse --files-from - -0 (as with fd -0)" bash -c \
  "find fixtures -name '*.txt' -print0 | node bin/reports.js parse --files-from - -0 | jq -e -s 'length==$nfix'"

readme_example() { # the README's first example is a real run: same input, same output
  awk '/^\$ cat report.txt$/{on=1; next} on && /^$/{exit} on' README.md > "$tmp/report.txt"
  awk '/^\$ reports parse report.txt \| jq/{on=1; next} on && /^```$/{exit} on' README.md > "$tmp/want"
  local cmd; cmd=$(grep -m1 '^\$ reports parse report.txt | jq' README.md | sed 's/^\$ reports parse report.txt | //')
  [ -s "$tmp/report.txt" ] && [ -s "$tmp/want" ] || { echo "example not found in README"; return 1; }
  node bin/reports.js parse "$tmp/report.txt" | eval "$cmd" > "$tmp/got" && diff "$tmp/want" "$tmp/got"
}
check "the README's example output is what the CLI prints" readme_example

stories_example() { # the README's Stories example: same demo folder (test/e2e/stories-demo.sh), same lines
  bash test/e2e/stories-demo.sh "$tmp" && (cd "$tmp" && node "$OLDPWD/bin/reports.js" group -q demo/) > "$tmp/got" || return 1
  awk '/^\$ reports group demo\/$/{on=1; next} on && /^\$/{exit} on' README.md > "$tmp/want"
  [ -s "$tmp/want" ] && diff "$tmp/want" "$tmp/got"
}
check "the README's Stories example is what reports group prints" stories_example
check "--group: --jobs 1 and --jobs 2 write the same bytes, every report has a story" bash -c \
  "node bin/reports.js parse -q --group --jobs 1 fixtures/ > $tmp/g1 && node bin/reports.js parse -q --group --jobs 2 fixtures/ > $tmp/g2 && cmp $tmp/g1 $tmp/g2 && jq -e -s 'all(.story.id | test(\"^s[0-9]+$\"))' $tmp/g1 >/dev/null"
# The output side under attack (issue 17/18): each check is a command a user can run.
check "> /dev/full: one line, exit 74, no stack trace" bash -c \
  "node bin/reports.js parse $one > /dev/full 2>$tmp/f.err; [ \$? -eq 74 ] && [ \$(wc -l < $tmp/f.err) -eq 1 ] && grep -q '^reports: cannot write standard output' $tmp/f.err"
mkdir -p "$tmp/big"; python3 -c "print('he said, '*25000)" > "$tmp/big/a.txt"
check "a file-size limit: --out-dir exits 74, no cut-off JSON under the final name, no temp file" bash -c \
  "(ulimit -f 200; node bin/reports.js parse -q --out-dir $tmp/bigout $tmp/big 2>/dev/null); [ \$? -eq 74 ] && [ ! -e $tmp/bigout/a.json ] && [ -z \"\$(ls $tmp/bigout)\" ]"
check "reports --help | head -1 is quiet, ten times over" bash -c \
  "for i in 1 2 3 4 5 6 7 8 9 10; do node bin/reports.js --help 2>>$tmp/help.err | head -1 >/dev/null; done; [ ! -s $tmp/help.err ]"
check "--output writes one NDJSON file (jq reads it); -o FILE.ndjson is refused with a hint" bash -c \
  "node bin/reports.js parse --output $tmp/all.ndjson fixtures/ && [ \$(jq -s length $tmp/all.ndjson) -eq $nfix ] && { node bin/reports.js parse -o $tmp/x.ndjson fixtures/ 2>$tmp/o.err; [ \$? -eq 2 ]; } && grep -q -- '--output' $tmp/o.err"
check "no summary line in a pipe; npm start --silent | jq works" bash -c \
  "node bin/reports.js parse fixtures/ 2>$tmp/s.err >/dev/null && [ ! -s $tmp/s.err ] && npm start --silent 2>/dev/null | jq -e -s 'length==$nfix' >/dev/null"
show_in_tmux() { # reports show in a real 70-column terminal: wrapped beside the margin, nothing obeyed
  command -v tmux >/dev/null || { echo "tmux is required (apt-get install tmux)"; return 1; }
  printf '\033]0;PWNED\007\033[2JThe port authority said on Monday that "the cranes are back in service after a long repair, and the night shifts will resume".\n' > "$tmp/hostile.txt"
  local sock="reports-e2e-$$" screen title
  tmux -L "$sock" new-session -d -s e2e -x 70 -y 40 -c "$PWD"
  tmux -L "$sock" set-option -t e2e allow-rename on >/dev/null 2>&1
  tmux -L "$sock" send-keys -t e2e "clear; env -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color node bin/reports.js show $tmp/hostile.txt; echo __DO''NE__" Enter
  for _ in $(seq 1 100); do
    screen=$(tmux -L "$sock" capture-pane -p -t e2e)
    grep -q __DONE__ <<<"$screen" && break; sleep 0.1
  done
  title=$(tmux -L "$sock" display-message -p -t e2e '#{pane_title}')
  tmux -L "$sock" kill-server
  grep -q __DONE__ <<<"$screen" || { echo "show did not finish"; return 1; }
  [ "$title" != PWNED ] || { echo "the report set the terminal title"; return 1; }
  grep -q '␛]0;PWNED␇' <<<"$screen" || { echo "the escape sequence is not shown"; echo "$screen"; return 1; }
  # the quote wraps onto lines that start at the margin, none in column 0 (the sentence starts with ⟨0⟩)
  [ "$(grep -c '^ \{18\}│ ' <<<"$screen")" -ge 2 ] || { echo "no wrapped line beside the margin"; echo "$screen"; return 1; }
  ! grep -q '^\(service\|shifts\|resume\)' <<<"$screen" || { echo "a line spilled into column 0"; echo "$screen"; return 1; }
}
check "show in a 70-column terminal (tmux): wrapped beside the margin, escape sequences shown, not obeyed" show_in_tmux

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
