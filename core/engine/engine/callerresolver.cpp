#include "callerresolver.h"

#include "linksteps.h"
#include "model/decisionphrases.h"

#include <algorithm>

namespace callbridge {

using zendesk::ErrorKind;
using zendesk::Result;
using zendesk::Ticket;
using zendesk::User;

Phrase Caller::displayName() const {
    if (kind == Kind::Known && !user.name.isEmpty())
        return user.name;
    if (!number.e164.isEmpty())
        return number.e164;
    if (kind == Kind::Known)
        return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "user #%1"), {user.id});
    return Phrase::of(QT_TRANSLATE_NOOP("Phrase", "anonymous caller"));
}

CallerResolver::CallerResolver(EngineContext &context, ContactInfo contact, CallPolicy policy,
                               QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_contact(std::move(contact))
    , m_policy(std::move(policy)) {}

void CallerResolver::start(Done done) {
    m_done = std::move(done);
    findTicketCandidate();
}

void CallerResolver::fail(const zendesk::Error &error, const Phrase &what) {
    m_result.error = error;
    m_result.ticketReason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1: %2"), {what, error.message});
    finish();
}

void CallerResolver::finish() {
    if (m_done) {
        Done done = std::move(m_done);
        m_done = nullptr;
        done(m_result);
    }
}

// --- ticket candidate -------------------------------------------------------------------------------------

void CallerResolver::findTicketCandidate() {
    const bool inbound = m_contact.direction == CallDirection::Inbound;
    if (m_contact.isTransfer())
        findTransferTicket();
    else if (inbound && m_policy.requestedTicketId)
        findIvrTicket();
    else
        findCaller();
}

void CallerResolver::findTransferTicket() {
    const QString callId = m_contact.callId();
    if (const auto known = m_ctx.memory.ticketForCall(callId)) {
        Ticket t;
        t.id = known->ticketId;
        t.requesterId = known->requesterId;
        m_result.ticket = t;
        m_result.ticketSource = TicketSource::Transfer;
        m_result.ticketReason = Phrase::of(
            QT_TRANSLATE_NOOP("Phrase", "transfer of %1: the call's ticket %2"), {callId, ticketRef(t.id)});
        findCaller();
        return;
    }
    // Exact external_id lookup: not search based, so it does not lag behind a ticket created seconds ago.
    m_ctx.directory.ticketsByExternalId(callId, this, [this, callId](const Result<QList<Ticket>> &r) {
        if (!r.ok())
            return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP("Phrase",
                                                              "looking up the ticket of transferred call %1"),
                                            {callId}));
        QList<Ticket> ours;
        for (const Ticket &t : r.value) {
            if (t.externalId == callId && t.tags.contains(QStringLiteral("callbridge")))
                ours << t;
        }
        if (ours.isEmpty()) {
            if (m_policy.requestedTicketId && *m_policy.requestedTicketId > 0)
                return findIvrTicket();
            m_transferSearchStarted = m_ctx.clock.now();
            return searchTransferTicketInComments();
        }
        std::sort(ours.begin(), ours.end(),
                  [](const Ticket &a, const Ticket &b) { return a.updatedAt > b.updatedAt; });
        m_result.ticket = ours.first();
        m_result.ticketSource = TicketSource::Transfer;
        m_result.ticketReason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "transfer of %1: the call's ticket %2"),
                       {callId, ticketRef(ours.first().id)});
        m_ctx.memory.rememberTicket(callId, {ours.first().id, ours.first().requesterId});
        findCaller();
    });
}

// The first agent's details note names the call ("Contact ID: <id>"), so a ticket it was attached to (one not
// created for the call, so without its external_id) is found by searching comments — newest first. The search
// index lags behind: an empty answer is asked again until the window has passed.
void CallerResolver::searchTransferTicketInComments() {
    const QString callId = m_contact.callId();
    m_ctx.directory.searchTickets(
        QStringLiteral("comment:\"%1\"").arg(callId), this, [this, callId](const Result<QList<Ticket>> &r) {
            if (!r.ok())
                return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP(
                                                    "Phrase", "searching comments for transferred call %1"),
                                                {callId}));
            if (r.value.isEmpty()) {
                const qint64 waited = m_transferSearchStarted.secsTo(m_ctx.clock.now());
                if (waited < m_ctx.transferSearchWindow.count()) {
                    m_ctx.scheduler.schedule(m_ctx.transferSearchRetry, this,
                                             [this] { searchTransferTicketInComments(); });
                    return;
                }
                m_result.transferWithoutTicket = true;
                m_result.ticketReason =
                    Phrase::of(QT_TRANSLATE_NOOP(
                                   "Phrase", "transfer of %1: no ticket found for the call (not by this app, "
                                             "external_id or a comment naming it, searched for %2 s)"),
                               {callId, waited});
                return findCaller();
            }
            QList<Ticket> found = r.value;
            std::sort(found.begin(), found.end(),
                      [](const Ticket &a, const Ticket &b) { return a.updatedAt > b.updatedAt; });
            m_result.ticket = found.first();
            m_result.ticketSource = TicketSource::Transfer;
            m_result.ticketReason = Phrase::of(
                QT_TRANSLATE_NOOP(
                    "Phrase", "transfer of %1: ticket #%2, whose comments name the call (the newest of %3)"),
                {callId, found.first().id, found.size()});
            m_ctx.memory.rememberTicket(callId, {found.first().id, found.first().requesterId});
            findCaller();
        });
}

void CallerResolver::findIvrTicket() {
    const qint64 id = *m_policy.requestedTicketId;
    if (id == 0) {
        m_result.newTicketRequested = true;
        m_result.ticketReason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR asked for a new ticket"));
        return findCaller();
    }
    m_ctx.directory.ticket(id, this, [this, id](const Result<Ticket> &r) {
        if (r.error.kind == ErrorKind::NotFound) {
            m_result.newTicketRequested = true;
            m_result.ticketReason = Phrase::of(phrases::kIvrTicketNotFound, {id});
            m_result.notices << Phrase::of(QT_TRANSLATE_NOOP("Phrase", "Requested ticket #%1 was not found"),
                                           {id});
            return findCaller();
        }
        if (!r.ok())
            return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reading IVR ticket #%1"), {id}));
        m_result.ticket = r.value;
        m_result.ticketSource = TicketSource::Ivr;
        findCaller();
    });
}

// --- caller -----------------------------------------------------------------------------------------------

void CallerResolver::findCaller() {
    if (m_result.ticketSource == TicketSource::Transfer && m_result.ticket->requesterId > 0) {
        m_result.caller.kind = Caller::Kind::Known;
        m_result.caller.user.id = m_result.ticket->requesterId;
        m_result.caller.how =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "requester of ticket #%1"), {m_result.ticket->id});
        m_result.caller.source = Caller::Source::TicketRequester;
        m_result.caller.number = m_ctx.phones.normalize(m_contact.customerPhone);
        return finish();
    }
    if (!m_policy.zendeskUserId)
        return findCallerByEmail();
    const qint64 id = *m_policy.zendeskUserId;
    m_ctx.directory.user(id, this, [this, id](const Result<User> &r) {
        if (r.error.kind == ErrorKind::NotFound) {
            m_result.notices << Phrase::of(
                QT_TRANSLATE_NOOP("Phrase", "zendesk_user #%1 was not found: identified by phone"), {id});
            return findCallerByEmail();
        }
        if (!r.ok())
            return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reading zendesk_user #%1"), {id}));
        m_result.caller.kind = Caller::Kind::Known;
        m_result.caller.user = r.value;
        m_result.caller.how = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "zendesk_user #%1"), {id});
        m_result.caller.source = Caller::Source::ZendeskUser;
        m_result.caller.number = m_ctx.phones.normalize(m_contact.customerPhone);
        checkIvrTicketOwner();
    });
}

// customer_email: an exact (case-insensitive) match of a user's email; the free-text user search finds
// candidates, the address decides. Not found: the numbers are tried, and a new user gets the address.
void CallerResolver::findCallerByEmail() {
    const QString email = m_policy.customerEmail;
    if (email.isEmpty())
        return findCallerByNumber();
    m_ctx.directory.searchUsers(email, this, [this, email](const Result<QList<User>> &r) {
        if (!r.ok())
            return fail(r.error,
                        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "searching customer_email %1"), {email}));
        const auto match = std::find_if(r.value.cbegin(), r.value.cend(), [&email](const User &u) {
            return u.id > 0 && u.email.compare(email, Qt::CaseInsensitive) == 0;
        });
        if (match == r.value.cend())
            return findCallerByNumber();
        m_result.caller.kind = Caller::Kind::Known;
        m_result.caller.user = *match;
        m_result.caller.how = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "customer_email %1"), {email});
        m_result.caller.source = Caller::Source::CustomerEmail;
        m_result.caller.number = m_ctx.phones.normalize(m_contact.customerPhone);
        checkIvrTicketOwner();
    });
}

void CallerResolver::findCallerByNumber() {
    if (!m_policy.customerNumber.isEmpty()) {
        const CallerNumber given = m_ctx.phones.normalize(m_policy.customerNumber);
        if (!given.anonymous) {
            m_numberSource = Caller::Source::CustomerNumber;
            return searchByPhone(given,
                                 Phrase::of(QT_TRANSLATE_NOOP("Phrase", "customer_number %1"), {given.e164}));
        }
        m_result.notices << Phrase::of(
            QT_TRANSLATE_NOOP("Phrase",
                              "customer_number \"%1\" is not a phone number: used the caller's number"),
            {m_policy.customerNumber.left(40)});
    }
    const CallerNumber number = m_ctx.phones.normalize(m_contact.customerPhone);
    if (number.anonymous) {
        m_result.caller.kind = Caller::Kind::Anonymous;
        m_result.caller.number = number;
        m_result.caller.how =
            m_contact.customerPhone.isEmpty()
                ? Phrase::of(QT_TRANSLATE_NOOP("Phrase", "no caller number"))
                : Phrase::of(
                    QT_TRANSLATE_NOOP("Phrase", "caller number \"%1\" withheld or not a phone number"),
                    {m_contact.customerPhone.left(40)});
        return checkIvrTicketOwner();
    }
    searchByPhone(number, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "phone %1"), {number.e164}));
}

void CallerResolver::searchByPhone(const CallerNumber &number, const Phrase &how) {
    if (const auto known = m_ctx.memory.userForNumber(number.e164))
        return readRememberedUser(*known, number, how);
    m_ctx.directory.searchEndUsersByPhone(
        number.nationalNumber, this, [this, number, how](const Result<QList<User>> &r) {
            if (!r.ok())
                return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "searching %1"), {how}));
            pickFromCandidates(r.value, number, how);
        });
}

// A user core created or found for this number before: read by id (not search based, so it works seconds
// after the user was created), which also gives the name and shows whether the user still exists (merged,
// deleted).
void CallerResolver::readRememberedUser(qint64 userId, const CallerNumber &number, const Phrase &how) {
    if (userId <= 0) {
        // Made up by a dry run for the user it would have created: never in Zendesk, so not read there.
        User madeUp;
        madeUp.id = userId;
        madeUp.phone = number.e164;
        return adoptRememberedUser(madeUp, number, how);
    }
    m_ctx.directory.user(userId, this, [this, userId, number, how](const Result<User> &r) {
        auto forget = [this, userId, number, how] {
            m_result.notices << Phrase::of(
                QT_TRANSLATE_NOOP("Phrase", "user #%1 no longer has %2: searched again"),
                {userId, number.e164});
            m_ctx.memory.forgetUser(number.e164);
            searchByPhone(number, how);
        };
        if (r.error.kind == ErrorKind::NotFound)
            return forget();
        if (!r.ok())
            return fail(r.error, Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reading user #%1"), {userId}));
        if (m_ctx.phones.sameNumber(r.value.phone, number.e164))
            return adoptRememberedUser(r.value, number, how);
        // Not the main phone: it may be one of the numbers added to the user.
        m_ctx.directory.phoneIdentities(
            userId, this, [this, user = r.value, number, how, forget](const Result<QStringList> &phones) {
                if (!phones.ok())
                    return fail(phones.error,
                                Phrase::of(QT_TRANSLATE_NOOP(
                                    "Phrase", "reading the phone numbers of a remembered user")));
                if (hasNumber(phones.value, number))
                    return adoptRememberedUser(user, number, how);
                forget();
            });
    });
}

bool CallerResolver::hasNumber(const QStringList &phones, const CallerNumber &number) const {
    return std::any_of(phones.cbegin(), phones.cend(),
                       [this, &number](const QString &p) { return m_ctx.phones.sameNumber(p, number.e164); });
}

void CallerResolver::adoptRememberedUser(const User &user, const CallerNumber &number, const Phrase &how) {
    m_result.caller.kind = Caller::Kind::Known;
    m_result.caller.user = user;
    m_result.caller.number = number;
    m_result.caller.how =
        Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1 (remembered from an earlier call)"), {how});
    m_result.caller.remembered = true;
    m_result.caller.source = m_numberSource;
    checkIvrTicketOwner();
}

void CallerResolver::pickFromCandidates(const QList<User> &users, const CallerNumber &number,
                                        const Phrase &how) {
    // Search matches digit suffixes in any format, on every phone identity: keep only the users whose number
    // is really this one — their main phone, else (only then, it costs a request each) an added number.
    QList<User> exact;
    QList<User> others;
    for (const User &u : users) {
        if (u.id > 0 && m_ctx.phones.sameNumber(u.phone, number.e164))
            exact << u;
        else if (u.id > 0)
            others << u;
    }
    if (exact.isEmpty() && !others.isEmpty())
        return confirmByPhoneIdentities(others.mid(0, kMaxIdentityChecks), {}, number, how);
    choose(exact, number, how);
}

void CallerResolver::confirmByPhoneIdentities(QList<User> unchecked, QList<User> confirmed,
                                              const CallerNumber &number, const Phrase &how) {
    if (unchecked.isEmpty())
        return choose(confirmed, number, how);
    const User next = unchecked.takeFirst();
    m_ctx.directory.phoneIdentities(
        next.id, this,
        [this, next, unchecked, confirmed, number, how](const Result<QStringList> &phones) mutable {
            if (!phones.ok())
                return fail(phones.error,
                            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reading the phone numbers of user #%1"),
                                       {next.id}));
            if (hasNumber(phones.value, number))
                confirmed << next;
            confirmByPhoneIdentities(unchecked, confirmed, number, how);
        });
}

void CallerResolver::choose(QList<User> exact, const CallerNumber &number, const Phrase &how) {
    const bool anyDirect =
        std::any_of(exact.cbegin(), exact.cend(), [](const User &u) { return !u.sharedPhoneNumber; });
    if (anyDirect)
        exact.erase(
            std::remove_if(exact.begin(), exact.end(), [](const User &u) { return u.sharedPhoneNumber; }),
            exact.end());
    std::sort(exact.begin(), exact.end(), [](const User &a, const User &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
    });

    m_result.caller.number = number;
    if (exact.isEmpty()) {
        m_result.caller.kind = Caller::Kind::Unknown;
        m_result.caller.how = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1: no Zendesk user"), {how});
        return checkIvrTicketOwner();
    }
    m_result.caller.kind = Caller::Kind::Known;
    m_result.caller.user = exact.first();
    m_result.caller.how = how;
    m_result.caller.source = m_numberSource;
    if (exact.size() > 1) {
        m_result.caller.alternatives = exact.mid(1);
        m_result.caller.how = Phrase::of(phrases::kSharedNumber, {how, exact.size(), exact.first().id});
    }
    m_ctx.memory.rememberUser(number.e164, exact.first().id);
    checkIvrTicketOwner();
}

// --- IVR ticket owner, recent ticket ----------------------------------------------------------------------

void CallerResolver::checkIvrTicketOwner() {
    if (m_result.ticketSource == TicketSource::Ivr) {
        const qint64 id = m_result.ticket->id;
        Phrase problem;
        if (m_result.caller.kind == Caller::Kind::Anonymous)
            problem = Phrase::of(phrases::kIvrTicketAnonymous, {id});
        else if (m_result.caller.kind == Caller::Kind::Unknown)
            problem = Phrase::of(phrases::kIvrTicketNotAUser, {id});
        else if (m_result.ticket->requesterId != m_result.caller.user.id)
            problem = Phrase::of(phrases::kIvrTicketOtherUser, {id});
        if (!problem.isEmpty()) {
            m_result.ticket.reset();
            m_result.ticketSource = TicketSource::None;
            m_result.newTicketRequested = true;
            m_result.ticketReason = Phrase::of(QT_TRANSLATE_NOOP("Phrase", "%1: new ticket"), {problem});
            m_result.notices << problem;
        } else {
            m_result.ticketReason =
                Phrase::of(QT_TRANSLATE_NOOP("Phrase", "IVR ticket #%1 belongs to the caller"), {id});
        }
    }
    findRecentTicket();
}

void CallerResolver::findRecentTicket() {
    const bool wanted = m_contact.direction == CallDirection::Inbound
                        && m_result.caller.kind == Caller::Kind::Known
                        && m_result.ticketSource == TicketSource::None && !m_result.newTicketRequested
                        && !m_result.transferWithoutTicket && m_policy.recentTicketTimeoutMinutes > 0;
    if (!wanted)
        return finish();
    m_ctx.directory.requestedTickets(
        m_result.caller.user.id, 10, this, [this](const Result<QList<Ticket>> &r) {
            if (!r.ok())
                return fail(r.error,
                            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reading the caller's recent tickets")));
            pickRecentTicket(r.value);
        });
}

void CallerResolver::pickRecentTicket(const QList<Ticket> &tickets) {
    QList<Ticket> newestFirst = tickets;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const Ticket &a, const Ticket &b) { return a.updatedAt > b.updatedAt; });
    m_result.recentTickets = newestFirst;
    const int window = m_policy.recentTicketTimeoutMinutes;
    const Ticket *newest = nullptr;
    for (const Ticket &t : tickets) {
        if (t.isClosed() || !t.updatedAt.isValid())
            continue;
        if (!newest || t.updatedAt > newest->updatedAt)
            newest = &t;
    }
    if (!newest) {
        m_result.ticketReason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "no open ticket of the caller to reuse"));
        return finish();
    }
    const qint64 ageSeconds = newest->updatedAt.secsTo(m_ctx.clock.now());
    const qint64 ageMinutes = std::max<qint64>(0, ageSeconds / 60);
    if (ageSeconds <= qint64(window) * 60) {
        m_result.ticket = *newest;
        m_result.ticketSource = TicketSource::Recent;
        m_result.ticketReason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "reused #%1: updated %2 min ago, within %3"),
                       {newest->id, ageMinutes, window});
    } else {
        m_result.ticketReason =
            Phrase::of(QT_TRANSLATE_NOOP("Phrase", "newest ticket #%1 was updated %2 min ago, not within %3"),
                       {newest->id, ageMinutes, window});
    }
    finish();
}

} // namespace callbridge
