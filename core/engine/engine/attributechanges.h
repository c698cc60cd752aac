#pragma once

#include "policy/redaction.h"
#include "wording/notewording.h"

#include <QHash>
#include <QString>

namespace callbridge::attributechanges {

// Contact attributes can change while a call goes on (the flow sets more, a transfer flow changes some). The
// call-details note lists them as they were when it was written; at the end of the call a short note gives
// only what was added or changed since — never the unchanged ones, never the ones notes leave out.

// The attributes of `now` that `noted` lacks or holds with another value, minus those notes never show.
QHash<QString, QString> addedOrChanged(const QHash<QString, QString> &noted,
                                       const QHash<QString, QString> &now, const NoteAttributeRule &rule);

// "Contact attributes changed during the call (contact <id>):" and one line per attribute, then the marker.
QString changedAttributesNote(const QString &contactId, const QHash<QString, QString> &changes,
                              const NoteAttributeRule &rule, const QString &marker,
                              const NoteWording &wording = {});

} // namespace callbridge::attributechanges
