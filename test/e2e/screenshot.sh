#!/usr/bin/env bash
# Remakes docs/show.png, the README's picture of `reports show`, from a real run: the coloured terminal
# output goes through aha (ANSI → HTML) and headless Chromium takes the picture.
# Needs: apt-get install aha chromium fonts-noto-core
set -euo pipefail
cd "$(dirname "$0")/../.."
fixture=${1:-fixtures/ar/ar-02-glued-caption.txt}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
  echo "\$ reports show $fixture"
  FORCE_COLOR=3 NO_COLOR= node bin/reports.js show "$fixture"
} | aha --black --title 'reports show' > "$tmp/show.html"
# A monospace font for the Latin, Noto for the Arabic; the page is as wide as the longest line.
sed -i 's|</head>|<style>body{font:15px/1.45 "DejaVu Sans Mono","Noto Sans Arabic",monospace;margin:14px;white-space:pre}</style></head>|' "$tmp/show.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --window-size=1500,430 --screenshot="$tmp/show.png" "file://$tmp/show.html" 2>/dev/null
mkdir -p docs
cp "$tmp/show.png" docs/show.png
echo "docs/show.png"
