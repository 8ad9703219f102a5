// Reads WARC files (ISO 28500, WARC/1.0 and 1.1) into items: one per HTML article record.
//
// Kept: "response" records whose HTTP response has a 2xx status and an HTML Content-Type (or none
// and a body that looks like HTML), and "resource" records of type text/html or
// application/xhtml+xml. Every other record (warcinfo, request, metadata, revisit, redirects,
// error pages, images, scripts, ...) is not an article and yields no item. Charset comes from
// the HTTP (or, for resources, the WARC) Content-Type; chunked and gzip/deflate/zstd payloads are
// decoded.
//
// Records are numbered from 1 in file order, counting every record (skipped ones too), so a
// record's number depends only on the file: id "stem#N" ("stdin#N" on stdin), source "path#N",
// url WARC-Target-URI.
//
// Bad input: a record that claims to be an article but cannot be read (bad HTTP head, unsupported
// encoding, binary payload) is an error item. Garbage where a record header should start is one
// error item, after which reading resumes at the next line starting "WARC/1." (a damaged region
// costs the records in it, not the rest of the file). A record shorter than its Content-Length,
// or a header cut off, is an error item and ends the file (the stream is exhausted). A
// compressed stream that ends abnormally adds one error item for the file. Private to
// src/readers/.
#pragma once

#include "readers/byte_stream.h"
#include "readers/parse.h"

namespace storyline::readers {

void ReadWarc(BufferedSource& source, const InputContext& input);

}  // namespace storyline::readers
