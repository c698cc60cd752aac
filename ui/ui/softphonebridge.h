#pragma once

#include "contact/contactevent.h"
#include "policy/ratelimiter.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace callbridge::ui {

// What the bridge reports to the C++ side. A separate object so that none of it is published to the page.
class SoftphoneBridgeEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void contactEventAccepted(const callbridge::ContactEvent &event); // after core took it
    void eventRejected(const QString &reason);
    void agentStateChanged(const QString &state, const QString &agentName);
    void pageLog(const QString &level, const QString &message);
};

// The only object the softphone page can reach (QWebChannel name "bridge", in the isolated world that the
// page's own scripts cannot see). A closed set of slots that take JSON strings: whatever arrives is
// untrusted. Contact events go to core's strict parser (core decides what is valid); a refused event is
// counted and logged with the reason, and the next one works. Agent actions never come from the page: they
// are refused here. C++ → page: dial() emits dialRequested, which the bridge script turns into
// agent.connect().
// Two guards come before any parsing: the document gate (calls are refused once the page's main frame is not
// the host document any more, whatever script made the call) and rate limits (overall, and per contact for
// contact events). A flood is logged twice — when it starts and when it ends, with the number dropped — never
// per call.
class SoftphoneBridge : public QObject {
    Q_OBJECT
public:
    using EventSink = std::function<void(const ContactEvent &)>;

    // Longest message accepted, checked before any parsing (core's whole-document limit).
    static constexpr int kMaxMessageBytes = kMaxDocumentBytes;
    static constexpr int kMaxLogChars = 2000;
    static constexpr int kMaxCallsPerWindow = 200;        // every slot together
    static constexpr int kMaxContactEventsPerWindow = 30; // per contact
    static constexpr qint64 kRateWindowMs = 10'000;
    static constexpr int kMaxTrackedContacts = 64;
    using DocumentGate = std::function<bool()>; // true while the main frame shows the host document

    explicit SoftphoneBridge(EventSink sink, QObject *parent = nullptr);
    // `now` replaces the monotonic clock of the rate limits (tests).
    SoftphoneBridge(EventSink sink, RateLimiter::Now now, QObject *parent = nullptr);

    void setDocumentGate(DocumentGate gate) { m_gate = std::move(gate); }

    // Not a slot: the page cannot call it. Refused, like every call, while the document gate is closed.
    void dial(const QString &e164);

    SoftphoneBridgeEvents *events() { return &m_events; }
    int acceptedCount() const { return m_accepted; }
    // Calls refused for what they carry (malformed, too large, unknown); each is counted and kept as the last
    // one, but logged and reported through eventRejected() at most once per kRateWindowMs.
    int rejectedCount() const { return m_rejected; }
    QString lastRejection() const { return m_lastRejection; }
    int droppedCount() const {
        return m_dropped;
    } // refused by the gate or a rate limit (not logged per call)

public Q_SLOTS:
    void contactEvent(const QString &json);
    void agentState(const QString &json);
    void log(const QString &level, const QString &message);

Q_SIGNALS:
    void dialRequested(const QString &e164);

private:
    bool admit(const QString &what);
    bool admitContactEvent(const QString &contactId, bool destroyed);
    bool drop(RateLimiter::Verdict verdict, const QString &flood, int dropped);
    void reject(const QString &what, const QString &reason);

    EventSink m_sink;
    SoftphoneBridgeEvents m_events;
    int m_accepted = 0;
    int m_rejected = 0;
    QString m_lastRejection;
    DocumentGate m_gate;
    RateLimiter::Now m_now;
    RateLimiter m_overall;
    RateLimiter m_rejectionReports; // one report of a refusal per window; the rest counted for the next
    QHash<QString, std::shared_ptr<RateLimiter>> m_perContact;
    bool m_gateReported = false;
    int m_dropped = 0;
};

} // namespace callbridge::ui
