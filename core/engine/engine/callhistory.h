#pragma once

#include "correctionplan.h"
#include "model/contactjournal.h"
#include "phone/phonenumbers.h"
#include "policy/settings.h"

#include <optional>

namespace callbridge {

// A journalled contact as a correction needs it (pure): the contact and its attributes as the events told
// them, the agent, when it was answered and ended, the link its latest linking outcome made (a correction's
// too), and whether its end-of-call comment was written. nullopt when the history has no events.
// `agentUserId` is the signed-in agent's Zendesk id (a new ticket's assignee, the requester of last resort);
// `wording` the notes' language the engine writes in.
std::optional<StoredCall> storedCallFromHistory(const ContactHistory &history, const Settings &settings,
                                                qint64 agentUserId, const PhoneNormalizer &phones,
                                                const NoteWording &wording);

} // namespace callbridge
