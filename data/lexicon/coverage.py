#!/usr/bin/python3
"""How much of a CoNLL-2003 file's named entities the lexicon image knows, and how often it gives
a name class to a capitalised word that is no entity. Measuring only: nothing here feeds the
lexicon. It reads the built image itself (an independent reader of the format in
src/extract/lexicon_image.h), so it also checks the image.

    /usr/bin/python3 data/lexicon/coverage.py build/lexicon/lexicon.bin \
        ../shared/corpora/conll2003-dev/eng.testa

An entity counts as covered when its words, joined by spaces, have the class its type expects
(LOC: country, region, city or place; ORG: organization; MISC: nationality); a PER entity when its
full name is a person, its first word a given name or its last word a surname. All-capital
entities (headlines) are looked up folded, as a caller would.
"""

import collections
import struct
import sys

HEADER = "<8s15I4x"
ENTRY = "<IIIHBB"
NAMES = ["given_name", "surname", "person_name", "country", "region", "city", "place",
         "organization", "nationality", "common_word", "role_word", "honorific", "org_suffix",
         "org_head", "place_head", "function_word"]
BIT = {n: 1 << i for i, n in enumerate(NAMES)}


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


class Image:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        f = struct.unpack_from(HEADER, self.data)
        magic, version, self.exact_count, self.folded_count, self.max_words = f[:5]
        assert magic == b"SLLEXIC\0" and version == 2, "not a version 2 lexicon image"
        exact_off, folded_off, exact_hash, folded_hash, exact_slots, folded_slots = f[5:11]
        self.pool = f[11]
        assert f[15] == len(self.data), "size in header differs from file size"
        self.exact = (exact_off, exact_hash, exact_slots)
        self.folded = (folded_off, folded_hash, folded_slots)

    def _lookup(self, table, key):
        records, slots_off, slots = table
        key = key.encode("utf-8")
        h = fnv1a(key)
        slot = h & (slots - 1)
        while True:
            index, full = struct.unpack_from("<II", self.data, slots_off + 8 * slot)
            if not index:
                return 0
            if full == h:
                key_off, _, classes, key_len, _, _ = struct.unpack_from(
                    ENTRY, self.data, records + 16 * (index - 1))
                start = self.pool + key_off
                if self.data[start:start + key_len] == key:
                    return classes
            slot = (slot + 1) & (slots - 1)

    def find(self, key):
        return self._lookup(self.exact, key)

    def find_folded(self, key):
        return self._lookup(self.folded, key.casefold())


def read_conll(path):
    """(type, words) of every entity, and (word, tag, sentence-initial) of every token."""
    entities, tokens, current, first = [], [], None, True
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                current, first = None, True
                continue
            word, tag = fields[0], fields[-1]
            tokens.append((word, tag, first))
            first = False
            if tag == "O":
                current = None
                continue
            prefix, kind = tag.split("-")
            if current and current[0] == kind and prefix == "I":
                current[1].append(word)
            else:
                current = (kind, [word])
                entities.append(current)
    return entities, tokens


def main():
    image = Image(sys.argv[1])
    entities, tokens = read_conll(sys.argv[2])

    def classes(phrase):
        return image.find_folded(phrase) if phrase.isupper() else image.find(phrase)

    want = {"LOC": BIT["country"] | BIT["region"] | BIT["city"] | BIT["place"],
            "ORG": BIT["organization"], "MISC": BIT["nationality"]}
    covered, total = collections.Counter(), collections.Counter()
    for kind, words in entities:
        total[kind] += 1
        if kind == "PER":
            ok = (classes(" ".join(words)) & BIT["person_name"] or
                  classes(words[0]) & BIT["given_name"] or classes(words[-1]) & BIT["surname"])
        else:
            ok = classes(" ".join(words)) & want[kind]
        covered[kind] += bool(ok)
    print("lexicon: %d keys" % image.exact_count)
    for kind in sorted(total):
        print("%-4s %5d entities, %5.1f%% covered" % (kind, total[kind],
                                                      100.0 * covered[kind] / total[kind]))
    names = sum(BIT[n] for n in NAMES[:9])
    capitalised = [w for w, tag, first in tokens
                   if tag == "O" and not first and w[:1].isupper() and not w.isupper()]
    named = collections.Counter(w for w in capitalised if image.find(w) & names)
    print("capitalised non-entity words (not sentence-initial, not all capitals) with a name "
          "class: %d of %d (%.1f%%)" % (sum(named.values()), len(capitalised),
                                       100.0 * sum(named.values()) / max(1, len(capitalised))))
    print("  most frequent: %s" % ", ".join("%s %d" % kv for kv in named.most_common(12)))


if __name__ == "__main__":
    main()
