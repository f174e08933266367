#!/usr/bin/env bash
# Installs every Debian 12 package the build and the tests need. Run as root (or with sudo).
# The fleet store (issue 6): SQLite, libpq, simdjson, xxHash; postgresql for its real-server tests; QtCharts
# (needs libqt6opengl6-dev) for the dashboard; jq and GNU time for bench/fleet-bench.sh.
# Translations: Qt Linguist (lupdate/lrelease, Qt6LinguistTools), Qt's own translations (standard buttons) and a
# Japanese font for the rendered screenshots and the clipping test.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    ca-certificates cmake ninja-build g++ make dpkg-dev file \
    nlohmann-json3-dev libspdlog-dev libfmt-dev catch2 zlib1g-dev unzip \
    qt6-base-dev libgl-dev libxkbcommon-dev fonts-dejavu-core \
    g++-mingw-w64-x86-64-posix libz-mingw-w64-dev wine64 wine wixl msitools \
    libsqlite3-dev libpq-dev postgresql libsimdjson-dev libxxhash-dev qt6-charts-dev libqt6opengl6-dev \
    jq time qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n fonts-ipafont-gothic >/dev/null
echo "install-deps: done"
