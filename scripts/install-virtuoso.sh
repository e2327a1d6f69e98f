#!/usr/bin/env bash
# Install Virtuoso Open Source (Debian's virtuoso-opensource-7-bin) for the SPARQL-over-HTTP tests.
# Idempotent: does nothing when virtuoso-t is already on the PATH. Only the binaries are installed,
# and no service is started: the tests run their own Virtuoso with its own ini file on free ports.
set -euo pipefail

if command -v virtuoso-t >/dev/null 2>&1; then
  echo "virtuoso-t already installed: $(command -v virtuoso-t)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Refuse service starts during the install (policy-rc.d exit 101), so no system Virtuoso takes port 8890.
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  CREATED_POLICY=1
fi
cleanup() { if [ "$CREATED_POLICY" = 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null
command -v virtuoso-t
