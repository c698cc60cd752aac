#pragma once

#include "contact/contactevent.h"
#include "enginecontext.h"
#include "policy/callpolicy.h"
#include "resolution.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace callbridge {

// Read-only lookups for one contact, in this order: ticket candidate (transfer: memory, external_id, then a
// comment search; or IVR), then the caller (zendesk_user → customer_email → customer_number → caller's
// number), then the IVR ticket's owner check, then the recent ticket. Runs once; calls `done` exactly once
// (unless destroyed first).
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
    void searchTransferTicketInComments();
    void findCaller();
    void findCallerByEmail();
    void findCallerByNumber();
    void searchByPhone(const CallerNumber &number, const Phrase &how);
    void readRememberedUser(qint64 userId, const CallerNumber &number, const Phrase &how);
    void adoptRememberedUser(const zendesk::User &user, const CallerNumber &number, const Phrase &how);
    void pickFromCandidates(const QList<zendesk::User> &users, const CallerNumber &number, const Phrase &how);
    void confirmByPhoneIdentities(QList<zendesk::User> unchecked, QList<zendesk::User> confirmed,
                                  const CallerNumber &number, const Phrase &how);
    void choose(QList<zendesk::User> exact, const CallerNumber &number, const Phrase &how);
    bool hasNumber(const QStringList &phones, const CallerNumber &number) const;
    void checkIvrTicketOwner();
    void findRecentTicket();
    void pickRecentTicket(const QList<zendesk::Ticket> &tickets);
    void fail(const zendesk::Error &error, const Phrase &what);
    void finish();

    EngineContext &m_ctx;
    ContactInfo m_contact;
    CallPolicy m_policy;
    Resolution m_result;
    Done m_done;
    Caller::Source m_numberSource = Caller::Source::CallingNumber; // which number the phone lookup uses
    QDateTime m_transferSearchStarted;
    // Search candidates whose main phone is another number get their phone identities read, at most these.
    static constexpr int kMaxIdentityChecks = 5;
};

} // namespace callbridge
