# Sourced by the bench scripts: sets $root, $n, $data (N generated posts, seed 42, made once),
# installs what is missing, and builds a release jaga (with libJagaSDK.so beside it).
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
