#!/usr/bin/env bash
# Runs the benchmark programs on the shared corpora. Not part of `make test`: timings belong
# here, never in unit tests. Results are copied by hand into docs/benchmarks.md.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
CORPORA=../shared/corpora
if [ ! -d "$CORPORA" ]; then
  echo "bench: $CORPORA is missing" >&2
  exit 1
fi
echo "== clean, plain text: bbc-news-2005 (2,095 articles)"
"$BUILD/clean_throughput" "$CORPORA/bbc-news-2005"
echo "== clean, HTML: article-extraction-dev (61 pages)"
"$BUILD/clean_throughput" "$CORPORA/article-extraction-dev/html"
echo "== clean, scraped text: scraped-text-dev (61 dumps)"
"$BUILD/clean_throughput" "$CORPORA/scraped-text-dev/docs"
echo "== whole CLI, one thread, bbc-news-2005 (includes reading, JSON output)"
/usr/bin/time -v "$BUILD/storyline" clean -q -j 1 "$CORPORA/bbc-news-2005" -o /dev/null 2>&1 |
  grep -E "^clean:|Maximum resident|Elapsed"
echo "== decoder alone: article-extraction-dev"
"$BUILD/decode_throughput" "$CORPORA/article-extraction-dev/html"
echo "== scraped-text line cleaner alone: bbc-news-2005"
"$BUILD/text_clean_bench" "$CORPORA/bbc-news-2005"
echo "== lexicon: load, size, lookups on the words and word pairs of bbc-news-2005"
"$BUILD/lexicon_bench" "$CORPORA/bbc-news-2005"
echo "== times stage alone (document time + time expressions): bbc-news-2005"
"$BUILD/times_bench" "$CORPORA/bbc-news-2005"
echo "== analyze stage alone: bbc-news-2005 (segment, times, entities, roles, coreference; one thread)"
"$BUILD/analyze_throughput" "$CORPORA/bbc-news-2005"
echo "== analyze stage alone: reuters-21578 (20,841 stories)"
"$BUILD/analyze_throughput" "$CORPORA/reuters-21578/reuters21578.jsonl"
echo "== whole CLI analyze, one thread, bbc-news-2005 (includes reading, cleaning, JSON output)"
/usr/bin/time -v "$BUILD/storyline" analyze -q -j 1 "$CORPORA/bbc-news-2005" -o /dev/null 2>&1 |
  grep -E "^analyze:|Maximum resident|Elapsed"
