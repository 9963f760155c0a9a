#!/usr/bin/env bash
# Starts the built app under a private Xvfb on a throw-away data folder and
# saves a screenshot of the whole screen once the page has rendered.
# With SHOT_DEMO=1 (default) and build/bin/feedbackctl present, the data
# folder is first filled with the demo data set so the screens have content.
# Usage: scripts/screenshot.sh [OUT.png]   (default artifacts/screenshot.png)
# Env:   APP (default build/bin/feedback-desk), SHOT_SIZE (1360x860),
#        SHOT_WAIT (extra settle seconds after first paint, default 3),
#        SHOT_TIMEOUT (seconds to wait for first paint, default 40)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "${1:-}" = "--inside" ]; then
	# Second stage, running inside Xvfb: $2 output file, $3 data folder.
	out=$2 data=$3 log=$3.log
	"$APP" --data-dir "$data" >"$log" 2>&1 &
	app=$!
	trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
	deadline=$((SECONDS + ${SHOT_TIMEOUT:-40}))
	painted=""
	while [ "$SECONDS" -lt "$deadline" ]; do
		sleep 1
		if ! kill -0 "$app" 2>/dev/null; then
			echo "error: the app exited early; its log:" >&2
			cat "$log" >&2
			exit 1
		fi
		import -window root "$out.tmp.png" 2>/dev/null || continue
		# A blank window (only the background colour) has ~0 deviation;
		# text, cards and charts raise it.
		dev=$(convert "$out.tmp.png" -colorspace Gray -format '%[fx:standard_deviation]' info:)
		if awk -v d="$dev" 'BEGIN { exit !(d > 0.03) }'; then painted=1; break; fi
	done
	[ -n "$painted" ] || echo "warning: the screen still looks blank after ${SHOT_TIMEOUT:-40}s; saving it anyway" >&2
	sleep "${SHOT_WAIT:-3}"
	import -window root "$out"
	rm -f "$out.tmp.png"
	echo "==> screenshot saved to $out ($(identify -format '%wx%h' "$out"))"
	exit 0
fi

out=${1:-artifacts/screenshot.png}
export APP=${APP:-build/bin/feedback-desk}
[ -x "$APP" ] || { echo "error: $APP not built (run make build)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
data=$(mktemp -d "${TMPDIR:-/tmp}/feedbackdesk-shot.XXXXXX")
trap 'rm -rf "$data" "$data.log"' EXIT

if [ "${SHOT_DEMO:-1}" = 1 ] && [ -x build/bin/feedbackctl ]; then
	echo "==> loading demo data into $data"
	build/bin/feedbackctl --data-dir "$data" demo >/dev/null
fi
exec_args=(scripts/xvfb.sh -s "${SHOT_SIZE:-1360x860}" "$0" --inside "$out" "$data")
"${exec_args[@]}"
