#!/usr/bin/python3
"""Builds examples/corpus/15_c9aldonia_crawl.warc.gz from the HTML pages in examples/warc-src/.

The archive is a WARC/1.1 file, one gzip member per record: a `warcinfo` record, then one
`response` record per page holding a full HTTP/1.1 response (status line, headers with
`Content-Type: text/html; charset=...` and an exact `Content-Length`, then the page bytes as
they are stored, i.e. in the page's own encoding).

The output is byte-reproducible: record ids are UUIDv5 values derived from the target URI, all
dates are fixed below, and every gzip member is written with mtime=0 and no file name. Running
the script twice gives identical bytes, so the committed archive can be checked with
`git diff --exit-code` after a rebuild.

Standard library only. Usage (from the repository root):
    /usr/bin/python3 scripts/make-example-warc.py [--output PATH]
"""

import argparse
import base64
import gzip
import hashlib
import pathlib
import sys
import uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "examples" / "warc-src"
DEFAULT_OUTPUT = ROOT / "examples" / "corpus" / "15_c9aldonia_crawl.warc.gz"
WARC_FILENAME = "15_c9aldonia_crawl.warc.gz"

# A fixed namespace so record ids never change between runs.
ID_NAMESPACE = uuid.UUID("6f1c2b9e-5d1a-4c7e-9b2f-3e8a0d4c7b15")

WARCINFO_DATE = "2025-04-09T06:00:00Z"

# (source file, target URI, WARC-Date, HTTP Date header, charset announced in Content-Type).
# The walkout page has no <meta charset>: its encoding (ISO-8859-1) is given only by the HTTP
# header, so readers must honour it.
PAGES = [
    (
        "c9aldonia_saltmere-explosion.html",
        "https://www.c9aldonia.example/world/saltmere-explosion-five-dead",
        "2025-04-09T06:02:13Z",
        "Wed, 09 Apr 2025 06:02:13 GMT",
        "utf-8",
    ),
    (
        "c9aldonia_bluefield-walkout.html",
        "https://www.c9aldonia.example/money/bluefield-call-centres-walkout",
        "2025-03-10T12:40:51Z",
        "Mon, 10 Mar 2025 12:40:51 GMT",
        "iso-8859-1",
    ),
]


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(ID_NAMESPACE, name)


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(headers, block):
    """Returns one WARC record (header block, payload, two CRLFs) as bytes."""
    lines = ["WARC/1.1"]
    lines += ["%s: %s" % (key, value) for key, value in headers]
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def warcinfo_record():
    fields = (
        "software: storyline scripts/make-example-warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "description: storyline example corpus, two pages from the fictional outlet C9 News\r\n"
        "isPartOf: storyline-examples\r\n"
    ).encode("utf-8")
    headers = [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", WARCINFO_DATE),
        ("WARC-Filename", WARC_FILENAME),
        ("WARC-Record-ID", record_id("warcinfo:" + WARC_FILENAME)),
        ("Content-Type", "application/warc-fields"),
    ]
    return warc_record(headers, fields)


def response_record(source, uri, warc_date, http_date, charset, warcinfo_id):
    payload = (SOURCE_DIR / source).read_bytes()
    http_head = (
        "HTTP/1.1 200 OK\r\n"
        "Date: %s\r\n"
        "Server: nginx\r\n"
        "Content-Type: text/html; charset=%s\r\n"
        "Content-Length: %d\r\n"
        "Cache-Control: max-age=60\r\n"
        "Connection: close\r\n"
        "\r\n" % (http_date, charset, len(payload))
    ).encode("ascii")
    block = http_head + payload
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Record-ID", record_id(uri)),
        ("WARC-Warcinfo-ID", warcinfo_id),
        ("WARC-Date", warc_date),
        ("WARC-Target-URI", uri),
        ("WARC-IP-Address", "192.0.2.19"),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Payload-Digest", sha1_digest(payload)),
        ("WARC-Block-Digest", sha1_digest(block)),
    ]
    return warc_record(headers, block)


def build():
    warcinfo_id = record_id("warcinfo:" + WARC_FILENAME)
    records = [warcinfo_record()]
    for source, uri, warc_date, http_date, charset in PAGES:
        records.append(response_record(source, uri, warc_date, http_date, charset, warcinfo_id))
    # One gzip member per record, as WARC readers expect; mtime=0 keeps the bytes stable.
    return b"".join(gzip.compress(record, compresslevel=9, mtime=0) for record in records)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    data = build()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print("wrote %s (%d bytes, %d records)" % (args.output, len(data), 1 + len(PAGES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
