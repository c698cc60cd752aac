#include "contactviewtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace callbridge::ui::viewtext {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("callbridge::ui::viewtext", text); // the context lupdate gives it
}

QString sourceText(TicketSource source) {
    switch (source) {
    case TicketSource::Ivr:
        return tr("from the IVR");
    case TicketSource::Transfer:
        return tr("followed the transfer");
    case TicketSource::Recent:
        return tr("the caller's recent ticket");
    case TicketSource::None:
        break;
    }
    return {};
}

} // namespace

QString stage(const ContactView &view) {
    using Stage = ContactView::Stage;
    if (view.stage == Stage::Ringing)
        return view.direction == CallDirection::Outbound ? tr("Dialling") : tr("Ringing");
    if (view.stage == Stage::Done)
        return view.ticketId != 0 ? tr("Done") : tr("Closed");
    if (view.ended)
        return tr("After the call");
    switch (view.stage) {
    case Stage::Answered:
        return tr("On the call — looking up");
    case Stage::WaitingForAgent:
        return tr("On the call — your choice");
    case Stage::Linking:
        return tr("On the call — linking");
    case Stage::Linked:
    case Stage::WritingEnd:
        return tr("On the call");
    case Stage::Ringing:
    case Stage::Done:
        break;
    }
    return {};
}

QString callerTitle(const ContactView &view) {
    switch (view.identity) {
    case ContactView::Identity::Known:
        if (!view.caller.name.isEmpty())
            return view.caller.name;
        return tr("User #%1").arg(view.caller.id);
    case ContactView::Identity::Withheld:
        return tr("Withheld number");
    case ContactView::Identity::LookingUp:
    case ContactView::Identity::Unknown:
        break;
    }
    if (!view.customerE164.isEmpty())
        return view.customerE164;
    return view.customerPhone.isEmpty() ? tr("Withheld number") : view.customerPhone;
}

QString identification(const ContactView &view) {
    using By = ContactView::IdentifiedBy;
    switch (view.identity) {
    case ContactView::Identity::LookingUp:
        return view.stage == ContactView::Stage::Done ? tr("Not looked up in Zendesk")
                                                      : tr("Looking up the caller in Zendesk…");
    case ContactView::Identity::Withheld:
        return tr("The caller's number is withheld: nobody to look up");
    case ContactView::Identity::Unknown:
        if (view.agentMode)
            return tr("No Zendesk user has %1 — find them, or create one with the ticket")
                .arg(view.customerE164);
        if (view.willCreateUser)
            return tr("No Zendesk user has %1 — New user will be created").arg(view.customerE164);
        return tr("No Zendesk user has %1").arg(view.customerE164);
    case ContactView::Identity::Known:
        break;
    }
    QString how;
    switch (view.identifiedBy) {
    case By::Phone:
        how = view.direction == CallDirection::Inbound
                  ? tr("Identified by phone %1 (caller ID, unverified)").arg(view.customerE164)
                  : tr("The number you called, %1").arg(view.customerE164);
        break;
    case By::ZendeskUser:
        how = tr("Identified from the contact flow (zendesk_user)");
        break;
    case By::CustomerEmail:
        how = tr("Identified by e-mail from the contact flow (customer_email)");
        break;
    case By::CustomerNumber:
        how = tr("Identified by the number given in the contact flow (customer_number)");
        break;
    case By::TicketRequester:
        how = tr("The requester of the transferred call's ticket");
        break;
    case By::Agent:
        how = tr("Chosen by you");
        break;
    case By::Other:
    case By::None:
        how = tr("The user of this call");
        break;
    }
    if (view.remembered)
        how += tr(" — remembered from an earlier call");
    return how;
}

QString ticket(const zendesk::Ticket &t) {
    QString text = tr("#%1").arg(t.id);
    if (!t.subject.isEmpty())
        text += QStringLiteral("  ") + t.subject;
    if (!t.status.isEmpty())
        text += tr("  (%1)").arg(ticketStatus(t.status));
    return text;
}

QString ticketStatus(const QString &status) {
    static const QHash<QString, const char *> names{
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "new")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "open")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "pending")},
        {QStringLiteral("hold"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "on hold")},
        {QStringLiteral("solved"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "solved")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("callbridge::ui::viewtext", "closed")},
    };
    const char *name = names.value(status);
    return name ? tr(name) : status; // a status Zendesk adds later is shown as it comes
}

QString candidate(const ContactView &view) {
    if (!view.candidate)
        return {};
    const QString source = sourceText(view.candidateSource);
    return source.isEmpty() ? tr("Ticket %1").arg(ticket(*view.candidate))
                            : tr("Ticket %1 — %2").arg(ticket(*view.candidate), source);
}

QString linked(const ContactView &view) {
    if (view.ticketId == 0)
        return {};
    zendesk::Ticket t;
    t.id = view.ticketId;
    t.subject = view.ticketSubject;
    t.status = view.ticketStatus;
    if (view.ticketId < 0)
        return tr("Linked to a new ticket (dry run: nothing sent)");
    return view.ticketCreated ? tr("Linked to new ticket %1").arg(ticket(t))
                              : tr("Linked to ticket %1").arg(ticket(t));
}

QString writeState(const ContactView &view) {
    switch (view.writeState) {
    case ContactView::WriteState::None:
        return {};
    case ContactView::WriteState::Sending:
        return tr("Sending to Zendesk…");
    case ContactView::WriteState::Sent:
        return tr("Sent to Zendesk");
    case ContactView::WriteState::Waiting:
        return tr("Waiting for Zendesk — %1; nothing is lost").arg(view.writeDetail);
    case ContactView::WriteState::Failed:
        return tr("Failed: %1").arg(view.writeDetail);
    }
    return {};
}

QString othersSharingNumber(const ContactView &view) {
    const int others = view.otherUsersSharingNumber();
    if (others <= 0)
        return {};
    return others == 1 ? tr("1 other user shares this number")
                       : tr("%1 other users share this number").arg(others);
}

QString planned(const ContactView &view) {
    if (!view.plannedAction || view.agentMode)
        return {};
    switch (*view.plannedAction) {
    case LinkPlan::Action::Attach:
        return view.candidate ? tr("When answered: the call goes to ticket #%1").arg(view.candidate->id)
                              : QString();
    case LinkPlan::Action::CreateTicket:
        return view.willCreateUser ? tr("When answered: a new user and a new ticket")
                                   : tr("When answered: a new ticket");
    case LinkPlan::Action::Nothing:
        return tr("When answered: nothing is written to Zendesk");
    case LinkPlan::Action::WaitForAgent:
        break;
    }
    return {};
}

QString user(const zendesk::User &u) {
    QStringList parts{u.name.isEmpty() ? tr("User #%1").arg(u.id) : u.name};
    if (!u.email.isEmpty())
        parts << u.email;
    if (!u.phone.isEmpty())
        parts << u.phone;
    if (u.organizationId > 0)
        parts << tr("organisation #%1").arg(u.organizationId);
    return parts.join(QStringLiteral(" · "));
}

QString defaultSubject(const ContactView &view, const QString &callerName) {
    return view.direction == CallDirection::Outbound ? tr("Outgoing call to %1").arg(callerName)
                                                     : tr("Incoming call from %1").arg(callerName);
}

QString updatedAt(const QDateTime &at) {
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
}

QString correctionRefusal(CorrectionRefusal refusal) {
    switch (refusal) {
    case CorrectionRefusal::None:
        return {};
    case CorrectionRefusal::UnknownContact:
        return tr("Not corrected: this call is not known any more");
    case CorrectionRefusal::NotLinked:
        return tr("Not corrected: the call is not linked to a ticket yet");
    case CorrectionRefusal::WindowClosed:
        return tr("Not corrected: the time for corrections has passed (a supervisor can still move it)");
    case CorrectionRefusal::SameTarget:
        return tr("Not corrected: the call is already linked there");
    case CorrectionRefusal::InvalidTarget:
        return tr("Not corrected: give a ticket number or a user");
    case CorrectionRefusal::Unattributed:
        return tr("Not corrected: it does not say who made it (sign in to Zendesk first)");
    }
    return {};
}

} // namespace callbridge::ui::viewtext
