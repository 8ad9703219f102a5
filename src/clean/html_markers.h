// Boilerplate markers and content hints read from an element's tag and its class/id/role/itemprop
// attributes. Private to src/clean/.
//
// class and id values are split into lower-case word tokens (at punctuation and camelCase
// boundaries), so "shareholder-report" is not a "share" marker while "share-bar", "shareTools" and
// "social" are. A marker word also matches when fused with a UI suffix ("sharebar", "navlinks").
#pragma once

#include <string_view>

#include "clean/html_dom.h"

namespace storyline::clean {

HtmlTag TagFromName(std::string_view lower_case_name);

// The marker the tag alone implies (<nav>, <footer>, <aside>, ...), or kNone.
BoilerplateMarker MarkerFromTag(HtmlTag tag);

// The marker a class or id value implies, or kNone.
BoilerplateMarker MarkerFromClassOrId(std::string_view value);

// The marker an ARIA role implies (navigation, complementary, contentinfo, ...), or kNone.
BoilerplateMarker MarkerFromRole(std::string_view role);

// A content hint from a class or id value ("article-body", "entry-content", ...), or kNone.
ContentHint HintFromClassOrId(std::string_view value);

}  // namespace storyline::clean
