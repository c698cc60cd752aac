#include "callhistory.h"

#include "policy/callpolicy.h"

namespace callbridge {

namespace {

bool isEnd(ContactEventKind kind) {
    return kind == ContactEventKind::Ended || kind == ContactEventKind::AfterCallWork
           || kind == ContactEventKind::Destroyed;
}

} // namespace

std::optional<StoredCall> storedCallFromHistory(const ContactHistory &history, const Settings &settings,
                                                qint64 agentUserId, const PhoneNormalizer &phones,
                                                const NoteWording &wording) {
    if (history.events.isEmpty())
        return std::nullopt;
    StoredCall call;
    CallFacts &facts = call.facts;
    facts.contact = history.events.constFirst().contact;
    QHash<QString, QString> attributes;
    for (const ContactEvent &e : history.events) {
        if (e.kind == ContactEventKind::AgentAction)
            continue;
        attributes.insert(e.contact.attributes);
        if (!e.agent.username.isEmpty() || !e.agent.name.isEmpty())
            facts.agent = e.agent;
        if (e.kind == ContactEventKind::Connected && !facts.connectedAt.isValid()) {
            facts.contact = e.contact;
            facts.connectedAt = e.at;
        }
        if (isEnd(e.kind) && !facts.endedAt.isValid())
            facts.endedAt = e.at;
    }
    facts.contact.attributes = attributes;
    facts.policy = resolvePolicy(settings, attributes).policy;
    facts.connectInstanceUrl = settings.connectInstanceUrl;
    facts.timeZone = settings.timeZone;
    facts.entryPointNumber = settings.defaultEntryPointNumber;
    facts.talkPartnerEdition = settings.talkPartnerEdition;
    facts.wording = wording;
    facts.customerE164 = phones.normalize(facts.contact.customerPhone).e164;
    facts.agentUserId = agentUserId;
    for (const CallOutcome &o : history.outcomes) {
        if (o.outcome == Outcome::DetailsAppended)
            call.endWritten = true;
        if (!outcomeUpdatesLink(o.outcome) || o.ticketId <= 0)
            continue;
        call.ticketId = o.ticketId;
        call.ticketCreatedForCall = o.ticketCreated;
        if (o.userId > 0)
            call.userId = o.userId;
        facts.decisionReason = o.reason;
    }
    call.callerName = facts.customerE164.isEmpty() ? facts.contact.customerPhone : facts.customerE164;
    return call;
}

} // namespace callbridge
