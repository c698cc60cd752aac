#pragma once

#include "contact/contactevent.h"

#include <QObject>
#include <QString>
#include <functional>

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
class SoftphoneBridge : public QObject {
    Q_OBJECT
public:
    using EventSink = std::function<void(const ContactEvent &)>;

    // Longest message accepted, checked before any parsing (core's whole-document limit).
    static constexpr int kMaxMessageBytes = kMaxDocumentBytes;
    static constexpr int kMaxLogChars = 2000;

    explicit SoftphoneBridge(EventSink sink, QObject *parent = nullptr);

    // Not a slot: the page cannot call it.
    void dial(const QString &e164);

    SoftphoneBridgeEvents *events() { return &m_events; }
    int acceptedCount() const { return m_accepted; }
    int rejectedCount() const { return m_rejected; }
    QString lastRejection() const { return m_lastRejection; }

public Q_SLOTS:
    void contactEvent(const QString &json);
    void agentState(const QString &json);
    void log(const QString &level, const QString &message);

Q_SIGNALS:
    void dialRequested(const QString &e164);

private:
    void reject(const QString &what, const QString &reason);

    EventSink m_sink;
    SoftphoneBridgeEvents m_events;
    int m_accepted = 0;
    int m_rejected = 0;
    QString m_lastRejection;
};

} // namespace callbridge::ui
