#!/usr/bin/env bash
# make demo: the main job on the bundled example corpus, then a short summary of what it found.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
OUT=out/demo
mkdir -p "$OUT"
"$BUILD/storyline" clean examples/corpus -o "$OUT/clean.jsonl"
/usr/bin/python3 - "$OUT/clean.jsonl" <<'PY'
import collections, json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
ok = [d for d in docs if not d.get("error")]
flags = collections.Counter(f["name"] for d in ok for f in d["flags"])
langs = collections.Counter(d["language"] for d in ok)
removed = sum(len(d["removed"]) for d in ok)
print(f"demo: {len(docs)} records, {len(ok)} documents, {len(docs) - len(ok)} errors")
print(f"demo: languages {dict(langs)}; {removed} page blocks removed")
print(f"demo: flags {dict(flags) or 'none'}")
for d in ok:
    date = d["published"]["value"] or "date unknown"
    print(f"  {d['id'][:28]:28} {d['language']:3} {date[:10]:12} {d['title'][:60]}")
PY
echo "demo: output in $OUT/clean.jsonl (one JSON record per document; schema in docs/schema/)"
