#!/usr/bin/env bash
# Runs a command with DISPLAY pointing at a private Xvfb server, then stops
# the server. Picks the first free display from :99 upwards. -noreset keeps
# GTK happy (bare xvfb-run resets the server between clients).
# Usage: scripts/xvfb.sh [-s WxH] COMMAND [ARG...]
set -euo pipefail

size=1280x800
if [ "${1:-}" = "-s" ]; then size=$2; shift 2; fi
[ "$#" -gt 0 ] || { echo "usage: $0 [-s WxH] COMMAND..." >&2; exit 2; }
command -v Xvfb >/dev/null 2>&1 || { echo "error: Xvfb not found (apt-get install xvfb xauth)" >&2; exit 1; }

n=99
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
	[ -e "/tmp/.X11-unix/X$n" ] && break
	kill -0 "$xvfb_pid" 2>/dev/null || { echo "error: Xvfb :$n failed to start" >&2; exit 1; }
	sleep 0.1
done
export DISPLAY=":$n" NO_AT_BRIDGE=1
"$@"
