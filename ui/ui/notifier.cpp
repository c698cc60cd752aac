#include "notifier.h"

#include "contactviewtext.h"

namespace callbridge::ui {

void Notifier::onView(const ContactView &view, const QDateTime &now) {
    if (m_told.size() > 200)
        m_told.clear(); // contacts long gone; at worst a finished one is told again
    Told &told = m_told[view.contactId];
    const bool inboundRing =
        view.stage == ContactView::Stage::Ringing && view.direction == CallDirection::Inbound;
    if (inboundRing && !told.ring) {
        told.ring = true;
        Q_EMIT ringing(view.contactId);
    }
    // The ring is told once the lookups know who it is (they run while it rings), or at once without them.
    const bool known = view.identity != ContactView::Identity::LookingUp;
    if (inboundRing && known && !told.identified) {
        told.identified = true;
        QString message = viewtext::callerTitle(view);
        if (view.candidate)
            message += QLatin1Char('\n') + viewtext::candidate(view);
        Q_EMIT notify(tr("Incoming call"), message);
    }
    if (view.writeState == ContactView::WriteState::Waiting && !told.waiting
        && view.writeWaitingSince.isValid() && view.writeWaitingSince.secsTo(now) >= kWaitingAfterSeconds) {
        told.waiting = true;
        Q_EMIT notify(tr("Zendesk has not taken the call yet"),
                      tr("%1: %2").arg(viewtext::callerTitle(view), viewtext::writeState(view)));
    }
    if (view.writeState == ContactView::WriteState::Failed && !told.failed) {
        told.failed = true;
        Q_EMIT notify(tr("Not written to Zendesk"),
                      tr("%1: %2").arg(viewtext::callerTitle(view), viewtext::writeState(view)));
    }
}

} // namespace callbridge::ui
