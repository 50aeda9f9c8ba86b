#!/usr/bin/env bash
# Drives the jaga REPL under tmux the way a person types: Tab completion, multi-line input,
# history recall (also across sessions), Ctrl-C on a line and on a running command, Ctrl-D.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${JAGA_BIN:-$root/.build/debug/jaga}"
[ -x "$bin" ] || (cd "$root" && swift build --product jaga >&2)
command -v tmux >/dev/null || { echo "tmux missing (scripts/deps.sh installs it)"; exit 1; }

tmp="$(mktemp -d)"
sock="jaga-test-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$root/samples/posts.jsonl" "$tmp/posts.jsonl"
python3 "$root/scripts/gen-posts.py" --count 150000 --seed 7 --out "$tmp/big.jsonl"
export JAGA_HISTORY="$tmp/history" JAGA_WORKSPACE="$tmp/ws"
passed=0; failed=0

screen() { tmux -L "$sock" capture-pane -p -J -t jaga 2>/dev/null; }
keys() { tmux -L "$sock" send-keys -t jaga "$@"; }
# expect NAME PATTERN [SECONDS]: waits until the screen matches PATTERN (grep -E).
expect() {
  local name="$1" pat="$2" secs="${3:-10}" i
  for ((i = 0; i < secs * 10; i++)); do
    if screen | grep -qE -- "$pat"; then echo "ok   $name"; passed=$((passed + 1)); return 0; fi
    sleep 0.1
  done
  echo "FAIL $name: screen never matched /$pat/"; screen | sed 's/^/     | /'; failed=$((failed + 1)); return 1
}
start() {
  tmux -L "$sock" kill-server 2>/dev/null && sleep 0.3
  tmux -L "$sock" new-session -d -s jaga -x 160 -y 50 "cd '$tmp' && '$bin'; echo \"[exit \$?]\"; sleep 30"
  expect "prompt appears" 'jaga> ' 20
}

start
# Tab completes a command name, then a file name inside quotes.
keys "lo" Tab
expect "Tab completes 'lo' to 'load'" 'jaga> load $'
keys 'posts "pos' Tab
expect "Tab completes a file path" 'jaga> load posts "posts\.jsonl'
expect "the completed path is closed with a quote" 'jaga> load posts "posts\.jsonl" $'
keys Enter
expect "load prints a summary" 'loaded [0-9]+ posts'
# Multi-line: a line ending in | continues.
keys "posts |" Enter
expect "continuation prompt after a trailing |" '\.\.\.> $'
keys "where text has \"serangan fajar\" |" Enter "count" Enter
expect "multi-line query runs" '│ +[0-9]+ │'
# Field completion after where.
keys C-l "posts | where plat" Tab
expect "Tab completes a field name" 'where platform $'
keys C-u
# Ctrl-C discards the current line and does not exit.
keys 'echo "never printed"'
keys C-c
expect "Ctrl-C discards the line" '\^C'
keys 'echo "still here"' Enter
expect "the REPL survives Ctrl-C" '^still here$'
# History recall with Up.
keys C-l Up
expect "Up recalls the previous line" 'jaga> echo "still here"$'
keys Enter
# Ctrl-C cancels a running command.
keys 'load posts "big.jsonl" as big' Enter
expect "big dataset loads" 'loaded 150000 posts' 60
keys C-l 'big | sort by text desc, author, id | count by text | sort by count desc, text | take 3' Enter
sleep 0.4
keys C-c
expect "Ctrl-C interrupts a running command" 'interrupted' 20
keys 'echo "after interrupt"' Enter
expect "prompt is back after the interrupt" '^after interrupt$'
# Ctrl-D exits with status 0 and saves history.
keys C-d
expect "Ctrl-D exits cleanly" '\[exit 0\]'
if grep -q 'still' "$JAGA_HISTORY" 2>/dev/null; then echo "ok   history file written"; passed=$((passed + 1)); else echo "FAIL history file written"; failed=$((failed + 1)); fi
# History persists into the next session.
start
keys Up
expect "history survives a restart" 'jaga> echo "after interrupt"$'
keys C-u C-d

echo "repl: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
