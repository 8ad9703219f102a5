// FindQuotes(): see quotes.h.
//
// Three passes. (1) Quotation marks are paired over the raw text: each mark is read as opening or
// closing from the characters around it (so a mark set the wrong way round, “A too“, still works),
// apostrophes (don't, Workers') never count, single quotes only count when paired inside their
// paragraph, and a quote left open at a paragraph's end continues when the next paragraph opens
// with a mark or closes one before opening another. (2) Every quote is attributed: the words after
// its closing mark (“A,” said X / “A,” X told reporters), the words before its opening mark (X
// said: “A”, X described it as a “B”), else the quote right before it (same or previous paragraph)
// lends its speaker; an attribution between two quotes of one speaker joins them as parts of one
// quote. Quoted 1-3 word phrases with no speech around them (scare quotes) and quoted titles are
// dropped. (3) Reported speech: a speech verb with its clause (X said (that) A, according to X, A,
// A, he added), whose speaker is the verb's subject; quotes inside the clause are partial quotes
// of that speaker.
#include "extract/quotes.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/coref_text.h"
#include "text/segment.h"

namespace storyline::extract {

namespace {

using std::string_view;

// ---- Speech verbs (closed class) ----

constexpr auto kSpeechLemmas = std::to_array<string_view>(
    {"say",       "tell",      "add",       "stress",  "note",    "warn",      "point",
     "emphasize", "emphasise", "explain",   "insist",  "claim",   "state",     "announce",
     "declare",   "remark",    "reiterate", "confirm", "argue",   "assure",    "recall",
     "remind",    "mention",   "advise",    "hint",    "reveal",  "describe",  "acknowledge",
     "admit",     "comment",   "complain",  "suggest", "predict", "promise",   "vow",
     "reply",     "respond",   "write",     "cite",    "express", "underline", "ask",
     "caution",   "report",    "praise",    "thank"});
// Verbs whose clause may follow without "that" ("X said the talks ...").
constexpr auto kBareClauseLemmas = std::to_array<string_view>({"say", "tell", "add", "advise"});
// Verbs that only introduce a partial quote (described it as a “...”), never a clause.
constexpr auto kPartialOnlyLemmas =
    std::to_array<string_view>({"describe", "cite", "express", "praise", "thank"});

bool IsSpeechLemma(string_view lemma) { return IsOneOf(kSpeechLemmas, lemma); }

// Words before a verb that make it a plan or a possibility, not a report ("will add", "to add").
constexpr auto kModals = std::to_array<string_view>(
    {"will", "would", "could", "can", "may", "might", "should", "shall", "must", "to", "'ll"});

// The lemma of a speech-verb form (said -> say, noted -> note, stressing -> stress), or "".
std::string SpeechLemma(string_view lower) {
  // "state", "states" and "note" are nouns as often as verbs ("head of state", "a note").
  if (lower == "state" || lower == "states" || lower == "note" || lower == "notes") return {};
  if (lower == "said") return "say";
  if (lower == "told") return "tell";
  if (lower == "wrote" || lower == "written") return "write";
  if (IsSpeechLemma(lower)) return std::string(lower);
  auto try_base = [](string_view base) -> std::string {
    return IsSpeechLemma(base) ? std::string(base) : std::string();
  };
  auto ends = [&](string_view suffix) {
    return lower.size() > suffix.size() + 1 && lower.substr(lower.size() - suffix.size()) == suffix;
  };
  std::string found;
  if (ends("ing")) {
    string_view stem = lower.substr(0, lower.size() - 3);
    if (!(found = try_base(stem)).empty()) return found;
    if (!(found = try_base(std::string(stem) + "e")).empty()) return found;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (!(found = try_base(stem.substr(0, stem.size() - 1))).empty()) return found;
    }
  }
  if (ends("ed")) {
    string_view stem = lower.substr(0, lower.size() - 2);
    if (!(found = try_base(stem)).empty()) return found;
    if (!(found = try_base(lower.substr(0, lower.size() - 1))).empty()) return found;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (!(found = try_base(stem.substr(0, stem.size() - 1))).empty()) return found;
    }
    if (stem.size() > 1 && stem.back() == 'i') {  // replied -> reply
      if (!(found = try_base(std::string(stem.substr(0, stem.size() - 1)) + "y")).empty()) {
        return found;
      }
    }
  }
  if (ends("ies")) {
    if (!(found = try_base(std::string(lower.substr(0, lower.size() - 3)) + "y")).empty()) {
      return found;
    }
  }
  if (ends("es")) {
    if (!(found = try_base(lower.substr(0, lower.size() - 2))).empty()) return found;
  }
  if (ends("s")) {
    if (!(found = try_base(lower.substr(0, lower.size() - 1))).empty()) return found;
  }
  return {};
}

// Words that may stand between a subject and its speech verb ("X has also said").
constexpr auto kBetweenSubjectAndVerb = std::to_array<string_view>(
    {"has",   "have",       "had",     "also",       "then",         "further", "later",
     "again", "previously", "earlier", "reportedly", "merely",       "once",    "repeatedly",
     "will",  "would",      "did",     "just",       "additionally", "now",     "however"});
// Nouns that head a speaker's description when the entity layer has no mention for it.
constexpr auto kSpeakerNouns = std::to_array<string_view>(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "media",      "agency",
     "ministry",  "government",  "office",       "police",   "sources",   "source",     "statement",
     "officers",  "diplomats",   "diplomat",     "aide",     "adviser",   "advisor",    "analysts",
     "experts",   "embassy",     "army",         "company",  "firm",      "group",      "bank",
     "club",      "airline",     "carrier",      "report",   "spokesmen", "spokeswomen"});
// The people who speak for an organisation: "a Microsoft spokeswoman" speaks for Microsoft.
constexpr auto kOrganisationVoices = std::to_array<string_view>(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official",
     "officials", "statement", "source", "sources"});
// Descriptions of an organisation named earlier ("the company said"): without an owner in the
// phrase, the speaker is the organisation named last before it.
constexpr auto kOrganisationAnaphors = std::to_array<string_view>(
    {"company", "firm", "group", "bank", "statement", "club", "airline", "carrier", "report"});
// Of those, the institutional voices: the speaker is the organisation or country that owns them.
constexpr auto kInstitutionNouns = std::to_array<string_view>(
    {"media", "agency", "ministry", "government", "office", "statement", "embassy"});
constexpr auto kPrepositions = std::to_array<string_view>(
    {"with",    "to",      "by",        "for",     "of",     "from",  "about",   "on",    "in",
     "at",      "against", "alongside", "between", "than",   "into",  "over",    "under", "toward",
     "towards", "upon",    "after",     "before",  "during", "while", "without", "among"});
// Words that cannot open a reported clause right after "said".
constexpr auto kNotClauseStart = std::to_array<string_view>(
    {"goodbye", "so", "yes", "no", "nothing", "something", "anything", "while", "when", "as",
     "after", "before", "during", "and", "or", "but"});
// Nouns before a quoted title ("the film “X”", "Operation “Y”").
constexpr auto kTitleNouns = std::to_array<string_view>(
    {"book",    "film",     "movie",    "novel",    "song",     "album",  "operation", "programme",
     "program", "show",     "series",   "titled",   "entitled", "called", "dubbed",    "named",
     "slogan",  "campaign", "headline", "exercise", "poem",     "play"});
constexpr auto kPronouns =
    std::to_array<string_view>({"he", "she", "they", "it", "we", "i", "you", "one"});

constexpr auto kDeterminers = std::to_array<string_view>(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"});
constexpr auto kSubordinators =
    std::to_array<string_view>({"what", "that", "whether", "how", "which", "why", "when"});

// ---- Quotation marks ----

enum class Family : uint8_t { kDouble, kSingle };

struct Mark {
  uint32_t pos = 0;
  uint32_t len = 0;
  Family family = Family::kDouble;
  bool open = false;
  bool close = false;
};

// Decodes one code point at `i` (valid UTF-8 assumed; invalid bytes read as themselves).
uint32_t CodePointAt(string_view s, size_t i, uint32_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  uint32_t n = 1;
  uint32_t cp = c;
  if (c >= 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else if (c >= 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xC0) {
    n = 2;
    cp = c & 0x1F;
  }
  if (i + n > s.size()) n = 1;
  if (n > 1) {
    for (uint32_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) {
        n = 1;
        cp = c;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
  }
  *len = n;
  return cp;
}

// The code point that ends right before byte `i` (0 at the start).
uint32_t CodePointBefore(string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  uint32_t len = 0;
  const uint32_t cp = CodePointAt(s, j, &len);
  return j + len == i ? cp : static_cast<unsigned char>(s[i - 1]);
}

bool IsQuoteCodePoint(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB ||
         cp == 0xBB || cp == 0x2018 || cp == 0x2019;
}
bool IsSpaceCodePoint(uint32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0;
}
bool IsAlnumCodePoint(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         cp >= 0xC0;
}
// Before an opening mark: nothing, a space, an opening bracket or a dash.
bool OpensAfter(uint32_t cp) {
  return IsSpaceCodePoint(cp) || cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 ||
         cp == 0x2013 || cp == '-' || cp == '/' || IsQuoteCodePoint(cp);
}
// After a closing mark: nothing, a space or punctuation.
bool ClosesBefore(uint32_t cp) {
  return IsSpaceCodePoint(cp) || cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
         cp == '?' || cp == ')' || cp == ']' || cp == 0x2026 || cp == 0x2014 || cp == 0x2013 ||
         cp == '-' || IsQuoteCodePoint(cp);
}

std::vector<Mark> FindMarks(string_view text) {
  std::vector<Mark> marks;
  for (size_t i = 0; i < text.size();) {
    uint32_t len = 0;
    const uint32_t cp = CodePointAt(text, i, &len);
    if (IsQuoteCodePoint(cp)) {
      const uint32_t before = CodePointBefore(text, i);
      uint32_t next_len = 0;
      const uint32_t after = i + len < text.size() ? CodePointAt(text, i + len, &next_len) : 0;
      Mark m;
      m.pos = static_cast<uint32_t>(i);
      m.len = len;
      const bool left = OpensAfter(before) && !IsSpaceCodePoint(after);
      const bool right = !IsSpaceCodePoint(before) && ClosesBefore(after);
      if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
        m.family = Family::kSingle;
        // Between two letters or digits it is an apostrophe (don't, Kim’s, '90s after a space).
        if (IsAlnumCodePoint(before) && IsAlnumCodePoint(after)) {
          i += len;
          continue;
        }
        m.open = left && cp != 0x2019;
        m.close = right && cp != 0x2018;
      } else {
        m.open = left;
        m.close = right;
        if (m.open == m.close) {  // both or neither: the glyph decides
          const bool opener = cp == 0x201C || cp == 0x201E || cp == 0xAB;
          const bool closer = cp == 0x201D || cp == 0xBB;
          if (m.open && m.close) {
            m.open = opener || cp == '"';
            m.close = closer || cp == '"';
          } else if (cp != '"') {
            m.open = opener;
            m.close = closer;
          }
        }
      }
      if (m.open || m.close) marks.push_back(m);
    }
    i += len;
  }
  return marks;
}

// A quote as found in the text, before it is attributed.
struct RawQuote {
  std::vector<ByteSpan> pieces;  // trimmed text between the marks, one per paragraph
  uint32_t open = 0;             // byte of the opening mark
  uint32_t close = 0;            // byte of the closing mark
  uint32_t close_end = 0;        // byte after the closing mark
};

class Paragraphs {
 public:
  explicit Paragraphs(string_view text) {
    starts_.push_back(0);
    for (size_t at = text.find("\n\n"); at != string_view::npos; at = text.find("\n\n", at + 1)) {
      size_t next = at;
      while (next < text.size() && (text[next] == '\n' || text[next] == ' ')) ++next;
      if (next > starts_.back()) starts_.push_back(static_cast<uint32_t>(next));
      at = next > at ? next - 1 : at;
    }
  }
  int Of(uint32_t byte) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), byte) -
                            starts_.begin()) -
           1;
  }
  uint32_t Start(int p) const { return starts_[p]; }
  int Count() const { return static_cast<int>(starts_.size()); }

 private:
  std::vector<uint32_t> starts_;
};

ByteSpan Trim(string_view text, uint32_t start, uint32_t end) {
  auto strip_end = [&](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ':' || c == ';';
  };
  while (start < end && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t')) ++start;
  while (end > start && strip_end(text[end - 1])) --end;
  return {start, end};
}

// Whether the quoted text between `from` and a new opening mark at `at` ends a sentence ("...
// uncertain. “It is"): then the new mark continues the quote rather than opening another.
bool SentenceEndBefore(string_view text, uint32_t from, uint32_t at) {
  uint32_t k = at;
  while (k > from && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  if (k == at || k <= from) return false;
  const char c = text[k - 1];
  return c == '.' || c == '?' || c == '!';
}

// Pairs the marks of one family; `single` pairs only within a paragraph.
std::vector<RawQuote> PairMarks(string_view text, const std::vector<Mark>& marks,
                                const Paragraphs& paras) {
  std::vector<RawQuote> out;
  // Double marks: sequential, with paragraph continuation.
  bool is_open = false;
  RawQuote cur;
  uint32_t piece_start = 0;
  auto emit = [&](uint32_t close_pos, uint32_t close_len) {
    ByteSpan piece = Trim(text, piece_start, close_pos);
    if (piece.size() > 0) cur.pieces.push_back(piece);
    cur.close = close_pos;
    cur.close_end = close_pos + close_len;
    if (!cur.pieces.empty()) out.push_back(cur);
    is_open = false;
  };
  auto start = [&](const Mark& m) {
    cur = RawQuote();
    cur.open = m.pos;
    piece_start = m.pos + m.len;
    is_open = true;
  };
  // A quote that opened a paragraph (or continues into it) and is not closed when the paragraph
  // ends is the whole paragraph: the continuation convention, with the next paragraph's mark lost.
  // A quote opened inside a paragraph and never closed is dropped.
  auto close_at_paragraph_end = [&](int para) {
    const bool opened_paragraph =
        cur.open == paras.Start(paras.Of(cur.open)) || !cur.pieces.empty();
    if (is_open && opened_paragraph) {
      const uint32_t end =
          para + 1 < paras.Count() ? paras.Start(para + 1) : static_cast<uint32_t>(text.size());
      const ByteSpan piece = Trim(text, piece_start, end);
      if (piece.size() > 0) {
        cur.pieces.push_back(piece);
        cur.close = piece.end;
        cur.close_end = piece.end;
        out.push_back(cur);
      }
    }
    is_open = false;
  };
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    if (m.family != Family::kDouble) continue;
    if (!is_open) {
      if (m.open) start(m);
      continue;
    }
    const int open_para = paras.Of(piece_start);
    const int para = paras.Of(m.pos);
    if (para != open_para) {
      const bool next_para = para == open_para + 1;
      const bool at_para_start = m.pos == paras.Start(para);
      if (next_para && m.open && at_para_start) {  // “A ... \n\n“B ...” continues
        ByteSpan piece = Trim(text, piece_start, paras.Start(para));
        if (piece.size() > 0) cur.pieces.push_back(piece);
        piece_start = m.pos + m.len;
        continue;
      }
      if (next_para && m.close && !m.open) {  // «A ... \n\nB ...» continues
        ByteSpan piece = Trim(text, piece_start, paras.Start(para));
        if (piece.size() > 0) cur.pieces.push_back(piece);
        piece_start = paras.Start(para);
        emit(m.pos, m.len);
        continue;
      }
      close_at_paragraph_end(open_para);
      if (m.open) start(m);
      continue;
    }
    if (m.close) {
      emit(m.pos, m.len);
    } else if (m.open && SentenceEndBefore(text, piece_start, m.pos)) {
      // “A. “B ...”: a paragraph break the page lost - the quote goes on.
      ByteSpan piece = Trim(text, piece_start, m.pos);
      if (piece.size() > 0) cur.pieces.push_back(piece);
      piece_start = m.pos + m.len;
    } else if (m.open) {
      start(m);  // an earlier unterminated mark in this paragraph is dropped
    }
  }
  if (is_open) close_at_paragraph_end(paras.Of(piece_start));
  // Single marks: an opener pairs with the next closer of its paragraph.
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    if (m.family != Family::kSingle || !m.open) continue;
    const int para = paras.Of(m.pos);
    for (size_t j = k + 1; j < marks.size(); ++j) {
      const Mark& c = marks[j];
      if (paras.Of(c.pos) != para) break;
      if (c.family != Family::kSingle || !c.close) continue;
      ByteSpan piece = Trim(text, m.pos + m.len, c.pos);
      if (piece.size() > 0) {
        RawQuote q;
        q.pieces.push_back(piece);
        q.open = m.pos;
        q.close = c.pos;
        q.close_end = c.pos + c.len;
        out.push_back(q);
      }
      k = j;
      break;
    }
  }
  std::sort(out.begin(), out.end(), [](const RawQuote& a, const RawQuote& b) {
    return a.open < b.open || (a.open == b.open && a.close_end > b.close_end);
  });
  // Quotes nested in another are part of it.
  std::vector<RawQuote> outer;
  for (RawQuote& q : out) {
    if (!outer.empty() && q.open < outer.back().close_end) continue;
    outer.push_back(std::move(q));
  }
  return outer;
}

// ---- Attribution ----

struct Speaker {
  ByteSpan span;
  uint32_t entity = kNoIndex;
  bool pronoun = false;  // a pronoun: resolved through the speaker chain
  bool nominal = false;  // a description ("the official")
  bool found() const { return span.size() > 0; }
};

struct Attribution {
  Speaker speaker;
  ByteSpan cue;
  std::string verb;
  std::string medium;
  int verb_token = -1;
  bool found() const { return !verb.empty() || speaker.found(); }
};

class QuoteFinder {
 public:
  QuoteFinder(Document& doc, const QuoteOptions& options)
      : doc_(doc), options_(options), words_(doc), paras_(doc.text) {}

  void Run();

 private:
  string_view Tok(int t) const {
    const ByteSpan s = doc_.tokens[t].span;
    return string_view(doc_.text).substr(s.start, s.size());
  }
  std::string Low(int t) const { return LowerCase(Tok(t)); }
  bool Punct(int t) const { return (doc_.tokens[t].shape & text::kPunct) != 0; }
  bool QuoteTok(int t) const { return (doc_.tokens[t].shape & text::kQuote) != 0; }
  int SentenceFirst(int t) const {
    const int s = words_.SentenceOf(t);
    return s < 0 ? 0 : static_cast<int>(doc_.sentences[s].first_token);
  }
  int SentenceEnd(int t) const {
    const int s = words_.SentenceOf(t);
    return s < 0 ? words_.token_count() : static_cast<int>(doc_.sentences[s].end_token);
  }
  int TokenAt(uint32_t byte) const { return words_.TokenAtOrAfter(byte); }
  bool InsideQuote(uint32_t byte) const {
    for (const RawQuote& q : raw_) {
      if (byte > q.open && byte < q.close) return true;
    }
    return false;
  }

  Speaker MentionSpeaker(int m) const;
  Speaker SubjectBefore(int verb, int first) const;
  Speaker SpeakerAfter(int verb, int end) const;
  Speaker SentenceSubject(int verb, int first) const;
  Speaker NounPhraseEndingAt(int t, int first) const;
  Speaker TitleSubjectEndingAt(int t, int first) const;
  uint32_t RecentOrganisation(uint32_t byte) const;
  uint32_t UniqueHolder(string_view title) const;
  bool NounUse(int k, int first) const;
  bool SpeaksForOrganisation(const Quote& q, const std::string& lower) const;
  bool SpeechUse(int k, const std::string& lemma, bool after_quote) const;
  std::string MediumAfter(int verb, const std::string& lemma, int end) const;
  std::string MediumInSentence(int verb) const;
  Attribution AfterClose(const RawQuote& q) const;
  Attribution BeforeOpen(const RawQuote& q, bool* direct_start) const;
  bool TitleBefore(const RawQuote& q) const;
  bool SpeechInSentence(int t) const;
  void FindReported(std::vector<Quote>& reported);
  uint32_t ResolvePronoun(const Quote& q, const std::vector<Quote>& before) const;
  bool SubjectMentionBetween(uint32_t from, uint32_t to, bool same_paragraph_only) const;
  void ApplyChain(std::vector<Quote>& quotes);

  Document& doc_;
  const QuoteOptions& options_;
  DocumentWords words_;
  Paragraphs paras_;
  std::vector<RawQuote> raw_;
  std::vector<int> used_verbs_;  // speech verbs that attribute a direct quote after it
};

Speaker QuoteFinder::MentionSpeaker(int m) const {
  const EntityMention& mention = doc_.mentions[m];
  Speaker s;
  s.span = mention.span;
  s.entity = mention.entity < doc_.entities.size() ? mention.entity : kNoIndex;
  s.pronoun = mention.kind == MentionKind::kPronoun;
  s.nominal = mention.kind == MentionKind::kNominal;
  if (s.nominal && s.entity != kNoIndex) {
    // "the home secretary" when two people here hold that office: the text does not say which.
    std::string title = LowerCase(string_view(doc_.text).substr(s.span.start, s.span.size()));
    if (title.rfind("the ", 0) == 0) {
      title = title.substr(4);
      int holders = 0;
      for (const Entity& e : doc_.entities) {
        for (const Role& r : e.roles) {
          if (r.title == title) {
            ++holders;
            break;
          }
        }
      }
      if (holders > 1) s.entity = kNoIndex;
    }
  }
  return s;
}

// The organisation named last before `byte`, in its paragraph or the one before ("Orrin said ...
// the company said"): names and descriptions the entity layer typed ORG, outside quotes.
uint32_t QuoteFinder::RecentOrganisation(uint32_t byte) const {
  const int para = paras_.Of(byte);
  const uint32_t from = paras_.Start(para > 0 ? para - 1 : 0);
  for (size_t m = doc_.mentions.size(); m-- > 0;) {
    const EntityMention& mention = doc_.mentions[m];
    if (mention.span.start >= byte) continue;
    if (mention.span.start < from) break;
    if (mention.type != EntityType::kOrganization || mention.kind == MentionKind::kPronoun)
      continue;
    if (mention.entity >= doc_.entities.size() || InsideQuote(mention.span.start)) continue;
    return mention.entity;
  }
  return kNoIndex;
}

// The one entity here holding the office `title` ("home secretary"), or whose office ends with it
// ("minister" for the "foreign minister"); kNoIndex when nobody or several do.
uint32_t QuoteFinder::UniqueHolder(string_view title) const {
  if (title.empty()) return kNoIndex;
  uint32_t exact = kNoIndex;
  uint32_t head = kNoIndex;
  int exact_count = 0;
  int head_count = 0;
  for (uint32_t e = 0; e < doc_.entities.size(); ++e) {
    bool is_exact = false;
    bool is_head = false;
    for (const Role& r : doc_.entities[e].roles) {
      const string_view rt = r.title;
      if (rt == title) is_exact = true;
      if (rt.size() > title.size() + 1 && rt.substr(rt.size() - title.size()) == title &&
          rt[rt.size() - title.size() - 1] == ' ') {
        is_head = true;
      }
    }
    if (is_exact) {
      exact = e;
      ++exact_count;
    }
    if (is_exact || is_head) {
      head = e;
      ++head_count;
    }
  }
  if (exact_count > 0) return exact_count == 1 ? exact : kNoIndex;
  return head_count == 1 ? head : kNoIndex;
}

// A description that ends at token t ("North Korea’s state media", "the official", "a Microsoft
// spokeswoman", "the company").
Speaker QuoteFinder::NounPhraseEndingAt(int t, int first) const {
  Speaker s;
  const std::string head = Low(t);
  if (!IsOneOf(kSpeakerNouns, head)) return s;
  int begin = t;
  int owner = -1;
  for (int k = t - 1; k >= first && t - k <= 5; --k) {
    if (Punct(k) && !words_.IsPossessiveMarker(k)) break;
    const std::string w = Low(k);
    if (IsOneOf(kPrepositions, w) || SpeechLemma(w).size() > 0) break;
    begin = k;
    const int m = words_.MentionCovering(k);
    if (m >= 0 && doc_.mentions[m].type != EntityType::kPerson) {
      // An organisation owns the phrase over a place or nationality ("the Veskarian firm Orrin").
      if (owner < 0 || doc_.mentions[m].type == EntityType::kOrganization) owner = m;
    }
    if (w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
        w == "her")
      break;
  }
  s.span = {doc_.tokens[begin].span.start, doc_.tokens[t].span.end};
  s.nominal = true;
  const auto entity_of = [&](int m) {
    return doc_.mentions[m].entity < doc_.entities.size() ? doc_.mentions[m].entity : kNoIndex;
  };
  if (owner >= 0 && IsOneOf(kInstitutionNouns, head)) {
    s.entity = entity_of(owner);
  } else if (owner >= 0 && IsOneOf(kOrganisationVoices, head) &&
             doc_.mentions[owner].type == EntityType::kOrganization) {
    s.entity = entity_of(owner);  // "a Microsoft spokeswoman": Microsoft speaks
  } else if (owner < 0) {
    const std::string det = Low(begin);
    const bool anaphor = IsOneOf(kOrganisationAnaphors, head) && (det == "the" || det == "its");
    const bool its_voice = IsOneOf(kOrganisationVoices, head) && det == "its";
    if (anaphor || its_voice) s.entity = RecentOrganisation(s.span.start);
  }
  return s;
}

// "the home secretary" / "the Veskarian foreign minister" ending at t: an office the entity layer
// gave no mention; its speaker is the one entity here that holds it, if exactly one does.
Speaker QuoteFinder::TitleSubjectEndingAt(int t, int first) const {
  const TitlePhrase title = TitleEndingAt(words_, t);
  if (!title.found() || title.first <= first) return {};
  for (int k = title.first - 1; k >= first && title.first - k <= 3; --k) {
    if (Punct(k)) break;
    if (Low(k) != "the") continue;
    Speaker s;
    s.span = {doc_.tokens[k].span.start, doc_.tokens[t].span.end};
    s.nominal = true;
    s.entity = UniqueHolder(title.title);
    // "the Orrin head": a holder of the office elsewhere is not the one meant.
    for (int j = k + 1; j < title.first && s.entity != kNoIndex; ++j) {
      const int m = words_.MentionCovering(j);
      if (m < 0 || doc_.mentions[m].entity >= doc_.entities.size()) continue;
      const Entity& owner = doc_.entities[doc_.mentions[m].entity];
      const std::string named = LowerCase(
          string_view(doc_.text).substr(doc_.mentions[m].span.start, doc_.mentions[m].span.size()));
      bool same = false;
      for (const Role& r : doc_.entities[s.entity].roles) {
        const std::string aff = LowerCase(r.affiliation);
        if (!aff.empty() && (aff == named || aff == LowerCase(owner.canonical))) same = true;
      }
      if (!same) s.entity = kNoIndex;
    }
    return s;
  }
  return {};
}

// A speech word used as a noun: after a determiner or a possessive ("the report", "X's claim").
bool QuoteFinder::NounUse(int k, int first) const {
  return k > first && (words_.IsPossessiveMarker(k - 1) || words_.Possessive(k - 1) ||
                       IsOneOf(kDeterminers, Low(k - 1)));
}

// "add" reports speech only as "added that / , / : / “", in the "..., he added." tail or right
// after a quote ("“A,” he added"); never as a plan ("will add", "to add") or with an object ("added
// to the list", "add value"). Other speech verbs always do.
bool QuoteFinder::SpeechUse(int k, const std::string& lemma, bool after_quote) const {
  if (lemma != "add") return true;
  int p = k - 1;
  if (p >= 0 && (Low(p) == "also" || Low(p) == "not" || Low(p) == "further")) --p;
  if (p >= 0 && IsOneOf(kModals, Low(p))) return false;
  const int n = k + 1;
  if (n >= SentenceEnd(k)) return true;
  const string_view next = Tok(n);
  if (after_quote) return next != "to";
  if (next == "." || next == "!" || next == "?" || next == ":" || QuoteTok(n)) return true;
  if (Low(n) == "that") return true;
  return next == "," && Low(k) != "adding";
}

// The subject of the speech verb at `verb`: the mention right before it (past "has also"), a
// description, a bare pronoun, or after "and" the sentence's first subject.
Speaker QuoteFinder::SubjectBefore(int verb, int first) const {
  int t = verb - 1;
  while (t >= first && IsOneOf(kBetweenSubjectAndVerb, Low(t))) --t;
  if (t >= first && Tok(t) == ",") {  // "X, in the meantime, described"
    for (int k = t - 1; k >= first && t - k <= 6; --k) {
      if (Tok(k) == ",") {
        t = k - 1;
        break;
      }
    }
  }
  if (t < first) return SentenceSubject(verb, first);
  if (words_.IsPossessiveMarker(t)) return {};
  const int m = words_.MentionEndingAt(t);
  if (m >= 0 && doc_.mentions[m].type != EntityType::kNationality) return MentionSpeaker(m);
  if (m < 0) {
    const int covering = words_.MentionCovering(t);
    if (covering >= 0 && doc_.mentions[covering].type != EntityType::kNationality) {
      return MentionSpeaker(covering);
    }
  }
  Speaker np = NounPhraseEndingAt(t, first);
  if (!np.found()) np = TitleSubjectEndingAt(t, first);
  if (np.found()) {
    // "wrote to his office saying": a description after a preposition is no subject.
    const int begin = words_.TokenAtOrAfter(np.span.start);
    // ("after the X head said" is a clause: "after", "before", "while" do not count.)
    static constexpr auto kObjectPrepositions = std::to_array<string_view>(
        {"to", "with", "by", "for", "of", "from", "about", "on", "in", "at", "into", "against"});
    if (begin > first && IsOneOf(kObjectPrepositions, Low(begin - 1))) {
      return SentenceSubject(verb, first);
    }
    return np;
  }
  const std::string w = Low(t);
  if (IsOneOf(kPronouns, w)) {
    Speaker s;
    s.span = doc_.tokens[t].span;
    s.pronoun = true;
    return s;
  }
  if (w == "and") {  // "X thanked Y ... and said": the sentence's subject
    for (int k = first; k < t; ++k) {
      const int sm = words_.MentionStartingAt(k);
      if (sm < 0 || doc_.mentions[sm].type == EntityType::kNationality) continue;
      if (k > first && IsOneOf(kPrepositions, Low(k - 1))) continue;
      if (InsideQuote(doc_.tokens[k].span.start)) continue;
      return MentionSpeaker(sm);
    }
  }
  return SentenceSubject(verb, first);
}

// The subject of the verb's sentence when no word stands right before the verb ("The official did
// not disclose ..., merely noting"): a description opening the sentence, else its first name or
// pronoun that follows no preposition, is no possessive and stands outside quotes.
Speaker QuoteFinder::SentenceSubject(int verb, int first) const {
  for (int k = first; k < verb && k - first <= 3; ++k) {
    if (words_.MentionStartingAt(k) >= 0) break;
    Speaker np = NounPhraseEndingAt(k, first);
    if (np.found()) return np;
  }
  for (int k = first; k < verb; ++k) {
    const int sm = words_.MentionStartingAt(k);
    if (sm < 0 || doc_.mentions[sm].type == EntityType::kNationality) continue;
    if (doc_.mentions[sm].type == EntityType::kLocation) continue;
    if (InsideQuote(doc_.tokens[k].span.start)) continue;
    if (k > first && IsOneOf(kPrepositions, Low(k - 1))) continue;
    if (words_.MentionPossessive(static_cast<size_t>(sm))) continue;
    if (k > first && (Low(k - 1) == "what" || Low(k - 1) == "that")) continue;
    Speaker s = MentionSpeaker(sm);
    return s;
  }
  return {};
}

// The speaker named after the verb: “A,” said X / said the official.
Speaker QuoteFinder::SpeakerAfter(int verb, int end) const {
  for (int k = verb + 1; k < end && k - verb <= 6; ++k) {
    if (Punct(k) && !words_.IsPossessiveMarker(k)) break;
    const int m = words_.MentionStartingAt(k);
    if (m >= 0 && doc_.mentions[m].type != EntityType::kNationality) {
      int last = words_.EndToken(static_cast<size_t>(m)) - 1;
      // "the official" / "state media" may extend past a nationality mention.
      (void)last;
      return MentionSpeaker(m);
    }
    Speaker np = NounPhraseEndingAt(k, verb + 1);
    if (np.found()) return np;
    if (Low(k) == "the") {  // "said the prime minister": a title the entity layer left alone
      const TitlePhrase title = TitleStartingAt(words_, k + 1);
      if (title.found()) {
        Speaker s;
        s.span = {doc_.tokens[k].span.start, doc_.tokens[title.end - 1].span.end};
        s.nominal = true;
        s.entity = UniqueHolder(title.title);
        return s;
      }
    }
  }
  return {};
}

constexpr auto kMediumStops = std::to_array<string_view>(
    {"that", "after",  "following", "on",  "in",  "at", "during", "while",
     "when", "before", "as",        "and", "the", "a",  "an",     "his",
     "her",  "it",     "they",      "he",  "she", "we", "this",   "about"});

// To whom: "told reporters", "advised Russia 1 channel".
std::string QuoteFinder::MediumAfter(int verb, const std::string& lemma, int end) const {
  if (lemma != "tell" && lemma != "advise") return {};
  int k = verb + 1;
  int last = -1;
  for (; k < end && k - verb <= 5; ++k) {
    if (Punct(k) || IsOneOf(kMediumStops, Low(k))) break;
    last = k;
  }
  if (last < 0) return {};
  return std::string(
      string_view(doc_.text).substr(doc_.tokens[verb + 1].span.start,
                                    doc_.tokens[last].span.end - doc_.tokens[verb + 1].span.start));
}

// "Speaking to X, he said", "in an interview with X": the medium named in the verb's sentence.
std::string QuoteFinder::MediumInSentence(int verb) const {
  const int first = SentenceFirst(verb);
  for (int k = first; k + 1 < verb; ++k) {
    const std::string a = Low(k);
    const std::string b = Low(k + 1);
    const bool to = (a == "speaking" || a == "talking") && b == "to";
    const bool with = a == "interview" && b == "with";
    if (!to && !with) continue;
    int last = -1;
    for (int j = k + 2; j < verb && j - k <= 7; ++j) {
      if (Punct(j) || IsOneOf(kMediumStops, Low(j))) break;
      last = j;
    }
    if (last < 0) continue;
    return std::string(string_view(doc_.text).substr(
        doc_.tokens[k + 2].span.start, doc_.tokens[last].span.end - doc_.tokens[k + 2].span.start));
  }
  return {};
}

// “A,” said X / “A,” X said / “A,” he told reporters.
Attribution QuoteFinder::AfterClose(const RawQuote& q) const {
  Attribution a;
  int t = TokenAt(q.close_end);
  const int n = words_.token_count();
  if (t >= n) return a;
  if (paras_.Of(doc_.tokens[t].span.start) != paras_.Of(q.close)) return a;
  const char inner = doc_.text[q.pieces.back().end - 1];
  const bool comma_inside =
      q.pieces.back().end < q.close && doc_.text[q.pieces.back().end] == ',';  // “A,” said X
  if (Tok(t) == "," || Tok(t) == "\xE2\x80\x94") {
    ++t;
  } else if (!comma_inside && inner != '?' && inner != '!' &&
             !(Tok(t).size() > 0 && Tok(t)[0] >= 'a' && Tok(t)[0] <= 'z')) {
    return a;  // a new sentence after the quote is not its attribution
  }
  // Find the speech verb among the next few tokens, before any sentence end or new quote.
  int limit = t;
  for (; limit < n && limit - t < 8; ++limit) {
    const string_view w = Tok(limit);
    if (w == "." || w == "!" || w == "?" || QuoteTok(limit)) break;
  }
  for (int k = t; k < limit; ++k) {
    if (Punct(k) && !words_.IsPossessiveMarker(k)) break;
    std::string lemma = SpeechLemma(Low(k));
    if (lemma.empty() || IsOneOf(kPartialOnlyLemmas, lemma)) continue;
    if (NounUse(k, t) || !SpeechUse(k, lemma, true)) continue;
    a.verb = lemma;
    a.verb_token = k;
    if (k == t) {
      a.speaker = SpeakerAfter(k, limit);
    } else {
      a.speaker = SubjectBefore(k, t);
      if (!a.speaker.found()) return {};  // "“A” was said ..." or other words: no attribution
    }
    a.medium = MediumAfter(k, lemma, limit);
    int cue_last = k;
    if (a.speaker.found() && doc_.tokens[k].span.end < a.speaker.span.end) {
      cue_last = words_.TokenAtOrAfter(a.speaker.span.end) - 1;
    }
    if (!a.medium.empty()) {
      for (int j = k + 1; j < limit; ++j) {
        if (doc_.tokens[j].span.end <= doc_.tokens[k].span.end + 1 + a.medium.size()) cue_last = j;
      }
    }
    const uint32_t cue_start =
        std::min(doc_.tokens[t].span.start, a.speaker.found() ? a.speaker.span.start : UINT32_MAX);
    a.cue = {cue_start, doc_.tokens[cue_last].span.end};
    if (a.medium.empty()) a.medium = MediumInSentence(k);
    return a;
  }
  return {};
}

// X said: “A” / X told reporters, “A” / X described it as a “B” / according to X, “A”.
Attribution QuoteFinder::BeforeOpen(const RawQuote& q, bool* direct_start) const {
  Attribution a;
  const int open = TokenAt(q.open);
  const int first = SentenceFirst(open);
  *direct_start = open == first || (open > 0 && Tok(open - 1) == ":") ||
                  paras_.Start(paras_.Of(q.open)) == q.open;
  // Skip the other quotes of the sentence: a speech verb inside one is not this one's.
  for (int k = open - 1; k >= first; --k) {
    if (InsideQuote(doc_.tokens[k].span.start)) continue;
    const std::string w = Low(k);
    if (w == "according" && Low(k + 1) == "to") {
      const int m = words_.MentionStartingAt(k + 2);
      if (m >= 0) a.speaker = MentionSpeaker(m);
      if (!a.speaker.found()) a.speaker = SpeakerAfter(k + 1, open);
      a.verb = "say";
      a.cue = {doc_.tokens[k].span.start,
               a.speaker.found() ? a.speaker.span.end : doc_.tokens[k + 1].span.end};
      a.verb_token = k;
      return a;
    }
    std::string lemma = SpeechLemma(w);
    if (lemma.empty()) continue;
    if (lemma == "point" && Low(k + 1) != "out") continue;
    if (NounUse(k, first) || !SpeechUse(k, lemma, false)) continue;
    // A verb of a relative clause ("an event that confirmed the “...”") is not the attribution.
    if (k > first && (Low(k - 1) == "that" || Low(k - 1) == "which")) continue;
    if (lemma == "state" && k > first && !Punct(k - 1) && Low(k - 1) == "the") continue;
    a.verb = lemma;
    a.verb_token = k;
    a.speaker = SubjectBefore(k, first);
    a.medium = MediumAfter(k, lemma, open);
    if (a.medium.empty()) a.medium = MediumInSentence(k);
    const uint32_t start = a.speaker.found()
                               ? std::min(a.speaker.span.start, doc_.tokens[k].span.start)
                               : doc_.tokens[k].span.start;
    a.cue = {start, doc_.tokens[k].span.end};
    if (!*direct_start && open > 0 && (Tok(open - 1) == "," || Tok(open - 1) == ":") &&
        k >= open - 4) {
      *direct_start = true;
    }
    return a;
  }
  return a;
}

bool QuoteFinder::TitleBefore(const RawQuote& q) const {
  const int open = TokenAt(q.open);
  if (open <= 0) return false;
  return IsOneOf(kTitleNouns, Low(open - 1));
}

bool QuoteFinder::SpeechInSentence(int t) const {
  const int first = SentenceFirst(t);
  const int end = SentenceEnd(t);
  for (int k = first; k < end; ++k) {
    if (InsideQuote(doc_.tokens[k].span.start)) continue;
    const std::string lemma = SpeechLemma(Low(k));
    if (!lemma.empty() && SpeechUse(k, lemma, false)) return true;
    if (Low(k) == "according" && k + 1 < end && Low(k + 1) == "to") return true;
  }
  return false;
}

int WordCount(string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// A subject-like name or description of a person (not after a preposition, not possessive, not
// inside a quote) between two byte offsets.
bool QuoteFinder::SubjectMentionBetween(uint32_t from, uint32_t to, bool) const {
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const EntityMention& mention = doc_.mentions[m];
    if (mention.span.start < from) continue;
    if (mention.span.start >= to) break;
    if (mention.type != EntityType::kPerson || mention.kind == MentionKind::kPronoun) continue;
    if (InsideQuote(mention.span.start)) continue;
    const int first = words_.TokenAtOrAfter(mention.span.start);
    if (first > 0 && IsOneOf(kPrepositions, Low(first - 1))) continue;
    if (first > 0 && IsOneOf(kSubordinators, Low(first - 1))) continue;  // "what X had received"
    if (m < doc_.mentions.size() && words_.MentionPossessive(m)) continue;
    return true;
  }
  return false;
}

uint32_t QuoteEnd(const Quote& q) { return std::max({q.span.end, q.cue.end, q.speaker.end}); }

// A pronoun speaker: the person named as a subject earlier in its paragraph, else the speaker of
// the quote right before it when nobody else was named in between, else the entity layer's answer.
uint32_t QuoteFinder::ResolvePronoun(const Quote& q, const std::vector<Quote>& before) const {
  const uint32_t para_start = paras_.Start(paras_.Of(q.speaker.start));
  uint32_t found = kNoIndex;
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const EntityMention& mention = doc_.mentions[m];
    if (mention.span.start < para_start) continue;
    if (mention.span.start >= q.speaker.start) break;
    if (mention.type != EntityType::kPerson || mention.kind == MentionKind::kPronoun) continue;
    if (InsideQuote(mention.span.start)) continue;
    const int first = words_.TokenAtOrAfter(mention.span.start);
    // A clause's subject: first in its sentence or after a comma ("In his toast, the leader").
    if (first > 0 && first != SentenceFirst(first) && Tok(first - 1) != ",") continue;
    if (words_.MentionPossessive(m)) continue;
    found = mention.entity;
  }
  if (found != kNoIndex && found < doc_.entities.size()) return found;
  if (!before.empty()) {
    const Quote& prev = before.back();
    const int prev_para = paras_.Of(QuoteEnd(prev));
    const int para = paras_.Of(q.speaker.start);
    if (prev.speaker_entity != kNoIndex && para - prev_para <= 1 &&
        doc_.entities[prev.speaker_entity].type == EntityType::kPerson &&
        !SubjectMentionBetween(QuoteEnd(prev), q.speaker.start, false)) {
      return prev.speaker_entity;
    }
  }
  for (const EntityMention& mention : doc_.mentions) {
    if (mention.span == q.speaker && mention.entity < doc_.entities.size()) return mention.entity;
  }
  return kNoIndex;
}

bool HasRoleTitle(const Entity& e, string_view title) {
  for (const Role& r : e.roles) {
    if (r.title == title) return true;
  }
  return false;
}

// A speaker that is an organisation or speaks for one ("the company", "a Microsoft spokeswoman"):
// the person quoted before does not take its place.
bool QuoteFinder::SpeaksForOrganisation(const Quote& q, const std::string& lower) const {
  if (q.speaker_entity != kNoIndex &&
      doc_.entities[q.speaker_entity].type == EntityType::kOrganization) {
    return true;
  }
  const size_t space = lower.rfind(' ');
  const string_view head =
      space == std::string::npos ? string_view(lower) : string_view(lower).substr(space + 1);
  return IsOneOf(kOrganisationAnaphors, head);
}

// The speaker chain: pronouns and unattributed quotes take the speaker before them; a description
// whose title belongs to nobody here gives way to the chain (with the reason in `conflict`).
void QuoteFinder::ApplyChain(std::vector<Quote>& quotes) {
  std::vector<Quote> done;
  for (Quote& q : quotes) {
    const Quote* prev = done.empty() ? nullptr : &done.back();
    bool prev_near = prev != nullptr && prev->speaker_entity != kNoIndex;
    if (prev_near) {
      const int para = paras_.Of(q.span.start);
      const int prev_para = paras_.Of(QuoteEnd(*prev));
      // The same paragraph, or the next one when nobody else was named before the quote.
      prev_near =
          para == prev_para ||
          (para == prev_para + 1 && (paras_.Start(para) + 3 >= q.span.start ||
                                     !SubjectMentionBetween(QuoteEnd(*prev), q.span.start, false)));
    }
    bool is_pronoun = false;
    bool is_nominal = false;
    for (const EntityMention& m : doc_.mentions) {
      if (m.span == q.speaker) {
        is_pronoun = m.kind == MentionKind::kPronoun;
        is_nominal = m.kind == MentionKind::kNominal;
        break;
      }
    }
    const string_view spoken = string_view(doc_.text).substr(q.speaker.start, q.speaker.size());
    const std::string lower = LowerCase(spoken);
    if (q.speaker.size() > 0 && IsOneOf(kPronouns, lower)) is_pronoun = true;
    if (lower.rfind("the ", 0) == 0) is_nominal = true;
    if (q.speaker.size() == 0) {
      if (prev_near && (q.kind != QuoteKind::kReported || q.cue.size() > 0)) {
        q.speaker = prev->speaker;
        q.speaker_entity = prev->speaker_entity;
        if (q.cue.size() == 0) {
          q.cue = prev->cue;
          q.verb = prev->verb;
        }
        q.confidence = std::min(q.confidence, 0.55f);
      }
    } else if (lower == "it") {
      // "It said": an organisation, never a person - the entity layer's link if it made one to an
      // organisation, else the organisation named last.
      if (q.speaker_entity != kNoIndex &&
          doc_.entities[q.speaker_entity].type != EntityType::kOrganization) {
        q.speaker_entity = kNoIndex;
      }
      if (q.speaker_entity == kNoIndex) q.speaker_entity = RecentOrganisation(q.speaker.start);
    } else if (is_pronoun) {
      const uint32_t e = ResolvePronoun(q, done);
      if (e != kNoIndex) q.speaker_entity = e;
      if (q.speaker_entity == kNoIndex && prev_near && lower != "i" && lower != "we") {
        q.speaker_entity = prev->speaker_entity;
        q.confidence = std::min(q.confidence, 0.6f);
      }
    } else if ((is_nominal || q.speaker_entity == kNoIndex) && q.speaker.size() > 0 && prev_near &&
               prev->speaker_entity != q.speaker_entity &&
               doc_.entities[prev->speaker_entity].type == EntityType::kPerson &&
               !SpeaksForOrganisation(q, lower)) {
      // "the Prime Minister" / "the official": whose title is it?
      std::string title = lower;
      for (string_view det : {"the ", "a ", "an "}) {
        if (title.rfind(det, 0) == 0) title = title.substr(det.size());
      }
      const Entity& chain = doc_.entities[prev->speaker_entity];
      const uint32_t holder = UniqueHolder(title);
      bool anyone = holder != kNoIndex;
      for (const Entity& e : doc_.entities) anyone = anyone || HasRoleTitle(e, title);
      const bool own_title =
          q.speaker_entity != kNoIndex &&
          (HasRoleTitle(doc_.entities[q.speaker_entity], title) || holder == q.speaker_entity);
      const bool the_one = lower.rfind("the ", 0) == 0 && title.find(' ') == std::string::npos &&
                           title.back() != 's' && !IsOneOf(kInstitutionNouns, title);
      if (HasRoleTitle(chain, title) || (q.speaker_entity == kNoIndex && !anyone && the_one)) {
        q.speaker_entity = prev->speaker_entity;  // "the official" continuing the chain
        q.confidence = std::min(q.confidence, 0.7f);
      } else if (!own_title && !anyone && is_nominal) {
        std::string role = chain.roles.empty() ? std::string() : " (" + chain.roles[0].title + ")";
        q.conflict = "the text says \"" + std::string(spoken) +
                     "\", but the quotes around it are " + chain.canonical + "'s" + role +
                     " and no one here holds that title";
        q.speaker_entity = prev->speaker_entity;
        q.confidence = std::min(q.confidence, 0.6f);
      } else if (!own_title && holder != kNoIndex) {
        q.speaker_entity = holder;
      }
    }
    done.push_back(q);
  }
  quotes = std::move(done);
}

// Reported speech: "X said (that) A", "according to X, A", "A, he added", "As X said, A".
void QuoteFinder::FindReported(std::vector<Quote>& reported) {
  const string_view text(doc_.text);
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    const int first = static_cast<int>(doc_.sentences[s].first_token);
    const int end = static_cast<int>(doc_.sentences[s].end_token);
    int last = end - 1;
    while (last > first && (Punct(last) || QuoteTok(last))) --last;
    if (last - first < 3) continue;
    auto add = [&](int clause_first, int clause_last, Speaker speaker, ByteSpan cue,
                   std::string verb, std::string medium, float confidence) {
      if (clause_last - clause_first < 2) return;
      while (clause_first <= clause_last && (Punct(clause_first) && !QuoteTok(clause_first))) {
        ++clause_first;
      }
      if (clause_last - clause_first < 2) return;
      Quote q;
      q.kind = QuoteKind::kReported;
      uint32_t start = doc_.tokens[clause_first].span.start;
      uint32_t stop = doc_.tokens[clause_last].span.end;
      if (QuoteTok(clause_first)) start = doc_.tokens[clause_first].span.end;
      q.span = Trim(text, start, stop);
      if (q.span.size() == 0) return;
      q.parts.push_back(q.span);
      q.speaker = speaker.span;
      q.speaker_entity = speaker.entity;
      q.cue = cue;
      q.verb = std::move(verb);
      q.medium = std::move(medium);
      q.confidence = speaker.found() ? confidence : confidence - 0.25f;
      reported.push_back(std::move(q));
    };
    for (int k = first; k <= last; ++k) {
      if (InsideQuote(doc_.tokens[k].span.start)) continue;
      const std::string w = Low(k);
      // according to X, A  /  A, according to X.
      if (w == "according" && k + 1 <= last && Low(k + 1) == "to") {
        Speaker sp = SpeakerAfter(k + 1, end);
        if (!sp.found()) {
          const int m = words_.MentionStartingAt(k + 2);
          if (m >= 0) sp = MentionSpeaker(m);
        }
        if (!sp.found()) continue;
        const ByteSpan cue{doc_.tokens[k].span.start, sp.span.end};
        int after = words_.TokenAtOrAfter(sp.span.end);
        if (after <= last && Tok(after) == ",") {
          add(after + 1, last, sp, cue, "say", "", 0.8f);
        } else if (after > last && k > first && Tok(k - 1) == ",") {
          add(first, k - 2, sp, cue, "say", "", 0.8f);
        }
        break;
      }
      std::string lemma = SpeechLemma(w);
      if (lemma.empty() || IsOneOf(kPartialOnlyLemmas, lemma)) continue;
      if (std::find(used_verbs_.begin(), used_verbs_.end(), k) != used_verbs_.end()) continue;
      if (!SpeechUse(k, lemma, false)) continue;
      // A noun, not a verb: "Bellamy's claim that", "the report", "their comment".
      if (k > first && (words_.IsPossessiveMarker(k - 1) || words_.Possessive(k - 1) ||
                        IsOneOf(kDeterminers, Low(k - 1)))) {
        continue;
      }
      int next = k + 1;
      if (lemma == "point") {
        if (Low(next) != "out") continue;
        ++next;
      }
      // "As X said, A"
      if (k - 2 >= first && (Low(first) == "as") && k + 1 <= last && Tok(k + 1) == ",") {
        Speaker sp = SubjectBefore(k, first + 1);
        add(k + 2, last, sp, {doc_.tokens[first].span.start, doc_.tokens[k].span.end}, lemma, "",
            0.75f);
        break;
      }
      // "A, he added."
      if (k == last || (k + 1 <= last && Low(k + 1) == "reporters" && k + 1 == last)) {
        Speaker sp = SubjectBefore(k, first);
        const int subject_first = sp.found() ? words_.TokenAtOrAfter(sp.span.start) : k;
        if (sp.found() && subject_first - 1 > first && Tok(subject_first - 1) == ",") {
          add(first, subject_first - 2, sp, {sp.span.start, doc_.tokens[k].span.end}, lemma,
              MediumAfter(k, lemma, end), 0.75f);
        }
        continue;
      }
      // The recipient and adverbials before "that" (told reporters on Tuesday that).
      int that = -1;
      for (int j = next; j <= last && j - next <= 5; ++j) {
        if (Low(j) == "that") {
          that = j;
          break;
        }
        if (Punct(j) && !words_.IsPossessiveMarker(j)) break;
      }
      int clause = -1;
      if (that >= 0) {
        clause = that + 1;
      } else if (IsOneOf(kBareClauseLemmas, lemma)) {
        int c = next;
        if (lemma == "tell" || lemma == "advise") {  // told Kim the talks ...
          const int m = words_.MentionStartingAt(c);
          if (m >= 0) {
            c = words_.EndToken(static_cast<size_t>(m));
          } else if (Low(c) == "reporters" || Low(c) == "journalists") {
            ++c;
          } else {
            continue;
          }
        }
        if (c > last || (Punct(c) && !QuoteTok(c))) continue;
        const std::string cw = Low(c);
        if (IsOneOf(kPrepositions, cw) || IsOneOf(kNotClauseStart, cw) || cw == "to") continue;
        if (!SpeechLemma(cw).empty()) continue;
        clause = c;
      }
      if (clause < 0) continue;
      Speaker sp = SubjectBefore(k, first);
      std::string medium = MediumAfter(k, lemma, that >= 0 ? that : clause);
      if (medium.empty()) medium = MediumInSentence(k);
      const uint32_t cue_start = sp.found() ? std::min(sp.span.start, doc_.tokens[k].span.start)
                                            : doc_.tokens[k].span.start;
      const int cue_last = (that >= 0 ? that : clause) - 1;
      add(clause, last, sp, {cue_start, doc_.tokens[std::max(cue_last, k)].span.end}, lemma, medium,
          0.75f);
      break;
    }
  }
}

void QuoteFinder::Run() {
  const string_view text(doc_.text);
  raw_ = PairMarks(text, FindMarks(text), paras_);
  std::vector<Quote> quotes;
  std::vector<Attribution> after_attr;
  std::vector<bool> direct_starts;
  std::vector<char> keep;
  for (const RawQuote& rq : raw_) {
    Quote q;
    q.parts = rq.pieces;
    q.span = {rq.pieces.front().start, rq.pieces.back().end};
    bool direct_start = false;
    Attribution after = AfterClose(rq);
    if (after.verb_token >= 0) used_verbs_.push_back(after.verb_token);
    Attribution before = BeforeOpen(rq, &direct_start);
    const Attribution& a = after.found() ? after : before;
    const bool spoken = a.found() || SpeechInSentence(TokenAt(rq.open));
    const int words = WordCount(text.substr(q.span.start, q.span.size()));
    // A quote closed with its own sentence punctuation or a comma before the attribution.
    const char last = text[rq.close > 0 ? rq.close - 1 : 0];
    const bool whole = direct_start && (after.found() || last == '.' || last == '?' ||
                                        last == '!' || rq.pieces.size() > 1 || words >= 6);
    q.kind = whole ? QuoteKind::kDirect : QuoteKind::kPartial;
    if (TitleBefore(rq)) continue;
    if (!spoken && words <= 3) continue;  // scare quotes
    if (!a.found() && !whole && words < 4) continue;
    q.speaker = a.speaker.span;
    q.speaker_entity = a.speaker.entity;
    q.cue = a.cue;
    q.verb = a.verb;
    q.medium = a.medium;
    q.confidence = a.speaker.found() ? 0.9f : (a.found() ? 0.6f : (whole ? 0.5f : 0.3f));
    if (a.speaker.pronoun) q.confidence -= 0.1f;
    quotes.push_back(std::move(q));
    after_attr.push_back(after);
    direct_starts.push_back(direct_start);
  }
  // “A,” he said. “B.”: B, unattributed and right after the attribution, is the same quote.
  std::vector<Quote> merged;
  for (size_t i = 0; i < quotes.size(); ++i) {
    Quote& q = quotes[i];
    if (!merged.empty() && q.cue.size() == 0 && q.kind == QuoteKind::kDirect) {
      Quote& prev = merged.back();
      const size_t pi = merged.size() - 1;
      (void)pi;
      if (prev.kind == QuoteKind::kDirect && prev.cue.size() > 0 &&
          prev.cue.start > prev.span.end && paras_.Of(prev.cue.end) == paras_.Of(q.span.start)) {
        // Only the attribution (and its sentence's end) stands between them.
        const int from = words_.TokenAtOrAfter(prev.cue.end);
        const int to = words_.TokenAtOrAfter(q.span.start);
        int words_between = 0;
        for (int k = from; k < to; ++k) {
          if (!Punct(k) && !QuoteTok(k)) ++words_between;
        }
        if (words_between <= 6) {
          prev.parts.insert(prev.parts.end(), q.parts.begin(), q.parts.end());
          prev.span.end = q.span.end;
          continue;
        }
      }
    }
    merged.push_back(std::move(q));
  }
  quotes = std::move(merged);

  if (options_.reported_speech) {
    std::vector<Quote> reported;
    FindReported(reported);
    for (Quote& r : reported) {
      // Quotes inside the clause are partial quotes of its speaker; a quote covering most of the
      // clause stands for it.
      uint32_t covered = 0;
      for (Quote& q : quotes) {
        if (q.span.start < r.span.start || q.span.start >= r.span.end) continue;
        covered += std::min(q.span.end, r.span.end) - q.span.start;
        if (q.kind == QuoteKind::kDirect && q.cue.size() > 0 && q.cue.start > q.span.end) continue;
        q.kind = QuoteKind::kPartial;
        r.span.end = std::max(r.span.end, q.span.end);
        if (q.speaker.size() == 0 || q.cue.start <= r.cue.start) {
          q.speaker = r.speaker;
          q.speaker_entity = r.speaker_entity;
          q.cue = r.cue;
          q.verb = r.verb;
          q.medium = r.medium;
          q.confidence = std::max(q.confidence, r.confidence);
        }
      }
      r.parts = {r.span};
      if (covered * 10 >= r.span.size() * 6) continue;
      bool overlaps = false;
      for (const Quote& q : quotes) {
        if (q.span.start < r.span.start && q.span.end > r.span.start) overlaps = true;
      }
      if (!overlaps) quotes.push_back(std::move(r));
    }
    std::sort(quotes.begin(), quotes.end(),
              [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
  }
  ApplyChain(quotes);
  for (Quote& q : quotes) {
    q.confidence = std::clamp(q.confidence, 0.0f, 1.0f);
    if (q.confidence >= options_.min_confidence) doc_.quotes.push_back(std::move(q));
  }
}

}  // namespace

void FindQuotes(Document& doc, const QuoteOptions& options) {
  doc.quotes.clear();
  if (doc.text.empty() || doc.tokens.empty()) return;
  QuoteFinder finder(doc, options);
  finder.Run();
}

}  // namespace storyline::extract
