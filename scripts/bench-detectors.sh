#!/usr/bin/env bash
# Measures detector throughput on N generated posts (default 1 M): each built-in detector alone,
# then all of them together, with per-plugin times (`run ... timing`) and peak memory.
#   ./scripts/bench-detectors.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh"
jaga="$root/.build/release/jaga"
detectors=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 != "jaga.keywords" { print $1 }')
echo "input: $n posts, $(( $(stat -c %s "$data") / 1000000 )) MB; detectors: $(echo $detectors)"
for d in $detectors; do
  echo "== $d"
  /usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
run $d timing" 2>&1 | grep -E "^run:|│ [a-z]|peak"
done
echo "== all together"
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
run all timing" 2>&1 | grep -E "^run:|│ [a-z]|peak"
echo "== the ten pilkada.* checkers together (one shared analysis per post)"
others=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 !~ /^pilkada\./ { printf "disable %s\n", $1 }')
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
$others
run all timing" 2>&1 | grep -E "^run:|│ [a-z]|peak"

