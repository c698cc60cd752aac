#pragma once

#include <QString>
#include <QUrl>

namespace callbridge::ui {

// The scheme, host and port of an http(s) URL: the unit that every web security decision here is made in.
// Anything else (data:, file:, about:, qrc:, a URL without a host) gives an invalid Origin that matches
// nothing.
class Origin {
public:
    Origin() = default;
    static Origin fromUrl(const QUrl &url);
    static Origin fromString(const QString &text); // "https://host[:port]" (a path is ignored)

    bool isValid() const { return !m_host.isEmpty(); }
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // always explicit: 443 for https without a port
    QString toString() const;           // "https://host" or "http://127.0.0.1:8080" (default ports omitted)

    friend bool operator==(const Origin &a, const Origin &b) {
        return a.m_scheme == b.m_scheme && a.m_host == b.m_host && a.m_port == b.m_port;
    }
    friend bool operator!=(const Origin &a, const Origin &b) { return !(a == b); }

private:
    QString m_scheme;
    QString m_host;
    int m_port = -1;
};

} // namespace callbridge::ui
