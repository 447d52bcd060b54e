#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser tests (tests/report/, tests/cli/report-eval.test.ts), unless it
# is there. Needs root for apt-get; without it, it says so and the browser tests skip naming why (never a silent pass).
set -euo pipefail
CHROMIUM="${FAKTUM_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "ci: chromium present: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ci: $CHROMIUM missing and not root: cannot apt-get install chromium; the report's browser tests will skip"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
echo "ci: installed $("$CHROMIUM" --version)"
