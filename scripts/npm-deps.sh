#!/usr/bin/env bash
# Installs frontend/node_modules only when package-lock.json (or, without a
# lock, package.json) changed since the last install. The checksum is kept
# in frontend/node_modules/.feedbackdesk-deps.md5, so deleting node_modules
# also forces a reinstall.
set -euo pipefail
cd "$(dirname "$0")/../frontend"

command -v npm >/dev/null 2>&1 || {
	echo "error: npm not found; install Node.js 20 LTS (https://nodejs.org) and try again" >&2
	exit 1
}

if [ -f package-lock.json ]; then
	manifest=package-lock.json
	install=(npm ci --no-audit --no-fund --loglevel=error)
else
	manifest=package.json
	install=(npm install --no-audit --no-fund --loglevel=error)
fi
stamp=node_modules/.feedbackdesk-deps.md5
want=$(md5sum "$manifest" | cut -d' ' -f1)
if [ -d node_modules ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$want" ]; then
	exit 0
fi
echo "==> npm: installing frontend packages (${install[*]})"
"${install[@]}"
echo "$want" >"$stamp"
