// Attribution: who said a quote - the words around its marks, descriptions, offices,
// organisations, pronouns and the speaker chain.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_stages.h"

namespace storyline::extract::quote_internal {

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
    if (m >= 0 && doc_.mentions[m].type != EntityType::kNationality) return MentionSpeaker(m);
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
    // "“A,” has declared X": an auxiliary before an inverted verb (translated text).
    const bool inverted =
        k == t ||
        (k == t + 1 && (Low(t) == "has" || Low(t) == "have" || Low(t) == "had" || Low(t) == "did"));
    if (inverted) {
      a.speaker = SpeakerAfter(k, limit);
      if (!a.speaker.found() && k != t) return {};
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

}  // namespace storyline::extract::quote_internal
