// Speech verbs and reported speech: "X said (that) A", "according to X, A", "A, he added".
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_stages.h"
#include "extract/verb_lemma.h"

namespace storyline::extract::quote_internal {

// The lemma of a speech-verb form (said -> say, noted -> note, stressing -> stress), or "".
std::string SpeechLemma(string_view lower) {
  // "state", "states" and "note" are nouns as often as verbs ("head of state", "a note").
  if (lower == "state" || lower == "states" || lower == "note" || lower == "notes") return {};
  if (lower == "said") return "say";
  if (lower == "told") return "tell";
  if (lower == "wrote" || lower == "written") return "write";
  if (IsSpeechLemma(lower)) return std::string(lower);
  return RegularVerbLemma(lower, [](string_view base) { return IsSpeechLemma(base); });
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
      // A dateline opening the sentence ("TOWN, Country, May 5 (Agency) – A, X said") is no
      // part of what was said.
      if (clause_first == first) {
        for (int j = first + 1; j < clause_last && j - first <= 15; ++j) {
          const string_view dash = Tok(j);
          if ((dash == "\xE2\x80\x93" || dash == "\xE2\x80\x94" || dash == "-") &&
              Tok(j - 1) == ")") {
            clause_first = j + 1;
            break;
          }
        }
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

}  // namespace storyline::extract::quote_internal
