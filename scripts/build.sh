#!/usr/bin/env bash
# Configures and builds factwire into ./build (or $FACTWIRE_BUILD_DIR).
# Extra arguments go to cmake's configure step (e.g. -DFACTWIRE_BUILD_TESTS=OFF).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${FACTWIRE_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
