#!/usr/bin/env bash
# Installs the Debian packages Jaga builds and tests against, when any is missing.
# Sourced by scripts/jaga and scripts/test; safe to run again.
set -euo pipefail
jaga_need=()
for pkg in libedit-dev libpcre2-dev libsimdjson-dev tmux; do
  dpkg -s "$pkg" >/dev/null 2>&1 || jaga_need+=("$pkg")
done
if ((${#jaga_need[@]})); then
  echo "installing: ${jaga_need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${jaga_need[@]}" >&2
fi
