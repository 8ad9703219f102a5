// Junk detectors for single lines of a scraped page, used by the line cleaner (text_clean.cc).
// Private to src/clean/.
//
// Each detector looks at one line's text and features and answers with a removal reason or
// nothing. They are deliberately structural (URLs, list glyphs, numbers, a label run into a link,
// a form's required-field star) and use only a few words of general vocabulary per widget kind
// ("comment", "share", "cookie", "copyright" and their equivalents in major languages), matched
// as word stems on short lines, so a body paragraph that merely mentions comments survives.
#pragma once

#include <string_view>

#include "clean/text_lines.h"

namespace storyline::clean {

// Removal reasons, as they appear in Document::removed.
namespace reason {
inline constexpr std::string_view kNavigation = "navigation";
inline constexpr std::string_view kConsent = "consent";
inline constexpr std::string_view kComments = "comments";
inline constexpr std::string_view kCommentForm = "comment_form";
inline constexpr std::string_view kAdvert = "advertisement";
inline constexpr std::string_view kTeaser = "teaser";
inline constexpr std::string_view kShare = "share";
inline constexpr std::string_view kLinkSpam = "link_spam";
inline constexpr std::string_view kLink = "link";
inline constexpr std::string_view kCopyright = "copyright";
inline constexpr std::string_view kCredit = "credit";
inline constexpr std::string_view kNumbers = "numbers";
inline constexpr std::string_view kOtherScript = "other_script";
inline constexpr std::string_view kRepeated = "repeated";
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kRepeatedHeadline = "repeated_headline";
inline constexpr std::string_view kDateLine = "date_line";
inline constexpr std::string_view kPageDate = "page_date";
inline constexpr std::string_view kByline = "byline";
inline constexpr std::string_view kOutside = "outside_article";
}  // namespace reason

// Word-stem families a short widget line is made of.
enum class WidgetWord : unsigned {
  kNone = 0,
  kComment = 1u << 0,    // comment, reply, ...
  kShare = 1u << 1,      // share, follow, subscribe, social networks, print, e-mail
  kTeaser = 1u << 2,     // related, also, more, read, popular, latest, recommended
  kConsent = 1u << 3,    // cookie, consent, privacy
  kReader = 1u << 4,     // you, your (the reader addressed)
  kCopyright = 1u << 5,  // copyright, rights reserved
  kNav = 1u << 6,        // menu, search, home, sign in, log in, skip
  kByline = 1u << 7,     // by, von, par, por (first word only)
  kCredit = 1u << 8,     // photo, image, credit, source, getty, ...
  kAdvert = 1u << 9,     // advertisement, sponsored, ...
  kLeadCall = 1u << 10,  // the line opens with a call to act: subscribe, follow, join, sign up
};

// The stem families present in a line (lower-cased word by word; lines over 400 bytes are not
// read since widget lines are short).
unsigned WidgetWords(std::string_view line);

// WidgetWords, also counting in `other_words` the words that are neither widget stems nor numbers.
unsigned ScanWidgetWords(std::string_view line, int* other_words);

// A contributor's note that closes an article: "A. Writer (@handle) is a reporter at the Post
// who covers ...": a capitalised name, "is a/an/the", "writes", "covers", and a newsroom role in
// the first sentence.
bool IsAuthorBio(const PageLine& line);

// A strong, position-independent junk verdict for one line, or empty. `body_script` is the
// dominant script of the page's long lines.
std::string_view StrongJunk(const PageLine& line, unsigned widget_words, Script body_script);

// A line made of a short label, two or more spaces and a link title without final punctuation:
// an inline "see also" teaser inside the body.
bool IsInlineTeaser(const PageLine& line);

// "Label: Name" source or photo credits of at most four words with no sentence punctuation.
bool IsCreditLine(const PageLine& line, unsigned widget_words);

}  // namespace storyline::clean
