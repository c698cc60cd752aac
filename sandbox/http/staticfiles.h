#pragma once

#include "httpmessage.h"

namespace callbridge::sandbox {

// Serves `relativePath` below `directory` (disk path or ":/resource" path); index.html for an empty path or a
// directory. 404 for missing files and for paths that try to leave the directory.
HttpResponse serveFile(const QString &directory, const QString &relativePath);
QByteArray mimeTypeForFile(const QString &fileName);

} // namespace callbridge::sandbox
