// Line cleaner for scraped plain text: finds the article's main run of body lines and cuts the
// rest, each cut with its reason.
//
// 1. A sentence broken over lines around a link's text is rejoined first, so it is judged whole.
// 2. Every line gets surface features (text_lines.h) and, if it is unmistakable junk on its own
//    (a URL list, a copyright line, a comment counter, a consent banner ...), a strong verdict
//    (text_rules.h).
// 3. Each line gets a body score: long lines dense in function words and ending like sentences
//    score high; short lines, menu entries, title-case lines, truncated teasers, repeated lines
//    and lines speaking to the reader score low; strong junk scores very low. Rows of a data
//    table (column-aligned, four or more) count as content; a lone "Read more:" link between
//    two paragraphs is no barrier. A position prior weighs prose near the end of the page
//    (footer country) less.
// 4. The main run is the contiguous stretch of lines with the highest total score (a maximum-sum
//    segment, as in Finn et al.'s Body Text Extraction), searched only above the comment section
//    when there is one; weak stretches hanging on its edges are trimmed. Short lines inside the
//    body (a one-line quote, a live-blog timestamp, a date heading) survive because their
//    neighbours carry them; long lines in junk regions go because the junk around them outweighs
//    them. A related-links box that cut the lead paragraph off is bridged; an author's bio
//    closing the run ends it.
// 5. Inside the run only strong junk, credits, bylines, repeated short lines, link titles the
//    page repeats elsewhere, shouted link lines and boxes of link lines are cut; outside it
//    everything is cut, with the most specific reason found, except a standfirst under the
//    headline. The title is a repeated headline or the headline-like line just above the run;
//    dates just above or inside the run give the published date, dates far from it are page
//    chrome (`page_date`).
#include "clean/text_clean.h"

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>

#include "clean/dates.h"
#include "clean/text_lines.h"
#include "clean/text_rules.h"

namespace storyline::clean {

namespace {

constexpr int kNoLine = -1;
// A run scoring this much holds at least a few real paragraphs.
constexpr double kSubstantialRun = 12;
// Edge trimming: a line scoring this low separates; a stretch scoring less than this is weak.
constexpr double kBarrier = -2.0;
constexpr double kWeakEdge = 4;
constexpr int kMaxTrimPasses = 8;
// A line scoring this much is a sentence of prose; an inline link line between two such lines
// scores kInlineLink (above kBarrier).
constexpr double kProse = 1.5;
constexpr double kInlineLink = -1.0;
// Data tables (ScoreTables): the fewest rows that make one, and what each row weighs.
constexpr int kMinTableRows = 4;
constexpr double kTableRow = 0.6;
// A box of at most this many lines between the lead and the rest of the article is bridged.
constexpr int kMaxBridgedBox = 8;
// Position prior over the page's last lines (see Score()).
constexpr double kTailShare = 0.4;
constexpr double kTailFloor = 0.3;
// A repeated headline inside the run is the title when less than this share of the run's score
// stands above it.
constexpr double kTitleInsideRunShare = 0.2;

struct LineState {
  unsigned widget = 0;
  int repeats = 1;           // occurrences of the same text in the page
  int first_occurrence = 0;  // index of the first line with the same text
  int last_occurrence = 0;   // index of the last line with the same text
  std::string_view strong;   // strong junk reason, if any
  std::string_view reason;   // final removal reason; empty = kept
  double score = 0;
  std::optional<CalendarDate> date;  // the line is (mostly) a date
};

class LineCleaner {
 public:
  explicit LineCleaner(std::string_view page) : lines_(SplitPageLines(page)) {
    RejoinBrokenSentences();
    state_.resize(lines_.size());
  }

  ExtractedArticle Run() {
    if (lines_.empty()) {
      article_.published.evidence = "no date in the article text";
      return std::move(article_);
    }
    Survey();
    Score();
    FindMainRun();
    FindTitle();
    Decide();
    FindPublished();
    Emit();
    return std::move(article_);
  }

 private:
  // A sentence broken over lines around a link's text ("... could see X" / "link text" /
  // "for Y to ...") becomes one line before scoring, so its pieces are judged together.
  static bool OpensBrokenSentence(const PageLine& l) {
    const LineFeatures& f = l.f;
    return (f.words >= 4 || f.comma_end) && f.function_words > 0 && !f.terminal && !f.colon_end &&
           !f.bullet && !f.ellipsis && !f.url_only && !f.copyright;
  }
  // Whether `l` goes on with the sentence `previous` left open: it starts in lower case, or the
  // previous line ended on a comma (scripts without case).
  static bool ContinuesSentence(const PageLine& previous, const PageLine& l) {
    bool caseless = l.f.script == Script::kCjk || l.f.script == Script::kThai ||
                    l.f.script == Script::kArabic || l.f.script == Script::kHebrew ||
                    l.f.script == Script::kIndic;
    // A continuation is a link's few words or more of the sentence (function words), not a
    // lower-case label such as "copyright Site 2031".
    bool sentence_like = l.f.words <= 4 || l.f.function_words > 0;
    return (l.f.first_lower || (previous.f.comma_end && caseless)) && sentence_like &&
           !l.f.bullet && !l.f.dash_start && !l.f.url_only && !l.f.copyright;
  }

  void RejoinBrokenSentences() {
    std::vector<PageLine> joined;
    joined.reserve(lines_.size());
    size_t i = 0;
    while (i < lines_.size()) {
      size_t end = i + 1;  // lines [i, end) form one sentence
      while (end < lines_.size() &&
             (end == i + 1 ? OpensBrokenSentence(lines_[i])
                           : !lines_[end - 1].f.terminal && !lines_[end - 1].f.colon_end)) {
        const PageLine& next = lines_[end];
        if (ContinuesSentence(lines_[end - 1], next)) {
          ++end;
        } else if (next.f.words <= 4 && !next.f.terminal && !next.f.bullet && !next.f.url_only &&
                   end + 1 < lines_.size() && ContinuesSentence(next, lines_[end + 1])) {
          end += 2;
        } else {
          break;
        }
      }
      if (end == i + 1) {
        joined.push_back(lines_[i]);
      } else {
        std::string text(lines_[i].text);
        for (size_t k = i + 1; k < end; ++k) {
          text += ' ';
          text += lines_[k].text;
        }
        PageLine line = lines_[i];
        const std::string& stored = joined_texts_.emplace_back(std::move(text));
        line.text = line.body = stored;
        line.f = ComputeLineFeatures(stored);
        joined.push_back(line);
      }
      i = end;
    }
    lines_ = std::move(joined);
  }

  const LineFeatures& F(int i) const { return lines_[i].f; }
  bool Has(int i, WidgetWord w) const { return (state_[i].widget & static_cast<unsigned>(w)) != 0; }
  int Size() const { return static_cast<int>(lines_.size()); }

  double StopDensity(int i) const {
    const LineFeatures& f = F(i);
    if (f.words == 0) return 0;
    if (low_function_word_coverage_) return 0.3;
    return static_cast<double>(f.function_words) / f.words;
  }

  // Page-wide facts: repeated lines, the body's script, function-word coverage, widget words,
  // strong verdicts and date lines.
  void Survey() {
    struct Occurrences {
      int count = 0;
      int first = 0;
      int last = 0;
    };
    std::unordered_map<std::string_view, Occurrences> counts;
    counts.reserve(lines_.size() * 2);
    for (int i = 0; i < Size(); ++i) {
      Occurrences& o = counts[lines_[i].body];
      if (o.count++ == 0) o.first = i;
      o.last = i;
    }
    int script_letters[16] = {};
    long words = 0, function_words = 0;
    for (int i = 0; i < Size(); ++i) {
      const PageLine& l = lines_[i];
      const Occurrences& o = counts[l.body];
      state_[i].repeats = o.count;
      state_[i].first_occurrence = o.first;
      state_[i].last_occurrence = o.last;
      if (l.f.words >= 8) {
        script_letters[static_cast<int>(l.f.script)] += l.f.script_letters;
        words += l.f.words;
        function_words += l.f.function_words;
      }
    }
    int total = 0, best = 0;
    for (int k = 0; k < 16; ++k) {
      total += script_letters[k];
      if (script_letters[k] > script_letters[best]) best = k;
    }
    if (total > 0 && script_letters[best] * 4 >= total * 3)
      body_script_ = static_cast<Script>(best);
    low_function_word_coverage_ = words > 0 && function_words * 10 < words;
    for (int i = 0; i < Size(); ++i) {
      const PageLine& l = lines_[i];
      // Widget lines are short; a long line is read only for a consent banner's "cookie".
      bool read =
          l.f.words <= 30 || (l.f.words <= 80 && (l.text.find("ookie") != std::string_view::npos ||
                                                  l.text.find("OOKIE") != std::string_view::npos));
      state_[i].widget = read ? WidgetWords(l.text) : 0;
      state_[i].strong = StrongJunk(l, state_[i].widget, body_script_);
      if (l.f.digits > 0 && l.f.words <= 16) state_[i].date = ParseDate(l.text);
    }
  }

  void Score() {
    for (int i = 0; i < Size(); ++i) state_[i].score = LineScore(i);
    ScoreTables();
    // A single "Read more: <headline>" link between two paragraphs sits inside the article: it is
    // still cut, but it must not split the body, so it weighs like a short line, not a barrier.
    for (int i = 1; i + 1 < Size(); ++i) {
      if (state_[i].strong == reason::kTeaser && state_[i - 1].score >= kProse &&
          state_[i + 1].score >= kProse)
        state_[i].score = kInlineLink;
    }
    // Position prior: the last stretch of a page is footer country (disclaimers, site blurbs,
    // comment policies, link lists), so prose there weighs less, falling linearly over the last
    // kTailShare of the lines to kTailFloor of its score at the very end. Lines scoring <= 0 keep
    // their score: the prior never makes junk look better.
    const double n = Size();
    for (int i = 0; i < Size(); ++i) {
      double position = (i + 0.5) / n;
      if (state_[i].score <= 0 || position <= 1 - kTailShare) continue;
      state_[i].score *= 1 - (1 - kTailFloor) * (position - (1 - kTailShare)) / kTailShare;
    }
  }

  // Table rows as w3m renders them: cells separated by runs of two or more spaces.
  static int ColumnGaps(std::string_view t) {
    int gaps = 0;
    for (size_t k = 0; k + 1 < t.size(); ++k) {
      if (t[k] == ' ' && t[k + 1] == ' ') {
        ++gaps;
        while (k + 1 < t.size() && t[k + 1] == ' ') ++k;
      }
    }
    return gaps;
  }

  // A block of at least kMinTableRows consecutive rows with two or more column gaps is a data
  // table (standings, results, prices): content, not chrome, so each row weighs like a short
  // sentence. A row that is strong junk keeps its score.
  void ScoreTables() {
    int i = 0;
    while (i < Size()) {
      int j = i;
      while (j < Size() && F(j).double_space && F(j).words <= 40 && state_[j].strong.empty() &&
             ColumnGaps(lines_[j].text) >= 2)
        ++j;
      if (j - i >= kMinTableRows) {
        for (int k = i; k < j; ++k) state_[k].score = std::max(state_[k].score, kTableRow);
      }
      i = j > i ? j : i + 1;
    }
  }

  // A long line without final punctuation that stops on a grammatical word ("... have died due
  // to"): a teaser cut to a length by the site, which lost its ellipsis.
  bool CutMidSentence(int i) const {
    const LineFeatures& f = F(i);
    if (f.words < 8 || f.terminal || f.colon_end || f.comma_end || f.ellipsis) return false;
    std::string_view t = lines_[i].text;
    size_t end = t.size();
    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '-')) --end;
    size_t start = end;
    while (start > 0 && ((t[start - 1] | 0x20) >= 'a' && (t[start - 1] | 0x20) <= 'z')) --start;
    if (start == end || end - start > 5 || (start > 0 && t[start - 1] != ' ')) return false;
    std::string word(t.substr(start, end - start));
    for (char& c : word) c = static_cast<char>(c | 0x20);
    if (word == "i" || word == "a" || word == "o" || word == "e" || word == "y") return false;
    return IsFunctionWord(word) && start < end && t[start] >= 'a' && t[start] <= 'z';
  }

  // A source list entry: 'Publisher, "Title," 7 August 2031' — quoted title, then a date that ends
  // the line.
  bool IsCitation(int i) const {
    std::string_view t = lines_[i].text;
    if (F(i).digits < 4 || F(i).words > 40 || !HasQuote(t)) return false;
    while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
    if (t.empty() || t.back() < '0' || t.back() > '9') return false;
    std::vector<DateMatch> dates = FindDates(t);
    return !dates.empty() && dates.back().end == t.size();
  }

  static bool HasQuote(std::string_view t) {
    return t.find('"') != std::string_view::npos || t.find("“") != std::string_view::npos ||
           t.find("«") != std::string_view::npos || t.find("„") != std::string_view::npos;
  }

  double LineScore(int i) const {
    const LineFeatures& f = F(i);
    const LineState& s = state_[i];
    if (s.strong == reason::kComments) return -12;  // the comment section starts here
    if (s.strong == reason::kLink) return -2;       // a source URL can stand inside the body
    if (s.strong == reason::kNumbers) return -3;    // icons, counters, list numbers
    if (!s.strong.empty()) return -5;
    double sd = StopDensity(i);
    double cap = f.words > 0 ? static_cast<double>(f.capitalised) / f.words : 0;
    double v;
    if (f.ellipsis && f.words >= 4) {
      v = -2;
    } else if (f.words >= 10 && sd >= 0.15) {
      v = 1.5 + std::min(f.words, 80) / 8.0;
      // A long line that is not a sentence is a headline or a link title, unless it is long
      // enough to be a paragraph that lost its final period.
      if (!f.terminal && f.sentence_ends == 0) v = f.words >= 25 ? v * 0.5 : -0.3;
      if (f.bullet) v *= 0.6;
    } else if (f.words >= 5 && sd >= 0.1 && (f.terminal || f.colon_end)) {
      v = 0.8;
    } else if (f.bullet) {
      // Sentence-like list items (lower-case words, function words) vs menu entries.
      bool item = f.words >= 6 && sd >= 0.1 && f.capitalised * 2 <= f.words;
      v = item ? 0.5 : f.words >= 4 ? -0.3 : -1.2;
    } else if (f.words <= 4) {
      v = -0.6;
    } else {
      v = -1.2;
    }
    if (f.words >= 4 && cap > 0.6 && !f.terminal) v -= 1.0;
    if (s.repeats >= 2 && f.words <= 6) v -= 1.5;
    unsigned widgets =
        s.widget &
        (static_cast<unsigned>(WidgetWord::kShare) | static_cast<unsigned>(WidgetWord::kNav) |
         static_cast<unsigned>(WidgetWord::kTeaser) | static_cast<unsigned>(WidgetWord::kComment));
    if (widgets != 0 && f.words <= 6 && !f.terminal) v -= 1.0;
    // Sign-up and follow prompts, bylines with dates, lines speaking to the reader: page chrome
    // more often than prose (news is written in the third person; quotes are exempt).
    if (Has(i, WidgetWord::kShare) && f.words <= 25) v -= 2.0;
    if (Has(i, WidgetWord::kByline) && f.words <= 14) v -= 1.5;
    if (Has(i, WidgetWord::kReader) && f.words <= 25 && !HasQuote(lines_[i].text)) v -= 0.7;
    if (f.url && f.words <= 12) v -= 1.0;
    if (f.glued_title) v = std::min(v, -1.5);
    if (CutMidSentence(i)) v = std::min(v, -2.0);  // a teaser cut to length without its "…"
    // A date line is a heading, never prose; an invitation to comment is page chrome.
    if (s.date) v = std::min(v, -0.6);
    if (IsCitation(i)) v = std::min(v, -1.5);
    if (Has(i, WidgetWord::kComment) && Has(i, WidgetWord::kReader) && f.words <= 30) v -= 2.0;
    return v;
  }

  // The maximum-sum contiguous run of line scores in [from, to).
  double BestRun(int from, int to, int& begin, int& end) const {
    double best = 0, sum = 0;
    int start = from;
    begin = end = kNoLine;
    for (int i = from; i < to; ++i) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += state_[i].score;
      if (sum > best) {
        best = sum;
        begin = start;
        end = i;
      }
    }
    return best;
  }

  // The article comes before its comment section: when a substantial run ends at a comment
  // widget, the search stops there, so a long discussion cannot outweigh the article.
  void FindMainRun() {
    // One Kadane pass tracks the best run so far; the first comment widget after a substantial
    // run ends the search.
    int to = Size();
    double best = 0, sum = 0;
    for (int i = 0; i < Size(); ++i) {
      if (state_[i].strong == reason::kComments && best >= kSubstantialRun) {
        to = i;
        break;
      }
      sum = std::max(sum, 0.0) + state_[i].score;
      best = std::max(best, sum);
    }
    BestRun(0, to, run_begin_, run_end_);
    TrimRunEdges();
    BridgeBox(to);
    // The author's bio closes the article: it and what follows it are page furniture.
    for (int i = run_end_, seen = 0; run_begin_ != kNoLine && i > run_begin_ && seen < 3; --i) {
      if (state_[i].score <= 0) continue;
      ++seen;
      if (IsAuthorBio(lines_[i])) {
        run_end_ = i - 1;
        TrimRunEdges();
        break;
      }
    }
  }

  // A related-links box can split the article: the lead paragraph above it, the rest below. When
  // the lines just above the run are a short box of non-body lines opened by a teaser heading
  // ("Related articles"), and above the box stands prose worth at least kWeakEdge, the run takes
  // the box and that prose in; the box's lines are then cut as an inner box (InnerBoxes).
  void BridgeBox(int limit) {
    if (run_begin_ == kNoLine) return;
    int i = run_begin_ - 1;
    int box = 0;
    bool heading = false;
    while (i >= 0 && state_[i].score <= 0 && box < kMaxBridgedBox) {
      if (state_[i].strong == reason::kComments || state_[i].strong == reason::kCopyright ||
          state_[i].strong == reason::kConsent || state_[i].date)
        return;
      heading |= Has(i, WidgetWord::kTeaser) && F(i).words <= 4;
      ++box;
      --i;
    }
    if (box == 0 || !heading || i < 0) return;
    double prose = 0;
    int top = i;
    while (i >= 0 && state_[i].score > 0) {
      prose += state_[i].score;
      top = i--;
    }
    if (prose >= kWeakEdge && top < limit) run_begin_ = top;
  }

  // A few weak lines hanging on to the run's edge past a junk line (a newsletter pitch, an
  // author's one-line bio, a "thanks for signing up") are not the article: a stretch at either end
  // that is cut off by a clearly negative line and scores under kWeakEdge is dropped.
  void TrimRunEdges() {
    if (run_begin_ == kNoLine) return;
    // Each pass cuts at least one line; a handful of passes is all real pages need.
    for (int pass = 0, changed = 1; changed && pass < kMaxTrimPasses && run_begin_ < run_end_;
         ++pass) {
      changed = false;
      double sum = 0;
      for (int i = run_end_; i > run_begin_; --i) {
        if (state_[i].score <= kBarrier && sum < kWeakEdge) {
          run_end_ = i - 1;
          changed = true;
          break;
        }
        sum += state_[i].score;
        if (sum >= kWeakEdge) break;
      }
      sum = 0;
      for (int i = run_begin_; i < run_end_; ++i) {
        if (state_[i].score <= kBarrier && sum < kWeakEdge) {
          run_begin_ = i + 1;
          changed = true;
          break;
        }
        sum += state_[i].score;
        if (sum >= kWeakEdge) break;
      }
      while (run_end_ > run_begin_ && state_[run_end_].score <= 0) --run_end_;
      while (run_begin_ < run_end_ && state_[run_begin_].score <= 0) ++run_begin_;
    }
  }

  bool InRun(int i) const { return run_begin_ != kNoLine && i >= run_begin_ && i <= run_end_; }

  bool HeadlineLike(int i) const {
    const LineFeatures& f = F(i);
    if (f.words < 2 || f.words > 30 || f.ellipsis || f.url || f.bullet || f.copyright) return false;
    // Widget words sink short lines only: "Home Depot shares ..." and "More than ..." are news.
    bool widget = f.words <= 5 ? ChromeWords(i)
                               : Has(i, WidgetWord::kComment) || Has(i, WidgetWord::kConsent);
    if (!state_[i].strong.empty() || state_[i].date || widget) return false;
    if (Has(i, WidgetWord::kByline) && f.words <= 6) return false;
    if (f.letters < 10) return false;
    return !f.terminal || f.sentence_ends <= 2;
  }

  // A headline, not a byline ("By A. Writer", a name alone), a dateline, a teaser card or a
  // multi-sentence blurb.
  bool TitleLike(int i) const {
    const LineFeatures& f = F(i);
    if (!HeadlineLike(i) || f.glued_title) return false;
    if (Has(i, WidgetWord::kByline)) return false;
    if (f.lower_initial + f.capitalised == 0) return false;
    if (f.lower_initial == 0 && f.capitalised <= 4 && f.words <= 4) return false;  // a name
    if (f.digits * 2 > f.letters) return false;
    if (f.sentence_ends > 1 && f.capitalised * 10 < f.words * 6) return false;
    return f.digits == 0 || FindDates(lines_[i].text).empty();
  }

  void FindTitle() {
    if (run_begin_ == kNoLine) return;
    int title = kNoLine;
    // A substantial line repeated in the page, whose first occurrence stands before (or near the
    // top of) the body: the page's headline block and the article's own heading. A heading
    // inside the run counts when what the run holds above it is a small part of the run (a
    // reprint notice, a standfirst), and the run then starts below it.
    double total = 0;
    for (int i = run_begin_; i <= run_end_; ++i) total += std::max(0.0, state_[i].score);
    double above = 0;
    for (int i = 0; i <= run_end_; ++i) {
      if (InRun(i)) above += std::max(0.0, state_[i].score);
      bool early = i < run_begin_ + 6 || above <= kTitleInsideRunShare * total;
      if (!early) break;
      if (state_[i].repeats < 2 || F(i).words < 3 || !TitleLike(i)) continue;
      if (F(i).terminal && F(i).capitalised * 2 < F(i).words) continue;  // a repeated sentence
      if (state_[i].first_occurrence != i) continue;
      if (i > run_begin_ && InLinkBox(i)) continue;  // a related story's link, not the heading
      title = i;
    }
    if (title != kNoLine && title > run_begin_ && title < run_end_) run_begin_ = title + 1;
    // Else the headline-like line just above the run, skipping dates, bylines and short chrome.
    if (title == kNoLine) {
      for (int i = run_begin_ - 1; i >= 0 && i >= run_begin_ - 8; --i) {
        const LineFeatures& f = F(i);
        if (state_[i].date || f.words <= 2 || f.bullet || !state_[i].strong.empty() ||
            IsCreditLine(lines_[i], state_[i].widget) || !TitleLike(i))
          continue;
        if (!f.terminal || f.words <= 16) title = i;
        break;
      }
    }
    // Else the run's own first line when it is a short heading over a paragraph.
    if (title == kNoLine && run_begin_ < run_end_) {
      const LineFeatures& f = F(run_begin_);
      if (TitleLike(run_begin_) && !f.terminal && f.words <= 15 && state_[run_begin_ + 1].score > 2)
        title = run_begin_;
    }
    if (title == kNoLine) return;
    title_line_ = title;
    FindStandfirst();
    std::string_view text = lines_[title].body;
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.remove_suffix(1);
    article_.title = std::string(text);
  }

  // The standfirst: one sentence of prose right under the headline (or its repeat), cut off from
  // the run by a few short lines of chrome (a byline, a date, a share bar) between them.
  void FindStandfirst() {
    if (title_line_ == kNoLine || title_line_ >= run_begin_) return;
    int candidate = kNoLine;
    for (int i = title_line_ + 1; i < run_begin_; ++i) {
      bool headline_copy = lines_[i].body == lines_[title_line_].body;
      if (candidate == kNoLine) {
        if (headline_copy) continue;
        const LineFeatures& f = F(i);
        if (state_[i].score < kProse || !f.terminal || f.sentence_ends > 2 ||
            !state_[i].strong.empty())
          return;
        candidate = i;
      } else if (F(i).words > 8 || state_[i].score > 0 || i - candidate > 4) {
        return;  // more than a little chrome: the line belongs to something else
      }
    }
    standfirst_ = candidate;
  }

  // Whether one of the few lines above `i` opens or lists a link box: a teaser heading ("Related
  // articles"), a list glyph, a bare bullet or number.
  bool InLinkBox(int i) const {
    for (int k = i - 1; k >= 0 && k >= i - 4; --k) {
      if (state_[k].strong == reason::kNumbers || F(k).bullet ||
          (Has(k, WidgetWord::kTeaser) && F(k).words <= 4))
        return true;
    }
    return false;
  }

  // Share, navigation, comment and teaser vocabulary: not a headline.
  bool ChromeWords(int i) const {
    return (state_[i].widget &
            (static_cast<unsigned>(WidgetWord::kShare) | static_cast<unsigned>(WidgetWord::kNav) |
             static_cast<unsigned>(WidgetWord::kComment) |
             static_cast<unsigned>(WidgetWord::kTeaser) |
             static_cast<unsigned>(WidgetWord::kConsent))) != 0;
  }

  // Inside the run, a block of consecutive non-body lines that carries widget vocabulary or list
  // glyphs ("Related articles" and its links, a share bar) or is long is a box inside the
  // article, not part of it. Single short lines (a timestamp, a subheading, a quote) stay.
  std::vector<bool> InnerBoxes() const {
    std::vector<bool> box(lines_.size(), false);
    if (run_begin_ == kNoLine) return box;
    int i = run_begin_;
    while (i <= run_end_) {
      if (state_[i].score > 0) {
        ++i;
        continue;
      }
      int j = i;
      bool chrome = false;
      while (j <= run_end_ && state_[j].score <= 0) {
        chrome |= ChromeWords(j) || state_[j].strong == reason::kNumbers || F(j).bullet;
        ++j;
      }
      int n = j - i;
      if ((n >= 2 && chrome) || (n >= 4 && !LabelledList(i, j))) {
        for (int k = i; k < j; ++k) box[k] = true;
      }
      i = j;
    }
    return box;
  }

  // Lines [from, to) are mostly "Label: items" entries ("Group A: Iceland, Bulgaria"), a list that
  // belongs to the article rather than a box of links.
  bool LabelledList(int from, int to) const {
    int labelled = 0;
    for (int k = from; k < to; ++k) {
      std::string_view t = lines_[k].body;
      size_t colon = t.find(": ");
      if (colon == std::string_view::npos || colon == 0 || colon > 24) continue;
      if (t.find(',', colon) == std::string_view::npos) continue;  // items listed after the label
      ++labelled;
    }
    return labelled * 4 >= (to - from) * 3;
  }

  void Decide() {
    std::vector<bool> box = InnerBoxes();
    bool after_teaser_heading = false;
    for (int i = 0; i < Size(); ++i) {
      LineState& s = state_[i];
      const LineFeatures& f = F(i);
      if (title_line_ != kNoLine && lines_[i].body == lines_[title_line_].body) {
        s.reason = i == title_line_ ? reason::kTitle : reason::kRepeatedHeadline;
        continue;
      }
      if (i == standfirst_) continue;
      if (InRun(i)) {
        if (!s.strong.empty()) {
          s.reason = s.strong;
        } else if (box[i] && !s.date) {
          s.reason = OutsideReason(i);
        } else if (IsCreditLine(lines_[i], s.widget) && !s.date) {
          s.reason = reason::kCredit;
        } else if (s.repeats >= 2 && f.words <= 4 && !f.terminal && !s.date) {
          s.reason = reason::kRepeated;
        } else if (f.ellipsis && after_teaser_heading) {
          s.reason = reason::kTeaser;
        } else if (BylineInBody(i)) {
          s.reason = reason::kByline;
        } else if (RepeatedLinkTitle(i)) {
          s.reason = reason::kRepeated;
        } else if (ShoutedLink(i)) {
          s.reason = reason::kTeaser;
        }
        bool heading = Has(i, WidgetWord::kTeaser) && f.words <= 6 && !f.terminal;
        if (heading)
          after_teaser_heading = true;
        else if (s.reason.empty() && f.words >= 8 && !f.ellipsis)
          after_teaser_heading = false;
        continue;
      }
      s.reason = OutsideReason(i);
    }
  }

  // A long line in capitals without final punctuation inside the body: a related-story link
  // ("FORMER LABEL BOSS BLASTS CLAIMS, SAYS SHE KNEW ABOUT SALE"), not a subheading.
  bool ShoutedLink(int i) const {
    const LineFeatures& f = F(i);
    if (f.words < 8 || f.terminal || f.colon_end) return false;
    int upper = 0, lower = 0;
    for (char c : lines_[i].body) {
      upper += c >= 'A' && c <= 'Z';
      lower += c >= 'a' && c <= 'z';
    }
    return upper >= 20 && lower * 10 <= upper;
  }

  // "By A. Writer", "By A. Writer and B. Writer on Monday, 18 November 2031 at 11:08 a.m.": "by",
  // a capitalised name, few grammatical words ("By the time the bridge reopens ..." is prose).
  bool BylineInBody(int i) const {
    const LineFeatures& f = F(i);
    if (!Has(i, WidgetWord::kByline) || f.words < 2 || f.words > 16 || f.comma_end) return false;
    if (f.function_words * 3 > f.words) return false;
    std::string_view t = lines_[i].body;
    size_t space = t.find(' ');
    if (space == std::string_view::npos || space + 1 >= t.size()) return false;
    char initial = t[space + 1];
    if (initial < 'A' || initial > 'Z') return false;
    // "By Tuesday ...", "By March 2031 ...": a time, not a name.
    size_t end = t.find_first_of(" ,.", space + 1);
    std::string_view second =
        t.substr(space + 1, end == std::string_view::npos ? end : end - space - 1);
    return MonthFromName(second) == 0 && !IsWeekdayName(second);
  }

  // A heading-like line inside the body that the page repeats outside the body: a related
  // story's link title that also stands in a sidebar list.
  bool RepeatedLinkTitle(int i) const {
    const LineFeatures& f = F(i);
    if (state_[i].repeats < 2 || f.terminal || f.colon_end || f.words > 15 || state_[i].date)
      return false;
    return state_[i].first_occurrence < run_begin_ || state_[i].last_occurrence > run_end_;
  }

  std::string_view OutsideReason(int i) const {
    const LineState& s = state_[i];
    const LineFeatures& f = F(i);
    if (s.date) return PageDateOrDateLine(i);
    if (!s.strong.empty()) return s.strong;
    if (f.ellipsis) return reason::kTeaser;
    if (Has(i, WidgetWord::kComment) && f.words <= 12) return reason::kComments;
    if (Has(i, WidgetWord::kShare) && f.words <= 6) return reason::kShare;
    if (Has(i, WidgetWord::kByline) && f.words <= 8) return reason::kByline;
    if (IsCreditLine(lines_[i], s.widget)) return reason::kCredit;
    if (s.repeats >= 2) return reason::kRepeated;
    if (f.bullet || f.words <= 4) return reason::kNavigation;
    return reason::kOutside;
  }

  // Dates just above the run (the article's date block) versus anywhere else (page chrome).
  bool NearRun(int i) const {
    if (run_begin_ == kNoLine) return false;
    int top = run_begin_ - 10;
    if (title_line_ != kNoLine && title_line_ < run_begin_) top = std::min(top, title_line_ - 3);
    return i >= top && i <= run_end_;
  }

  std::string_view PageDateOrDateLine(int i) const {
    return NearRun(i) ? reason::kDateLine : reason::kPageDate;
  }

  void FindPublished() {
    int chosen = kNoLine;
    if (run_begin_ != kNoLine) {
      for (int i = run_begin_ - 1; i >= 0 && NearRun(i); --i) {
        if (state_[i].date) {
          chosen = i;
          break;
        }
      }
      for (int i = run_begin_; chosen == kNoLine && i <= run_end_; ++i) {
        if (state_[i].date && state_[i].reason.empty()) chosen = i;
      }
    }
    if (chosen == kNoLine) {
      article_.published.evidence = "no date in the article text";
    } else {
      article_.published.value = state_[chosen].date->Iso();
      article_.published.evidence = "date line " + std::to_string(lines_[chosen].number);
    }
    // A lone date in the page chrome (a sidebar's "today") that disagrees with the article's.
    int page_dates = 0, conflict = kNoLine;
    for (int i = 0; i < Size(); ++i) {
      if (state_[i].reason != reason::kPageDate) continue;
      ++page_dates;
      if (chosen != kNoLine && !(*state_[i].date == *state_[chosen].date) && conflict == kNoLine)
        conflict = i;
    }
    if (conflict != kNoLine && page_dates <= 2) {
      article_.flags.push_back(
          {"page_date_conflict",
           "page date " + state_[conflict].date->Iso() + " (line " +
               std::to_string(lines_[conflict].number) + ") differs from the article date " +
               state_[chosen].date->Iso() + " (line " + std::to_string(lines_[chosen].number) + ")",
           std::nullopt});
    }
  }

  void Emit() {
    std::string& text = article_.text;
    for (int i = 0; i < Size(); ++i) {
      const LineState& s = state_[i];
      if (!s.reason.empty()) {
        article_.removed.push_back({std::string(lines_[i].text), std::string(s.reason),
                                    static_cast<uint32_t>(text.size())});
        continue;
      }
      if (!text.empty()) text += "\n\n";
      uint32_t start = static_cast<uint32_t>(text.size());
      text += lines_[i].body;
      article_.paragraphs.push_back({start, static_cast<uint32_t>(text.size())});
    }
  }

  std::deque<std::string> joined_texts_;  // the text of rejoined lines (stable addresses)
  std::vector<PageLine> lines_;
  std::vector<LineState> state_;
  Script body_script_ = Script::kNone;
  bool low_function_word_coverage_ = false;
  int run_begin_ = kNoLine, run_end_ = kNoLine;
  int title_line_ = kNoLine;
  int standfirst_ = kNoLine;
  ExtractedArticle article_;
};

}  // namespace

// TextCleanOptions has no knobs yet: the thresholds are named constants above, tuned on the
// scraped-text development pages.
ExtractedArticle CleanScrapedText(std::string_view utf8_text, const TextCleanOptions&) {
  try {
    return LineCleaner(utf8_text).Run();
  } catch (...) {  // allocation failure: keep the stage's no-throw contract
    ExtractedArticle article;
    article.published.evidence = "no date in the article text";
    article.flags.push_back({"text_clean_failed", "out of memory while cleaning", std::nullopt});
    return article;
  }
}

}  // namespace storyline::clean
