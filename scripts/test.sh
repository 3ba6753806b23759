#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DFACTWIRE_BUILD_TESTS=ON
ctest --test-dir "${FACTWIRE_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
