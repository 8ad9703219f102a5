#!/usr/bin/env bash
# make demo: the main job on the bundled example corpus, then a short summary of what it found.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
OUT=out/demo
mkdir -p "$OUT"
"$BUILD/storyline" analyze examples/corpus -o "$OUT/analyze.jsonl"
/usr/bin/python3 - "$OUT/analyze.jsonl" <<'PY'
import collections, json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
ok = [d for d in docs if not d.get("error")]
flags = collections.Counter(f["name"] for d in ok for f in d["flags"])
langs = collections.Counter(d["language"] for d in ok)
removed = sum(len(d["removed"]) for d in ok)
print(f"demo: {len(docs)} records, {len(ok)} documents, {len(docs) - len(ok)} errors")
print(f"demo: languages {dict(langs)}; {removed} page blocks removed")
print(f"demo: flags {dict(flags) or 'none'}")
kinds = collections.Counter(m["kind"] for d in ok for m in d.get("entities", []))
types = collections.Counter(m["type"] for d in ok for m in d.get("entities", []) if m["kind"] == "name")
times = sum(len(d.get("times", [])) for d in ok)
print(f"demo: {sum(kinds.values())} entity mentions {dict(kinds)}; names by type {dict(types)}; {times} time expressions")
roles = collections.Counter()
for d in ok:
    for r in d.get("roles", []):
        roles[(r["name"], r["title"], r["affiliation"] or "")] += 1
print("demo: most stated roles")
for (name, title, affiliation), n in roles.most_common(8):
    print(f"  {name:24} {title}{' (' + affiliation + ')' if affiliation else ''}  x{n}")
quotes = [(d, q) for d in ok for q in d.get("quotes", [])]
quote_kinds = collections.Counter(q["kind"] for _, q in quotes)
speakers = collections.Counter(q["speaker_canonical"] for _, q in quotes if q["speaker_canonical"])
print(f"demo: {len(quotes)} quotes {dict(quote_kinds)}; most quoted: "
      + ", ".join(f"{s} x{n}" for s, n in speakers.most_common(5)))
events = [(d, e) for d in ok for e in d.get("events", [])]
event_types = collections.Counter(e["type"] for _, e in events)
print(f"demo: {len(events)} events {dict(event_types)}")
for d, e in events:
    if e["type"] in ("SIGN", "GIFT", "MILITARY", "VETO") and e["agents"] and e["confidence"] >= 0.8:
        who = ", ".join(a["canonical"] or a["text"] for a in e["agents"])
        what = (e["object"] or {}).get("text") or ""
        when = (e["time"] or {}).get("value") or ""
        print(f"  {e['type']:9} {who[:34]:34} {e['text']:12} {what[:30]:30} {when}")
print("demo: documents (document time, title)")
for d in ok:
    when = (d.get("document_time") or {}).get("value") or "unknown"
    print(f"  {d['id'][:28]:28} {d['language']:3} {when[:10]:12} {d['title'][:56]}")
PY
echo "demo: output in $OUT/analyze.jsonl (one JSON record per document; schema in docs/schema/)"
