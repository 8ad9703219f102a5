// Readers: turn inputs (files, folders, stdin; text, HTML, JSONL, WARC, gzip) into raw items.
//
// A reader never decodes or cleans text: it hands on the bytes of one article with the metadata
// its container gave (JSONL fields, WARC headers). It never throws and never drops an item
// silently: an input that cannot be read becomes an item with `error` set, so the run can count it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace storyline::readers {

enum class Format { kText, kHtml };

struct RawItem {
  std::string id;      // file stem, JSONL "id", WARC-Record-ID-derived; empty = use content hash
  std::string source;  // "path", "path:LINE" (JSONL), "path#N" (WARC record N), or "-" (stdin)
  Format format = Format::kText;
  std::string bytes;             // the article's raw bytes, decompressed, not yet decoded
  std::string declared_charset;  // charset named by the container (HTTP Content-Type), if any

  // Metadata the container supplied (JSONL fields, WARC-Target-URI); empty when absent.
  std::string url;
  std::string title;
  std::string published;
  std::string outlet;

  // The container handed over the article body itself (a JSON record's "text" or its aliases),
  // not a page to extract one from.
  bool body_given = false;

  bool truncated = false;            // bytes were cut at max_item_bytes or the input ended early
  std::string truncation_evidence;   // what was cut and why
  std::optional<std::string> error;  // the item could not be read; bytes may be empty
};

struct ReaderOptions {
  // Items larger than this are cut to it and marked truncated (a 100 MB "page" is not an article).
  size_t max_item_bytes = 16u << 20;
  // Largest decompressed size accepted from one gzip/zstd member before it is cut.
  size_t max_decompressed_bytes = 1u << 30;
  // Told of every input deliberately passed over as not an article (a folder's README, a WARC
  // response that is an image or an error page), so a run can count what it did not read.
  std::function<void(const std::string& source, const std::string& why)> on_skip;
};

// Reads every input in order and calls `sink` once per item. An input is a file (format from
// its extension, else sniffed from its bytes; gzip and zstd are decompressed transparently, known
// by their magic bytes), a folder (read recursively in sorted path order, skipping hidden files
// and folders and the corpus's documentation: *.md, *.markdown, README*, LICENSE*, COPYING*) or
// "-" for standard input (format sniffed; ids empty, so the cleaner uses content hashes).
//
// Per format, in the private headers: whole_item.h (text, HTML), jsonl.h, warc.h, gzip.h,
// zstd.h, sniff.h. Every input yields at least one item or a documented reason for none (WARC
// records that are not HTML articles); bad input becomes error items, never an exception.
void ReadInputs(const std::vector<std::string>& inputs, const ReaderOptions& options,
                const std::function<void(RawItem&&)>& sink);

}  // namespace storyline::readers
