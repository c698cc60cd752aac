#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <functional>
#include <type_traits>

namespace callbridge {

// A sentence core decided (a decision's reason, a notice, a line of a ticket note), kept as its English
// template and its values so that each reader words it in its own language: the windows in the UI's,
// the journal and the ticket notes in `[zendesk] note_language`.
//
// The template is the phrase's code: written once, in the source, inside
// QT_TRANSLATE_NOOP("Phrase", "…") so that lupdate collects it, with %1, %2, … for its values. A value is
// never translated: a number, an id, a phone number, a name or anything Zendesk or a caller typed. A value
// can be a phrase itself ("%1; %2" joins two reasons), so a reason built from parts is still worded whole.
class Phrase {
public:
    Phrase() = default;
    // A value: shown as it is, in every language.
    Phrase(const QString &value)
        : m_text(value) {} // NOLINT(google-explicit-constructor)
    template <typename Integer,
              typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>>>
    Phrase(Integer value)
        : m_text(QString::number(value)) {} // NOLINT(google-explicit-constructor)

    // A template from QT_TRANSLATE_NOOP("Phrase", …) and its values, one per %N.
    static Phrase of(const char *source, QList<Phrase> args = {});
    // "first; second", or whichever is not empty.
    static Phrase joined(const Phrase &first, const Phrase &second);

    bool isEmpty() const { return m_text.isEmpty(); }
    bool isTemplate() const { return m_isTemplate; }
    // The template (isTemplate) or the value.
    const QString &text() const { return m_text; }
    const QList<Phrase> &args() const { return m_args; }
    // This phrase or one nested in it has this template: how core recognises a decision without reading
    // its words.
    bool mentions(QStringView source) const;

    // Each template put through `translate` (given the template, it returns the template in another
    // language, or an empty string when it has none), the values substituted once: a value holding "%1"
    // stays as it is.
    using Translate = std::function<QString(const QString &source)>;
    QString worded(const Translate &translate) const;
    QString english() const;    // the templates as written
    QString translated() const; // in the application's language (the translators QCoreApplication has)

    // {"t": template, "a": [args]} or, for a value, the string.
    QJsonValue toJson() const;
    static Phrase fromJson(const QJsonValue &json);

    friend bool operator==(const Phrase &a, const Phrase &b) {
        return a.m_isTemplate == b.m_isTemplate && a.m_text == b.m_text && a.m_args == b.m_args;
    }
    friend bool operator!=(const Phrase &a, const Phrase &b) { return !(a == b); }
    // A phrase is not its words: compare english() (or translated()) with a string.
    friend bool operator==(const Phrase &, const QString &) = delete;
    friend bool operator==(const QString &, const Phrase &) = delete;
    friend bool operator!=(const Phrase &, const QString &) = delete;
    friend bool operator!=(const QString &, const Phrase &) = delete;

private:
    QString m_text;
    QList<Phrase> m_args;
    bool m_isTemplate = false;
};

using Phrases = QList<Phrase>;

// The context every phrase's template is translated in.
inline constexpr char kPhraseContext[] = "Phrase";

// A list of phrases as JSON, and back (values that are not phrases become values).
QJsonValue phrasesToJson(const Phrases &phrases);
Phrases phrasesFromJson(const QJsonValue &json);
QStringList englishOf(const Phrases &phrases);

} // namespace callbridge
