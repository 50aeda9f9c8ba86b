#!/usr/bin/env bash
# Counts the instructions one run of the ten pilkada.* checkers takes per post (callgrind), on
# the first 20k of the generated posts: a run's count is steady where its time moves ±15% from
# minute to minute, so compare builds with it. A script with two runs minus a script with one
# leaves loading and setting up out. Profiles are left in bench-data/callgrind/ for
# `callgrind_annotate` (symbols but no line numbers: valgrind cannot read Swift's debug info,
# so the binary is copied with `strip --strip-debug`).
#   ./scripts/count-instructions.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh"
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; } >&2
out="$root/bench-data/callgrind"
mkdir -p "$out"
head -20000 "$data" > "$out/posts-20k.jsonl"
cp "$root/.build/release/jaga" "$root/.build/release/libJagaSDK.so" "$out/"
strip --strip-debug "$out/jaga" "$out/libJagaSDK.so"
others=$("$out/jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 !~ /^pilkada\./ { printf "disable %s\n", $1 }')
printf 'load posts "%s"\n%s\nrun all\n' "$out/posts-20k.jsonl" "$others" > "$out/one.jaga"
{ cat "$out/one.jaga"; echo "run all"; } > "$out/two.jaga"
count() { valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" "$out/jaga" run "$out/$1.jaga" 2>&1 | awk '/Collected/ { print $4 }'; }
a=$(count one)
b=$(count two)
echo "pilkada.* (ten checkers): $(( (b - a) / 20000 )) instructions per post (one run over 20000 posts)"
