#!/usr/bin/env python3
"""Prints a reproducible random sample of quotes or events from `storyline analyze` output, with
the sentence around each, for judging precision by hand (no gold exists for these layers).

  scripts/sample-layer.py OUT.jsonl quotes|events [N=30] [SEED=7]

Every item of the layer is gathered in file order, then random.seed(SEED); random.sample(items, N).
"""
import json
import random
import sys


def context(text, start, end, width=160):
    b = text.encode("utf-8")
    left = b[max(0, start - width):start].decode("utf-8", "replace")
    mid = b[start:end].decode("utf-8", "replace")
    right = b[end:end + width].decode("utf-8", "replace")
    return (left + "[" + mid + "]" + right).replace("\n", " / ")


def names(arguments):
    return ", ".join(a["canonical"] or a["text"] for a in arguments) or "-"


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in ("quotes", "events"):
        sys.exit(__doc__)
    path, layer = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for item in record.get(layer) or []:
                items.append((record, item))
    random.seed(seed)
    for i, (record, item) in enumerate(random.sample(items, min(n, len(items))), 1):
        text = record["text"]
        if layer == "quotes":
            head = "%s | speaker %r -> %s | verb %s" % (item["kind"], item["speaker"],
                                                        item["speaker_canonical"], item["verb"])
        else:
            head = "%s/%s | agents %s | counterparts %s | object %s | place %s | time %s | %s %s" % (
                item["type"], item["subtype"], names(item["agents"]), names(item["counterparts"]),
                (item["object"] or {}).get("text"), (item["place"] or {}).get("text"),
                (item["time"] or {}).get("value"), item["polarity"], item["modality"])
        print("%d. %s  [%s]" % (i, head, record["id"]))
        print("   " + context(text, item["start"], item["end"]))
    print("%d %s in %s; sample of %d with seed %d" % (len(items), layer, path, min(n, len(items)), seed))


if __name__ == "__main__":
    main()
