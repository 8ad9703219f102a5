#!/usr/bin/env bash
# Runs every fuzz target once over each file of its corpus (fuzz/corpus/<target>/): no new
# fuzzing, just the regression replay CI can afford. Long fuzzing: see docs/fuzzing.md.
set -euo pipefail
BUILD=${1:-build-fuzz}
cd "$(dirname "$0")/.."
status=0
count=0
for target in "$BUILD"/*_fuzz; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="fuzz/corpus/$name"
  if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
    echo "fuzz-replay: $name has no corpus in $corpus" >&2
    status=1
    continue
  fi
  if "$target" -runs=0 "$corpus" >/tmp/fuzz-replay-$name.log 2>&1; then
    echo "fuzz-replay: $name ok ($(ls "$corpus" | wc -l) inputs)"
    count=$((count + 1))
  else
    echo "fuzz-replay: $name FAILED" >&2
    tail -40 /tmp/fuzz-replay-$name.log >&2
    status=1
  fi
done
echo "fuzz-replay: $count targets replayed"
exit $status
