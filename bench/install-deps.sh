#!/usr/bin/env bash
# Installs what only the benchmarks need, if missing: gnuplot (the plot), node
# and npm (the peer extractors), taskset (pinning). The build's own packages are
# scripts/install-deps.sh. Runs apt-get only when something is missing.
set -euo pipefail

missing=()
command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v taskset >/dev/null || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0
exec "$(dirname "$0")/../scripts/apt-install.sh" "${missing[@]}"
