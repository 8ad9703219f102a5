#include "extract/lexicon.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "extract/lexicon_image.h"

// The image between these symbols is written into .rodata by the generated
// ${CMAKE_BINARY_DIR}/lexicon/lexicon_image.cc (an .incbin of lexicon.bin; see CMakeLists.txt).
extern "C" const unsigned char storyline_lexicon_image[];
extern "C" const unsigned char storyline_lexicon_image_end[];

namespace storyline::extract {
namespace {

static_assert(std::endian::native == std::endian::little, "the lexicon image is little endian");

struct Table {
  const LexiconRecord* records = nullptr;
  const LexiconSlot* slots = nullptr;
  uint32_t mask = 0;
};

struct Image {
  const char* pool = nullptr;
  Table exact;
  Table folded;
};

// A malformed image is a build error, never bad input: stop at once, loudly, in every build type.
void Require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "storyline: embedded lexicon image is invalid (%s); rebuild it\n", what);
    std::abort();
  }
}

Table TableAt(const unsigned char* base, const LexiconHeader& h, uint32_t records_offset,
              uint32_t count, uint32_t hash_offset, uint32_t slots) {
  Require(std::has_single_bit(slots) && slots > count, "hash size");  // probes end on a gap
  Require(records_offset % 4 == 0 && hash_offset % 4 == 0, "alignment");
  Require(records_offset + uint64_t{count} * sizeof(LexiconRecord) <= h.total_size, "records");
  Require(hash_offset + uint64_t{slots} * sizeof(LexiconSlot) <= h.total_size, "hash slots");
  Table t;
  t.records = reinterpret_cast<const LexiconRecord*>(base + records_offset);
  t.slots = reinterpret_cast<const LexiconSlot*>(base + hash_offset);
  t.mask = slots - 1;
  return t;
}

Image Load(const unsigned char* base, size_t size, LexiconHeader& h) {
  Require(size >= sizeof(LexiconHeader), "too short");
  std::memcpy(&h, base, sizeof h);
  Require(std::memcmp(h.magic, kLexiconMagic, sizeof h.magic) == 0, "magic");
  Require(h.version == kLexiconFormatVersion, "format version");
  Require(h.total_size == size, "size");
  Require(uint64_t{h.pool_offset} + h.pool_size <= size, "pool");
  Require(uint64_t{h.version_offset} + h.version_length <= h.pool_size, "version string");
  Image image;
  image.pool = reinterpret_cast<const char*>(base + h.pool_offset);
  image.exact = TableAt(base, h, h.exact_offset, h.exact_count, h.exact_hash_offset, h.exact_slots);
  image.folded =
      TableAt(base, h, h.folded_offset, h.folded_count, h.folded_hash_offset, h.folded_slots);
  return image;
}

std::optional<LexEntry> Lookup(const Image& image, const Table& table, std::string_view key) {
  const uint32_t hash = LexiconHash(key.data(), key.size());
  uint32_t slot = hash & table.mask;
  for (; table.slots[slot].index_plus_one; slot = (slot + 1) & table.mask) {
    if (table.slots[slot].hash != hash) continue;
    const LexiconRecord& r = table.records[table.slots[slot].index_plus_one - 1];
    if (r.key_length == key.size() &&
        std::memcmp(image.pool + r.key_offset, key.data(), key.size()) == 0) {
      LexEntry entry;
      entry.classes = r.classes;
      entry.link = std::string_view(image.pool + r.link_offset, r.link_length);
      entry.weight = r.weight;
      return entry;
    }
  }
  return std::nullopt;
}

// Full Unicode case folding then NFC, as the build script's fold() (casefold + NFC).
std::string FoldNonAscii(std::string_view phrase) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(phrase.data(), static_cast<int32_t>(phrase.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normal = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = normal;
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

// No key is longer (the script drops longer ones), so a longer phrase is a miss without hashing.
constexpr size_t kMaxPhraseBytes = 255;

}  // namespace

const Lexicon& Lexicon::Get() {
  static const Lexicon& lexicon = *[] {
    auto* l = new Lexicon();  // never freed: shared by every thread until exit
    const size_t size = static_cast<size_t>(storyline_lexicon_image_end - storyline_lexicon_image);
    LexiconHeader h{};
    static const Image image = Load(storyline_lexicon_image, size, h);
    l->impl_ = &image;
    l->max_words_ = static_cast<int>(h.max_words);
    l->entry_count_ = h.exact_count;
    l->image_bytes_ = size;
    l->version_ = std::string_view(image.pool + h.version_offset, h.version_length);
    return l;
  }();
  return lexicon;
}

std::optional<LexEntry> Lexicon::Find(std::string_view phrase) const {
  if (phrase.empty() || phrase.size() > kMaxPhraseBytes) return std::nullopt;
  const Image& image = *static_cast<const Image*>(impl_);
  return Lookup(image, image.exact, phrase);
}

std::optional<LexEntry> Lexicon::FindFolded(std::string_view phrase) const {
  // Folding shrinks a phrase by at most a factor of three (U+212A KELVIN SIGN, 3 bytes, folds to
  // "k"), so a longer phrase cannot fold to a key.
  if (phrase.empty() || phrase.size() > 3 * kMaxPhraseBytes) return std::nullopt;
  const Image& image = *static_cast<const Image*>(impl_);
  char ascii[kMaxPhraseBytes];
  for (size_t i = 0; i < phrase.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(phrase[i]);
    if (c >= 0x80) return Lookup(image, image.folded, FoldNonAscii(phrase));
    if (i >= kMaxPhraseBytes) continue;  // too long for a key unless non-ASCII follows
    ascii[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  if (phrase.size() > kMaxPhraseBytes) return std::nullopt;
  return Lookup(image, image.folded, std::string_view(ascii, phrase.size()));
}

}  // namespace storyline::extract
