#!/usr/bin/env bash
# Runs every factwire benchmark and writes bench/REPORT.md and bench/report.png.
#
#   bench/run.sh            full run (archives of 1k, 10k, 100k documents; ~30+ min)
#   bench/run.sh --quick    a few minutes (1k and 10k documents, short loads)
#   bench/run.sh --sizes 1000,10000,50000 --only query   (see run_bench.py --help)
#
# Builds what it needs in $FACTWIRE_BENCH_BUILD (default build-bench), installs
# the bench-only packages (bench/install-deps.sh) and the peer extractors
# (bench/peers, npm ci), then runs bench/run_bench.py. Scratch files go to
# bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${FACTWIRE_BENCH_BUILD:-build-bench}

bash scripts/install-deps.sh
bash bench/install-deps.sh
# The build users get from scripts/demo.sh: profile-guided (scripts/build.sh --pgo,
# trained on the repository's test articles, not on the benchmark corpus).
FACTWIRE_BUILD_DIR="$BUILD" bash scripts/build.sh --pgo \
  -DFACTWIRE_BUILD_TESTS=OFF -DFACTWIRE_BUILD_BENCH=ON
(cd bench/peers && npm ci --no-audit --no-fund --silent)
exec python3 bench/run_bench.py --build "$BUILD" "$@"
