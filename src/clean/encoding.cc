#include "clean/encoding.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace storyline::clean {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// What the byte-level passes changed, for `repaired` and the evidence.
struct Repairs {
  size_t invalid_bytes = 0;
  size_t invalid_sequences = 0;
  size_t first_invalid = kNone;  // byte offset in the input
  size_t nul_bytes = 0;
  size_t valid_multibyte = 0;    // well-formed non-ASCII sequences: evidence the input is UTF-8
  bool needs_nfc_check = false;  // some character may be (or start) a non-NFC sequence

  void Invalid(size_t offset, size_t length) {
    if (first_invalid == kNone) first_invalid = offset;
    invalid_bytes += length;
    ++invalid_sequences;
  }
};

// ---------------------------------------------------------------------------------------------
// UTF-8 validation and repair, with CR/CRLF -> LF and NUL removal folded into the same pass.

// Length of the well-formed sequence at `s` (Unicode Table 3-7), or 0 and `*bad` = length of the
// maximal ill-formed subpart, which becomes one U+FFFD (as browsers and ICU do).
size_t WellFormedLength(const unsigned char* s, size_t n, size_t* bad) {
  unsigned char c = s[0];
  size_t length;
  unsigned char low = 0x80, high = 0xBF;
  if (c < 0xC2 || c > 0xF4) {  // continuation bytes, overlong leads, beyond U+10FFFF
    *bad = 1;
    return 0;
  }
  if (c < 0xE0) {
    length = 2;
  } else if (c < 0xF0) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;  // no surrogates
  } else {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  }
  for (size_t i = 1; i < length; ++i) {
    unsigned char lo = i == 1 ? low : 0x80, hi = i == 1 ? high : 0xBF;
    if (i >= n || s[i] < lo || s[i] > hi) {
      *bad = i;
      return 0;
    }
  }
  return length;
}

// Characters of planes 0 and 1 that can never make a text non-NFC: NFC_Quick_Check=Yes and
// canonical combining class 0. Text made only of these is NFC by the quick-check algorithm, so
// ICU's (much slower) check runs only on text with combining marks, Hangul jamo and the like.
class NfcInertTable {
 public:
  NfcInertTable() : bits_((0x20000 + 63) / 64) {
    for (UChar32 c = 0; c < 0x20000; ++c) {
      if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
          u_getCombiningClass(c) == 0) {
        bits_[static_cast<size_t>(c) >> 6] |= uint64_t{1} << (c & 63);
      }
    }
  }
  bool Inert(UChar32 c) const {
    return c < 0x20000 && (bits_[static_cast<size_t>(c) >> 6] >> (c & 63) & 1) != 0;
  }

 private:
  std::vector<uint64_t> bits_;
};

const NfcInertTable& NfcInert() {
  static const NfcInertTable table;
  return table;
}

// The code point of a well-formed sequence of `length` bytes.
UChar32 DecodeSequence(const unsigned char* s, size_t length) {
  switch (length) {
    case 2:
      return ((s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    case 3:
      return ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    default:
      return ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
  }
}

// True when none of the 8 bytes needs attention: no high bit, no NUL, no CR.
inline bool PlainWord(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  return (v & kHighs) == 0 && !has_zero(v) && !has_zero(v ^ (kOnes * '\r'));
}

// Copies `in` to `out` as valid UTF-8 with line ends normalised and NULs dropped. With
// `stop_at_invalid` it gives up (returns false) at the first ill-formed sequence.
bool SanitizeUtf8(std::string_view in, std::string& out, Repairs& repairs, bool stop_at_invalid) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size(), i = 0, run = 0;
  out.clear();
  out.reserve(n);
  const NfcInertTable& inert = NfcInert();
  while (i < n) {
    while (i + 8 <= n && PlainWord(p + i)) i += 8;
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80 && c != '\r' && c != 0) {
      ++i;
      continue;
    }
    out.append(in.data() + run, i - run);
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0) {
      ++repairs.nul_bytes;
      ++i;
    } else {
      size_t bad = 0;
      size_t length = WellFormedLength(p + i, n - i, &bad);
      if (length > 0) {
        out.append(in.data() + i, length);
        ++repairs.valid_multibyte;
        if (!repairs.needs_nfc_check && !inert.Inert(DecodeSequence(p + i, length))) {
          repairs.needs_nfc_check = true;
        }
        i += length;
      } else {
        if (stop_at_invalid) return false;
        out += kReplacement;
        repairs.Invalid(i, bad);
        i += bad;
      }
    }
    run = i;
  }
  out.append(in.data() + run, n - run);
  return true;
}

// ---------------------------------------------------------------------------------------------
// NFC. Works on UTF-8 directly (ICU's UTF-8 normaliser), so already-normalised text, the common
// case, costs one read-only pass and no UTF-16 round trip; pure ASCII costs nothing.

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

// ICU takes int32 lengths: long texts are normalised in pieces cut where NFC allows a cut.
constexpr size_t kNfcChunk = 64 << 20;

size_t NfcChunkEnd(const icu::Normalizer2& nfc, std::string_view s, size_t start) {
  if (s.size() - start <= kNfcChunk) return s.size();
  for (size_t p = start + kNfcChunk; p > start; --p) {
    auto c = static_cast<unsigned char>(s[p]);
    if (c < 0x80) return p;  // nothing composes with a preceding character into ASCII
    if ((c & 0xC0) == 0x80) continue;
    int32_t i = 0;
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data() + p), i,
            static_cast<int32_t>(std::min<size_t>(4, s.size() - p)), cp);
    if (cp >= 0 && nfc.hasBoundaryBefore(cp)) return p;
  }
  return start + kNfcChunk;
}

bool NormalizeNfc(std::string& text) {
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return false;
  auto piece = [&](size_t start, size_t end) {
    return icu::StringPiece(text.data() + start, static_cast<int32_t>(end - start));
  };
  UErrorCode status = U_ZERO_ERROR;
  if (text.size() <= kNfcChunk && nfc->isNormalizedUTF8(piece(0, text.size()), status)) {
    return false;
  }
  std::string normalized;
  normalized.reserve(text.size() + text.size() / 8);
  icu::StringByteSink<std::string> sink(&normalized);
  bool changed = false;
  for (size_t start = 0; start < text.size();) {
    size_t end = NfcChunkEnd(*nfc, text, start);
    status = U_ZERO_ERROR;
    if (nfc->isNormalizedUTF8(piece(start, end), status) || U_FAILURE(status)) {
      normalized.append(text, start, end - start);
    } else {
      status = U_ZERO_ERROR;
      nfc->normalizeUTF8(0, piece(start, end), sink, nullptr, status);
      if (U_FAILURE(status)) return false;  // keep the text as it was: valid, if not NFC
      changed = true;
    }
    start = end;
  }
  if (changed) text.swap(normalized);
  return changed;
}

// ---------------------------------------------------------------------------------------------
// Charset labels.

std::string LowerTrimmed(std::string_view label) {
  std::string s;
  for (char c : label) {
    if (c == '"' || c == '\'' || std::isspace(static_cast<unsigned char>(c))) continue;
    s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

bool IsUtf8Label(std::string_view label) { return label == "UTF-8"; }
bool IsWideLabel(std::string_view label) {
  return label.starts_with("UTF-16") || label.starts_with("UTF-32");
}

// Pages lie about legacy charsets the way browsers assume they do (the WHATWG Encoding
// standard): "iso-8859-1" means windows-1252, "gb2312" means GBK, and so on. The superset
// decodes everything the label's charset would, and also the bytes the page really has.
std::string_view WebSuperset(std::string_view label) {
  struct Alias {
    std::string_view label, charset;
  };
  static constexpr std::array<Alias, 21> kAliases = {{
      {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"},
      {"latin1", "windows-1252"},     {"l1", "windows-1252"},
      {"us-ascii", "windows-1252"},   {"ascii", "windows-1252"},
      {"iso_8859-1", "windows-1252"}, {"cp819", "windows-1252"},
      {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
      {"gb2312", "GB18030"},          {"gbk", "GB18030"},
      {"gb_2312-80", "GB18030"},      {"x-gbk", "GB18030"},
      {"tis-620", "windows-874"},     {"iso-8859-11", "windows-874"},
      {"euc-kr", "windows-949"},      {"ks_c_5601-1987", "windows-949"},
      {"shift_jis", "windows-31j"},   {"sjis", "windows-31j"},
      {"x-sjis", "windows-31j"},
  }};
  for (const Alias& a : kAliases) {
    if (a.label == label) return a.charset;
  }
  return label;
}

// The IANA name of a charset label ICU can decode, or nothing.
std::optional<std::string> ResolveCharset(std::string_view label) {
  std::string lower = LowerTrimmed(label);
  if (lower.empty() || lower.size() > 64) return std::nullopt;
  if (lower == "utf8" || lower == "utf-8") return "UTF-8";
  std::string name(WebSuperset(lower));
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) return std::nullopt;
  status = U_ZERO_ERROR;
  const char* icu_name = ucnv_getName(converter, &status);
  const char* iana = U_SUCCESS(status) ? ucnv_getStandardName(icu_name, "IANA", &status) : nullptr;
  std::string resolved = iana != nullptr && U_SUCCESS(status) ? iana : name;
  ucnv_close(converter);
  return resolved;
}

// Charsets in which ASCII bytes mean ASCII, so pure-ASCII input needs no conversion. (Not
// EBCDIC, UTF-7, HZ or ISO-2022, which give ASCII bytes other meanings.)
bool AsciiCompatible(std::string_view charset) {
  for (std::string_view prefix : {"windows-", "ISO-8859-", "KOI8-", "GB", "Big5", "EUC-",
                                  "Shift_JIS", "Windows-31J", "TIS-620", "macintosh"}) {
    if (charset.starts_with(prefix)) return true;
  }
  return false;
}

struct Bom {
  std::string_view charset;
  size_t length;
};

std::optional<Bom> DetectBom(std::string_view b) {
  if (b.starts_with("\xEF\xBB\xBF")) return Bom{"UTF-8", 3};
  if (b.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return Bom{"UTF-32LE", 4};
  if (b.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return Bom{"UTF-32BE", 4};
  if (b.starts_with("\xFF\xFE")) return Bom{"UTF-16LE", 2};
  if (b.starts_with("\xFE\xFF")) return Bom{"UTF-16BE", 2};
  return std::nullopt;
}

// The value after "charset" / "encoding" `key` in an (already lowercased) tag, or "".
std::string AttributeValue(std::string_view tag, std::string_view key) {
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  std::string_view rest = tag.substr(at + key.size());
  while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front())))
    rest.remove_prefix(1);
  if (!rest.starts_with('=')) return "";
  rest.remove_prefix(1);
  while (!rest.empty() && (std::isspace(static_cast<unsigned char>(rest.front())) ||
                           rest.front() == '"' || rest.front() == '\'')) {
    rest.remove_prefix(1);
  }
  size_t end = rest.find_first_of("\"'; \t\r\n>/");
  return std::string(rest.substr(0, end));
}

// <meta charset=...>, <meta http-equiv=content-type content="...; charset=...">, or an XML
// declaration's encoding, in the first 4 KiB (the HTML standard's prescan window).
std::string MetaCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (head.starts_with("<?xml")) {
    std::string encoding = AttributeValue(head.substr(0, head.find("?>")), "encoding");
    if (!encoding.empty()) return encoding;
  }
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    std::string_view tag = std::string_view(head).substr(at, head.find('>', at) - at);
    std::string charset = AttributeValue(tag, "charset");
    if (!charset.empty()) return charset;
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// Legacy charsets through ICU.

struct RepairContext {
  const char* base;
  size_t size;
  Repairs* repairs;
};

// Counts what ICU could not convert, then substitutes U+FFFD itself (ICU's own substitute is
// U+001A for some single-byte charsets).
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;
  const auto* repair = static_cast<const RepairContext*>(context);
  size_t end = static_cast<size_t>(std::clamp<std::ptrdiff_t>(
      args->source - repair->base, 0, static_cast<std::ptrdiff_t>(repair->size)));
  size_t bad = static_cast<size_t>(std::max(length, 1));
  repair->repairs->Invalid(end >= bad ? end - bad : 0, bad);
  *error = U_ZERO_ERROR;
  static const UChar kFffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kFffd, 1, 0, error);
}

// Appends UTF-16 to UTF-8; lone surrogates were already replaced by the converter.
void AppendUtf16(const UChar* text, int32_t length, std::string& out) {
  if (length == 0) return;
  size_t old_size = out.size();
  out.resize(old_size + static_cast<size_t>(length) * 3);
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data() + old_size, length * 3, &written, text, length, 0xFFFD, nullptr,
                     &status);
  out.resize(old_size + (U_SUCCESS(status) ? static_cast<size_t>(written) : 0));
}

// A single-byte charset as a table: the UTF-8 of each byte, built once per charset and thread
// from ICU's own mapping. Table lookups run several times faster than ICU's converter plus the
// UTF-16 -> UTF-8 step, and most legacy news pages are in single-byte charsets.
class SingleByteTable {
 public:
  // Nothing when `charset` is not a single-byte charset.
  static const SingleByteTable* For(const std::string& charset) {
    thread_local std::map<std::string, std::unique_ptr<SingleByteTable>> cache;
    auto it = cache.find(charset);
    if (it == cache.end()) it = cache.emplace(charset, Build(charset)).first;
    return it->second.get();
  }

  // Appends the UTF-8 of `bytes`; bytes the charset does not define become U+FFFD.
  void Convert(std::string_view bytes, std::string& out, Repairs& repairs) const {
    out.resize(bytes.size() * 4 + 8);
    char* dst = out.data();
    for (size_t i = 0; i < bytes.size(); ++i) {
      const Entry& e = entries_[static_cast<unsigned char>(bytes[i])];
      std::memcpy(dst, e.utf8, 4);
      dst += e.length;
      if (!e.defined) repairs.Invalid(i, 1);
    }
    out.resize(static_cast<size_t>(dst - out.data()));
  }

 private:
  struct Entry {
    char utf8[4] = {'\xEF', '\xBF', '\xBD', 0};  // U+FFFD
    uint8_t length = 3;
    bool defined = false;
  };

  static std::unique_ptr<SingleByteTable> Build(const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(
        ucnv_open(charset.c_str(), &status), &ucnv_close);
    if (U_FAILURE(status) || ucnv_getMaxCharSize(converter.get()) != 1) return nullptr;
    UConverterType type = ucnv_getType(converter.get());
    if (type != UCNV_SBCS && type != UCNV_LATIN_1 && type != UCNV_US_ASCII) return nullptr;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    auto table = std::make_unique<SingleByteTable>();
    for (int b = 0; b < 256; ++b) {
      char byte = static_cast<char>(b);
      UChar units[4];
      status = U_ZERO_ERROR;
      ucnv_resetToUnicode(converter.get());
      int32_t n = ucnv_toUChars(converter.get(), units, 4, &byte, 1, &status);
      Entry& e = table->entries_[b];
      int32_t length = 0;
      UChar32 c;
      if (U_FAILURE(status) || n < 1 || n > 2) continue;
      int32_t i = 0;
      U16_NEXT(units, i, n, c);
      if (i != n || U_IS_SURROGATE(c)) continue;
      U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(e.utf8), length, c);
      e.length = static_cast<uint8_t>(length);
      e.defined = true;
    }
    return table;
  }

  Entry entries_[256];
};

bool ConvertLegacy(std::string_view bytes, const std::string& charset, std::string& utf8,
                   Repairs& repairs) {
  if (const SingleByteTable* table = SingleByteTable::For(charset)) {
    table->Convert(bytes, utf8, repairs);
    return true;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset.c_str(), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return false;
  RepairContext context{bytes.data(), bytes.size(), &repairs};
  ucnv_setToUCallBack(converter.get(), &CountingSubstitute, &context, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  std::array<UChar, 32 << 10> buffer;
  const char* source = bytes.data();
  const char* limit = bytes.data() + bytes.size();
  utf8.clear();
  utf8.reserve(bytes.size() + bytes.size() / 2);
  UChar held = 0;  // a lead surrogate left at the end of the previous piece
  for (;;) {
    UChar* target = buffer.data();
    if (held != 0) *target++ = held;
    held = 0;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, limit, nullptr,
                   true, &status);
    auto length = static_cast<int32_t>(target - buffer.data());
    bool more = status == U_BUFFER_OVERFLOW_ERROR;
    if (more && length > 0 && U16_IS_LEAD(buffer[length - 1])) held = buffer[--length];
    AppendUtf16(buffer.data(), length, utf8);
    if (!more) return U_SUCCESS(status);
  }
}

// ---------------------------------------------------------------------------------------------
// Choosing the charset.

class Decoder {
 public:
  Decoder(std::string_view bytes, bool is_html) : bytes_(bytes), is_html_(is_html) {}

  DecodedText Run(std::string_view declared) {
    if (auto bom = DetectBom(bytes_)) {
      return Use(std::string(bom->charset), "byte-order mark", bom->length);
    }
    if (auto charset = Declared(declared, "declared by the container")) return *std::move(charset);
    if (is_html_) {
      std::string meta = MetaCharset(bytes_);
      // The HTML standard: a <meta> naming UTF-16 is wrong by construction (it was readable).
      if (meta.starts_with("utf-16") || meta.starts_with("utf-32")) meta = "utf-8";
      if (auto charset = Declared(meta, "<meta> in the HTML head")) return *std::move(charset);
    }
    return Undeclared();
  }

 private:
  std::optional<DecodedText> Declared(std::string_view label, const std::string& where) {
    if (label.empty()) return std::nullopt;
    std::optional<std::string> charset = ResolveCharset(label);
    if (!charset) {
      notes_ +=
          "unknown charset '" + std::string(label.substr(0, 40)) + "' " + where + " ignored; ";
      return std::nullopt;
    }
    if (IsUtf8Label(*charset)) return Use(*charset, where, 0);
    // Valid non-ASCII UTF-8 is almost never an accident, while a stale legacy label is common.
    Repairs probe;
    std::string text;
    bool valid = SanitizeUtf8(bytes_, text, probe, true);
    if (valid && (probe.valid_multibyte > 0 || IsWideLabel(*charset))) {
      return Finish(std::move(text), "UTF-8", probe,
                    "UTF-8: " + *charset + " " + where + ", but the bytes are valid UTF-8");
    }
    if (valid && AsciiCompatible(*charset)) {  // pure ASCII: the same text in either charset
      return Finish(std::move(text), *charset, probe, *charset + ": " + where);
    }
    return Use(*charset, where, 0);
  }

  DecodedText Undeclared() {
    Repairs repairs;
    std::string text;
    SanitizeUtf8(bytes_, text, repairs, false);
    if (repairs.invalid_sequences == 0) {
      return Finish(std::move(text), "UTF-8", repairs,
                    repairs.valid_multibyte > 0 ? "UTF-8: valid UTF-8" : "UTF-8: ASCII only");
    }
    // Mostly-valid UTF-8 with a few bad bytes is damaged UTF-8, not a legacy charset.
    if (repairs.valid_multibyte >= repairs.invalid_sequences) {
      return Finish(std::move(text), "UTF-8", repairs, "UTF-8: mostly valid UTF-8");
    }
    auto [charset, evidence] = Detect();
    return Use(charset, evidence, 0);
  }

  // ICU's statistical detector on the first 64 KiB; a UTF-8 guess is already ruled out.
  std::pair<std::string, std::string> Detect() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status),
                                                                            &ucsdet_close);
    if (U_SUCCESS(status)) {
      ucsdet_enableInputFilter(detector.get(), is_html_);
      ucsdet_setText(detector.get(), bytes_.data(),
                     static_cast<int32_t>(std::min<size_t>(bytes_.size(), 64 << 10)), &status);
      int32_t count = 0;
      const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
      for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || confidence < 10 || std::string_view(name) == "UTF-8") continue;
        if (auto charset = ResolveCharset(name)) {
          return {*charset, "detected by ICU (" + std::string(name) + ", confidence " +
                                std::to_string(confidence) + ")"};
        }
      }
    }
    return {"windows-1252", "no usable evidence; the web's default legacy charset assumed"};
  }

  DecodedText Use(const std::string& charset, const std::string& evidence, size_t skip) {
    std::string_view bytes = bytes_.substr(skip);
    Repairs repairs;
    std::string text;
    if (IsUtf8Label(charset)) {
      SanitizeUtf8(bytes, text, repairs, false);
    } else {
      std::string converted;
      if (!ConvertLegacy(bytes, charset, converted, repairs)) {
        notes_ += "ICU could not convert from " + charset + "; ";
        return Use("UTF-8", evidence, skip);
      }
      Repairs ignored;  // the converter's output is valid UTF-8; this pass fixes lines and NULs
      SanitizeUtf8(converted, text, ignored, false);
      repairs.nul_bytes = ignored.nul_bytes;
      repairs.needs_nfc_check = ignored.needs_nfc_check;
    }
    if (repairs.first_invalid != kNone) repairs.first_invalid += skip;
    return Finish(std::move(text), charset, repairs, charset + ": " + evidence);
  }

  DecodedText Finish(std::string text, const std::string& charset, const Repairs& repairs,
                     const std::string& evidence) {
    DecodedText decoded;
    if (repairs.needs_nfc_check) NormalizeNfc(text);
    decoded.text = std::move(text);
    decoded.charset = charset;
    decoded.evidence = notes_ + evidence;
    decoded.repaired = repairs.invalid_bytes > 0 || repairs.nul_bytes > 0;
    if (repairs.invalid_bytes > 0) {
      decoded.evidence += "; repaired " + std::to_string(repairs.invalid_bytes) +
                          " invalid bytes in " + std::to_string(repairs.invalid_sequences) +
                          " places (first at byte " + std::to_string(repairs.first_invalid) + ")";
    }
    if (repairs.nul_bytes > 0) {
      decoded.evidence += "; removed " + std::to_string(repairs.nul_bytes) + " NUL bytes";
    }
    return decoded;
  }

  std::string_view bytes_;
  bool is_html_;
  std::string notes_;  // evidence that was considered and rejected
};

}  // namespace

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared_charset, bool is_html) {
  try {
    return Decoder(bytes, is_html).Run(declared_charset);
  } catch (const std::exception& e) {
    // Only allocation can fail here; an empty text is valid and the flag says why.
    return DecodedText{"", "UTF-8", true, std::string("decoding failed: ") + e.what()};
  }
}

}  // namespace storyline::clean
