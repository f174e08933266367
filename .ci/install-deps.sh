#!/usr/bin/env bash
# Installs every Debian 12 package the build and the tests need. Run as root (or with sudo).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    ca-certificates cmake ninja-build g++ make dpkg-dev file \
    nlohmann-json3-dev libspdlog-dev libfmt-dev catch2 zlib1g-dev unzip \
    qt6-base-dev libgl-dev libxkbcommon-dev fonts-dejavu-core \
    g++-mingw-w64-x86-64-posix libz-mingw-w64-dev wine64 wine wixl msitools >/dev/null
echo "install-deps: done"
