#include "writeledger.h"

#include <array>
#include <utility>

namespace callbridge {

namespace {
constexpr std::array<std::pair<StoredWrite::State, QStringView>, 4> kStates{{
    {StoredWrite::State::Pending, u"pending"},
    {StoredWrite::State::Sending, u"sending"},
    {StoredWrite::State::Done, u"done"},
    {StoredWrite::State::Failed, u"failed"},
}};
} // namespace

QString writeStateName(StoredWrite::State state) {
    for (const auto &[value, name] : kStates) {
        if (value == state)
            return name.toString();
    }
    return QStringLiteral("pending");
}

std::optional<StoredWrite::State> writeStateFromName(const QString &name) {
    for (const auto &[value, stateName] : kStates) {
        if (stateName == name)
            return value;
    }
    return std::nullopt;
}

std::optional<zendesk::Write> OutboxStore::recorded(const QString &idempotencyKey) const {
    const std::optional<StoredWrite> stored = find(idempotencyKey);
    if (!stored || stored->state == StoredWrite::State::Failed)
        return std::nullopt;
    return stored->write;
}

} // namespace callbridge
