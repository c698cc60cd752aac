// Journal: a supervisor's review marks on contacts.
#include "journal.h"
#include "journalsql.h"
#include "journaltransaction.h"

namespace callbridge::journal {

using namespace Qt::StringLiterals;

bool Journal::recordReview(const ReviewMark &mark) {
    if (mark.contactId.isEmpty() || mark.by.isEmpty()) {
        return fail(u"a review mark needs the contact and who reviewed it"_s);
    }
    const qint64 at = (mark.at.isValid() ? mark.at : now()).toMSecsSinceEpoch();
    Transaction transaction(*this, Durability::Normal);
    const bool ok =
        transaction.isOpen()
        && exec(u"INSERT INTO reviews (contact_id, reviewed_by, reviewed_at, note) VALUES (?, ?, ?, ?)"_s,
                {mark.contactId, mark.by, at, detail::textOrEmpty(mark.note)});
    return ok && transaction.commit();
}

QList<ReviewMark> Journal::reviews(const QString &contactId) const {
    QList<ReviewMark> marks;
    detail::Statement q = m_statements->get(
        u"SELECT contact_id, reviewed_by, reviewed_at, note FROM reviews WHERE contact_id = ? ORDER BY id"_s,
        &m_lastError);
    if (!q || !detail::execBound(*q, {contactId}, &m_lastError)) {
        return marks;
    }
    while (q->next()) {
        ReviewMark m;
        m.contactId = q->value(0).toString();
        m.by = q->value(1).toString();
        m.at = detail::fromMs(q->value(2));
        m.note = q->value(3).toString();
        marks.append(m);
    }
    return marks;
}

} // namespace callbridge::journal
