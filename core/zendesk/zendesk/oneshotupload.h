#pragma once

#include <QByteArray>
#include <QIODevice>

namespace callbridge::zendesk {

// A request body Qt can send once and never rewind. Qt's HTTP layer silently sends a request again when a
// connection closes before any answer — harmless for reads, a duplicate comment or user for a write Zendesk
// had already applied. With a body that cannot be reset, Qt reports the error instead, and our own retry
// logic, which looks a write up before sending it again, decides.
class OneShotUpload final : public QIODevice {
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace callbridge::zendesk
