#!/usr/bin/env bash
# Measures load time, peak memory and a `has` query on N generated posts (default 1 M, ~430 MB).
#   ./scripts/bench-load.sh [N]
# Prints the load summary, per-statement run times (timer on) and the peak RSS of the process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-setup.sh"
size=$(stat -c %s "$data")
echo "input: $n posts, $((size / 1000000)) MB"
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
