#!/usr/bin/env bash
# Install Debian's chromium for the dashboard's real-browser tests (tests/browser). Playwright's own
# browser download does not work here, so the tests launch /usr/bin/chromium through playwright.
# Idempotent: does nothing when /usr/bin/chromium is already there. Also installs a font with full
# Vietnamese coverage so screenshots show the diacritics.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null | tail -1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version 2>/dev/null | tail -1
