// Readers on real inputs written to a temp dir: formats, ids, sources, compression, folders and
// every kind of bad input, each rule with a near-miss.
#include "readers/reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "clean/encoding.h"
#include "readers/parse.h"

namespace storyline::readers {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::string Gzip(std::string_view bytes) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, bytes.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(std::string_view bytes) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 3));
  return out;
}

// A WARC record with a correct Content-Length.
std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view content_type,
                       std::string_view block) {
  return "WARC/1.1\r\nWARC-Type: " + std::string(type) +
         "\r\nWARC-Record-ID: <urn:uuid:0000>\r\nWARC-Target-URI: " + std::string(uri) +
         "\r\nContent-Type: " + std::string(content_type) +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + std::string(block) +
         "\r\n\r\n";
}

std::string HttpResponse(std::string_view status, std::string_view headers, std::string_view body) {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" +
         std::string(body);
}

constexpr std::string_view kHttp = "application/http; msgtype=response";

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("storyline_readers_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, std::string_view bytes) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
  }

  std::vector<RawItem> Read(const std::vector<std::string>& inputs, ReaderOptions options = {}) {
    std::vector<RawItem> items;
    ReadInputs(inputs, options, [&](RawItem&& item) { items.push_back(std::move(item)); });
    return items;
  }

  std::vector<RawItem> ReadOne(const std::string& name, std::string_view bytes,
                               ReaderOptions options = {}) {
    return Read({Write(name, bytes)}, options);
  }

  fs::path dir_;
};

// ---- formats, ids, sources ----------------------------------------------------------------

TEST_F(ReaderTest, FormatAndIdFromExtension) {
  struct Case {
    std::string name;
    Format format;
    std::string id;
  } cases[] = {{"a.txt", Format::kText, "a"},      {"b.text", Format::kText, "b"},
               {"c.html", Format::kHtml, "c"},     {"d.htm", Format::kHtml, "d"},
               {"e.xhtml", Format::kHtml, "e"},    {"f.HTML", Format::kHtml, "f"},
               {"g.v2.txt", Format::kText, "g.v2"}};
  for (const Case& c : cases) {
    auto items = ReadOne(c.name, "Plain words, no tags.");
    ASSERT_EQ(items.size(), 1u) << c.name;
    EXPECT_EQ(items[0].format, c.format) << c.name;
    EXPECT_EQ(items[0].id, c.id) << c.name;
    EXPECT_EQ(items[0].source, (dir_ / c.name).string());
    EXPECT_EQ(items[0].bytes, "Plain words, no tags.");
    EXPECT_FALSE(items[0].error);
  }
}

TEST_F(ReaderTest, SniffsUnknownExtensions) {
  EXPECT_EQ(ReadOne("a.dat", "<!DOCTYPE html><html><p>Hi</p></html>")[0].format, Format::kHtml);
  EXPECT_EQ(ReadOne("b.dat", "  <html lang=en><body>x</body></html>")[0].format, Format::kHtml);
  EXPECT_EQ(ReadOne("c", "<div>one</div><p>two</p><br><span>3</span>")[0].format, Format::kHtml);
  // Near misses: prose that mentions angle brackets, or a single tag-like token.
  EXPECT_EQ(ReadOne("d.dat", "If a < b and c > d then <p> is a tag.")[0].format, Format::kText);
  EXPECT_EQ(ReadOne("e.dat", "Just prose.\nMore prose.")[0].format, Format::kText);
  auto jsonl = ReadOne("f.dat", "{\"id\": \"x1\", \"text\": \"Hello\"}\n");
  ASSERT_EQ(jsonl.size(), 1u);
  EXPECT_EQ(jsonl[0].id, "x1");
  EXPECT_EQ(jsonl[0].source, (dir_ / "f.dat").string() + ":1");
  // Near miss: starts with a brace but is not JSON.
  auto brace = ReadOne("g.dat", "{curly} prose is not JSON\n");
  ASSERT_EQ(brace.size(), 1u);
  EXPECT_EQ(brace[0].format, Format::kText);
  EXPECT_EQ(brace[0].source, (dir_ / "g.dat").string());
  auto warc = ReadOne("h.dat", WarcRecord("resource", "http://x/", "text/html", "<p>W</p>"));
  ASSERT_EQ(warc.size(), 1u);
  EXPECT_EQ(warc[0].id, "h#1");
}

TEST_F(ReaderTest, GzipIsTransparentAndStemDropsAllExtensions) {
  auto items = ReadOne("0a1b2c.html.gz", Gzip("<html><body><p>Zipped</p></body></html>"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "0a1b2c");
  EXPECT_EQ(items[0].format, Format::kHtml);
  EXPECT_EQ(items[0].bytes, "<html><body><p>Zipped</p></body></html>");
  EXPECT_FALSE(items[0].truncated);
  // Recognised by magic bytes, not only by name; a .gz with no inner extension is sniffed.
  auto misnamed = ReadOne("page.txt", Gzip("plain text"));
  EXPECT_EQ(misnamed[0].bytes, "plain text");
  EXPECT_EQ(ReadOne("doc.gz", Gzip("<!doctype html><p>x</p>"))[0].format, Format::kHtml);
}

TEST_F(ReaderTest, MultiMemberGzipIsConcatenated) {
  auto items = ReadOne("m.txt.gz", Gzip("first half, ") + Gzip("second half"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].bytes, "first half, second half");
  EXPECT_FALSE(items[0].truncated);
  // Zero padding after the last member (as some tools write) is ignored, like gzip(1) does.
  auto padded = ReadOne("p.txt.gz", Gzip("padded") + std::string(16, '\0'));
  EXPECT_EQ(padded[0].bytes, "padded");
  EXPECT_FALSE(padded[0].error);
}

TEST_F(ReaderTest, ZstdIsTransparent) {
  auto items = ReadOne("z.txt.zst", Zstd("compressed with zstd"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "z");
  EXPECT_EQ(items[0].bytes, "compressed with zstd");
  std::string cut = Zstd(std::string(5000, 'q') + "tail");
  auto truncated = ReadOne("t.txt.zst", cut.substr(0, cut.size() - 3));
  EXPECT_TRUE(truncated[0].truncated || truncated[0].error.has_value());
}

// ---- folders ----------------------------------------------------------------------------

TEST_F(ReaderTest, FoldersAreReadRecursivelyInSortedOrder) {
  Write("corpus/b/2.txt", "two");
  Write("corpus/a/z.txt", "az");
  Write("corpus/a/sub/1.html", "<p>one</p>");
  Write("corpus/0.txt", "zero");
  Write("corpus/.hidden.txt", "hidden");
  Write("corpus/.git/config", "not an input");
  Write("corpus/README.md", "# About this corpus");
  Write("corpus/b/LICENSE", "CC-BY");
  Write("corpus/a/readme.txt", "documentation too");
  auto items = Read({(dir_ / "corpus").string()});
  std::vector<std::string> sources;
  for (const RawItem& item : items)
    sources.push_back(fs::path(item.source).lexically_relative(dir_ / "corpus").string());
  EXPECT_EQ(sources, (std::vector<std::string>{"0.txt", "a/sub/1.html", "a/z.txt", "b/2.txt"}));
  EXPECT_EQ(items[1].format, Format::kHtml);
  // Near miss: named explicitly, a README is an input like any other.
  EXPECT_EQ(Read({(dir_ / "corpus/README.md").string()}).size(), 1u);
}

TEST_F(ReaderTest, InputsKeepTheirOrder) {
  std::string b = Write("b.txt", "b"), a = Write("a.txt", "a");
  auto items = Read({b, a});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "b");
  EXPECT_EQ(items[1].id, "a");
}

// ---- bad input --------------------------------------------------------------------------

TEST_F(ReaderTest, EmptyFileIsAnError) {
  auto items = ReadOne("empty.txt", "");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error.value_or(""), "empty file");
  EXPECT_EQ(items[0].id, "empty");
  // Near miss: whitespace is content (the cleaner decides it is empty after cleaning).
  EXPECT_FALSE(ReadOne("space.txt", " \n")[0].error);
  EXPECT_EQ(ReadOne("empty.jsonl", "")[0].error.value_or(""), "empty file");
  EXPECT_EQ(ReadOne("empty.warc", "")[0].error.value_or(""), "empty file");
  EXPECT_EQ(ReadOne("empty.html.gz", Gzip(""))[0].error.value_or(""), "empty file");
}

TEST_F(ReaderTest, BinaryFileIsAnError) {
  auto nul = ReadOne("image.html", std::string("<p>GIF89a\0\0\x01\x02", 14));
  ASSERT_EQ(nul.size(), 1u);
  EXPECT_THAT(nul[0].error.value_or(""), HasSubstr("binary file (NUL byte at offset 9)"));
  EXPECT_TRUE(nul[0].bytes.empty());
  std::string controls;
  for (int i = 0; i < 100; ++i) controls += "ab\x01\x02\x03\x04";
  EXPECT_THAT(ReadOne("c.txt", controls)[0].error.value_or(""), HasSubstr("control bytes"));
  // Near misses: one stray control byte, and UTF-16 text (NULs, but with a byte-order mark).
  EXPECT_FALSE(ReadOne("stray.txt", "A page with one \x01 stray control byte.")[0].error);
  EXPECT_FALSE(ReadOne("u16.txt", std::string("\xFF\xFEH\0i\0", 6))[0].error);
  // A NUL beyond the first 8 KiB is the decoder's business, not a binary file.
  EXPECT_FALSE(ReadOne("late.txt", std::string(9000, 'a') + std::string(1, '\0'))[0].error);
}

TEST_F(ReaderTest, MissingFileIsAnErrorWithTheOsMessage) {
  auto items = Read({(dir_ / "nope.html").string()});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_THAT(items[0].error.value_or(""), HasSubstr("No such file or directory"));
  EXPECT_EQ(items[0].id, "nope");
  EXPECT_EQ(items[0].source, (dir_ / "nope.html").string());
  EXPECT_EQ(items[0].format, Format::kHtml);
}

TEST_F(ReaderTest, UnreadableFileIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads everything";
  std::string path = Write("locked.txt", "secret");
  fs::permissions(path, fs::perms::none);
  EXPECT_THAT(Read({path})[0].error.value_or(""), HasSubstr("Permission denied"));
}

TEST_F(ReaderTest, TruncatedGzipKeepsWhatDecoded) {
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "line " + std::to_string(i) + " of the article\n";
  std::string gz = Gzip(text);
  auto items = ReadOne("cut.txt.gz", gz.substr(0, gz.size() / 2));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_FALSE(items[0].error);
  EXPECT_TRUE(items[0].truncated);
  EXPECT_THAT(items[0].truncation_evidence, HasSubstr("gzip stream ends early after "));
  EXPECT_THAT(items[0].truncation_evidence,
              HasSubstr("after " + std::to_string(items[0].bytes.size()) + " bytes"));
  EXPECT_GT(items[0].bytes.size(), 1000u);
  EXPECT_EQ(text.substr(0, items[0].bytes.size()), items[0].bytes);
  // Nothing decodable: only the 10-byte header survived.
  auto header_only = ReadOne("head.txt.gz", gz.substr(0, 10));
  EXPECT_THAT(header_only[0].error.value_or(""), HasSubstr("gzip stream ends early after 0 bytes"));
  // Near miss: only the 8-byte trailer is missing... still a cut stream, but all text is there.
  auto no_trailer = ReadOne("trailer.txt.gz", gz.substr(0, gz.size() - 8));
  EXPECT_EQ(no_trailer[0].bytes, text);
  EXPECT_TRUE(no_trailer[0].truncated);
}

TEST_F(ReaderTest, CorruptGzipIsAnErrorWithZlibsMessage) {
  std::string gz = Gzip("some text that compresses into a deflate stream, some text");
  gz[12] ^= 0x55;
  gz[13] ^= 0xff;
  auto items = ReadOne("bad.txt.gz", gz);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_THAT(items[0].error.value_or(""), HasSubstr("corrupt gzip data: "));
}

TEST_F(ReaderTest, OversizedItemIsCutWithTheOriginalSize) {
  ReaderOptions options;
  options.max_item_bytes = 100;
  auto items = ReadOne("big.txt", std::string(250, 'x'), options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].bytes.size(), 100u);
  EXPECT_TRUE(items[0].truncated);
  EXPECT_THAT(items[0].truncation_evidence, HasSubstr("item of 250 bytes cut to 100 bytes"));
  // The cut backs off to a character boundary: 99 'x' then a 2-byte character across the limit.
  auto utf8 = ReadOne("u.txt", std::string(99, 'x') + "\xC3\xA9" + "tail", options);
  EXPECT_EQ(utf8[0].bytes, std::string(99, 'x'));
  // Near miss: exactly at the limit is not cut.
  auto exact = ReadOne("exact.txt", std::string(100, 'x'), options);
  EXPECT_FALSE(exact[0].truncated);
  EXPECT_EQ(exact[0].bytes.size(), 100u);
}

// ---- JSONL --------------------------------------------------------------------------------

TEST_F(ReaderTest, JsonlRecordsCarryTheirFields) {
  std::string jsonl =
      "{\"id\": \"a-1\", \"text\": \"Body one.\", \"url\": \"https://x/1\", \"title\": \"T1\", "
      "\"published\": \"2024-05-01\", \"source\": \"Wire\"}\r\n"
      "\n"
      "{\"id\": 42, \"html\": \"<p>Two</p>\", \"outlet\": \"Post\", \"source\": \"ignored\"}\n"
      "{\"text\": \"No id.\", \"html\": null}\n"
      "{\"id\": 7, \"text\": \"plain\", \"html\": \"<p>rich</p>\"}";  // no final newline
  std::string path = Write("feed.jsonl", jsonl);
  auto items = Read({path});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].id, "a-1");
  EXPECT_EQ(items[0].source, path + ":1");
  EXPECT_EQ(items[0].format, Format::kText);
  EXPECT_EQ(items[0].bytes, "Body one.");
  EXPECT_EQ(items[0].url, "https://x/1");
  EXPECT_EQ(items[0].title, "T1");
  EXPECT_EQ(items[0].published, "2024-05-01");
  EXPECT_EQ(items[0].outlet, "Wire");
  EXPECT_EQ(items[0].declared_charset, "UTF-8");
  EXPECT_EQ(items[1].id, "42");
  EXPECT_EQ(items[1].source, path + ":3");
  EXPECT_EQ(items[1].format, Format::kHtml);
  EXPECT_EQ(items[1].outlet, "Post");
  EXPECT_EQ(items[2].id, "");
  EXPECT_EQ(items[2].format, Format::kText);
  EXPECT_EQ(items[3].format, Format::kHtml);
  EXPECT_EQ(items[3].bytes, "<p>rich</p>");
  for (const RawItem& item : items) EXPECT_FALSE(item.error) << item.source;
}

TEST_F(ReaderTest, MalformedJsonlLineIsAnErrorAndReadingGoesOn) {
  std::string path = Write("feed.ndjson",
                           "{\"id\": \"1\", \"text\": \"one\"}\n"
                           "{\"id\": \"2\", \"text\": \"two\n"
                           "{\"id\": \"3\", \"text\": \"three\"}\n"
                           "[1, 2]\n"
                           "{\"id\": \"5\", \"summary\": \"no text field\"}\n"
                           "{\"id\": \"6\", \"text\": 6}\n"
                           "{\"id\": \"7\", \"body\": \"an alias of text\", \"date\": \"1987\"}\n");
  auto items = Read({path});
  ASSERT_EQ(items.size(), 7u);
  EXPECT_FALSE(items[0].error);
  ASSERT_TRUE(items[1].error);
  EXPECT_THAT(*items[1].error, HasSubstr("line 2: parse error"));
  EXPECT_EQ(items[1].source, path + ":2");
  EXPECT_EQ(items[1].id, "feed:2");
  EXPECT_EQ(items[2].id, "3");
  EXPECT_FALSE(items[2].error);
  EXPECT_EQ(items[3].error.value_or(""), "line 4: not a JSON object");
  EXPECT_EQ(items[4].error.value_or(""),
            "line 5: record has no \"text\" or \"html\" (nor \"body\", \"content\", \"maintext\")");
  EXPECT_EQ(items[5].error.value_or(""), "line 6: field \"text\" is not a string");
  EXPECT_FALSE(items[6].error);
  EXPECT_EQ(items[6].bytes, "an alias of text");
  EXPECT_EQ(items[6].published, "1987");
}

TEST_F(ReaderTest, JsonlBlankFileAndTruncatedGzip) {
  EXPECT_THAT(ReadOne("blank.jsonl", "\n  \n")[0].error.value_or(""),
              HasSubstr("no JSONL records"));
  std::string lines;
  for (int i = 0; i < 3000; ++i)
    lines += "{\"id\": " + std::to_string(i) + ", \"text\": \"record number " +
             std::to_string(i * 7919) + "\"}\n";
  std::string gz = Gzip(lines);
  std::string path = Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  auto items = Read({path});
  ASSERT_GT(items.size(), 10u);
  EXPECT_EQ(items[0].id, "0");
  const RawItem& last = items.back();
  EXPECT_EQ(last.source, path);
  EXPECT_THAT(last.error.value_or(""), HasSubstr("gzip stream ends early after"));
  EXPECT_THAT(last.error.value_or(""), HasSubstr("later records are lost"));
}

TEST_F(ReaderTest, JsonArrayFileIsReadAsRecords) {
  std::string path = Write("export.json",
                           "\n[\n  {\"id\": \"a\", \"text\": \"First.\"},\n"
                           "  {\"id\": 2, \"html\": \"<p>Second</p>\"},\n"
                           "  \"not a record\",\n  {\"title\": \"no body\"}\n]\n");
  auto items = Read({path});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].id, "a");
  EXPECT_EQ(items[0].source, path + "[0]");
  EXPECT_EQ(items[1].id, "2");
  EXPECT_EQ(items[1].format, Format::kHtml);
  EXPECT_EQ(items[2].error.value_or(""), "element 2: not a JSON object");
  EXPECT_EQ(items[2].id, "export[2]");
  EXPECT_EQ(
      items[3].error.value_or(""),
      "element 3: record has no \"text\" or \"html\" (nor \"body\", \"content\", \"maintext\")");
  // A broken array is one error for the file; an empty one too.
  auto broken = ReadOne("broken.json", "[{\"text\": \"a\"},");
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_THAT(broken[0].error.value_or(""), HasSubstr("parse error"));
  EXPECT_EQ(ReadOne("none.json", "[]")[0].error.value_or(""), "empty JSON array");
  // One pretty-printed record: the file's stem is its id unless it has one.
  auto single = ReadOne("story.json", "{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n");
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].id, "story");
  EXPECT_EQ(single[0].source, (dir_ / "story.json").string());
  EXPECT_EQ(single[0].title, "T");
  EXPECT_EQ(ReadOne("named.json", "{\n\"id\": \"n1\", \"text\": \"x\"}")[0].id, "n1");
  // Sniffed too (stdin, no extension), when the document names an article field.
  std::vector<RawItem> piped;
  ReadBuffer("-", "[{\"text\": \"piped\"}]", {}, [&](RawItem&& i) { piped.push_back(i); });
  ASSERT_EQ(piped.size(), 1u);
  EXPECT_EQ(piped[0].bytes, "piped");
  EXPECT_EQ(piped[0].source, "-[0]");
  EXPECT_EQ(ReadOne("list", "[1, 2, 3]\n")[0].format, Format::kText);  // near miss: no article
  // Near miss: an object per line is JSONL even in a .json file.
  EXPECT_EQ(ReadOne("lines.json", "{\"text\": \"x\"}\n")[0].source,
            (dir_ / "lines.json").string() + ":1");
}

TEST_F(ReaderTest, JsonlTextIsCutAtTheLimit) {
  ReaderOptions options;
  options.max_item_bytes = 10;
  auto items = ReadOne("f.jsonl", "{\"text\": \"0123456789abcdef\"}\n", options);
  EXPECT_EQ(items[0].bytes, "0123456789");
  EXPECT_TRUE(items[0].truncated);
}

// ---- WARC ---------------------------------------------------------------------------------

TEST_F(ReaderTest, WarcKeepsHtmlArticlesOnly) {
  std::string chunked_gzip_body = Gzip("<html><body><p>Chunked and zipped</p></body></html>");
  std::string chunked = "10\r\n" + chunked_gzip_body.substr(0, 16) + "\r\n" +
                        [&] {
                          char size[16];
                          std::snprintf(size, sizeof size, "%zx", chunked_gzip_body.size() - 16);
                          return std::string(size);
                        }() +
                        "\r\n" + chunked_gzip_body.substr(16) + "\r\n0\r\n\r\n";
  std::string warc =
      WarcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n") +  // 1
      WarcRecord("request", "http://a/", "application/http; msgtype=request",
                 "GET / HTTP/1.1\r\nHost: a\r\n\r\n") +  // 2
      WarcRecord("response", "http://a/", kHttp,
                 HttpResponse("200 OK", "Content-Type: text/html; charset=windows-1251\r\n",
                              "<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>")) +  // 3
      WarcRecord("response", "http://a/logo.png", kHttp,
                 HttpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n")) +  // 4
      WarcRecord("response", "http://a/gone", kHttp,
                 HttpResponse("404 Not Found", "Content-Type: text/html\r\n", "<p>404</p>")) +  // 5
      WarcRecord("metadata", "http://a/", "application/warc-fields", "via: x\r\n") +            // 6
      WarcRecord("resource", "file:///b.html", "text/html; charset=\"utf-8\"", "<p>B</p>") +    // 7
      WarcRecord("response", "<http://c/>", kHttp,
                 HttpResponse("200 OK",
                              "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                              "Content-Encoding: gzip\r\n",
                              chunked)) +  // 8
      WarcRecord("response", "http://d/", kHttp,
                 HttpResponse("200 OK", "Content-Encoding: gzip\r\n",
                              "<!doctype html><p>already decoded by the crawler</p>")) +  // 9
      WarcRecord("response", "http://e/", kHttp,
                 HttpResponse("200 OK", "Content-Encoding: gzip\r\n",
                              Gzip("<html><p>untyped, zipped</p></html>"))) +  // 10
      WarcRecord("response", "http://e/data", kHttp,
                 HttpResponse("200 OK", "Content-Encoding: gzip\r\n",
                              Gzip("{\"json\": true}")));  // 11
  std::string path = Write("crawl.warc", warc);
  auto items = Read({path});
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[4].id, "crawl#10");
  EXPECT_EQ(items[4].bytes, "<html><p>untyped, zipped</p></html>");
  EXPECT_EQ(items[0].id, "crawl#3");
  EXPECT_EQ(items[0].source, path + "#3");
  EXPECT_EQ(items[0].url, "http://a/");
  EXPECT_EQ(items[0].format, Format::kHtml);
  EXPECT_EQ(items[0].declared_charset, "windows-1251");
  EXPECT_EQ(items[0].bytes, "<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>");
  EXPECT_EQ(items[1].id, "crawl#7");
  EXPECT_EQ(items[1].declared_charset, "utf-8");
  EXPECT_EQ(items[1].bytes, "<p>B</p>");
  EXPECT_EQ(items[2].id, "crawl#8");
  EXPECT_EQ(items[2].url, "http://c/");
  EXPECT_EQ(items[2].bytes, "<html><body><p>Chunked and zipped</p></body></html>");
  EXPECT_FALSE(items[2].truncated);
  EXPECT_EQ(items[3].id, "crawl#9");
  EXPECT_EQ(items[3].bytes, "<!doctype html><p>already decoded by the crawler</p>");
  for (const RawItem& item : items) EXPECT_FALSE(item.error) << item.error.value_or("");
}

TEST_F(ReaderTest, WarcGzPerRecordMembers) {
  std::string warc = Gzip(WarcRecord("resource", "http://a/", "text/html", "<p>A</p>")) +
                     Gzip(WarcRecord("resource", "http://b/", "text/html", "<p>B</p>"));
  auto items = ReadOne("cc-0001.warc.gz", warc);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "cc-0001#1");
  EXPECT_EQ(items[1].id, "cc-0001#2");
  EXPECT_EQ(items[1].bytes, "<p>B</p>");
}

TEST_F(ReaderTest, WarcCutMidRecordIsAnErrorForThatRecord) {
  std::string whole = WarcRecord("resource", "http://a/", "text/html", "<p>A</p>") +
                      WarcRecord("resource", "http://b/", "text/html", std::string(500, 'b'));
  std::string path = Write("cut.warc", whole.substr(0, whole.size() - 300));
  auto items = Read({path});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].error);
  EXPECT_EQ(items[1].source, path + "#2");
  EXPECT_THAT(items[1].error.value_or(""), HasSubstr("record 2: record ends after"));
  EXPECT_THAT(items[1].error.value_or(""), HasSubstr("of its Content-Length 500 bytes"));
  // A header cut off is an error too.
  std::string head_cut = whole.substr(0, whole.find("WARC/1.1", 10) + 30);
  auto header_items = ReadOne("head.warc", head_cut);
  ASSERT_EQ(header_items.size(), 2u);
  EXPECT_THAT(header_items[1].error.value_or(""), HasSubstr("record header ends early"));
}

TEST_F(ReaderTest, WarcGarbageIsReportedAndReadingResyncs) {
  std::string warc = WarcRecord("resource", "http://a/", "text/html", "<p>A</p>") +
                     "this is not a WARC header\r\nnor is this\r\n" +
                     WarcRecord("resource", "http://b/", "text/html", "<p>B</p>");
  std::string path = Write("g.warc", warc);
  auto items = Read({path});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].bytes, "<p>A</p>");
  EXPECT_THAT(items[1].error.value_or(""),
              HasSubstr("record 2: expected a WARC record header, found \"this is not"));
  EXPECT_EQ(items[2].id, "g#3");
  EXPECT_EQ(items[2].bytes, "<p>B</p>");
  // A missing Content-Length: the record is reported, the next one still read.
  std::string no_length = "WARC/1.0\r\nWARC-Type: resource\r\n\r\n<p>?</p>\r\n\r\n" +
                          WarcRecord("resource", "http://c/", "text/html", "<p>C</p>");
  auto more = ReadOne("n.warc", no_length);
  ASSERT_EQ(more.size(), 2u);
  EXPECT_THAT(more[0].error.value_or(""), HasSubstr("missing or invalid Content-Length"));
  EXPECT_EQ(more[1].bytes, "<p>C</p>");
}

TEST_F(ReaderTest, WarcBadArticlesAreErrors) {
  std::string warc =
      WarcRecord("response", "http://a/", kHttp, "not an http response at all\r\n\r\n<p>x</p>") +
      WarcRecord("response", "http://b/", kHttp,
                 HttpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                              "\x1b\x2c\x00\x00")) +
      WarcRecord("response", "http://c/", kHttp,
                 HttpResponse("200 OK", "Content-Type: text/html\r\n", ""));
  auto items = ReadOne("bad.warc", warc);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_THAT(items[0].error.value_or(""), HasSubstr("record 1: no HTTP status line"));
  EXPECT_THAT(items[1].error.value_or(""), HasSubstr("unsupported Content-Encoding: br"));
  EXPECT_THAT(items[2].error.value_or(""), HasSubstr("empty HTML payload"));
}

TEST_F(ReaderTest, WarcPayloadIsCutAtTheLimit) {
  ReaderOptions options;
  options.max_item_bytes = 50;
  auto items = ReadOne("big.warc",
                       WarcRecord("response", "http://a/", kHttp,
                                  HttpResponse("200 OK", "Content-Type: text/html\r\n",
                                               "<p>" + std::string(200, 'w') + "</p>")),
                       options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].bytes.size(), 50u);
  EXPECT_TRUE(items[0].truncated);
  EXPECT_THAT(items[0].truncation_evidence, HasSubstr("item of 207 bytes"));
}

// ---- end to end with the decoder ----------------------------------------------------------

TEST_F(ReaderTest, FilesDecodeEndToEnd) {
  // windows-1251 HTML that says so only in its <meta>.
  auto cp1251 = ReadOne("ru.html",
                        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                        "charset=windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body>"
                        "</html>");
  clean::DecodedText ru = clean::DecodeToUtf8(cp1251[0].bytes, cp1251[0].declared_charset, true);
  EXPECT_EQ(ru.charset, "windows-1251");
  EXPECT_THAT(ru.text, HasSubstr("<p>Привет</p>"));
  // Latin-1 text with no declaration at all.
  auto latin1 = ReadOne("fr.txt",
                        "Le caf\xe9 de la gare \xe9tait ferm\xe9 depuis l'\xe9t\xe9 dernier, et "
                        "les habitants r\xe9"
                        "clament sa r\xe9"
                        "ouverture apr\xe8s No\xebl.\n");
  clean::DecodedText fr = clean::DecodeToUtf8(latin1[0].bytes, latin1[0].declared_charset, false);
  EXPECT_THAT(fr.text, HasSubstr("Le café de la gare était fermé"));
  EXPECT_FALSE(fr.repaired);
  // Damaged UTF-8: read as is, repaired by the decoder.
  auto damaged = ReadOne("bad.txt", "Caf\xc3\xa9 \xff ol\xc3\xa9\r\n");
  EXPECT_FALSE(damaged[0].error);
  clean::DecodedText bad = clean::DecodeToUtf8(damaged[0].bytes, "", false);
  EXPECT_EQ(bad.text, "Café \xEF\xBF\xBD olé\n");
  EXPECT_TRUE(bad.repaired);
  EXPECT_THAT(bad.evidence, HasSubstr("first at byte 6"));
  // The WARC's HTTP charset reaches the decoder and beats the page's own (wrong) meta tag.
  auto warc = ReadOne("w.warc", WarcRecord("response", "http://r/", kHttp,
                                           HttpResponse("200 OK",
                                                        "Content-Type: text/html; "
                                                        "charset=windows-1251\r\n",
                                                        "<meta charset=\"utf-8\"><p>\xcf\xf0\xe8"
                                                        "\xe2\xe5\xf2</p>")));
  EXPECT_THAT(clean::DecodeToUtf8(warc[0].bytes, warc[0].declared_charset, true).text,
              HasSubstr("Привет"));
}

TEST_F(ReaderTest, CliReadsStdin) {
  std::string command = "printf '{\"id\": \"piped\", \"text\": \"From a pipe.\"}\\n' | " +
                        std::string(STORYLINE_BINARY) + " clean -q - 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  EXPECT_EQ(::pclose(pipe), 0);
  EXPECT_THAT(output, HasSubstr("\"id\":\"piped\""));
  EXPECT_THAT(output, HasSubstr("\"source\":\"-:1\""));
}

// ---- in-memory entry point ----------------------------------------------------------------

TEST(ReadBufferTest, StdinIsSniffedAndHasNoStem) {
  std::vector<RawItem> items;
  ReadBuffer("-", "{\"text\": \"from a pipe\"}\n", {}, [&](RawItem&& i) { items.push_back(i); });
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].source, "-:1");
  EXPECT_EQ(items[0].id, "");
  items.clear();
  ReadBuffer("-", Gzip("plain words"), {}, [&](RawItem&& i) { items.push_back(i); });
  EXPECT_EQ(items[0].source, "-");
  EXPECT_EQ(items[0].id, "");
  EXPECT_EQ(items[0].bytes, "plain words");
}

TEST(ReadBufferTest, ExampleCorpusReadsWithoutErrors) {
  std::vector<RawItem> items;
  ReadInputs({std::string(STORYLINE_SOURCE_DIR) + "/examples/corpus"}, {},
             [&](RawItem&& item) { items.push_back(std::move(item)); });
  EXPECT_EQ(items.size(), 19u);  // 14 files, 3 JSONL records, 2 WARC articles; not README.md
  for (const RawItem& item : items) {
    EXPECT_FALSE(item.source.ends_with("README.md"));
    EXPECT_FALSE(item.error) << item.source << ": " << item.error.value_or("");
  }
}

}  // namespace
}  // namespace storyline::readers
