// FindEvents(): see events.h. (Trigger and argument rules arrive with issue 4.)
#include "extract/events.h"

namespace storyline::extract {

void FindEvents(Document& doc, const EventOptions& /*options*/) { doc.events.clear(); }

}  // namespace storyline::extract
