#pragma once

#include "httpmessage.h"

#include <memory>

namespace callbridge::sandbox {

class HttpConnection;

// A handle for answering one request, later if need be (copyable; all copies share the same state).
// Exactly one of send()/abortConnection()/sendTruncatedAndAbort() takes effect; later calls are ignored.
// Dropping every copy without answering leaves the client waiting forever (used for "timeout" faults).
// All calls must happen on the server's thread. Calls after the client disconnected are harmless no-ops.
class HttpResponder {
public:
    HttpResponder() = default;
    explicit HttpResponder(HttpConnection *connection);

    void send(const HttpResponse &response) const;
    // Closes the connection without answering (the client sees a reset / "remote host closed").
    void abortConnection() const;
    // Writes the status line, the headers and part of the body, then aborts the connection.
    void sendTruncatedAndAbort(const HttpResponse &response) const;
    bool isAnswered() const;
    bool isConnected() const;

private:
    struct State;
    std::shared_ptr<State> d;
};

} // namespace callbridge::sandbox
