#include "journaltypes.h"

#include <array>
#include <utility>

namespace callbridge::journal {

using namespace Qt::StringLiterals;

namespace {

struct OutcomeNames {
    Outcome outcome;
    QStringView name;
    QStringView mode;
    bool updatesLink;
};

constexpr std::array<OutcomeNames, 10> kOutcomes{{
    {Outcome::TicketCreated, u"ticket_created", u"auto", true},
    {Outcome::TicketReused, u"ticket_reused", u"recent", true},
    {Outcome::TicketFromIvr, u"ticket_from_ivr", u"ivr", true},
    {Outcome::TicketTransferred, u"ticket_transferred", u"transfer", true},
    {Outcome::Attached, u"attached", u"agent", true},
    {Outcome::AgentMode, u"agent_mode", u"agent", false},
    {Outcome::ForceCreated, u"force_created", u"forced", true},
    {Outcome::DetailsAppended, u"details_appended", u"details", false},
    {Outcome::Nothing, u"nothing", u"none", false},
    {Outcome::Failed, u"failed", u"failed", false},
}};

const OutcomeNames &namesOf(Outcome outcome) {
    for (const OutcomeNames &names : kOutcomes) {
        if (names.outcome == outcome) {
            return names;
        }
    }
    return kOutcomes[8]; // nothing
}

constexpr std::array<std::pair<WriteRecord::State, QStringView>, 4> kStates{{
    {WriteRecord::State::Pending, u"pending"},
    {WriteRecord::State::Sending, u"sending"},
    {WriteRecord::State::Done, u"done"},
    {WriteRecord::State::Failed, u"failed"},
}};

} // namespace

QString linkModeName(Outcome outcome) {
    return namesOf(outcome).mode.toString();
}

QString outcomeStorageName(Outcome outcome) {
    return namesOf(outcome).name.toString();
}

std::optional<Outcome> outcomeFromStorageName(const QString &name) {
    for (const OutcomeNames &names : kOutcomes) {
        if (names.name == name) {
            return names.outcome;
        }
    }
    return std::nullopt;
}

bool outcomeUpdatesLink(Outcome outcome) {
    return namesOf(outcome).updatesLink;
}

QString writeStateName(WriteRecord::State state) {
    for (const auto &[value, name] : kStates) {
        if (value == state) {
            return name.toString();
        }
    }
    return u"pending"_s;
}

std::optional<WriteRecord::State> writeStateFromName(const QString &name) {
    for (const auto &[value, stateName] : kStates) {
        if (stateName == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<zendesk::Write::Kind> writeKindFromName(const QString &name) {
    using Kind = zendesk::Write::Kind;
    for (const Kind kind : {Kind::CreateUser, Kind::CreateTicket, Kind::UpdateTicket, Kind::UpdateUser}) {
        if (zendesk::writeKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace callbridge::journal
