#include "agentactions.h"

namespace callbridge::ui {

ContactEvent agentActionEvent(const ContactEvent &latest, const AgentAction &action, const QDateTime &at) {
    ContactEvent event = latest;
    event.kind = ContactEventKind::AgentAction;
    event.at = at.toUTC();
    event.action = action;
    return event;
}

} // namespace callbridge::ui
