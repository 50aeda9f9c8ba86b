#!/usr/bin/env bash
# Measures detector throughput on N generated posts (default 1 M): each built-in detector alone,
# then all of them together, and the ten pilkada.* checkers together. The `run:` line is the
# throughput and the peak memory (a plain `run`); groups then run again, in a process of their
# own, with `timing` for per-plugin times (it reads the clock twice per plugin per post).
# Timings on a shared machine vary by ±15% from minute to minute: RUNS=5 runs each detector five
# times in one process and adds the median (`RUNS=5 ./scripts/bench-detectors.sh`);
# ONLY="misinfo.hoaks misinfo.prosedural" measures just those.
#   ./scripts/bench-detectors.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh"
jaga="$root/.build/release/jaga"
runs=${RUNS:-1}
# Prints the run: lines, then (with several runs) the median seconds and posts/s.
median() {
  awk -v n="$n" '/^run:/ { print; s = $5; if ($6 == "ms") s /= 1000; t[++k] = s; next } { print }
    END { if (k > 1) { for (i = 2; i <= k; i++) for (j = i; j > 1 && t[j - 1] > t[j]; j--) { x = t[j]; t[j] = t[j - 1]; t[j - 1] = x }
      m = t[int((k + 1) / 2)]; printf "   median of %d runs: %.3f s (%d posts/s)\n", k, m, n / m } }'
}
detectors=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 != "jaga.keywords" { print $1 }')
# ONLY="misinfo.hoaks misinfo.prosedural" measures those alone (no group runs).
if [ -n "${ONLY:-}" ]; then detectors=$ONLY; fi
echo "input: $n posts, $(( $(stat -c %s "$data") / 1000000 )) MB; detectors: $(echo $detectors)"
for d in $detectors; do
  echo "== $d"
  /usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
$(for _ in $(seq "$runs"); do echo "run $d"; done)" 2>&1 | grep -E "^run:|peak" | median
done
if [ -n "${ONLY:-}" ]; then exit 0; fi
echo "== all together"
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
run all" 2>&1 | grep -E "^run:|peak"
"$jaga" -c "load posts \"$data\"
run all timing" 2>&1 | grep -E "│ [a-z]"
echo "== the ten pilkada.* checkers together (one shared analysis per post)"
others=$("$jaga" -c 'mode csv; plugins' | awk -F, 'NR > 1 && ($2 == "detector" || $2 == "dataset-detector") && $1 !~ /^pilkada\./ { printf "disable %s\n", $1 }')
/usr/bin/time -f "   peak RSS %M KB" "$jaga" -c "load posts \"$data\"
$others
$(for _ in $(seq "$runs"); do echo "run all"; done)" 2>&1 | grep -E "^run:|peak" | median
"$jaga" -c "load posts \"$data\"
$others
run all timing" 2>&1 | grep -E "│ [a-z]"


