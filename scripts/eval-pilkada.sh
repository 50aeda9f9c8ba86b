#!/usr/bin/env bash
# Precision and recall of the ten pilkada.* checkers on their labelled sets (plugin test).
#   ./scripts/eval-pilkada.sh            the main sets, Tests/EvalSets/pilkada-*.jsonl
#   ./scripts/eval-pilkada.sh heldout    the held-out sets, Tests/EvalSets/heldout/ (never tuned on case by case)
#   ./scripts/eval-pilkada.sh heldout2   a second held-out set, Tests/EvalSets/heldout2/ (measured once)
#   ./scripts/eval-pilkada.sh sample     the bundled sample's labels (samples/README.md)
# Uses the debug build when there is no release build; builds nothing itself.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jaga="$root/.build/release/jaga"; [ -x "$jaga" ] || jaga="$root/.build/debug/jaga"
[ "${JAGA_EVAL_BUILD:-}" = debug ] && jaga="$root/.build/debug/jaga"
if [ "${1:-}" = sample ]; then
  "$jaga" -c "load posts \"$root/samples/posts.jsonl\"
run all
mode jsonl
findings | project content_id, rule" 2>/dev/null | grep '^{' | python3 -c '
import json, sys
found = {}
for line in sys.stdin:
    d = json.loads(line); found.setdefault(d["rule"], set()).add(d["content_id"])
print("%-28s %4s %4s %4s %9s %7s" % ("rule", "TP", "FP", "FN", "precision", "recall"))
for row in open(sys.argv[1]):
    if not row.startswith("| `pilkada."): continue
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    rule, pos, neg = cells[0].strip("`"), set(cells[1].split()), set(cells[2].split())
    f = found.get(rule, set())
    tp, fp, fn = len(pos & f), len(neg & f), len(pos - f)
    print("%-28s %4d %4d %4d %9.3f %7.3f" % (rule, tp, fp, fn, tp / max(1, tp + fp), tp / max(1, tp + fn)))
' "$root/samples/README.md"
  exit 0
fi
dir="$root/Tests/EvalSets"; [ -n "${1:-}" ] && dir="$root/Tests/EvalSets/$1"
printf "%-28s %4s %4s %4s %4s %9s %7s\n" rule TP FP FN TN precision recall
for r in masa-tenang di-luar-jadwal politik-uang sara hasutan netralitas pelibatan-anak fasilitas survei-masa-tenang hitung-cepat-dini; do
  "$jaga" -c "plugin test pilkada.$r --cases \"$dir/pilkada-$r.jsonl\"" 2>&1 \
    | awk -v r="pilkada.$r" '$1 == r && $2 ~ /^[0-9]+$/ { printf "%-28s %4s %4s %4s %4s %9s %7s\n", $1, $2, $3, $4, $5, $6, $7 }'
done
