#!/usr/bin/env bash
# Precision and recall of the ten pilkada.* checkers on their labelled sets (plugin test).
#   ./scripts/eval-pilkada.sh            the main sets, Tests/EvalSets/pilkada-*.jsonl
#   ./scripts/eval-pilkada.sh heldout    the held-out sets, Tests/EvalSets/heldout/ (never tuned on)
# Uses the debug build when there is no release build; builds nothing itself.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jaga="$root/.build/release/jaga"; [ -x "$jaga" ] || jaga="$root/.build/debug/jaga"
[ "${JAGA_EVAL_BUILD:-}" = debug ] && jaga="$root/.build/debug/jaga"
dir="$root/Tests/EvalSets"; [ "${1:-}" = heldout ] && dir="$root/Tests/EvalSets/heldout"
printf "%-28s %4s %4s %4s %4s %9s %7s\n" rule TP FP FN TN precision recall
for r in masa-tenang di-luar-jadwal politik-uang sara hasutan netralitas pelibatan-anak fasilitas survei-masa-tenang hitung-cepat-dini; do
  "$jaga" -c "plugin test pilkada.$r --cases \"$dir/pilkada-$r.jsonl\"" 2>&1 \
    | awk -v r="pilkada.$r" '$1 == r && $2 ~ /^[0-9]+$/ { printf "%-28s %4s %4s %4s %4s %9s %7s\n", $1, $2, $3, $4, $5, $6, $7 }'
done
