#pragma once

#include <QtGlobal>

namespace callbridge::phrases {

// The templates core recognises a decision by (model/reviewconcerns.h): written once here and used where
// the decision is made, so that a reworded template cannot silently stop a concern from being found.
inline constexpr char kSharedNumber[] =
    QT_TRANSLATE_NOOP("Phrase", "%1 (%2 users share it; took #%3, the most recently updated)");
inline constexpr char kIvrTicketNotFound[] =
    QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 not found: new ticket");
inline constexpr char kIvrTicketAnonymous[] =
    QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 ignored: an anonymous caller cannot be verified");
inline constexpr char kIvrTicketNotAUser[] =
    QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 ignored: the caller is not a Zendesk user");
inline constexpr char kIvrTicketOtherUser[] =
    QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 belongs to another user");
inline constexpr char kAnonymousCaller[] =
    QT_TRANSLATE_NOOP("Phrase", "anonymous caller (%1): new ticket with the agent as requester");
inline constexpr char kAgentCreatedForAnonymous[] =
    QT_TRANSLATE_NOOP("Phrase", "agent created a ticket for an anonymous caller (the agent is requester)");

} // namespace callbridge::phrases
