#include "linkcorrection.h"

#include <QCoreApplication>

namespace callbridge {

QString correctionRefusalText(CorrectionRefusal refusal) {
    switch (refusal) {
    case CorrectionRefusal::None:
        return QCoreApplication::translate("LinkCorrection", "The correction is on its way to Zendesk.");
    case CorrectionRefusal::UnknownContact:
        return QCoreApplication::translate("LinkCorrection", "This call is not known here.");
    case CorrectionRefusal::NotLinked:
        return QCoreApplication::translate("LinkCorrection",
                                           "The call is not linked to a ticket yet: there is nothing to "
                                           "correct.");
    case CorrectionRefusal::WindowClosed:
        return QCoreApplication::translate(
            "LinkCorrection",
            "The correction window for this call has closed; a supervisor can still relink it.");
    case CorrectionRefusal::SameTarget:
        return QCoreApplication::translate("LinkCorrection", "The call is already linked there.");
    case CorrectionRefusal::InvalidTarget:
        return QCoreApplication::translate("LinkCorrection",
                                           "Give the ticket or user number to move the call to.");
    case CorrectionRefusal::Unattributed:
        return QCoreApplication::translate("LinkCorrection", "A correction must name who makes it.");
    }
    return {};
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
