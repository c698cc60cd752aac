#pragma once

#include <QJsonObject>
#include <QString>

namespace callbridge::app {

// `callbridge --trace`: one JSON line on standard output per milestone, with the milliseconds since the
// process started ({"trace":"event","kind":"connected","contactId":…,"ms":812}), so benchmarks can time
// start-up and the way from a contact event to its ticket from outside. Nothing personal: ids and kinds only.
class TimingTrace {
public:
    static void startClock(); // first thing in main()
    static qint64 elapsedMs();

    explicit TimingTrace(bool enabled)
        : m_enabled(enabled) {}
    bool enabled() const { return m_enabled; }
    void mark(const QString &what, QJsonObject fields = {}) const;

private:
    bool m_enabled = false;
};

} // namespace callbridge::app
