#include "reviewconcerns.h"

#include "decisionphrases.h"

namespace callbridge {

namespace {

bool mentions(const QString &reason, const QStringList &notices, QStringView phrase) {
    if (reason.contains(phrase, Qt::CaseInsensitive))
        return true;
    for (const QString &notice : notices) {
        if (notice.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ivrRefused(const QString &reason, const QStringList &notices) {
    auto refused = [](const QString &text) {
        return text.contains(u"IVR ticket #", Qt::CaseInsensitive)
               && (text.contains(u"ignored") || text.contains(u"not found")
                   || text.contains(u"belongs to another user"));
    };
    if (refused(reason))
        return true;
    for (const QString &notice : notices) {
        if (refused(notice))
            return true;
    }
    return false;
}

int fromOutcome(const QString &outcome, bool userCreated) {
    int concerns = ConcernNone;
    if (outcome == u"force_created")
        concerns |= ConcernForced;
    if (outcome == u"failed")
        concerns |= ConcernFailed;
    if (outcome == u"corrected")
        concerns |= ConcernCorrected;
    if (userCreated)
        concerns |= ConcernNewUser;
    return concerns;
}

bool anyMentions(const Phrase &reason, const Phrases &notices, std::initializer_list<const char *> sources) {
    for (const char *source : sources) {
        const QString text = QString::fromUtf8(source);
        if (reason.mentions(text))
            return true;
        for (const Phrase &notice : notices) {
            if (notice.mentions(text))
                return true;
        }
    }
    return false;
}

} // namespace

int reviewConcerns(const QString &outcome, bool userCreated, const Phrase &reason, const Phrases &notices) {
    using namespace phrases;
    int concerns = fromOutcome(outcome, userCreated);
    if (anyMentions(reason, notices, {kSharedNumber}))
        concerns |= ConcernSharedNumber;
    if (anyMentions(reason, notices,
                    {kIvrTicketNotFound, kIvrTicketAnonymous, kIvrTicketNotAUser, kIvrTicketOtherUser}))
        concerns |= ConcernIvrRefused;
    if (anyMentions(reason, notices, {kAnonymousCaller, kAgentCreatedForAnonymous, kIvrTicketAnonymous}))
        concerns |= ConcernAnonymous;
    if (!reason.isTemplate()) // kept as text only, before reasons were phrases
        concerns |= reviewConcernsFromEnglish(outcome, userCreated, reason.text(), englishOf(notices));
    return concerns;
}

int reviewConcernsFromEnglish(const QString &outcome, bool userCreated, const QString &reason,
                              const QStringList &notices) {
    int concerns = fromOutcome(outcome, userCreated);
    if (mentions(reason, notices, u"users share it"))
        concerns |= ConcernSharedNumber;
    if (ivrRefused(reason, notices))
        concerns |= ConcernIvrRefused;
    if (mentions(reason, notices, u"anonymous caller"))
        concerns |= ConcernAnonymous;
    return concerns;
}

QString reviewConcernName(ReviewConcern concern) {
    switch (concern) {
    case ConcernSharedNumber:
        return QStringLiteral("shared_number");
    case ConcernIvrRefused:
        return QStringLiteral("ivr_refused");
    case ConcernForced:
        return QStringLiteral("forced");
    case ConcernAnonymous:
        return QStringLiteral("anonymous");
    case ConcernFailed:
        return QStringLiteral("failed");
    case ConcernCorrected:
        return QStringLiteral("corrected");
    case ConcernNewUser:
        return QStringLiteral("close_number");
    case ConcernNone:
        break;
    }
    return QStringLiteral("none");
}

QList<ReviewConcern> reviewConcernList() {
    return {ConcernSharedNumber, ConcernIvrRefused, ConcernForced, ConcernAnonymous,
            ConcernFailed,       ConcernCorrected,  ConcernNewUser};
}

} // namespace callbridge
