#!/usr/bin/env bash
# Measures load time, peak memory and a `has` query on N generated posts (default 1 M, ~430 MB).
#   ./scripts/bench-load.sh [N]
# Prints the load summary, per-statement run times (timer on) and the peak RSS of the process.
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
(cd "$root" && swift build -c release --product jaga >&2)
size=$(stat -c %s "$data")
echo "input: $n posts, $((size / 1000000)) MB"
export JAGA_WORKSPACE="$root/bench-data/ws"
/usr/bin/time -f "peak RSS: %M KB; wall %e s" "$root/.build/release/jaga" -c "
timer on
load posts \"$data\"
posts | where text has \"serangan fajar\" | count
posts | where text has \"serangan fajar\" | count
posts | where text contains \"amplop\" | count
posts | where text matches \"(?i)nomor\\\\s*urut\\\\s*0?2\" | count
posts | where region = \"Jawa Barat\" and likes > 100 | count
posts | count by platform
"
