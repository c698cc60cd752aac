#pragma once

#include "timing/clock.h"
#include "timing/scheduler.h"

#include <QWidget>
#include <chrono>

class QLabel;
class QPushButton;

namespace callbridge::ui {

class SecretField;
class SettingField;

// "Test connection": signs in to Zendesk with the form's URL, e-mail and token (typed, or the one stored for
// the account) by reading users/me, and shows who that is or exactly what is wrong (core's words).
class ConnectionTest : public QWidget {
    Q_OBJECT
public:
    ConnectionTest(const SettingField &url, const SettingField &email, SecretField &token,
                   QWidget *parent = nullptr);

    void start();
    QString result() const; // the last answer; empty before the first
    bool lastSucceeded() const { return m_ok; }
    QPushButton *button() const { return m_button; }
    static constexpr std::chrono::seconds kTimeout{15};

Q_SIGNALS:
    void finished(bool ok);

private:
    void show(bool ok, const QString &text);

    const SettingField &m_url;
    const SettingField &m_email;
    SecretField &m_token;
    QPushButton *m_button = nullptr;
    QLabel *m_result = nullptr;
    bool m_ok = false;
    SystemClock m_clock;
    QtScheduler m_scheduler;
};

} // namespace callbridge::ui
