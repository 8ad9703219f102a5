// The binary layout of the lexicon image written by scripts/build-lexicon.py (private to
// src/extract). Little endian; every table is 4-byte aligned inside the image, and the image
// itself is 16-byte aligned in .rodata. A change here needs the same change in the script and a
// new kLexiconFormatVersion.
#pragma once

#include <cstdint>

namespace storyline::extract {

inline constexpr char kLexiconMagic[8] = {'S', 'L', 'L', 'E', 'X', 'I', 'C', '\0'};
inline constexpr uint32_t kLexiconFormatVersion = 2;

// Offsets are bytes from the start of the image; string offsets are bytes into the pool.
struct LexiconHeader {
  char magic[8];
  uint32_t version;
  uint32_t exact_count;   // entries keyed by the phrase as written
  uint32_t folded_count;  // entries keyed by the case-folded phrase (variants merged)
  uint32_t max_words;
  uint32_t exact_offset;
  uint32_t folded_offset;
  uint32_t exact_hash_offset;  // exact_slots LexiconSlot
  uint32_t folded_hash_offset;
  uint32_t exact_slots;  // a power of two, at least 1.5 times the entry count
  uint32_t folded_slots;
  uint32_t pool_offset;
  uint32_t pool_size;
  uint32_t version_offset;  // the build's version string, in the pool
  uint32_t version_length;
  uint32_t total_size;
  uint32_t reserved;
};
static_assert(sizeof(LexiconHeader) == 72);

// Both tables are sorted by key bytes, so a range of entries shares a prefix; lookups go through
// the hash slots (linear probing on FNV-1a 32 of the key bytes).
struct LexiconRecord {
  uint32_t key_offset;
  uint32_t link_offset;
  uint32_t classes;  // LexClass bits
  uint16_t key_length;
  uint8_t link_length;
  uint8_t weight;
};
static_assert(sizeof(LexiconRecord) == 16);

// One open-addressing slot. The full hash lets a probe reject another key without reading its
// record and key bytes (two cache misses saved on most misses).
struct LexiconSlot {
  uint32_t index_plus_one;  // 0 = empty
  uint32_t hash;
};
static_assert(sizeof(LexiconSlot) == 8);

// FNV-1a, 32 bits: the script's fnv1a().
inline uint32_t LexiconHash(const char* data, size_t size) {
  uint32_t h = 0x811C9DC5u;
  for (size_t i = 0; i < size; ++i) {
    h = (h ^ static_cast<unsigned char>(data[i])) * 0x01000193u;
  }
  return h;
}

}  // namespace storyline::extract
