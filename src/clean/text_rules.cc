#include "clean/text_rules.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace storyline::clean {

namespace {

struct Stem {
  std::string_view text;
  WidgetWord family;
  bool whole = false;  // must be the whole word, not a prefix
};

// General vocabulary of page widgets in major languages, lower-case, matched as word prefixes
// (or whole words where a prefix would catch ordinary words).
constexpr Stem kStems[] = {
    {"comment", WidgetWord::kComment},
    {"komment", WidgetWord::kComment},
    {"koment", WidgetWord::kComment},
    {"coment", WidgetWord::kComment},
    {"коммент", WidgetWord::kComment},
    {"коментар", WidgetWord::kComment},
    {"reply", WidgetWord::kComment, true},
    {"replies", WidgetWord::kComment, true},
    {"reactie", WidgetWord::kComment},
    {"antworten", WidgetWord::kComment, true},
    {"répondre", WidgetWord::kComment},
    {"responder", WidgetWord::kComment, true},
    {"rispondi", WidgetWord::kComment},
    {"ответить", WidgetWord::kComment},
    {"odgovor", WidgetWord::kComment},
    {"odpowied", WidgetWord::kComment},
    {"share", WidgetWord::kShare, true},
    {"sharing", WidgetWord::kShare, true},
    {"tweet", WidgetWord::kShare},
    {"facebook", WidgetWord::kShare},
    {"twitter", WidgetWord::kShare},
    {"whatsapp", WidgetWord::kShare},
    {"telegram", WidgetWord::kShare, true},
    {"linkedin", WidgetWord::kShare},
    {"pinterest", WidgetWord::kShare},
    {"reddit", WidgetWord::kShare, true},
    {"instagram", WidgetWord::kShare},
    {"youtube", WidgetWord::kShare},
    {"email", WidgetWord::kShare, true},
    {"e-mail", WidgetWord::kShare, true},
    {"print", WidgetWord::kShare, true},
    {"follow", WidgetWord::kShare, true},
    {"subscribe", WidgetWord::kShare},
    {"newsletter", WidgetWord::kShare},
    {"rss", WidgetWord::kShare, true},
    {"teilen", WidgetWord::kShare},
    {"partager", WidgetWord::kShare},
    {"compartir", WidgetWord::kShare},
    {"condividi", WidgetWord::kShare},
    {"compartilh", WidgetWord::kShare},
    {"поделит", WidgetWord::kShare},
    {"подпис", WidgetWord::kShare},
    {"podijeli", WidgetWord::kShare},
    {"udostępnij", WidgetWord::kShare},
    {"abonn", WidgetWord::kShare},
    {"suivez", WidgetWord::kShare},
    {"related", WidgetWord::kTeaser, true},
    {"also", WidgetWord::kTeaser, true},
    {"more", WidgetWord::kTeaser, true},
    {"read", WidgetWord::kTeaser, true},
    {"popular", WidgetWord::kTeaser, true},
    {"latest", WidgetWord::kTeaser, true},
    {"recommended", WidgetWord::kTeaser, true},
    {"trending", WidgetWord::kTeaser, true},
    {"similar", WidgetWord::kTeaser, true},
    {"auch", WidgetWord::kTeaser, true},
    {"aussi", WidgetWord::kTeaser, true},
    {"también", WidgetWord::kTeaser, true},
    {"anche", WidgetWord::kTeaser, true},
    {"также", WidgetWord::kTeaser, true},
    {"похожие", WidgetWord::kTeaser, true},
    {"weitere", WidgetWord::kTeaser, true},
    {"mehr", WidgetWord::kTeaser, true},
    {"plus", WidgetWord::kTeaser, true},
    {"más", WidgetWord::kTeaser, true},
    {"leia", WidgetWord::kTeaser, true},
    {"cookie", WidgetWord::kConsent},
    {"consent", WidgetWord::kConsent},
    {"privacy", WidgetWord::kConsent},
    {"gdpr", WidgetWord::kConsent},
    {"datenschutz", WidgetWord::kConsent},
    {"confidentialit", WidgetWord::kConsent},
    {"privacidad", WidgetWord::kConsent},
    {"you", WidgetWord::kReader, true},
    {"your", WidgetWord::kReader, true},
    {"vous", WidgetWord::kReader, true},
    {"votre", WidgetWord::kReader, true},
    {"sie", WidgetWord::kReader, true},
    {"ihre", WidgetWord::kReader, true},
    {"вы", WidgetWord::kReader, true},
    {"вам", WidgetWord::kReader, true},
    {"ваш", WidgetWord::kReader},
    {"usted", WidgetWord::kReader, true},
    {"copyright", WidgetWord::kCopyright},
    {"reserved", WidgetWord::kCopyright, true},
    {"vorbehalten", WidgetWord::kCopyright, true},
    {"réservés", WidgetWord::kCopyright, true},
    {"reservados", WidgetWord::kCopyright, true},
    {"riservati", WidgetWord::kCopyright, true},
    {"защищены", WidgetWord::kCopyright, true},
    {"zastrzeżone", WidgetWord::kCopyright, true},
    {"menu", WidgetWord::kNav, true},
    {"search", WidgetWord::kNav, true},
    {"home", WidgetWord::kNav, true},
    {"login", WidgetWord::kNav, true},
    {"skip", WidgetWord::kNav, true},
    {"sign", WidgetWord::kNav, true},
    {"log", WidgetWord::kNav, true},
    {"меню", WidgetWord::kNav, true},
    {"поиск", WidgetWord::kNav, true},
    {"suche", WidgetWord::kNav, true},
    {"recherche", WidgetWord::kNav, true},
    {"buscar", WidgetWord::kNav, true},
    {"advertisement", WidgetWord::kAdvert, true},
    {"advertising", WidgetWord::kAdvert, true},
    {"sponsored", WidgetWord::kAdvert, true},
    {"anzeige", WidgetWord::kAdvert, true},
    {"werbung", WidgetWord::kAdvert, true},
    {"publicité", WidgetWord::kAdvert, true},
    {"publicidad", WidgetWord::kAdvert, true},
    {"pubblicità", WidgetWord::kAdvert, true},
    {"publicidade", WidgetWord::kAdvert, true},
    {"реклама", WidgetWord::kAdvert, true},
    {"reklama", WidgetWord::kAdvert, true},
    {"advertentie", WidgetWord::kAdvert, true},
    {"photo", WidgetWord::kCredit},
    {"image", WidgetWord::kCredit},
    {"credit", WidgetWord::kCredit},
    {"foto", WidgetWord::kCredit},
    {"фото", WidgetWord::kCredit},
    {"getty", WidgetWord::kCredit, true},
    {"source", WidgetWord::kCredit, true},
    {"quelle", WidgetWord::kCredit, true},
    {"источник", WidgetWord::kCredit, true},
    {"fuente", WidgetWord::kCredit, true},
    {"fonte", WidgetWord::kCredit, true},
};

// The stems grouped by their first byte, so a word is compared with a handful of them.
struct StemIndex {
  std::vector<Stem> sorted;
  std::array<uint16_t, 256> first{};
  std::array<uint16_t, 256> count{};
  StemIndex() {
    sorted.assign(std::begin(kStems), std::end(kStems));
    std::stable_sort(sorted.begin(), sorted.end(), [](const Stem& a, const Stem& b) {
      return static_cast<unsigned char>(a.text[0]) < static_cast<unsigned char>(b.text[0]);
    });
    for (size_t k = sorted.size(); k-- > 0;) {
      unsigned char lead = static_cast<unsigned char>(sorted[k].text[0]);
      first[lead] = static_cast<uint16_t>(k);
      ++count[lead];
    }
  }
};

const StemIndex& Stems() {
  static const StemIndex index;
  return index;
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         c == '-';
}

// "«", "»", "…" and other multi-byte punctuation must not glue to words: treat the common ones
// as separators.
bool IsSeparatorAt(std::string_view s, size_t i, size_t& len) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return false;
  static constexpr std::string_view kMarks[] = {"«", "»", "…", "“", "”", "‘",
                                                "’", "–", "—", "•", "·", "\u00a0"};
  for (std::string_view m : kMarks) {
    if (s.compare(i, m.size(), m) == 0) {
      len = m.size();
      return true;
    }
  }
  return false;
}

// A photo caption ending in its credit: "... (Image: AGENCY)" or "... Photograph by NAME/AGENCY".
bool IsCaption(const PageLine& line) {
  const LineFeatures& f = line.f;
  if (f.words > 40 || f.terminal) return false;
  std::string_view t = line.text;
  auto credit_tail = [&](size_t from) {
    if (from == std::string_view::npos) return false;
    std::string_view tail = t.substr(from);
    LineFeatures tf = ComputeLineFeatures(tail);
    return tf.words >= 1 && tf.words <= 8 &&
           (WidgetWords(tail) & static_cast<unsigned>(WidgetWord::kCredit)) != 0;
  };
  size_t sentence = t.rfind(". ");
  return credit_tail(t.rfind('(')) ||
         credit_tail(sentence == std::string_view::npos ? sentence : sentence + 2);
}

// "Label: Link title" with a short label and no sentence ending ("Related: ...").
bool IsLabelledLink(const PageLine& line) {
  const LineFeatures& f = line.f;
  if (f.terminal || f.words > 25) return false;
  size_t colon = line.body.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  LineFeatures label = ComputeLineFeatures(line.body.substr(0, colon));
  return label.words >= 1 && label.words <= 3 && f.words - label.words >= 2 &&
         (WidgetWords(line.body.substr(0, colon)) & static_cast<unsigned>(WidgetWord::kTeaser));
}

// A slideshow caption as scrapers render it: the counter glued to the caption ("3of12A man ...",
// "3/12 A man ...").
bool IsGalleryCaption(std::string_view t) {
  size_t k = 0;
  auto digits = [&] {
    size_t start = k;
    while (k < t.size() && k - start < 3 && t[k] >= '0' && t[k] <= '9') ++k;
    return k > start;
  };
  if (!digits()) return false;
  if (t.compare(k, 2, "of") == 0) {
    k += 2;
  } else if (k < t.size() && t[k] == '/') {
    ++k;
  } else {
    return false;
  }
  if (!digits() || k >= t.size()) return false;
  if (t[k] == ' ') ++k;
  return k < t.size() && t[k] >= 'A' && t[k] <= 'Z';
}

// A staff credit: "Reporting by A; additional reporting by B; Editing by C", "Compiled by A",
// "Written by A and B". Each ';'-separated part is "[word] <participle or gerund> by <Name>" (an
// English -ing or -ed form, then "by", then a capitalised word); at most one sentence end.
bool IsStaffCredit(const PageLine& line) {
  const LineFeatures& f = line.f;
  if (f.words < 3 || f.words > 40 || f.sentence_ends > 1) return false;
  std::string_view rest = line.body;
  // Wire copy puts the credit in brackets: "(Reporting by A, B; editing by C.)".
  while (!rest.empty() && (rest.front() == '(' || rest.front() == '[')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == ')' || rest.back() == ']' || rest.back() == '.'))
    rest.remove_suffix(1);
  // "A and B contributed reporting from C." / "A contributed to this report."
  if (f.words <= 20 && (rest.find(" contributed reporting") != std::string_view::npos ||
                        rest.find(" contributed to this report") != std::string_view::npos))
    return true;
  int parts = 0;
  while (!rest.empty()) {
    size_t semi = rest.find(';');
    std::string_view part = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.empty()) continue;
    size_t by = part.find(" by ");
    if (by == std::string_view::npos || by + 4 >= part.size()) return false;
    // Later credits may follow a comma: "..., with reporting by B, editing by C".
    if (parts > 0 || by > 30) {
      size_t comma = part.rfind(", ", by);
      if (comma != std::string_view::npos) {
        part.remove_prefix(comma + 2);
        by -= comma + 2;
      }
    }
    std::string_view head = part.substr(0, by);
    size_t space = head.rfind(' ');
    std::string_view verb = space == std::string_view::npos ? head : head.substr(space + 1);
    // At most one word before the participle ("additional reporting"), none after it.
    if (space != std::string_view::npos && head.find(' ') != space) return false;
    bool participle = verb.size() >= 5 && (verb.substr(verb.size() - 3) == "ing" ||
                                           verb.substr(verb.size() - 2) == "ed");
    char name = part[by + 4];
    if (!participle || name < 'A' || name > 'Z') return false;
    ++parts;
  }
  // One part alone must be short (a credit line, not "Edited by the council, the plan says ...").
  return parts >= 2 || f.words <= 16;
}

// A photo caption ending in its agency or photographer in brackets: "... on Aug. 31, 2031. (AP)",
// "The first map of Titan. (NASA/JPL-Caltech/ASU)". The bracket holds at most five capitalised
// words, closes the line and follows a sentence end ("Heidelberg clinic (UKHD)" is a heading).
bool IsCreditedCaption(std::string_view t) {
  if (t.size() < 8 || t.back() != ')') return false;
  size_t open = t.rfind('(');
  if (open == std::string_view::npos || open < 4 || t[open - 1] != ' ') return false;
  std::string_view credit = t.substr(open + 1, t.size() - open - 2);
  if (credit.empty() || credit[0] < 'A' || credit[0] > 'Z') return false;
  int words = 0;
  bool word_start = true;
  for (char c : credit) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && word_start) {
      ++words;
      if (c >= 'a' && c <= 'z') return false;  // a lower-case word: an aside, not a credit
    }
    word_start = c == ' ' || c == '/' || c == '-';
  }
  if (words == 0 || words > 5) return false;
  std::string_view head = t.substr(0, open - 1);
  return !head.empty() && head.back() == '.';
}

// A caption rendered with its label: "Image caption A man ...", "Media captionA man ...",
// "Caption: ...".
bool IsLabelledCaption(std::string_view t) {
  std::string folded = FoldCase(t.substr(0, 16));
  std::string_view s = folded;
  for (std::string_view label : {"image caption", "media caption", "photo caption", "caption:"}) {
    if (s.substr(0, label.size()) == label) return true;
  }
  return false;
}

// A short call to click or tap: "Click here to get the app", "Clique na imagem acima". A longer
// line ("Click here to get more information or download this game.") may be the article's own.
bool IsClickPrompt(std::string_view t, const LineFeatures& f) {
  if (f.words > 8) return false;
  std::string folded = FoldCase(t.substr(0, 10));
  std::string_view s = folded;
  for (std::string_view verb : {"click ", "clique ", "klicken ", "tap here", "cliquez "}) {
    if (s.substr(0, verb.size()) == verb) return true;
  }
  return false;
}

// A comment section's header: "10 thoughts on “Title”", "3 Responses to Title", "12 comments on".
bool IsCommentHeader(std::string_view t, const LineFeatures& f) {
  if (f.words > 40 || t.empty() || t[0] < '0' || t[0] > '9') return false;
  size_t k = 0;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
  std::string folded = FoldCase(t.substr(k, 16));
  std::string_view s = folded;
  for (std::string_view head :
       {" thoughts on ", " responses to ", " replies to ", " comments on ", " comments to "}) {
    if (s.substr(0, head.size()) == head) return true;
  }
  return false;
}

// A promotion's second sentence: "Need more space? Subscribe to our sister magazine ...", "... is
// out now. Follow us on Twitter." — a later sentence of a short line that opens with a call to act
// (subscribe, follow, join, sign up) addressed to the reader or naming a network.
bool HasLeadCallSentence(std::string_view t, const LineFeatures& f) {
  if (f.words > 40 || f.sentence_ends == 0) return false;
  for (size_t k = 0; k + 2 < t.size(); ++k) {
    if ((t[k] != '.' && t[k] != '?' && t[k] != '!') || t[k + 1] != ' ') continue;
    std::string_view sentence = t.substr(k + 2);
    size_t end = sentence.find_first_of(".?!");
    if (end != std::string_view::npos) sentence = sentence.substr(0, end);
    unsigned w = WidgetWords(sentence);
    if ((w & static_cast<unsigned>(WidgetWord::kLeadCall)) &&
        (w &
         (static_cast<unsigned>(WidgetWord::kShare) | static_cast<unsigned>(WidgetWord::kReader))))
      return true;
  }
  return false;
}

}  // namespace

bool IsAuthorBio(const PageLine& line) {
  const LineFeatures& f = line.f;
  if (f.words < 5 || f.words > 70) return false;
  std::string_view t = line.body;
  // The name: one to four capitalised words, perhaps followed by a "(@handle)".
  size_t k = 0;
  int names = 0;
  while (k < t.size() && names < 5) {
    if (t[k] < 'A' || t[k] > 'Z') break;
    while (k < t.size() && t[k] != ' ') ++k;
    ++names;
    if (k < t.size()) ++k;
    if (k < t.size() && t[k] == '(') {
      size_t close = t.find(')', k);
      if (close == std::string_view::npos) return false;
      k = close + 1 < t.size() ? close + 2 : close + 1;
      break;
    }
  }
  if (names < 1 || names > 4) return false;
  std::string_view rest = t.substr(k);
  bool is = false;
  for (std::string_view verb : {"is a ", "is an ", "is the ", "is senior ", "is chief ", "writes ",
                                "covers ", "reports on "}) {
    if (rest.substr(0, verb.size()) == verb) is = true;
  }
  if (!is) return false;
  std::string first = FoldCase(rest.substr(0, rest.find(". ")));
  for (std::string_view role :
       {"reporter", "writer", "editor", "correspondent", "journalist", "contributor", "columnist",
        "author", "producer", "host of", "freelance", "educator", "blogger"}) {
    if (first.find(role) != std::string::npos) return true;
  }
  return false;
}

unsigned WidgetWords(std::string_view line) { return ScanWidgetWords(line, nullptr); }

unsigned ScanWidgetWords(std::string_view line, int* other_words) {
  if (other_words != nullptr) *other_words = 0;
  if (line.size() > 1200) return 0;
  std::string folded = FoldCase(line);
  std::string_view s = folded;
  unsigned families = 0;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    size_t len = 0;
    if (!IsWordByte(static_cast<unsigned char>(s[i])) || IsSeparatorAt(s, i, len)) {
      i += len ? len : 1;
      continue;
    }
    size_t start = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i])) &&
           !IsSeparatorAt(s, i, len))
      ++i;
    std::string_view word = s.substr(start, i - start);
    while (!word.empty() && word.back() == '-') word.remove_suffix(1);
    if (first && (word == "by" || word == "von" || word == "par" || word == "por" ||
                  word == "door" || word == "av" || word == "автор")) {
      families |= static_cast<unsigned>(WidgetWord::kByline);
    }
    const StemIndex& index = Stems();
    unsigned char lead = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
    bool matched = false;
    for (uint16_t k = index.first[lead]; k < index.first[lead] + index.count[lead]; ++k) {
      const Stem& stem = index.sorted[k];
      if (word.size() < stem.text.size()) continue;
      bool match =
          stem.whole ? word == stem.text : word.compare(0, stem.text.size(), stem.text) == 0;
      if (!match) continue;
      matched = true;
      families |= static_cast<unsigned>(stem.family);
      // "Subscribe to ...", "Follow us ...", "Join our ...": but "Share prices fell" is news.
      if (first && stem.family == WidgetWord::kShare && stem.text != "share" &&
          stem.text != "print" && stem.text != "email" && stem.text != "e-mail")
        families |= static_cast<unsigned>(WidgetWord::kLeadCall);
    }
    if (first && (word == "join" || word == "sign")) {
      families |= static_cast<unsigned>(WidgetWord::kLeadCall);
    }
    bool number = !word.empty() && word[0] >= '0' && word[0] <= '9';
    if (other_words != nullptr && !matched && !number && !word.empty()) ++*other_words;
    first = false;
  }
  return families;
}

bool IsInlineTeaser(const PageLine& line) {
  const LineFeatures& f = line.f;
  if (!f.double_space || f.terminal || f.words < 4 || f.words > 30) return false;
  std::string_view label = line.text.substr(0, f.double_space_at);
  LineFeatures lf = ComputeLineFeatures(label);
  return lf.words >= 1 && lf.words <= 4 && !lf.terminal && f.words - lf.words >= 3;
}

bool IsCreditLine(const PageLine& line, unsigned widget_words) {
  const LineFeatures& f = line.f;
  if (f.words == 0 || f.words > 6 || f.terminal || f.colon_end) return false;
  size_t colon = line.body.find(':');
  bool labelled = colon != std::string_view::npos && colon > 0 && colon + 1 < line.body.size() &&
                  line.body[colon + 1] == ' ';
  if (labelled) {
    LineFeatures label = ComputeLineFeatures(line.body.substr(0, colon));
    if (label.words >= 1 && label.words <= 2 && f.words <= 4 && label.digits == 0) return true;
  }
  return (widget_words & static_cast<unsigned>(WidgetWord::kCredit)) != 0 && f.words <= 8;
}

std::string_view StrongJunk(const PageLine& line, unsigned w, Script body_script) {
  const LineFeatures& f = line.f;
  auto has = [w](WidgetWord family) { return (w & static_cast<unsigned>(family)) != 0; };
  if (f.url_only) return f.bullet ? reason::kLinkSpam : reason::kLink;
  if (f.letters == 0) return reason::kNumbers;
  if (f.copyright && f.words <= 30) return reason::kCopyright;
  if (has(WidgetWord::kCopyright) && f.words <= 15) return reason::kCopyright;
  if (has(WidgetWord::kConsent) && has(WidgetWord::kReader) && f.words <= 80)
    return reason::kConsent;
  if (has(WidgetWord::kComment) && f.words <= 6 && f.sentence_ends <= 1) return reason::kComments;
  if (IsCommentHeader(line.body, f)) return reason::kComments;
  if (has(WidgetWord::kShare) && f.words <= 3 && !f.terminal) return reason::kShare;
  if (has(WidgetWord::kLeadCall) && f.words <= 25 &&
      (has(WidgetWord::kShare) || has(WidgetWord::kReader)))
    return reason::kShare;
  if (has(WidgetWord::kAdvert) && f.words <= 3) return reason::kAdvert;
  if (line.text.size() > 2 && line.text.substr(line.text.size() - 2) == " *" && f.words <= 30 &&
      f.words >= 3)
    return reason::kCommentForm;  // "... fields with a star are required *": a form
  if (IsInlineTeaser(line) && has(WidgetWord::kTeaser)) return reason::kTeaser;
  if (has(WidgetWord::kTeaser) && IsLabelledLink(line)) return reason::kTeaser;
  if (body_script != Script::kNone && f.script != Script::kNone && f.script != body_script &&
      f.script_letters * 10 >= f.letters * 7 && f.letters >= 3) {
    return reason::kOtherScript;
  }
  if (f.pipes >= 2 && f.words <= 20) return reason::kNavigation;
  if (IsCaption(line) || IsGalleryCaption(line.body) || IsStaffCredit(line) ||
      IsLabelledCaption(line.body) || IsCreditedCaption(line.body))
    return reason::kCredit;
  if (IsClickPrompt(line.body, f) || HasLeadCallSentence(line.body, f)) return reason::kShare;
  // "Write to A. Writer at a.writer@example.com": a contact line, not prose.
  if (f.url && f.words <= 12 && line.text.find('@') != std::string_view::npos) return reason::kLink;
  // "Read More", "Read also": a link label made of widget words only.
  if (has(WidgetWord::kTeaser) && f.words >= 2 && f.words <= 3 && !f.terminal) {
    int other = 0;
    ScanWidgetWords(line.body, &other);
    if (other == 0) return reason::kTeaser;
  }
  return {};
}

}  // namespace storyline::clean
