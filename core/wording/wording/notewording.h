#pragma once

#include "phrase.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTranslator;

namespace callbridge {

// The one language of what Callbridge writes down — the journal's reasons and notices and the notes on
// Zendesk tickets — set by `[zendesk] note_language`, whatever language each agent's window is in: a
// supervisor reads every agent's decisions alike, and a ticket's notes do not change language with the
// agent who took the call. Words phrases from the catalogues compiled into core (English needs none).
class NoteWording {
public:
    NoteWording(); // English

    // The wording for a language ("de", "fr_CH", "en"), or nullopt with the reason in `error` when core has
    // no catalogue for it.
    static std::optional<NoteWording> forLanguage(const QString &language, QString *error = nullptr);
    // The languages with a catalogue, English first.
    static QStringList languages();

    QString language() const { return m_language; }
    QString operator()(const Phrase &phrase) const;
    QStringList operator()(const Phrases &phrases) const;

private:
    QString m_language = QStringLiteral("en");
    std::shared_ptr<const QTranslator> m_translator; // null for English
};

} // namespace callbridge
