#!/usr/bin/env bash
# Installs the given Debian/Ubuntu packages if (and only if) some are missing.
# Quiet and idempotent: `apt-get update` runs at most once per invocation and
# only when there is something to install. On systems without apt/dpkg
# (macOS, other distributions) it lists what it would need and carries on.
# Usage: scripts/ensure-apt.sh PACKAGE...
set -euo pipefail

[ "$#" -gt 0 ] || exit 0

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "note: not a Debian-like system; make sure the equivalents of these are installed: $*" >&2
	exit 0
fi

missing=()
for pkg in "$@"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	[ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ "${#missing[@]}" -gt 0 ] || exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "error: missing packages (${missing[*]}) and not root; install them with apt-get as root" >&2
		exit 1
	fi
fi

echo "==> apt: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
