#pragma once

#include "contact/contactevent.h"
#include "enginecontext.h"
#include "policy/callpolicy.h"
#include "resolution.h"

#include <QObject>
#include <functional>

namespace callbridge {

// Read-only lookups for one contact, in this order: ticket candidate (transfer or
// IVR), then the caller (zendesk_user → customer_number → caller's number), then the IVR ticket's owner
// check, then the recent ticket. Runs once; calls `done` exactly once (unless destroyed first).
class CallerResolver : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Resolution &)>;

    CallerResolver(EngineContext &context, ContactInfo contact, CallPolicy policy, QObject *parent = nullptr);
    void start(Done done);

private:
    void findTicketCandidate();
    void findTransferTicket();
    void findIvrTicket();
    void findCaller();
    void findCallerByNumber();
    void searchByPhone(const CallerNumber &number, const QString &how);
    void readRememberedUser(qint64 userId, const CallerNumber &number, const QString &how);
    void adoptRememberedUser(const zendesk::User &user, const CallerNumber &number, const QString &how);
    void pickFromCandidates(const QList<zendesk::User> &users, const CallerNumber &number,
                            const QString &how);
    void checkIvrTicketOwner();
    void findRecentTicket();
    void pickRecentTicket(const QList<zendesk::Ticket> &tickets);
    void fail(const zendesk::Error &error, const QString &what);
    void finish();

    EngineContext &m_ctx;
    ContactInfo m_contact;
    CallPolicy m_policy;
    Resolution m_result;
    Done m_done;
};

} // namespace callbridge
