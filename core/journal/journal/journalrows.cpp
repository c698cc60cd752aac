#include "journalrows.h"

#include "journalsql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callbridge::journal::detail {

using namespace Qt::StringLiterals;

const QString kOutcomeColumns =
    u"id, at, contact_id, outcome, mode, user_id, user_created, ticket_id, ticket_created, reason, notices, "
    u"agent_username, agent_name, customer_phone, concerns, reason_phrase, notice_phrases"_s;

const QString kLinkColumns =
    u"contact_id, user_id, ticket_id, mode, outcome, reason, linked_at, agent_username, "
    u"agent_name, customer_phone"_s;

const QString kWriteColumns =
    u"idempotency_key, kind, target_id, external_id, marker, payload, state, attempts, last_error, "
    u"enqueued_at, "
    u"first_attempt_at, next_attempt_at, updated_at, result_id, already_applied, result_json"_s;

namespace {

QJsonObject objectFrom(const QVariant &text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QStringList stringsFrom(const QVariant &text) {
    QStringList strings;
    const QJsonArray array = QJsonDocument::fromJson(text.toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        strings.append(value.toString());
    }
    return strings;
}

} // namespace

OutcomeRecord outcomeFromRow(const QSqlQuery &row) {
    OutcomeRecord r;
    r.id = row.value(0).toLongLong();
    r.at = fromMs(row.value(1));
    r.contactId = row.value(2).toString();
    r.outcome = row.value(3).toString();
    r.mode = row.value(4).toString();
    r.userId = row.value(5).toLongLong();
    r.userCreated = row.value(6).toBool();
    r.ticketId = row.value(7).toLongLong();
    r.ticketCreated = row.value(8).toBool();
    r.reason = row.value(9).toString();
    r.notices = stringsFrom(row.value(10));
    r.agentUsername = row.value(11).toString();
    r.agentName = row.value(12).toString();
    r.customerNumber = row.value(13).toString();
    r.concerns = row.value(14).toInt();
    if (const QString phrase = row.value(15).toString(); !phrase.isEmpty())
        r.reasonPhrase = Phrase::fromJson(QJsonDocument::fromJson(phrase.toUtf8()).object());
    r.noticePhrases = phrasesFromJson(QJsonDocument::fromJson(row.value(16).toString().toUtf8()).array());
    return r;
}

const QString kEventColumns = u"seq, contact_id, kind, at, received_at, json"_s;

EventRecord eventFromRow(const QSqlQuery &row) {
    EventRecord r;
    r.seq = row.value(0).toLongLong();
    r.contactId = row.value(1).toString();
    r.kind = row.value(2).toString();
    r.at = fromMs(row.value(3));
    r.receivedAt = fromMs(row.value(4));
    r.json = row.value(5).toString().toUtf8();
    return r;
}

const QString kWriteLogColumns = u"id, idempotency_key, contact_id, kind, target_id, state, attempts, error, "
                                 u"result_id, at, payload"_s;

WriteTransition writeTransitionFromRow(const QSqlQuery &row) {
    WriteTransition t;
    t.id = row.value(0).toLongLong();
    t.idempotencyKey = row.value(1).toString();
    t.contactId = row.value(2).toString();
    t.kind = row.value(3).toString();
    t.targetId = row.value(4).toLongLong();
    t.state = row.value(5).toString();
    t.attempts = row.value(6).toInt();
    t.error = row.value(7).toString();
    t.resultId = row.value(8).toLongLong();
    t.at = fromMs(row.value(9));
    t.payload = row.value(10).toString().toUtf8();
    return t;
}

LinkRecord linkFromRow(const QSqlQuery &row) {
    LinkRecord r;
    r.contactId = row.value(0).toString();
    r.userId = row.value(1).toLongLong();
    r.ticketId = row.value(2).toLongLong();
    r.mode = row.value(3).toString();
    r.outcome = row.value(4).toString();
    r.reason = row.value(5).toString();
    r.linkedAt = fromMs(row.value(6));
    r.agentUsername = row.value(7).toString();
    r.agentName = row.value(8).toString();
    r.customerNumber = row.value(9).toString();
    return r;
}

WriteRecord writeFromRow(const QSqlQuery &row) {
    WriteRecord r;
    r.write.idempotencyKey = row.value(0).toString();
    r.write.kind =
        zendesk::writeKindFromName(row.value(1).toString()).value_or(zendesk::Write::Kind::CreateTicket);
    r.write.targetId = row.value(2).toLongLong();
    r.write.externalId = row.value(3).toString();
    r.write.marker = row.value(4).toString();
    r.write.payload = objectFrom(row.value(5));
    r.state = writeStateFromName(row.value(6).toString()).value_or(WriteRecord::State::Pending);
    r.attempts = row.value(7).toInt();
    r.lastError = row.value(8).toString();
    r.enqueuedAt = fromMs(row.value(9));
    r.write.firstAttemptAt = fromMs(row.value(10));
    r.nextAttemptAt = fromMs(row.value(11));
    r.updatedAt = fromMs(row.value(12));
    if (r.state == WriteRecord::State::Done) {
        zendesk::WriteResult result;
        result.id = row.value(13).toLongLong();
        result.alreadyApplied = row.value(14).toBool();
        result.resource = objectFrom(row.value(15));
        r.result = result;
    }
    return r;
}

} // namespace callbridge::journal::detail

namespace callbridge::journal {

CallOutcome callOutcomeOf(const OutcomeRecord &record) {
    CallOutcome o;
    o.contactId = record.contactId;
    o.outcome = outcomeFromName(record.outcome).value_or(Outcome::Nothing);
    o.userId = record.userId;
    o.userCreated = record.userCreated;
    o.ticketId = record.ticketId;
    o.ticketCreated = record.ticketCreated;
    o.reason = record.reasonOrText();
    o.notices = record.noticesOrText();
    return o;
}

Phrases OutcomeRecord::noticesOrText() const {
    if (!noticePhrases.isEmpty() || notices.isEmpty())
        return noticePhrases;
    Phrases out;
    for (const QString &notice : notices)
        out << Phrase(notice);
    return out;
}

} // namespace callbridge::journal
