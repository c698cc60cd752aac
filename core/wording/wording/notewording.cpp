#include "notewording.h"

#include <QDir>
#include <QTranslator>

namespace callbridge {

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCataloguePrefix = QStringLiteral("callbridge_");

} // namespace

NoteWording::NoteWording() = default;

std::optional<NoteWording> NoteWording::forLanguage(const QString &language, QString *error) {
    const QString code = language.trimmed();
    if (code.isEmpty() || code == u"en" || code.startsWith(u"en_")) {
        NoteWording english;
        english.m_language = code.isEmpty() ? QStringLiteral("en") : code;
        return english;
    }
    auto translator = std::make_shared<QTranslator>();
    // "fr_CH" falls back to "fr" (QTranslator's own search); the catalogue must exist either way.
    if (!translator->load(kCataloguePrefix + code, kCatalogueDir)) {
        if (error)
            *error = QStringLiteral("no translation of the notes into \"%1\" (there are: %2)")
                         .arg(code.left(20), languages().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    NoteWording wording;
    wording.m_language = code;
    wording.m_translator = std::move(translator);
    return wording;
}

QStringList NoteWording::languages() {
    // The catalogues are compiled in: listed once, not on every settings check.
    static const QStringList languages = [] {
        QStringList out{QStringLiteral("en")};
        const QStringList files =
            QDir(kCatalogueDir).entryList({kCataloguePrefix + u"*.qm"}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(kCataloguePrefix.size()).chopped(3);
            if (code != u"en")
                out << code;
        }
        return out;
    }();
    return languages;
}

QString NoteWording::operator()(const Phrase &phrase) const {
    if (!m_translator)
        return phrase.english();
    return phrase.worded([this](const QString &source) {
        const QByteArray utf8 = source.toUtf8();
        return m_translator->translate(kPhraseContext, utf8.constData());
    });
}

QStringList NoteWording::operator()(const Phrases &phrases) const {
    QStringList out;
    out.reserve(phrases.size());
    for (const Phrase &p : phrases)
        out << (*this)(p);
    return out;
}

} // namespace callbridge
