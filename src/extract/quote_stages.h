// Private to the quote finder (quotes.cc, quote_marks.cc, quote_speech.cc, quote_speakers.cc):
// the closed word lists, the quotation marks as paired over the text, and the QuoteFinder that
// attributes them.
#ifndef STORYLINE_EXTRACT_QUOTE_STAGES_H_
#define STORYLINE_EXTRACT_QUOTE_STAGES_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/coref_text.h"
#include "extract/quotes.h"
#include "text/segment.h"

namespace storyline::extract::quote_internal {

using std::string_view;

// ---- Speech verbs (closed class) ----

inline constexpr auto kSpeechLemmas = std::to_array<string_view>(
    {"say",       "tell",      "add",       "stress",  "note",    "warn",      "point",
     "emphasize", "emphasise", "explain",   "insist",  "claim",   "state",     "announce",
     "declare",   "remark",    "reiterate", "confirm", "argue",   "assure",    "recall",
     "remind",    "mention",   "advise",    "hint",    "reveal",  "describe",  "acknowledge",
     "admit",     "comment",   "complain",  "suggest", "predict", "promise",   "vow",
     "reply",     "respond",   "write",     "cite",    "express", "underline", "ask",
     "caution",   "report",    "praise",    "thank"});
// Verbs whose clause may follow without "that" ("X said the talks ...").
inline constexpr auto kBareClauseLemmas =
    std::to_array<string_view>({"say", "tell", "add", "advise"});
// Verbs that only introduce a partial quote (described it as a “...”), never a clause.
inline constexpr auto kPartialOnlyLemmas =
    std::to_array<string_view>({"describe", "cite", "express", "praise", "thank"});

inline bool IsSpeechLemma(string_view lemma) { return IsOneOf(kSpeechLemmas, lemma); }

// Words before a verb that make it a plan or a possibility, not a report ("will add", "to add").
inline constexpr auto kModals = std::to_array<string_view>(
    {"will", "would", "could", "can", "may", "might", "should", "shall", "must", "to", "'ll"});

// Words that may stand between a subject and its speech verb ("X has also said").
inline constexpr auto kBetweenSubjectAndVerb = std::to_array<string_view>(
    {"has",   "have",       "had",     "also",       "then",         "further", "later",
     "again", "previously", "earlier", "reportedly", "merely",       "once",    "repeatedly",
     "will",  "would",      "did",     "just",       "additionally", "now",     "however"});
// Nouns that head a speaker's description when the entity layer has no mention for it.
inline constexpr auto kSpeakerNouns = std::to_array<string_view>(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "media",      "agency",
     "ministry",  "government",  "office",       "police",   "sources",   "source",     "statement",
     "officers",  "diplomats",   "diplomat",     "aide",     "adviser",   "advisor",    "analysts",
     "experts",   "embassy",     "army",         "company",  "firm",      "group",      "bank",
     "club",      "airline",     "carrier",      "report",   "spokesmen", "spokeswomen"});
// The people who speak for an organisation: "a Microsoft spokeswoman" speaks for Microsoft.
inline constexpr auto kOrganisationVoices = std::to_array<string_view>(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official",
     "officials", "statement", "source", "sources"});
// Descriptions of an organisation named earlier ("the company said"): without an owner in the
// phrase, the speaker is the organisation named last before it.
inline constexpr auto kOrganisationAnaphors = std::to_array<string_view>(
    {"company", "firm", "group", "bank", "statement", "club", "airline", "carrier", "report"});
// Of those, the institutional voices: the speaker is the organisation or country that owns them.
inline constexpr auto kInstitutionNouns = std::to_array<string_view>(
    {"media", "agency", "ministry", "government", "office", "statement", "embassy"});
inline constexpr auto kPrepositions = std::to_array<string_view>(
    {"with",    "to",      "by",        "for",     "of",     "from",  "about",   "on",    "in",
     "at",      "against", "alongside", "between", "than",   "into",  "over",    "under", "toward",
     "towards", "upon",    "after",     "before",  "during", "while", "without", "among"});
// Words that cannot open a reported clause right after "said".
inline constexpr auto kNotClauseStart = std::to_array<string_view>(
    {"goodbye", "so", "yes", "no", "nothing", "something", "anything", "while", "when", "as",
     "after", "before", "during", "and", "or", "but"});
// Nouns before a quoted title ("the film “X”", "Operation “Y”").
inline constexpr auto kTitleNouns = std::to_array<string_view>(
    {"book",      "film",      "movie",   "novel", "song",      "album",
     "operation", "programme", "program", "show",  "series",    "titled",
     "entitled",  "called",    "dubbed",  "named", "slogan",    "campaign",
     "headline",  "exercise",  "poem",    "play",  "codenamed", "nicknamed"});
inline constexpr auto kPronouns =
    std::to_array<string_view>({"he", "she", "they", "it", "we", "i", "you", "one"});

inline constexpr auto kDeterminers = std::to_array<string_view>(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"});
inline constexpr auto kSubordinators =
    std::to_array<string_view>({"what", "that", "whether", "how", "which", "why", "when"});

// The lemma of a speech-verb form (said -> say, noted -> note, stressing -> stress), or "".
std::string SpeechLemma(string_view lower);

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

// The quotes of the text, paired from its quotation marks (quote_marks.cc).
std::vector<RawQuote> FindRawQuotes(string_view text, const Paragraphs& paras);
// The quoted text between two bytes, without surrounding spaces and trailing , : ;
ByteSpan Trim(string_view text, uint32_t start, uint32_t end);
int WordCount(string_view s);
uint32_t QuoteEnd(const Quote& q);

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

}  // namespace storyline::extract::quote_internal

#endif  // STORYLINE_EXTRACT_QUOTE_STAGES_H_
