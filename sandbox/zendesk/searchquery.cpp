#include "searchquery.h"

#include "phonetext.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace callbridge::sandbox::zendesk {

namespace {

QStringList tokenize(const QString &text) {
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            current.append(c);
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

QString unquote(QString value) {
    value.remove(QLatin1Char('"'));
    return value;
}

SearchTerm parseTerm(QString token) {
    SearchTerm term;
    if (token.startsWith(QLatin1Char('-')) && token.size() > 1) {
        term.negated = true;
        token.remove(0, 1);
    }
    static const QRegularExpression keyed(QStringLiteral("^([A-Za-z_]+)(<=|>=|:|<|>)(.*)$"));
    const QRegularExpressionMatch match = keyed.match(token);
    if (match.hasMatch()) {
        term.key = match.captured(1).toLower();
        term.op = match.captured(2);
        term.value = unquote(match.captured(3));
    } else {
        term.op = QStringLiteral(":");
        term.value = unquote(token);
    }
    return term;
}

bool containsText(const QString &haystack, QString needle) {
    while (needle.endsWith(QLatin1Char('*')))
        needle.chop(1);
    return !needle.isEmpty() && haystack.contains(needle, Qt::CaseInsensitive);
}

bool equalsText(const QString &value, const QString &wanted) {
    QString pattern = wanted;
    if (pattern.endsWith(QLatin1Char('*'))) {
        pattern.chop(1);
        return value.startsWith(pattern, Qt::CaseInsensitive);
    }
    return value.compare(wanted, Qt::CaseInsensitive) == 0;
}

bool compareStatus(const QString &status, const QString &op, const QString &wanted) {
    const int have = statusRank(status);
    const int want = statusRank(wanted);
    if (have < 0 || want < 0)
        return false;
    if (op == QLatin1String("<"))
        return have < want;
    if (op == QLatin1String("<="))
        return have <= want;
    if (op == QLatin1String(">"))
        return have > want;
    if (op == QLatin1String(">="))
        return have >= want;
    return have == want;
}

bool matchesId(qint64 id, const QString &value) {
    if (value == QLatin1String("none"))
        return id == 0;
    bool ok = false;
    const qint64 wanted = value.toLongLong(&ok);
    return ok && id != 0 && id == wanted;
}

bool anyPhone(const User &user, const std::function<bool(const QString &phone)> &test) {
    const QStringList phones = user.allPhones();
    return std::any_of(phones.cbegin(), phones.cend(), test);
}

bool userTerm(const User &user, const SearchTerm &term) {
    const QString &key = term.key;
    if (key.isEmpty())
        return containsText(user.name, term.value) || containsText(user.email, term.value)
               || containsText(user.notes, term.value)
               || (!term.value.isEmpty() && term.value == digitsOnly(term.value)
                   && anyPhone(user,
                               [&term](const QString &p) { return digitsOnly(p).contains(term.value); }));
    if (key == QLatin1String("type"))
        return term.value.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
    if (key == QLatin1String("role"))
        return user.role.compare(term.value, Qt::CaseInsensitive) == 0;
    if (key == QLatin1String("name"))
        return equalsText(user.name, term.value) || containsText(user.name, term.value);
    if (key == QLatin1String("email"))
        return equalsText(user.email, term.value);
    if (key == QLatin1String("notes"))
        return containsText(user.notes, term.value);
    if (key == QLatin1String("external_id"))
        return !user.externalId.isEmpty() && user.externalId == term.value;
    if (key == QLatin1String("phone"))
        return anyPhone(user, [&term](const QString &p) { return phoneMatches(p, term.value); });
    return false;
}

bool inAnyComment(const QStringList &comments, const QString &text) {
    return std::any_of(comments.cbegin(), comments.cend(),
                       [&text](const QString &body) { return containsText(body, text); });
}

bool ticketTerm(const Ticket &ticket, const QStringList &comments, const SearchTerm &term) {
    const QString &key = term.key;
    if (key.isEmpty())
        return containsText(ticket.subject, term.value) || containsText(ticket.description, term.value)
               || inAnyComment(comments, term.value);
    if (key == QLatin1String("comment"))
        return inAnyComment(comments, term.value);
    if (key == QLatin1String("type"))
        return term.value.compare(QLatin1String("ticket"), Qt::CaseInsensitive) == 0;
    if (key == QLatin1String("status"))
        return compareStatus(ticket.status, term.op, term.value);
    if (key == QLatin1String("requester_id") || key == QLatin1String("requester"))
        return matchesId(ticket.requesterId, term.value);
    if (key == QLatin1String("assignee_id") || key == QLatin1String("assignee"))
        return matchesId(ticket.assigneeId, term.value);
    if (key == QLatin1String("external_id"))
        return !ticket.externalId.isEmpty() && ticket.externalId == term.value;
    if (key == QLatin1String("tags") || key == QLatin1String("tag"))
        return ticket.tags.contains(term.value, Qt::CaseInsensitive);
    if (key == QLatin1String("subject"))
        return containsText(ticket.subject, term.value);
    if (key == QLatin1String("priority"))
        return ticket.priority.compare(term.value, Qt::CaseInsensitive) == 0;
    if (key == QLatin1String("ticket_type"))
        return ticket.type.compare(term.value, Qt::CaseInsensitive) == 0;
    return false;
}

template <typename Record, typename TermMatcher>
bool allTermsMatch(const QList<SearchTerm> &terms, const Record &record, TermMatcher matcher) {
    for (const SearchTerm &term : terms) {
        if (matcher(record, term) == term.negated)
            return false;
    }
    return true;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text) {
    SearchQuery query;
    const QStringList tokens = tokenize(text);
    for (const QString &token : tokens)
        query.m_terms.append(parseTerm(token));
    return query;
}

bool SearchQuery::wantsUsers() const {
    for (const SearchTerm &term : m_terms) {
        if (term.key == QLatin1String("type") && !term.negated)
            return term.value.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0;
    }
    return true;
}

bool SearchQuery::wantsTickets() const {
    for (const SearchTerm &term : m_terms) {
        if (term.key == QLatin1String("type") && !term.negated)
            return term.value.compare(QLatin1String("ticket"), Qt::CaseInsensitive) == 0;
    }
    return true;
}

bool SearchQuery::matches(const User &user) const {
    return allTermsMatch(m_terms, user, userTerm);
}

bool SearchQuery::matches(const Ticket &ticket, const QStringList &comments) const {
    return allTermsMatch(m_terms, ticket, [&comments](const Ticket &t, const SearchTerm &term) {
        return ticketTerm(t, comments, term);
    });
}

bool phoneMatches(const QString &phone, const QString &value) {
    const bool anyFormat = value.startsWith(QLatin1Char('*'));
    const QString wanted = digitsOnly(value);
    const QString have = digitsOnly(phone);
    if (wanted.isEmpty() || have.isEmpty())
        return false;
    return anyFormat ? have.endsWith(wanted) : have == wanted;
}

} // namespace callbridge::sandbox::zendesk
