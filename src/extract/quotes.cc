// FindQuotes(): see quotes.h. (Detection and attribution rules arrive with issue 4.)
#include "extract/quotes.h"

namespace storyline::extract {

void FindQuotes(Document& doc, const QuoteOptions& /*options*/) { doc.quotes.clear(); }

}  // namespace storyline::extract
