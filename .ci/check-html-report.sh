#!/usr/bin/env bash
# Renders the HTML report of the bundled profiles in headless Chromium (installed when missing) and
# checks that the page is not blank and logged no console errors.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift run -c debug genai-plan report Profiles --format html --date 2026-11-29 --output "$work/report.html"
timeout 120 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
  --window-size=1280,2000 --screenshot="$work/report.png" "file://$work/report.html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log"; echo "chromium failed"; exit 1; }
if grep -E 'CONSOLE|Uncaught|Failed to load' "$work/chromium.log"; then
  echo "the HTML report logged console errors"; exit 1
fi
python3 .ci/png-not-blank.py "$work/report.png"
