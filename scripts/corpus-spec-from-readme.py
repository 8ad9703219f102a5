#!/usr/bin/python3
"""Draft tests/golden/corpus_spec.json from the example corpus specification.

Reads the "Expected outcome of cleaning, file by file" part of examples/corpus/README.md and
writes one machine-checkable entry per output document (title, published, paragraph count, first
and last paragraph, junk lines, language). `must_contain` sentences are picked from the middle of
each document's body in the input itself, so they exist in the source verbatim.

The output is a DRAFT: review every entry by eye against the README and the input file before
committing it (`git diff tests/golden/corpus_spec.json`).

    /usr/bin/python3 scripts/corpus-spec-from-readme.py > tests/golden/corpus_spec.json
"""
import gzip
import html.parser
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "examples", "corpus")
WARC_SRC = os.path.join(ROOT, "examples", "warc-src")
WARC_PAGES = {  # WARC-Target-URI -> the page it was built from (scripts/make-example-warc.py)
    "https://www.c9aldonia.example/world/saltmere-explosion-five-dead":
        "c9aldonia_saltmere-explosion.html",
    "https://www.c9aldonia.example/money/bluefield-call-centres-walkout":
        "c9aldonia_bluefield-walkout.html",
}
# The readers' WARC id rule (src/readers/warc.h): "stem#N", records numbered from 1 in file order
# counting every record; record 1 is the warcinfo, so the two responses are #2 and #3.
WARC_IDS = {
    "https://www.c9aldonia.example/world/saltmere-explosion-five-dead": "15_c9aldonia_crawl#2",
    "https://www.c9aldonia.example/money/bluefield-call-centres-walkout": "15_c9aldonia_crawl#3",
}
LANGUAGE = {"06_grenzbote_lindra-vertrag": "de"}  # every other document is English
QUOTED = re.compile(r'^\s*(?:- )?(?:\*\*(\w+)\*\*: |first: |last: |note: )?"(.*)"\s*$')


class BlockText(html.parser.HTMLParser):
    """Visible text of an HTML page, one line per block element, whitespace collapsed."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "ul", "ol", "div", "td", "tr", "br", "figcaption",
              "header", "footer", "section", "article", "nav", "aside", "form", "label", "textarea",
              "blockquote", "figure", "dt", "dd"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.current, self.skip = [], [], 0

    def flush(self):
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def html_lines(raw, charset):
    parser = BlockText()
    parser.feed(raw.decode(charset, errors="replace"))
    parser.flush()
    return parser.lines


def source_lines(key):
    """The input document's visible lines, for picking must_contain sentences."""
    if key.startswith("15_"):
        page = os.path.join(WARC_SRC, WARC_PAGES[key.split(" → ")[1]])
        charset = "iso-8859-1" if "walkout" in page else "utf-8"
        return html_lines(open(page, "rb").read(), charset)
    if "#" in key:
        wanted = key.split("#")[1].split()[0]
        for line in open(os.path.join(CORPUS, "11_globedigest_feed-export.jsonl"), encoding="utf-8"):
            record = json.loads(line)
            if record["id"] == wanted:
                if "text" in record:
                    return [l.strip() for l in record["text"].split("\n") if l.strip()]
                return html_lines(record["html"].encode("utf-8"), "utf-8")
        raise SystemExit("no JSONL record " + wanted)
    raw = open(os.path.join(CORPUS, key), "rb").read()
    if key.endswith(".txt"):
        return [l.strip() for l in raw.decode("utf-8").split("\n") if l.strip()]
    return html_lines(raw, "cp1252" if key.startswith("06_") else "utf-8")


def pick_must_contain(key, entry):
    lines = source_lines(key)
    junk = set(entry["junk"])
    try:
        first = lines.index(entry["first_paragraph"])
        last = len(lines) - 1 - lines[::-1].index(entry["last_paragraph"])
    except ValueError as e:
        sys.stderr.write("%s: first/last paragraph not found in the input: %s\n" % (key, e))
        return []
    body = [l for l in lines[first + 1:last] if l not in junk and len(l) > 60]
    picks = [body[len(body) // 3], body[(2 * len(body)) // 3]] if len(body) >= 2 else body
    # One sentence of each: the first full stop followed by a space ends it.
    out = []
    for p in picks:
        m = re.match(r"(.{40,}?[.!?][\"”»“]?)(\s|$)", p)
        out.append(m.group(1) if m else p)
    return list(dict.fromkeys(out))


def parse_readme():
    text = open(os.path.join(CORPUS, "README.md"), encoding="utf-8").read()
    part = text.split("## Expected outcome of cleaning, file by file", 1)[1]
    sections = re.split(r"^### `([^`]+)`.*$", part, flags=re.M)[1:]
    entries = []
    for key, body in zip(sections[0::2], sections[1::2]):
        entry = {}
        m = re.search(r"^- \*\*title\*\*: \"(.*)\"\s*$", body, re.M)
        title = m.group(1)
        m = re.search(r"^- \*\*published\*\*: (`([^`]+)`|`null`)", body, re.M)
        published = None if m.group(1) == "`null`" else m.group(2)
        m = re.search(r"^- \*\*body\*\*: (\d+) paragraphs", body, re.M)
        paragraphs = int(m.group(1))
        first = re.search(r"^  - first: \"(.*)\"\s*$", body, re.M).group(1)
        last = re.search(r"^  - last: \"(.*)\"\s*$", body, re.M).group(1)
        junk = []
        for block in re.findall(r"^- \*\*remove[^\n]*\n((?:  - .*\n?)+)", body, re.M):
            junk += [re.match(r'  - "(.*)"\s*$', l).group(1) for l in block.splitlines()]
        if key.startswith("15_"):
            entry["id"] = WARC_IDS[key.split(" → ")[1]]
            entry["match_url"] = key.split(" → ")[1]
        elif "#" in key:
            entry["id"] = key.split("#")[1].split()[0]
        else:
            entry["id"] = os.path.splitext(key)[0]
        entry.update(title=title, published=published, paragraphs=paragraphs,
                     first_paragraph=first, last_paragraph=last,
                     junk=list(dict.fromkeys(junk)),
                     language=LANGUAGE.get(entry.get("id", ""), "en"))
        entry["must_contain"] = pick_must_contain(key, entry)
        entries.append(entry)
    return entries


def main():
    entries = parse_readme()
    spec = {
        "comment": "Machine form of examples/corpus/README.md (expected outcome of cleaning). "
                   "Drafted by scripts/corpus-spec-from-readme.py, reviewed by hand. Checked by "
                   "tests/golden/corpus_spec_test.cc. Entries are keyed by document id; "
                   "match_url, where given, must equal the record's url (WARC-Target-URI).",
        "expected_documents": len(entries),
        "documents": entries,
    }
    out = json.dumps(spec, ensure_ascii=False, indent=2)
    # Keep short string lists on one line each per item; json.dumps already does. Done.
    sys.stdout.write(out + "\n")


if __name__ == "__main__":
    main()
