#!/usr/bin/env bash
# Installs the Debian 12 packages factwire needs to build and test, if any is missing.
# Runs apt-get only when something is missing (as root, or through sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  protobuf-compiler libprotobuf-dev
  libgrpc++-dev protobuf-compiler-grpc grpc-proto
  libabsl-dev libsqlite3-dev libicu-dev libssl-dev
  libgtest-dev python3
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
exec "$(dirname "$0")/apt-install.sh" "${missing[@]}"
