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
#include <string_view>
#include <vector>

#include "extract/quote_stages.h"

namespace storyline::extract {

namespace quote_internal {

void QuoteFinder::Run() {
  const string_view text(doc_.text);
  raw_ = FindRawQuotes(text, paras_);
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
  // “A,” he said. “B.” / “A,” he said, “b”: B, unattributed or attributed by the same words and
  // right after them, is the same quote.
  std::vector<Quote> merged;
  for (size_t i = 0; i < quotes.size(); ++i) {
    Quote& q = quotes[i];
    // B may also have found the same attribution before its opening mark (“A,” he said, “B”).
    const bool shares_cue = !merged.empty() && q.cue.size() > 0 &&
                            q.cue.start < merged.back().cue.end &&
                            merged.back().cue.start < q.cue.end;
    if (!merged.empty() && (q.cue.size() == 0 || shares_cue) && q.kind == QuoteKind::kDirect) {
      Quote& prev = merged.back();
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

}  // namespace quote_internal

void FindQuotes(Document& doc, const QuoteOptions& options) {
  doc.quotes.clear();
  if (doc.text.empty() || doc.tokens.empty()) return;
  quote_internal::QuoteFinder finder(doc, options);
  finder.Run();
}

}  // namespace storyline::extract
