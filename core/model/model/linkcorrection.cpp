#include "linkcorrection.h"

namespace callbridge {

Phrase correctionRefusalPhrase(CorrectionRefusal refusal) {
    switch (refusal) {
    case CorrectionRefusal::None:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "The correction is on its way to Zendesk."));
    case CorrectionRefusal::UnknownContact:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "This call is not known here."));
    case CorrectionRefusal::NotLinked:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                            "The call is not linked to a ticket yet: there is nothing to "
                                            "correct."));
    case CorrectionRefusal::WindowClosed:
        return Phrase::of(QT_TRANSLATE_NOOP(
            "Phrase", "The correction window for this call has closed; a supervisor can still relink it."));
    case CorrectionRefusal::SameTarget:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "The call is already linked there."));
    case CorrectionRefusal::InvalidTarget:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Give the ticket or user number to move the call to."));
    case CorrectionRefusal::Unattributed:
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "A correction must name who makes it."));
    }
    return {};
}

QString correctionRefusalText(CorrectionRefusal refusal) {
    return correctionRefusalPhrase(refusal).translated();
}

QString correctionKindName(LinkCorrection::Kind kind) {
    switch (kind) {
    case LinkCorrection::Kind::NewTicket:
        return QStringLiteral("new_ticket");
    case LinkCorrection::Kind::OtherTicket:
        return QStringLiteral("other_ticket");
    case LinkCorrection::Kind::OtherCaller:
        return QStringLiteral("other_caller");
    }
    return {};
}

std::optional<LinkCorrection::Kind> correctionKindFromName(const QString &name) {
    for (const auto kind : {LinkCorrection::Kind::NewTicket, LinkCorrection::Kind::OtherTicket,
                            LinkCorrection::Kind::OtherCaller}) {
        if (correctionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace callbridge
