#pragma once

#include "records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace callbridge::sandbox::zendesk {

// One term of a Zendesk Search API query: `key:value`, `key<value`, `key>=value`, `-key:value` or free text.
struct SearchTerm {
    QString key; // lower case; empty for free text
    QString op;  // ":", "<", ">", "<=", ">=" (":" for free text)
    QString value;
    bool negated = false;
};

// The supported subset of Zendesk's search syntax:
//   type:user|ticket   role:end-user|agent|admin   name: email: notes:   external_id:X
//   phone:DIGITS  digits must equal the phone's digits; phone:*DIGITS  the phone's digits end with DIGITS
//                 (any of the user's phone numbers: the main one and those added as identities)
//   comment:TEXT  a comment of the ticket contains TEXT
//   status:open, status<closed, status>=pending (order new<open<pending<hold<solved<closed)
//   requester_id:N (or requester:N)  assignee_id:N (or assignee:N)  tags:x (or tag:x)  subject:  priority:
//   ticket_type:  free text (substring of name/email/phone/notes or subject/description; trailing * ignored)
// Values may be double-quoted. A leading "-" negates a term. Unknown keys match nothing.
class SearchQuery {
public:
    static SearchQuery parse(const QString &text);

    const QList<SearchTerm> &terms() const { return m_terms; }
    bool wantsUsers() const;   // no type: term, or type:user
    bool wantsTickets() const; // no type: term, or type:ticket
    bool matches(const User &user) const;
    // `comments`: the bodies of the ticket's comments (free text and comment: look in them too).
    bool matches(const Ticket &ticket, const QStringList &comments = {}) const;

private:
    QList<SearchTerm> m_terms;
};

// phone: term matching on digits only; a leading "*" in `value` means "ends with".
bool phoneMatches(const QString &phone, const QString &value);

} // namespace callbridge::sandbox::zendesk
