#include "ccpsimulator.h"

#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace callbridge::sandbox {

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kConnecting = QStringLiteral("connecting");
const QString kConnected = QStringLiteral("connected");
const QString kDisconnected = QStringLiteral("disconnected");
const QString kEnded = QStringLiteral("ended");
const QString kMissed = QStringLiteral("missed");
const QString kRejected = QStringLiteral("rejected");
const QString kDestroyed = QStringLiteral("destroyed");
const QString kSystem = QStringLiteral("system");

CcpResult okFor(const QString &contactId) {
    return {CcpStatus::Ok, {}, contactId};
}

CcpResult wrongState(const CcpContact &contact, const char *action) {
    return CcpResult::failure(CcpStatus::Conflict,
                              QStringLiteral("cannot %1 contact %2 in state %3")
                                  .arg(QLatin1String(action), contact.contactId, contact.state));
}

} // namespace

QString CcpAgentProfile::queueArn(const QString &queueName) const {
    QString slug;
    for (const QChar c : queueName) {
        slug += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('-');
    }
    return instanceArn() + QStringLiteral("/queue/") + slug;
}

CcpSimulator::CcpSimulator(QObject *parent)
    : CcpSimulator(CcpAgentProfile{}, parent) {}

CcpSimulator::CcpSimulator(CcpAgentProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_states{{QStringLiteral("Available"), QStringLiteral("routable")},
               {QStringLiteral("Lunch"), QStringLiteral("not_routable")},
               {QStringLiteral("Offline"), QStringLiteral("offline")}}
    , m_selected(m_states.first()) {
    m_selectedSince = now();
    m_effectiveName = m_selected.name;
    m_effectiveSince = m_selectedSince;
}

void CcpSimulator::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void CcpSimulator::setRingTimeout(std::chrono::milliseconds timeout) {
    m_ringTimeout = timeout;
}

void CcpSimulator::setOutboundAnswerDelay(std::chrono::milliseconds delay) {
    m_outboundAnswerDelay = delay;
}

QDateTime CcpSimulator::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

CcpResult CcpSimulator::placeCall(const CcpCallRequest &request) {
    const bool inbound = request.direction == QLatin1String("inbound");
    if (!inbound && request.direction != QLatin1String("outbound"))
        return CcpResult::failure(CcpStatus::BadRequest,
                                  QStringLiteral("direction must be inbound or outbound"));

    const CcpContact *original = nullptr;
    if (!request.transferOf.isEmpty()) {
        original = contact(request.transferOf);
        if (!original)
            return CcpResult::failure(CcpStatus::NotFound,
                                      QStringLiteral("transferOf: no contact %1").arg(request.transferOf));
    }
    QString customer = inbound ? request.from : request.to;
    QString system = inbound ? request.to : request.from;
    if (original) {
        if (customer.isEmpty())
            customer = original->customerPhone;
        if (system.isEmpty())
            system = original->systemPhone;
    }
    if (customer.isEmpty())
        return CcpResult::failure(CcpStatus::BadRequest,
                                  inbound ? QStringLiteral("from (the caller's number) is required")
                                          : QStringLiteral("to (the number to dial) is required"));
    if (hasActiveContact())
        return CcpResult::failure(
            CcpStatus::Conflict,
            QStringLiteral("the agent already has a voice contact (voice concurrency is 1)"));
    const CcpAgentState state = selectedState();
    if (inbound && state.type != QLatin1String("routable"))
        return CcpResult::failure(CcpStatus::Conflict,
                                  QStringLiteral("the agent is not routable (state %1)").arg(state.name));
    if (!inbound && state.type == QLatin1String("offline"))
        return CcpResult::failure(CcpStatus::Conflict, QStringLiteral("the agent is offline"));

    CcpContact contact;
    contact.contactId = newId();
    contact.initialContactId = original ? original->initialContactId : contact.contactId;
    contact.initiationMethod = original ? QStringLiteral("transfer") : request.direction;
    contact.inbound = inbound;
    contact.customerPhone = customer;
    contact.systemPhone = system.isEmpty() ? m_profile.systemPhone : system;
    contact.queueName = request.queue;
    if (contact.queueName.isEmpty())
        contact.queueName = original ? original->queueName : m_profile.defaultQueueName;
    contact.queueArn = m_profile.queueArn(contact.queueName);
    if (original)
        contact.attributes = original->attributes;
    for (const auto &attribute : request.attributes) {
        auto existing = std::find_if(contact.attributes.begin(), contact.attributes.end(),
                                     [&](const auto &a) { return a.first == attribute.first; });
        if (existing != contact.attributes.end())
            existing->second = attribute.second;
        else
            contact.attributes.append(attribute);
    }
    contact.agent = {newId(), QStringLiteral("agent"), false, inbound ? kConnecting : kConnected, now(), {}};
    contact.customer = {newId(), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                        true,    inbound ? kConnected : kConnecting,
                        now(),   customer};
    contact.state = kConnecting;
    contact.stateSince = now();
    contact.queuedAt = now();
    contact.createdAt = now();

    const CcpContact &added = addContact(std::move(contact));
    if (inbound)
        armRingTimeout(added);
    else
        armOutboundAnswer(added);
    const QString id = added.contactId;
    touch();
    return okFor(id);
}

CcpResult CcpSimulator::dialOutbound(const QString &phoneNumber, const QString &queueArn) {
    CcpCallRequest request;
    request.direction = QStringLiteral("outbound");
    request.to = phoneNumber;
    for (const CcpContact &c : std::as_const(m_contacts)) {
        if (c.queueArn == queueArn) {
            request.queue = c.queueName;
            break;
        }
    }
    return placeCall(request);
}

CcpResult CcpSimulator::accept(const QString &contactId) {
    CcpContact *c = find(contactId);
    if (!c)
        return CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId));
    if (c->state != kConnecting)
        return wrongState(*c, "accept");
    setConnectionState(c->inbound ? c->agent : c->customer, kConnected);
    setContactState(*c, kConnected);
    touch();
    return okFor(contactId);
}

CcpResult CcpSimulator::reject(const QString &contactId) {
    CcpContact *c = find(contactId);
    if (!c)
        return CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId));
    if (c->state != kConnecting || !c->inbound)
        return wrongState(*c, "reject");
    setConnectionState(c->agent, kDisconnected);
    setContactState(*c, kRejected);
    touch();
    return okFor(contactId);
}

CcpResult CcpSimulator::hangup(const QString &contactId) {
    CcpContact *c = find(contactId);
    if (!c)
        return CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId));
    if (!c->isActive())
        return wrongState(*c, "hang up");
    // A caller who hangs up while the agent's phone still rings leaves a missed contact.
    const bool abandoned = c->state == kConnecting && c->inbound;
    setConnectionState(c->agent, kDisconnected);
    setConnectionState(c->customer, kDisconnected);
    setContactState(*c, abandoned ? kMissed : kEnded);
    touch();
    return okFor(contactId);
}

CcpResult CcpSimulator::clear(const QString &contactId) {
    CcpContact *c = find(contactId);
    if (!c)
        return CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId));
    if (!c->isLive())
        return wrongState(*c, "clear");
    if (c->agent.state != kDisconnected)
        setConnectionState(c->agent, kDisconnected);
    if (c->customer.state != kDisconnected)
        setConnectionState(c->customer, kDisconnected);
    setContactState(*c, kDestroyed);
    touch();
    return okFor(contactId);
}

CcpResult CcpSimulator::setAgentState(const QString &stateName) {
    for (const CcpAgentState &state : std::as_const(m_states)) {
        if (state.name == stateName) {
            if (state.name != m_selected.name) {
                m_selected = state;
                m_selectedSince = now();
                touch();
            }
            return {};
        }
    }
    return CcpResult::failure(CcpStatus::BadRequest, QStringLiteral("unknown agent state %1").arg(stateName));
}

CcpResult CcpSimulator::setHold(const QString &contactId, bool onHold) {
    CcpContact *c = find(contactId);
    if (!c)
        return CcpResult::failure(CcpStatus::NotFound, QStringLiteral("no contact %1").arg(contactId));
    if (c->state != kConnected)
        return wrongState(*c, onHold ? "hold" : "resume");
    setConnectionState(c->customer, onHold ? QStringLiteral("hold") : kConnected);
    touch();
    return okFor(contactId);
}

CcpAgentState CcpSimulator::effectiveState() const {
    bool connected = false, ringing = false, dialing = false, acw = false, missed = false;
    for (const CcpContact &c : std::as_const(m_contacts)) {
        connected |= c.state == kConnected;
        ringing |= c.state == kConnecting && c.inbound;
        dialing |= c.state == kConnecting && !c.inbound;
        acw |= c.state == kEnded;
        missed |= c.state == kMissed;
    }
    if (connected)
        return {QStringLiteral("Busy"), kSystem};
    if (ringing)
        return {QStringLiteral("PendingBusy"), kSystem};
    if (dialing)
        return {QStringLiteral("CallingCustomer"), kSystem};
    if (acw)
        return {QStringLiteral("AfterCallWork"), kSystem};
    if (missed)
        return {QStringLiteral("MissedCallAgent"), kSystem};
    return m_selected;
}

const CcpContact *CcpSimulator::contact(const QString &contactId) const {
    const auto it = m_index.constFind(contactId);
    return it == m_index.constEnd() ? nullptr : &m_contacts.at(it.value());
}

QList<CcpContact> CcpSimulator::liveContacts() const {
    QList<CcpContact> live;
    for (const CcpContact &c : std::as_const(m_contacts)) {
        if (c.isLive())
            live.append(c);
    }
    return live;
}

QList<CcpContact> CcpSimulator::allContacts() const {
    return m_contacts;
}

CcpContact *CcpSimulator::find(const QString &contactId) {
    const auto it = m_index.constFind(contactId);
    return it == m_index.constEnd() ? nullptr : &m_contacts[it.value()];
}

CcpContact &CcpSimulator::addContact(CcpContact contact) {
    m_index.insert(contact.contactId, m_contacts.size());
    m_contacts.append(std::move(contact));
    return m_contacts.last();
}

void CcpSimulator::setContactState(CcpContact &contact, const QString &state) {
    contact.state = state;
    contact.stateSince = now();
    ++contact.generation;
}

void CcpSimulator::setConnectionState(CcpConnection &connection, const QString &state) {
    connection.state = state;
    connection.stateSince = now();
}

void CcpSimulator::armRingTimeout(const CcpContact &contact) {
    if (m_ringTimeout.count() <= 0)
        return;
    QTimer::singleShot(m_ringTimeout, this, [this, id = contact.contactId, generation = contact.generation] {
        CcpContact *c = find(id);
        if (!c || c->generation != generation || c->state != kConnecting)
            return;
        setConnectionState(c->agent, kDisconnected);
        setContactState(*c, kMissed);
        touch();
    });
}

void CcpSimulator::armOutboundAnswer(const CcpContact &contact) {
    if (m_outboundAnswerDelay.count() <= 0)
        return;
    QTimer::singleShot(m_outboundAnswerDelay, this,
                       [this, id = contact.contactId, generation = contact.generation] {
                           const CcpContact *c = find(id);
                           if (c && c->generation == generation && c->state == kConnecting)
                               accept(id);
                       });
}

bool CcpSimulator::hasActiveContact() const {
    return std::any_of(m_contacts.cbegin(), m_contacts.cend(),
                       [](const CcpContact &c) { return c.isActive(); });
}

void CcpSimulator::touch() {
    const CcpAgentState state = effectiveState();
    if (state.name != m_effectiveName) {
        m_effectiveName = state.name;
        m_effectiveSince = now();
    }
    ++m_version;
    Q_EMIT changed(m_version);
}

} // namespace callbridge::sandbox
