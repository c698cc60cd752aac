#pragma once

#include "contactview.h"
#include "enginecontext.h"
#include "model/calloutcome.h"

#include <QObject>
#include <QSet>

namespace callbridge {

class ContactSession;

// Keeps one contact's ContactView up to date: rebuilds it whenever the session may have changed (and when
// the outbox moved), emits it when it differs, and reads what the card needs beyond the decision's lookups —
// only when they did not read it already:
// - the caller's recent tickets, for a contact the agent links (agent mode) or when the agent asks;
// - the name and address of a caller known only by id because the agent chose them.
// A child of its session: it goes with it.
class ContactViewer : public QObject {
    Q_OBJECT
public:
    ContactViewer(EngineContext &context, ContactSession &session, quint64 sequence);

    const ContactView &view() const { return m_view; }
    bool isBusy() const { return m_pending > 0; }
    void refresh();
    void loadRecentTickets(); // the agent asked (auto mode reads them only for a recent-ticket policy)

    // How many recent tickets are read for the card.
    static constexpr int kRecentTickets = 10;

Q_SIGNALS:
    void changed(const callbridge::ContactView &view);
    void settled(); // the reads for the card are done

private:
    void onOutcome(const CallOutcome &outcome);
    ContactView build() const;
    void fillCaller(ContactView &view) const;
    void fillLink(ContactView &view) const;
    void fillWrites(ContactView &view) const;
    void readWhatIsMissing();
    void readRecentTickets(qint64 userId);
    void readUser(qint64 userId);
    void done();

    EngineContext &m_ctx;
    ContactSession &m_session;
    ContactView m_view;
    quint64 m_sequence = 0;
    int m_pending = 0;
    // What the session reported so far.
    std::optional<Outcome> m_outcome;
    Phrase m_reason;
    Phrase m_endOfCall;
    Phrases m_notices;
    bool m_emitted = false;
    // What this viewer read for the card, for one user at a time.
    bool m_recentWanted = false;
    qint64 m_recentFor = 0;
    std::optional<QList<zendesk::Ticket>> m_recent;
    QSet<qint64> m_recentAsked;
    std::optional<zendesk::User> m_userRead;
    QSet<qint64> m_userAsked;
};

} // namespace callbridge
