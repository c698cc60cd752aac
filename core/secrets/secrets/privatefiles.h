#pragma once

#include <QString>

namespace callbridge {

// Files with personal data (the journal, the softphone's cookies) are for the desktop user only: directories
// 0700, files 0600. Both functions also tighten what already exists, and return false (with `error`) when the
// path cannot be created or its permissions cannot be set. On systems without POSIX permissions they only
// create.
bool makePrivateDirectory(const QString &path, QString *error = nullptr);
// Creates an empty file when there is none (so that whatever opens it later keeps its mode).
bool makePrivateFile(const QString &path, QString *error = nullptr);

} // namespace callbridge
