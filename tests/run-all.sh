#!/usr/bin/env bash
# Runs every test: configures and builds the Linux preset, then ctest with --output-on-failure.
# Usage: tests/run-all.sh            (from anywhere inside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
