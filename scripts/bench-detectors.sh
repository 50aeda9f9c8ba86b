#!/usr/bin/env bash
# Measures detector throughput on N generated posts (default 1 M): each built-in detector alone,
# then all of them together, with per-plugin times (`run ... timing`) and peak memory.
#   ./scripts/bench-detectors.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000000}"
data="$root/bench-data/posts-$n.jsonl"
mkdir -p "$root/bench-data"
if [ ! -s "$data" ]; then
  echo "generating $n posts → $data" >&2
  python3 "$root/scripts/gen-posts.py" --count "$n" --seed 42 --out "$data"
fi
bash "$root/scripts/deps.sh"
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; } >&2
(cd "$root" && swift build -c release >&2)
export JAGA_WORKSPACE="$root/bench-data/ws"
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
