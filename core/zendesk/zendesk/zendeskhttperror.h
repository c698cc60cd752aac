#pragma once

#include "zendeskerror.h"

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace callbridge::zendesk {

// The Error for an HTTP status and its body (kind None for 2xx). Reads Zendesk's error body
// {"error": "Code" | {"title", "message"}, "description", "details"}; a non-JSON body still gives an error.
// The message read from the body is at most 2000 characters (cut with "…"), whatever the body's size.
Error errorForHttpStatus(int httpStatus, const QByteArray &body);

// Parses a Retry-After header: delta-seconds or an HTTP date (relative to `now`). Empty when absent or
// unreadable.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &header, const QDateTime &now);

} // namespace callbridge::zendesk
