#pragma once

#include "contact/contactevent.h"

#include <QDateTime>

namespace callbridge::ui {

// The agent_action event for the agent's choice in the panel: the contact as the softphone last reported it
// (core needs its number, attributes and ids), with the action and the time of the choice.
ContactEvent agentActionEvent(const ContactEvent &latest, const AgentAction &action, const QDateTime &at);

} // namespace callbridge::ui
