#pragma once

#include "linkcorrection.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <algorithm>

namespace callbridge {

// One correction of a call's link as it is kept: stored when it is asked for, before its first write, so a
// restart finishes it; then marked done with the ticket the call went to. The old ticket stays on record
// for the review.
struct CorrectionRecord {
    QString contactId;
    int sequence = 0; // 1 for the contact's first correction; its writes' keys carry it
    LinkCorrection correction;
    bool supervisor = false; // a supervisor's relink (no window)
    // The end-of-call comment was on the old ticket when the correction was asked for: it moves along.
    // Otherwise the end of the call writes it to the new target.
    bool endWritten = false;
    // The link before the correction, so that a restart plans exactly the writes it had planned.
    qint64 fromTicketId = 0;
    qint64 fromUserId = 0;
    bool fromTicketCreated = false; // Callbridge had created fromTicketId for the call
    qint64 toTicketId = 0;          // 0 until done (and when it could not be made)
    QDateTime requestedAt;
    QDateTime doneAt; // invalid until done
    bool done() const { return doneAt.isValid(); }
};

// Where corrections are kept. The journal implements it on SQLite; InMemoryCorrectionLog serves runs that
// keep nothing. Methods that store return false on a storage error.
class CorrectionLog {
public:
    virtual ~CorrectionLog() = default;
    virtual QList<CorrectionRecord> corrections(const QString &contactId) const = 0; // by sequence
    virtual QList<CorrectionRecord> unfinishedCorrections() const = 0; // every contact, oldest first
    virtual bool recordRequested(const CorrectionRecord &record) = 0;  // a stored (contact, sequence): no-op
    // `record` as asked for, with the link it actually moved from (a correction that waited behind another
    // moves from that one's target).
    virtual bool recordDone(const CorrectionRecord &record, qint64 toTicketId, const QDateTime &at) = 0;
};

class InMemoryCorrectionLog final : public CorrectionLog {
public:
    QList<CorrectionRecord> corrections(const QString &contactId) const override {
        QList<CorrectionRecord> found;
        for (const CorrectionRecord &r : m_records) {
            if (r.contactId == contactId)
                found << r;
        }
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.sequence < b.sequence; });
        return found;
    }
    QList<CorrectionRecord> unfinishedCorrections() const override {
        QList<CorrectionRecord> found;
        for (const CorrectionRecord &r : m_records) {
            if (!r.done())
                found << r;
        }
        return found;
    }
    bool recordRequested(const CorrectionRecord &record) override {
        if (!find(record.contactId, record.sequence))
            m_records << record;
        return true;
    }
    bool recordDone(const CorrectionRecord &record, qint64 toTicketId, const QDateTime &at) override {
        CorrectionRecord *r = find(record.contactId, record.sequence);
        if (!r)
            return false;
        if (!r->done()) {
            r->fromTicketId = record.fromTicketId;
            r->fromUserId = record.fromUserId;
            r->fromTicketCreated = record.fromTicketCreated;
            r->toTicketId = toTicketId;
            r->doneAt = at;
        }
        return true;
    }

private:
    CorrectionRecord *find(const QString &contactId, int sequence) {
        for (CorrectionRecord &r : m_records) {
            if (r.contactId == contactId && r.sequence == sequence)
                return &r;
        }
        return nullptr;
    }
    QList<CorrectionRecord> m_records; // in the order asked for
};

} // namespace callbridge
