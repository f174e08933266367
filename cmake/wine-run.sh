#!/bin/sh
# Runs a cross-built .exe under wine64 in the prefix prepared by tests/run-all.sh (or a throwaway default).
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
export WINEPREFIX=${WINEPREFIX:-${TMPDIR:-/tmp}/hotpatch-ready-wineprefix}
unset DISPLAY WAYLAND_DISPLAY
exec wine "$@"
