#pragma once

#include "zendesk/zendeskmodels.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace callbridge::zendesk {
class DirectoryReader;
}

namespace callbridge::ui {

// Several users share the caller's number: each candidate with their name, e-mail, organisation and their
// three newest tickets (read from the directory when the candidates are shown), and a button that makes them
// the caller. Shows the candidates it was given, nothing else.
class CallerPicker : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTicketsPerCandidate = 3;

    explicit CallerPicker(zendesk::DirectoryReader &directory, QWidget *parent = nullptr);

    // `current` first, then the others; the same ids again keep what is shown (and read nothing twice).
    void setCandidates(const QList<zendesk::User> &candidates, qint64 current);
    int candidateCount() const { return static_cast<int>(m_ids.size()); }

Q_SIGNALS:
    void chosen(qint64 userId);

private:
    QWidget *addCandidate(const zendesk::User &user, bool current);

    zendesk::DirectoryReader &m_directory;
    QVBoxLayout *m_rows = nullptr;
    QList<qint64> m_ids;
    qint64 m_current = 0;
};

} // namespace callbridge::ui
