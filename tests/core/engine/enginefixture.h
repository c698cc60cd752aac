#pragma once

#include "engine/callengine.h"
#include "eventloopwait.h"
#include "fakegateway.h"
#include "manualtime.h"
#include "model/linkmemory.h"
#include "qtprinters.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace callbridge::test {

// One contact's events, built fluently.
struct Call {
    ContactInfo contact;
    AgentInfo agent{QStringLiteral("Ann Agent"), QStringLiteral("ann"), QStringLiteral("Basic"),
                    QStringLiteral("softphone")};
    QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

    explicit Call(const QString &id, const QString &from = QStringLiteral("+15550100001")) {
        contact.contactId = id;
        contact.initialContactId = id;
        contact.customerPhone = from;
        contact.systemPhone = QStringLiteral("+18005550100");
        contact.queue.name = QStringLiteral("Support");
    }
    Call &attr(const QString &name, const QString &value) {
        contact.attributes.insert(name, value);
        return *this;
    }
    Call &outbound() {
        contact.direction = CallDirection::Outbound;
        contact.initiationMethod = QStringLiteral("outbound");
        return *this;
    }
    Call &transferOf(const QString &initialId) {
        contact.initialContactId = initialId;
        contact.initiationMethod = QStringLiteral("transfer");
        return *this;
    }
    ContactEvent event(ContactEventKind kind, int secondsIn = 0) const {
        ContactEvent e;
        e.kind = kind;
        e.at = start.addSecs(secondsIn);
        e.contact = contact;
        e.agent = agent;
        return e;
    }
    ContactEvent action(AgentAction a) const {
        ContactEvent e = event(ContactEventKind::AgentAction);
        e.action = a;
        return e;
    }
};

inline Call agentModeCall(const QString &id, const QString &from = QStringLiteral("+15550100001")) {
    return Call(id, from).attr(QStringLiteral("ticket_assignment"), QStringLiteral("agent"));
}

inline AgentAction act(AgentAction::Kind kind, qint64 userId = 0, qint64 ticketId = 0) {
    AgentAction a;
    a.kind = kind;
    a.userId = userId;
    a.ticketId = ticketId;
    return a;
}

class EngineTest : public ::testing::Test {
protected:
    void SetUp() override { makeEngine(); }

    void makeEngine() {
        outcomes.clear();
        engine = std::make_unique<CallEngine>(gateway, gateway, settings, clock, clock, memory);
        engine->setLookupRetry(lookupRetry);
        QObject::connect(engine.get(), &CallEngine::outcome, engine.get(),
                         [this](const CallOutcome &o) { outcomes << o; });
        engine->start();
        ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isReady(); }));
    }

    void send(const ContactEvent &e) {
        engine->handle(e);
        ASSERT_TRUE(waitAdvancing(clock, [this] { return engine->isIdle(); })) << "engine did not settle";
    }

    // ringing → answered → hung up after `seconds`
    void answeredCall(const Call &call, int seconds = 90) {
        send(call.event(ContactEventKind::Connecting));
        send(call.event(ContactEventKind::Connected, 5));
        send(call.event(ContactEventKind::Ended, 5 + seconds));
    }

    const CallOutcome *find(Outcome kind) const {
        for (const CallOutcome &o : outcomes) {
            if (o.outcome == kind)
                return &o;
        }
        return nullptr;
    }
    QStringList outcomeNames() const {
        QStringList names;
        for (const CallOutcome &o : outcomes)
            names << outcomeName(o.outcome);
        return names;
    }
    QJsonObject lastComment(qint64 ticketId) const { return gateway.comments.value(ticketId).last(); }

    FakeGateway gateway;
    ManualTime clock; // also the scheduler: a retry waits until the test's waits move time on
    // No randomness: the n-th retry of a lookup waits exactly 1 s × 2^(n−1).
    Backoff lookupRetry{std::chrono::seconds(1), std::chrono::seconds(60), [] {
                            return 1.0;
                        }};
    InMemoryLinkMemory memory;
    Settings settings;
    std::unique_ptr<CallEngine> engine;
    QList<CallOutcome> outcomes;
};

} // namespace callbridge::test
