#include "phrase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace callbridge {

namespace {

const QString kTemplateKey = QStringLiteral("t");
const QString kArgsKey = QStringLiteral("a");

// Replaces each %1…%99 of `pattern` by the worded argument, in one pass: what an argument holds is never
// read as a placeholder. A placeholder without an argument stays as written.
QString substitute(const QString &pattern, const QStringList &values) {
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%' || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < pattern.size() && pattern.at(end).isDigit() && end < i + 3) {
            number = number * 10 + pattern.at(end).digitValue();
            ++end;
        }
        if (number >= 1 && number <= values.size()) {
            out += values.at(number - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Phrase Phrase::of(const char *source, QList<Phrase> args) {
    Phrase p;
    p.m_text = QString::fromUtf8(source);
    p.m_args = std::move(args);
    p.m_isTemplate = true;
    return p;
}

Phrase Phrase::joined(const Phrase &first, const Phrase &second) {
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return of(QT_TRANSLATE_NOOP("Phrase", "%1; %2"), {first, second});
}

bool Phrase::mentions(QStringView source) const {
    if (m_isTemplate && m_text == source)
        return true;
    for (const Phrase &arg : m_args) {
        if (arg.mentions(source))
            return true;
    }
    return false;
}

QString Phrase::worded(const Translate &translate) const {
    if (!m_isTemplate)
        return m_text;
    QStringList values;
    values.reserve(m_args.size());
    for (const Phrase &arg : m_args)
        values << arg.worded(translate);
    QString pattern = translate ? translate(m_text) : QString();
    if (pattern.isEmpty())
        pattern = m_text;
    return substitute(pattern, values);
}

QString Phrase::english() const {
    return worded({});
}

QString Phrase::translated() const {
    return worded([](const QString &source) {
        const QByteArray utf8 = source.toUtf8();
        return QCoreApplication::translate(kPhraseContext, utf8.constData());
    });
}

QJsonValue Phrase::toJson() const {
    if (!m_isTemplate)
        return m_text;
    QJsonObject o{{kTemplateKey, m_text}};
    if (!m_args.isEmpty())
        o.insert(kArgsKey, phrasesToJson(m_args));
    return o;
}

Phrase Phrase::fromJson(const QJsonValue &json) {
    if (!json.isObject())
        return Phrase(json.toVariant().toString());
    const QJsonObject o = json.toObject();
    Phrase p;
    p.m_text = o.value(kTemplateKey).toString();
    p.m_args = phrasesFromJson(o.value(kArgsKey));
    p.m_isTemplate = !p.m_text.isEmpty();
    return p;
}

QJsonValue phrasesToJson(const Phrases &phrases) {
    QJsonArray a;
    for (const Phrase &p : phrases)
        a.append(p.toJson());
    return a;
}

Phrases phrasesFromJson(const QJsonValue &json) {
    Phrases out;
    const QJsonArray a = json.toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out << Phrase::fromJson(v);
    return out;
}

QStringList englishOf(const Phrases &phrases) {
    QStringList out;
    out.reserve(phrases.size());
    for (const Phrase &p : phrases)
        out << p.english();
    return out;
}

} // namespace callbridge
