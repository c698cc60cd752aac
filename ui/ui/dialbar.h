#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace callbridge::ui {

// Why the softphone cannot place a call in the agent's current state (empty: it can). `agentState` is the
// CCP's state name ("Available", "Busy", …); empty when the CCP has not reported one (not signed in).
QString dialRefusal(const QString &agentState);

// A number to call and a Call button (Enter calls too). Says what the agent typed; the window normalises and
// dials it.
class DialBar : public QWidget {
    Q_OBJECT
public:
    explicit DialBar(QWidget *parent = nullptr);

    void setNumber(const QString &number);
    QString number() const;

public Q_SLOTS:
    void focusNumber();

Q_SIGNALS:
    void dialRequested(const QString &number);

private:
    QLineEdit *m_number = nullptr;
    QPushButton *m_call = nullptr;
};

} // namespace callbridge::ui
