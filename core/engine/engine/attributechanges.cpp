#include "attributechanges.h"

#include "calldetails.h"

#include <QStringList>

namespace callbridge::attributechanges {

QHash<QString, QString> addedOrChanged(const QHash<QString, QString> &noted,
                                       const QHash<QString, QString> &now, const NoteAttributeRule &rule) {
    QHash<QString, QString> changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!calldetails::isAttributeShownInNotes(it.key(), rule))
            continue;
        const auto before = noted.constFind(it.key());
        if (before == noted.cend() || *before != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QString changedAttributesNote(const QString &contactId, const QHash<QString, QString> &changes,
                              const NoteAttributeRule &rule, const QString &marker,
                              const NoteWording &wording) {
    QStringList lines = calldetails::attributeLines(
        changes, rule,
        wording(Phrase::of(
            QT_TRANSLATE_NOOP("Phrase", "Contact attributes changed during the call (contact %1):"),
            {contactId})),
        wording);
    lines << QString() << marker;
    return lines.join(u'\n');
}

} // namespace callbridge::attributechanges
