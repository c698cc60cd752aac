#pragma once

#include "model/linkcorrection.h"
#include "reviewsource.h"

#include <QString>
#include <functional>

namespace callbridge::review {

// What the review can change in Zendesk, provided by whoever has a writer (the app): retry a write Zendesk
// refused, move a call's link. The review window asks, shows the answer, and holds no state of its own.
class ReviewActions {
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    virtual ~ReviewActions() = default;

    // Why retrying is not possible here (no Zendesk account, …); empty when it is.
    virtual QString retryUnavailable() const = 0;
    virtual void retryWrite(const WriteHistory &write, Done done) = 0;
    // Why relinking is not possible here; empty when it is.
    virtual QString relinkUnavailable() const = 0;
    virtual void relink(const OutcomeRecord &decision, const LinkCorrection &correction, Done done) = 0;
};

} // namespace callbridge::review
