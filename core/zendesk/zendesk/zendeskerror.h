#pragma once

#include <QJsonObject>
#include <QString>
#include <chrono>

namespace callbridge::zendesk {

enum class ErrorKind {
    None,
    Auth,        // 401
    Forbidden,   // 403
    NotFound,    // 404
    Invalid,     // 400 / 422 (validation, closed ticket, idempotency key mismatch)
    Conflict,    // 409
    RateLimited, // 429 (retryAfter is set)
    Unavailable, // 5xx
    Network,     // connection refused/reset, DNS, TLS
    Timeout,     // no answer within the request timeout
    Malformed,   // 2xx with a body that is not the JSON we expect
    Refused,     // refused before sending (bad base URL, missing credentials)
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString code;    // Zendesk's "error" field, e.g. "RecordInvalid"
    QString message; // human readable, never contains credentials
    std::chrono::seconds retryAfter{0};
    // True when a write may have reached Zendesk and been applied (timeout, reset after sending, 5xx).
    bool outcomeUnknown = false;
    // Zendesk's "details", e.g. {"status": [{"description": "Status: closed prevents ticket update"}]}.
    QJsonObject details;

    bool isTransient() const {
        return kind == ErrorKind::RateLimited || kind == ErrorKind::Unavailable || kind == ErrorKind::Network
               || kind == ErrorKind::Timeout;
    }
};

QString errorKindName(ErrorKind kind);

// True for the 422 Zendesk answers when a closed ticket is updated: create a follow-up
// (`via_followup_source_id`) instead.
bool isClosedTicketError(const Error &error);

// True for a 422 saying a user field that must be unique (external_id, phone, email) is already taken.
bool isUserAlreadyTakenError(const Error &error);

// Result of one typed call: either a value or an error.
template <typename T> struct Result {
    T value{};
    Error error;

    bool ok() const { return error.kind == ErrorKind::None; }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(Error e) { return Result{T{}, std::move(e)}; }
};

} // namespace callbridge::zendesk
