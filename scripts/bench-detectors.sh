#!/usr/bin/env bash
# Measures detector throughput on N generated posts (default 1 M): each built-in detector alone,
# then all of them together, and the ten pilkada.* checkers together. The `run:` line is the
# throughput (a plain `run`); groups then run again with `timing` for per-plugin times (which
# reads the clock twice per plugin per post, so that second run is a little slower). Peak memory too.
#   ./scripts/bench-detectors.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh"
jaga="$root/.build/release/jaga"
detectors=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 != "jaga.keywords" { print $1 }')
echo "input: $n posts, $(( $(stat -c %s "$data") / 1000000 )) MB; detectors: $(echo $detectors)"
for d in $detectors; do
  echo "== $d"
  /usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
run $d" 2>&1 | grep -E "^run:|peak"
done
echo "== all together"
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
run all
run all timing" 2>&1 | grep -E "^run:|│ [a-z]|peak" | awk '/^run:/ && seen++ { next } 1'
echo "== the ten pilkada.* checkers together (one shared analysis per post)"
others=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 !~ /^pilkada\./ { printf "disable %s\n", $1 }')
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
$others
run all
run all timing" 2>&1 | grep -E "^run:|│ [a-z]|peak" | awk '/^run:/ && seen++ { next } 1'


