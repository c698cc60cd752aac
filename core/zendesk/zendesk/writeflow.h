#pragma once

#include "httpgateway.h"

#include <QPointer>
#include <memory>

namespace callbridge::zendesk {

class ZendeskClient;
struct Reply;

// Sends one Write without ever duplicating it. A write that may have been applied before (an earlier
// attempt's outcome is unknown) is first looked up (user by external_id, comment by marker, ticket by
// external_id + tag) and sent only when it is not found. When a send's outcome is unknown, the write is
// looked up at once: found, it succeeded; not found, the error goes back to the caller, who retries.
// WriteFlow itself never waits and never sends a write twice. Keeps itself alive through the callbacks it
// hands to the client.
class WriteFlow : public std::enable_shared_from_this<WriteFlow> {
public:
    static void start(ZendeskClient &client, const HttpGatewayOptions &options, const Write &write,
                      QObject *context, Callback<WriteResult> done);

    WriteFlow(ZendeskClient &client, HttpGatewayOptions options, Write write, QObject *context,
              Callback<WriteResult> done);

private:
    enum class WhenNotFound { Send, Fail };

    void run();
    void send();
    void onSent(const Reply &reply);
    bool canReconcile() const;
    void reconcile(const Error &cause, WhenNotFound whenNotFound);
    void onLookup(const Reply &reply, const Error &cause, WhenNotFound whenNotFound);
    Request lookupRequest() const;
    qint64 findApplied(const QJsonObject &lookup) const;
    Request writeRequest() const;
    void succeed(qint64 id, QJsonObject resource, bool alreadyApplied);
    void fail(Error error);
    bool contextGone() const { return m_guarded && m_context.isNull(); }

    ZendeskClient &m_client;
    HttpGatewayOptions m_options;
    Write m_write;
    QPointer<QObject> m_context;
    bool m_guarded = false; // a context was given: stop once it is destroyed
    Callback<WriteResult> m_done;
    bool m_sent = false; // sent once: a second send is the caller's decision
};

} // namespace callbridge::zendesk
