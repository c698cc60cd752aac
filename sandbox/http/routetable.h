#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge::sandbox {

// Maps (method, path) to a handler. Patterns are absolute paths whose segments are literals, "{name}" (one
// segment, captured) or a final "*" (the rest of the path, possibly empty, captured as "*"). Method "*"
// matches any method. When several patterns match, the most specific wins: more literal segments, then more
// segments, then no wildcard.
template <typename Handler> class RouteTable {
public:
    struct Match {
        Handler handler;
        QString pattern;
        QHash<QString, QString> params;
    };
    enum class Miss { NotFound, MethodNotAllowed };

    void add(const QByteArray &method, const QString &pattern, Handler handler) {
        m_routes.append({method.toUpper(), pattern, split(pattern), std::move(handler)});
    }

    // Returns the best match, or nullopt and sets `miss` (405 when the path matches under another method).
    std::optional<Match> match(const QByteArray &method, const QString &path, Miss *miss = nullptr) const {
        const QStringList segments = split(path);
        const Route *best = nullptr;
        QHash<QString, QString> bestParams;
        bool pathMatched = false;
        for (const Route &route : m_routes) {
            QHash<QString, QString> params;
            if (!matches(route.segments, segments, &params))
                continue;
            pathMatched = true;
            if (route.method != "*" && route.method != method)
                continue;
            if (!best || specificity(route) > specificity(*best)) {
                best = &route;
                bestParams = params;
            }
        }
        if (!best) {
            if (miss)
                *miss = pathMatched ? Miss::MethodNotAllowed : Miss::NotFound;
            return std::nullopt;
        }
        return Match{best->handler, best->pattern, bestParams};
    }

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };

    static QStringList split(const QString &path) { return path.split(QLatin1Char('/'), Qt::SkipEmptyParts); }

    static bool isParam(const QString &segment) {
        return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
               && segment.endsWith(QLatin1Char('}'));
    }

    static bool matches(const QStringList &pattern, const QStringList &path,
                        QHash<QString, QString> *params) {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QString &segment = pattern.at(i);
            if (segment == QLatin1String("*") && i == pattern.size() - 1) {
                params->insert(QStringLiteral("*"), path.mid(i).join(QLatin1Char('/')));
                return true;
            }
            if (i >= path.size())
                return false;
            if (isParam(segment))
                params->insert(segment.mid(1, segment.size() - 2), path.at(i));
            else if (segment != path.at(i))
                return false;
        }
        return pattern.size() == path.size();
    }

    static std::tuple<int, int, int> specificity(const Route &route) {
        int literals = 0;
        bool wildcard = false;
        for (const QString &segment : route.segments) {
            if (segment == QLatin1String("*"))
                wildcard = true;
            else if (!isParam(segment))
                ++literals;
        }
        return {literals, int(route.segments.size()), wildcard ? 0 : 1};
    }

    QList<Route> m_routes;
};

} // namespace callbridge::sandbox
