#!/usr/bin/env bash
# Check (and, as root on Debian, install) the system packages dlnotes needs.
#   scripts/setup-system.sh serve   -> python3 (>= 3.10) with venv, node + npm
#   scripts/setup-system.sh test    -> the above, plus Chromium and a Hangul font
# Prints exactly what is missing when it cannot install it, and exits 1.
set -euo pipefail
mode=${1:-test}

missing_debs=()
problems=()

if ! command -v python3 >/dev/null 2>&1; then
  missing_debs+=(python3 python3-venv)
elif ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  problems+=("python3 is $(python3 -V 2>&1); dlnotes needs Python >= 3.10")
elif ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  missing_debs+=(python3-venv)
fi
command -v node >/dev/null 2>&1 || missing_debs+=(nodejs)
command -v npm >/dev/null 2>&1 || missing_debs+=(npm)
if [ "$mode" = test ]; then
  [ -x /usr/bin/chromium ] || missing_debs+=(chromium)
  if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
    missing_debs+=(fonts-noto-cjk)
  fi
fi

if [ ${#problems[@]} -gt 0 ]; then
  printf 'dlnotes set-up: %s\n' "${problems[@]}" >&2
  exit 1
fi
if [ ${#missing_debs[@]} -eq 0 ]; then
  exit 0
fi

echo "dlnotes set-up: missing system packages: ${missing_debs[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "dlnotes set-up: installing them with apt-get (Debian) ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
  echo "dlnotes set-up: installed ${missing_debs[*]}"
else
  cat >&2 <<MSG
dlnotes set-up: cannot install them here (not root, or no apt-get). Install them, then run make again:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install ${missing_debs[*]}
  (Chromium must be at /usr/bin/chromium for the browser tests; a Hangul font such as Noto Sans CJK
   makes the Korean pages and screenshots render properly.)
MSG
  exit 1
fi
