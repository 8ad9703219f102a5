#!/usr/bin/env bash
# make test: unit + golden tests, then the same tests under ASan+UBSan, then every fuzz target
# replaying its corpus. With CI=true a missing ../shared corpus is a failure, not a skip.
set -euo pipefail
BUILD=${1:-build}
JOBS=$(nproc)
cd "$(dirname "$0")/.."

if [ "${CI:-}" = "true" ] && [ ! -d ../shared/corpora ]; then
  echo "test: CI=true but ../shared/corpora is missing" >&2
  exit 1
fi

echo "== clang-format check"
files=$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc' 'fuzz/*.cc' 'fuzz/*.h')
clang-format --dry-run --Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"

echo "== unit and golden tests ($BUILD)"
ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS"

echo "== ASan+UBSan tests (build-asan)"
if [ ! -f build-asan/build.ninja ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DSTORYLINE_SANITIZE=ON -DSTORYLINE_BENCH=OFF -DSTORYLINE_WERROR=ON >/dev/null
fi
cmake --build build-asan -j "$JOBS"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$JOBS"

echo "== fuzz targets replaying their corpus (build-fuzz)"
if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTORYLINE_FUZZ=ON >/dev/null
fi
cmake --build build-fuzz -j "$JOBS"
bash scripts/fuzz-replay.sh build-fuzz

