#!/usr/bin/env bash
# Regenerates build/appicon.png (1024x1024) and build/windows/icon.ico from
# scratch with ImageMagick: a teal-to-blue rounded square carrying a white
# speech bubble with a check mark ("feedback handled").
# Usage: scripts/make-icon.sh   (run from anywhere; needs `convert`)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Background: a diagonal teal→blue gradient painted into a rounded square.
convert -size 1024x1024 xc: -sparse-color Barycentric '0,0 #19A7A1  1023,1023 #1F5FA6' "$tmp/grad.png"
convert -size 1024x1024 xc:none -tile "$tmp/grad.png" -draw 'roundrectangle 56,56 967,967 200,200' "$tmp/bg.png"

# Speech bubble (with a tail at the lower left) and a check mark.
convert "$tmp/bg.png" \
  -fill white -stroke none \
  -draw 'roundrectangle 222,250 802,680 120,120' \
  -draw 'polygon 318,640 300,820 488,672' \
  -fill none -stroke '#1783A3' -strokewidth 78 \
  -draw 'stroke-linecap round stroke-linejoin round polyline 372,468 474,566 662,378' \
  -depth 8 build/appicon.png

mkdir -p build/windows
convert build/appicon.png -define icon:auto-resize=256,128,64,48,32,24,16 build/windows/icon.ico
echo "wrote build/appicon.png and build/windows/icon.ico"
