#!/usr/bin/env bash
# Regenerates tests/golden/{clean,analyze}.golden.jsonl from the current binary, FOR REVIEW: a golden file
# is only worth something once a person has checked every difference against the corpus
# specification (examples/corpus/README.md; procedure in tests/golden/README.md).
#   scripts/update-golden.sh [BUILD_DIR]     (default: build)
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
# Relative input path on purpose: every record's `source` is then "examples/corpus/...",
# the same on every machine (the golden test runs the binary the same way).
"$BUILD/storyline" clean examples/corpus -o tests/golden/clean.golden.jsonl
"$BUILD/storyline" analyze examples/corpus -o tests/golden/analyze.golden.jsonl
echo
echo "Regenerated tests/golden/clean.golden.jsonl and analyze.golden.jsonl. Review them before committing:"
echo "  git diff tests/golden/"
echo "Check every changed record against examples/corpus/README.md (title, published, paragraphs,"
echo "first/last paragraph, junk lines, non-ASCII letters); commit only reviewed improvements."
