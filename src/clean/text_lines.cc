#include "clean/text_lines.h"

#include <array>
#include <string>

namespace storyline::clean {

namespace {

// The commonest grammatical words of major languages (articles, prepositions, conjunctions,
// pronouns, auxiliaries): general linguistic knowledge, used as a stop-word density signal the way
// jusText does. Lower-case.
constexpr const char* kFunctionWords[] = {
    // English
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "is",
    "was",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "he",
    "she",
    "they",
    "we",
    "his",
    "her",
    "their",
    "be",
    "has",
    "have",
    "had",
    "are",
    "were",
    "this",
    "not",
    "but",
    "or",
    "will",
    "which",
    "who",
    "after",
    "its",
    "been",
    "would",
    "can",
    "about",
    "than",
    "into",
    "also",
    "when",
    "there",
    "what",
    "if",
    "so",
    "our",
    "you",
    "i",
    "them",
    "him",
    "could",
    "these",
    "those",
    "while",
    "did",
    "do",
    "does",
    "should",
    "may",
    "being",
    "over",
    "because",
    "where",
    "then",
    "such",
    "said",
    "says",
    // German
    "der",
    "die",
    "das",
    "und",
    "zu",
    "den",
    "von",
    "mit",
    "ist",
    "des",
    "sich",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "auf",
    "es",
    "für",
    "auch",
    "als",
    "wird",
    "bei",
    "sie",
    "er",
    "nach",
    "aus",
    "hat",
    "dass",
    "wie",
    "um",
    "einer",
    "noch",
    "werden",
    "sind",
    "über",
    "vor",
    "wurde",
    // French
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "un",
    "une",
    "en",
    "à",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "sur",
    "au",
    "avec",
    "il",
    "elle",
    "ce",
    "se",
    "par",
    "plus",
    "sont",
    "ont",
    "son",
    "sa",
    "ses",
    "aux",
    "été",
    "ne",
    "mais",
    "leur",
    // Spanish, Portuguese, Italian, Catalan
    "el",
    "los",
    "las",
    "del",
    "y",
    "una",
    "es",
    "por",
    "con",
    "para",
    "al",
    "lo",
    "su",
    "sus",
    "como",
    "más",
    "pero",
    "fue",
    "ha",
    "o",
    "os",
    "as",
    "do",
    "da",
    "dos",
    "das",
    "e",
    "em",
    "no",
    "na",
    "um",
    "uma",
    "é",
    "não",
    "mais",
    "foi",
    "ao",
    "il",
    "di",
    "della",
    "che",
    "per",
    "non",
    "si",
    "da",
    "sono",
    "anche",
    "gli",
    "nel",
    "alla",
    "i",
    // Dutch, Scandinavian
    "het",
    "een",
    "van",
    "op",
    "te",
    "dat",
    "met",
    "voor",
    "niet",
    "zijn",
    "er",
    "aan",
    "ook",
    "och",
    "att",
    "det",
    "som",
    "på",
    "är",
    "av",
    "för",
    "med",
    "till",
    "har",
    "inte",
    "om",
    "ett",
    "og",
    "til",
    "ikke",
    "af",
    "jeg",
    // Slavic (Cyrillic and Latin)
    "и",
    "в",
    "на",
    "не",
    "что",
    "с",
    "по",
    "как",
    "это",
    "он",
    "она",
    "они",
    "к",
    "из",
    "за",
    "от",
    "для",
    "а",
    "но",
    "о",
    "же",
    "у",
    "его",
    "был",
    "была",
    "были",
    "до",
    "так",
    "все",
    "то",
    "также",
    "при",
    "та",
    "що",
    "від",
    "як",
    "це",
    "який",
    "u",
    "je",
    "da",
    "se",
    "za",
    "od",
    "su",
    "koji",
    "koja",
    "ne",
    "sa",
    "kao",
    "iz",
    "ali",
    "što",
    "će",
    "w",
    "z",
    "się",
    "nie",
    "że",
    "jest",
    "jak",
    "po",
    "co",
    "ale",
    "przez",
    "v",
    "ve",
    "jako",
    "pro",
    "jsou",
    // Romanian, Hungarian, Turkish, Indonesian, Greek, Vietnamese
    "și",
    "în",
    "cu",
    "pe",
    "care",
    "din",
    "pentru",
    "nu",
    "mai",
    "că",
    "este",
    "az",
    "és",
    "hogy",
    "nem",
    "egy",
    "meg",
    "ve",
    "bir",
    "bu",
    "için",
    "ile",
    "olarak",
    "daha",
    "yang",
    "dan",
    "di",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "dari",
    "dalam",
    "tidak",
    "akan",
    "pada",
    "juga",
    "και",
    "το",
    "η",
    "ο",
    "της",
    "του",
    "των",
    "να",
    "σε",
    "με",
    "για",
    "την",
    "τα",
    "που",
    "στο",
    "στην",
    "οι",
    "από",
    "είναι",
    "của",
    "và",
    "các",
    "là",
    "có",
    "được",
    "trong",
    "cho",
    "với",
    "không",
    "những",
};

// Frequent CJK grammatical characters; each counts as one function word.
constexpr char32_t kCjkParticles[] = {U'的', U'了', U'是', U'在', U'和', U'有', U'の', U'は',
                                      U'を', U'が', U'に', U'で', U'と', U'も', U'た', U'し',
                                      U'이', U'가', U'은', U'는', U'을', U'를', U'에', U'의'};

// An open-addressing hash set of the function words: one multiply-xor hash and usually one
// comparison per lookup, with no allocation (this runs for every word of every page).
class FunctionWordSet {
 public:
  FunctionWordSet() {
    for (const char* w : kFunctionWords) Insert(w);
  }
  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxBytes) return false;
    for (size_t slot = Hash(word) & kMask;; slot = (slot + 1) & kMask) {
      if (slots_[slot].empty()) return false;
      if (slots_[slot] == word) return true;
    }
  }
  static constexpr size_t kMaxBytes = 12;

 private:
  static constexpr size_t kSize = 2048;  // a power of two, several times the word count
  static constexpr size_t kMask = kSize - 1;
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 1469598103934665603ull ^ w.size();
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  void Insert(std::string_view w) {
    if (w.size() > kMaxBytes || Contains(w)) return;
    size_t slot = Hash(w) & kMask;
    while (!slots_[slot].empty()) slot = (slot + 1) & kMask;
    slots_[slot] = w;
  }
  std::array<std::string_view, kSize> slots_{};
};

const FunctionWordSet& FunctionWords() {
  static const FunctionWordSet set;
  return set;
}

// Decodes one code point; returns 0xFFFD on a bad sequence and always advances.
inline char32_t Next(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  i += extra + 1;
  return cp;
}

inline Script ScriptOf(char32_t c) {
  if (c < 0x250 || (c >= 0x1E00 && c < 0x1F00)) return Script::kLatin;
  if (c >= 0x370 && c < 0x400) return Script::kGreek;
  if (c >= 0x400 && c < 0x530) return Script::kCyrillic;
  if (c >= 0x590 && c < 0x600) return Script::kHebrew;
  if (c >= 0x600 && c < 0x800) return Script::kArabic;
  if (c >= 0x900 && c < 0xE00) return Script::kIndic;
  if (c >= 0xE00 && c < 0xE80) return Script::kThai;
  if (c >= 0x1F00 && c < 0x2000) return Script::kGreek;
  if ((c >= 0x3040 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7B0) || (c >= 0xF900 && c < 0xFB00))
    return Script::kCjk;
  return Script::kOther;
}

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c < 0x2000) return !(c >= 0x2B0 && c < 0x370) || (c >= 0x300 && c < 0x370);
  if (c >= 0x3040 && c < 0xA000) return true;
  if (c >= 0xAC00 && c < 0xD7B0) return true;
  if (c >= 0xF900 && c < 0xFB00) return true;
  return false;
}

inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x100 && c < 0x180) return (c & 1) == 0;
  return false;
}

// Lower-cases common letters for the function-word lookup (ASCII, Latin-1, Greek, Cyrillic).
inline char32_t ToLower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

inline void AppendUtf8(char* buffer, size_t& n, char32_t c) {
  if (c < 0x80) {
    buffer[n++] = static_cast<char>(c);
  } else if (c < 0x800) {
    buffer[n++] = static_cast<char>(0xC0 | (c >> 6));
    buffer[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    buffer[n++] = static_cast<char>(0xE0 | (c >> 12));
    buffer[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    buffer[n++] = static_cast<char>(0xF0 | (c >> 18));
    buffer[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buffer[n++] = static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsListGlyph(char32_t c) {
  switch (c) {
    case U'•':
    case U'◦':
    case U'▪':
    case U'▫':
    case U'□':
    case U'■':
    case U'☆':
    case U'★':
    case U'►':
    case U'▶':
    case U'‣':
    case U'·':
    case U'*':
    case U'>':
    case U'»':
    case U'+':
    case U'◆':
    case U'◇':
    case U'○':
    case U'●':
    case U'✓':
    case U'✔':
    case U'|':
      return true;
    default:
      break;
  }
  return (c >= 0x2190 && c < 0x2200) || (c >= 0x25A0 && c < 0x2800) ||
         (c >= 0x1F000 && c < 0x1FB00) || (c >= 0x2B00 && c < 0x2C00);
}

inline bool IsSpace(char32_t c) {
  if (c > ' ' && c < 0x80) return false;
  return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x3000 || c == 0x200B ||
         c == 0xFEFF || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t i = b;
    if (!IsSpace(Next(s, i))) break;
    b = i;
  }
  while (e > b) {
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t i = k;
    if (!IsSpace(Next(s, i))) break;
    e = k;
  }
  return s.substr(b, e - b);
}

// Whether a space-free token looks like a URL, an e-mail address or a domain ("example.com").
bool IsUrlToken(std::string_view t) {
  while (!t.empty() && (t.back() == '/' || t.back() == ',' || t.back() == ')')) t.remove_suffix(1);
  if (t.find("://") != std::string_view::npos || t.substr(0, 4) == "www.") return true;
  size_t at = t.find('@');
  size_t dot = t.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > t.size()) return false;
  std::string_view tld = t.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 12) return false;
  for (char c : tld) {
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
  }
  // "e.g" or "U.S" are not domains: the part before the last dot must hold a letter run of 2+.
  int run = 0, best = 0;
  for (size_t k = at == std::string_view::npos ? 0 : at + 1; k < dot; ++k) {
    char c = t[k];
    bool letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '-';
    run = letter ? run + 1 : 0;
    best = run > best ? run : best;
  }
  return best >= 2 && tld[0] >= 'a';  // lower-case TLD: "end.Then" is a missing space, not a URL
}

// A headline glued to the teaser text after it, as naive scrapers render link cards:
// "...Emerging OptionsThe 49ers..." or "...On The Rise?Violence is...": four lower-case ASCII
// letters (or a word and a sentence mark) directly followed by an upper-case letter and a
// lower-case one, with no sentence end before it.
bool GluedTitle(std::string_view s) {
  int lower = 0;
  for (size_t k = 0; k + 2 < s.size() && k < 240; ++k) {
    char c = s[k];
    if (c >= 'a' && c <= 'z') {
      ++lower;
      continue;
    }
    bool mark = (c == '?' || c == '!' || c == '.') && lower >= 2;
    char up = mark ? s[k + 1] : c;
    char after = mark ? s[k + 2] : s[k + 1];
    if ((lower >= 4 || mark) && up >= 'A' && up <= 'Z' && after >= 'a' && after <= 'z') {
      // The part before must not already be a sentence.
      std::string_view head = s.substr(0, k);
      if (head.find(". ") == std::string_view::npos) return true;
      return false;
    }
    lower = 0;
  }
  return false;
}

}  // namespace

std::string FoldCase(std::string_view line) {
  std::string out;
  out.resize(line.size() + 8);
  size_t n = 0, i = 0;
  while (i < line.size()) {
    char32_t c = Next(line, i);
    if (n + 4 > out.size()) out.resize(out.size() * 2);
    AppendUtf8(out.data(), n, ToLower(c));
  }
  out.resize(n);
  return out;
}

bool IsFunctionWord(std::string_view lower_word) { return FunctionWords().Contains(lower_word); }

std::string_view StripListGlyph(std::string_view line) {
  size_t i = 0;
  bool stripped = false;
  while (i < line.size()) {
    size_t k = i;
    char32_t c = Next(line, k);
    if (IsListGlyph(c) || c == 0xFE0F || c == 0x200D) {
      stripped = true;
      i = k;
    } else if (stripped && IsSpace(c)) {
      i = k;
    } else {
      break;
    }
  }
  return stripped ? Trim(line.substr(i)) : line;
}

LineFeatures ComputeLineFeatures(std::string_view s) {
  LineFeatures f;
  std::array<int, 10> script_count{};
  char word[48];
  size_t word_len = 0;
  bool in_word = false, word_overflow = false;
  int cjk_run = 0;
  size_t token_start = 0;  // start of the current space-free token
  int url_tokens = 0, other_tokens = 0, token_alnum = 0;
  bool token_dot = false;  // the token holds '.', ':' or '@' and might be a URL
  bool first_letter_seen = false;
  bool glyph_prefix = true;
  char32_t prev = 0, last = 0;
  size_t last_pos = 0;

  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    if (cjk_run > 0) {
      f.words += (cjk_run + 1) / 2;
      cjk_run = 0;
    } else {
      ++f.words;
      if (!word_overflow && word_len > 0 && IsFunctionWord(std::string_view(word, word_len)))
        ++f.function_words;
    }
    word_len = 0;
    word_overflow = false;
  };
  auto end_token = [&](size_t end) {
    if (end > token_start) {
      std::string_view t = s.substr(token_start, end - token_start);
      if (token_alnum > 0 && token_dot && IsUrlToken(t)) {
        ++url_tokens;
        f.url = true;
      } else {
        // A token of glyphs or punctuation only does not count against "url_only".
        if (token_alnum > 0) ++other_tokens;
      }
    }
  };

  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    unsigned char lead = static_cast<unsigned char>(s[i]);
    char32_t c = lead < 0x80 ? (++i, lead) : Next(s, i);
    token_dot |= c == '.' || c == ':' || c == '@';
    ++f.chars;
    if (glyph_prefix) {
      if (IsListGlyph(c) && c != '|') {
        if (c != '>' || f.chars == 1) f.bullet = true;
      } else if (!IsSpace(c) && c != 0xFE0F) {
        glyph_prefix = false;
        if (c == '-' || c == 0x2013 || c == 0x2014) f.dash_start = true;
        // Only a line that opens with a letter can be the lower-case rest of a sentence.
        first_letter_seen = !IsLetter(c);
      }
    }
    if (IsSpace(c)) {
      end_word();
      end_token(at);
      token_start = i;
      token_alnum = 0;
      token_dot = false;
      if (IsSpace(prev) && f.words > 0 && !f.double_space) {
        f.double_space = true;
        f.double_space_at = static_cast<uint32_t>(at);
      }
      prev = c;
      continue;
    }
    if (c >= '0' && c <= '9') {
      ++f.digits;
      ++token_alnum;
      if (!in_word) {
        in_word = true;
        word_len = 0;
      }
      word_overflow = true;  // numbers are never function words
    } else if (IsLetter(c)) {
      ++f.letters;
      ++token_alnum;
      Script sc = ScriptOf(c);
      // A Han or kana character carries about as much as a short word: weigh it so a Latin
      // brand name does not outvote the Japanese sentence around it.
      script_count[static_cast<int>(sc)] += sc == Script::kCjk ? 3 : 1;
      if (!in_word) {
        in_word = true;
        word_len = 0;
        word_overflow = false;
        if (IsUpper(c)) {
          ++f.capitalised;
        } else if (sc != Script::kCjk) {
          ++f.lower_initial;
        }
      }
      if (!first_letter_seen) {
        first_letter_seen = true;
        f.first_lower = !IsUpper(c) && sc != Script::kCjk && c != 0x2019;
      }
      if (sc == Script::kCjk) {
        if (cjk_run == 0 && word_len > 0) {  // letters then CJK: close the alphabetic word
          end_word();
          in_word = true;
        }
        ++cjk_run;
        for (char32_t p : kCjkParticles) {
          if (p == c) {
            ++f.function_words;
            break;
          }
        }
      } else if (word_len + 4 < sizeof word) {
        AppendUtf8(word, word_len, ToLower(c));
      } else {
        word_overflow = true;
      }
    } else if (c == '_') {
      if (!in_word) in_word = true;
      word_overflow = true;
    } else if (c == 0x2019 || (c == '\'' && in_word)) {
      end_word();  // "don't" -> "don", "t" as \w+ does
    } else {
      end_word();
      if (c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F) {
        if (i >= s.size() || s[i] == ' ') ++f.sentence_ends;
      } else if (c == '|') {
        ++f.pipes;
      } else if (c == 0xA9) {
        f.copyright = true;
      }
    }
    prev = c;
    last = c;
    last_pos = at;
  }
  end_word();
  end_token(s.size());
  (void)last_pos;

  // Ending: skip closing quotes and brackets, then look at the last mark.
  size_t e = s.size();
  while (e > 0) {
    size_t k = e - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t j = k;
    char32_t c = Next(s, j);
    if (c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == ')' || c == ']' ||
        c == 0x300D || c == 0x300F || c == '*' || IsSpace(c)) {
      e = k;
      continue;
    }
    last = c;
    break;
  }
  std::string_view head = s.substr(0, e);
  f.ellipsis = last == 0x2026 || (head.size() >= 3 && head.substr(head.size() - 3) == "...");
  f.terminal = last == '.' || last == '!' || last == '?' || last == 0x2026 || last == 0x3002 ||
               last == 0xFF01 || last == 0xFF1F || last == ';';
  f.colon_end = last == ':' || last == 0xFF1A;
  f.comma_end = last == ',' || last == 0x3001 || last == 0xFF0C;

  f.url_only = url_tokens > 0 && other_tokens == 0;
  f.glued_title = GluedTitle(s);
  if (!f.copyright) {
    f.copyright =
        s.find("(c)") != std::string_view::npos || s.find("(C)") != std::string_view::npos;
  }
  int best = 0;
  for (int k = 1; k < static_cast<int>(script_count.size()); ++k) {
    if (script_count[k] > best) {
      best = script_count[k];
      f.script = static_cast<Script>(k);
    }
  }
  f.script_letters = best;
  return f;
}

std::vector<PageLine> SplitPageLines(std::string_view page) {
  std::vector<PageLine> lines;
  size_t pos = 0;
  uint32_t number = 0;
  bool blank = true;
  while (pos <= page.size()) {
    size_t nl = page.find('\n', pos);
    if (nl == std::string_view::npos) nl = page.size();
    ++number;
    std::string_view text = Trim(page.substr(pos, nl - pos));
    if (text.empty()) {
      blank = true;
    } else {
      PageLine line;
      line.number = number;
      line.text = text;
      line.body = StripListGlyph(text);
      line.blank_before = blank;
      line.f = ComputeLineFeatures(text);
      lines.push_back(line);
      blank = false;
    }
    if (nl == page.size()) break;
    pos = nl + 1;
  }
  return lines;
}

}  // namespace storyline::clean
