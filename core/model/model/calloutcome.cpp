#include "calloutcome.h"

#include <QJsonArray>
#include <array>

namespace callbridge {

namespace {

struct OutcomeNames {
    Outcome outcome;
    QStringView name;
    QStringView mode;
    bool updatesLink;
};

constexpr std::array<OutcomeNames, 11> kOutcomes{{
    {Outcome::TicketCreated, u"ticket_created", u"auto", true},
    {Outcome::TicketReused, u"ticket_reused", u"recent", true},
    {Outcome::TicketFromIvr, u"ticket_from_ivr", u"ivr", true},
    {Outcome::TicketTransferred, u"ticket_transferred", u"transfer", true},
    {Outcome::Attached, u"attached", u"agent", true},
    {Outcome::AgentMode, u"agent_mode", u"agent", false},
    {Outcome::ForceCreated, u"force_created", u"forced", true},
    {Outcome::DetailsAppended, u"details_appended", u"details", false},
    {Outcome::Corrected, u"corrected", u"corrected", true},
    {Outcome::Nothing, u"nothing", u"none", false},
    {Outcome::Failed, u"failed", u"failed", false},
}};

const OutcomeNames &namesOf(Outcome outcome) {
    for (const OutcomeNames &names : kOutcomes) {
        if (names.outcome == outcome)
            return names;
    }
    return kOutcomes[9]; // nothing
}

} // namespace

QString outcomeName(Outcome outcome) {
    return namesOf(outcome).name.toString();
}

std::optional<Outcome> outcomeFromName(const QString &name) {
    for (const OutcomeNames &names : kOutcomes) {
        if (names.name == name)
            return names.outcome;
    }
    return std::nullopt;
}

QString linkModeName(Outcome outcome) {
    return namesOf(outcome).mode.toString();
}

QStringList linkModeNames() {
    QStringList modes;
    for (const OutcomeNames &names : kOutcomes) {
        if (!modes.contains(names.mode))
            modes << names.mode.toString();
    }
    return modes;
}

bool outcomeUpdatesLink(Outcome outcome) {
    return namesOf(outcome).updatesLink;
}

QJsonObject CallOutcome::toJson() const {
    QJsonObject o{{QStringLiteral("contactId"), contactId},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("userId"), userId > 0 ? QJsonValue(userId) : QJsonValue()},
                  {QStringLiteral("userCreated"), userCreated},
                  {QStringLiteral("ticketId"), ticketId > 0 ? QJsonValue(ticketId) : QJsonValue()},
                  {QStringLiteral("ticketCreated"), ticketCreated},
                  {QStringLiteral("reason"), reason.english()},
                  {QStringLiteral("reason_phrase"), reason.toJson()}};
    if (!notices.isEmpty()) {
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(englishOf(notices)));
        o.insert(QStringLiteral("notice_phrases"), phrasesToJson(notices));
    }
    return o;
}

} // namespace callbridge
