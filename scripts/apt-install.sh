#!/usr/bin/env bash
# Installs the given Debian packages with apt-get (as root, or through sudo).
# Shared by scripts/install-deps.sh and bench/install-deps.sh, which decide what
# is missing. Usage: scripts/apt-install.sh PACKAGE...
set -euo pipefail
[ $# -eq 0 ] && exit 0
echo "factwire: installing $*" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@"
