#pragma once

#include "model/correctionlog.h"

namespace callbridge::journal {

class Journal;

// The engine's CorrectionLog backed by the journal's corrections table (each correction goes with its
// contact when retention removes the contact). Database errors are logged (category callbridge.journal).
class JournalCorrectionLog final : public CorrectionLog {
public:
    explicit JournalCorrectionLog(Journal &journal);

    QList<CorrectionRecord> corrections(const QString &contactId) const override;
    QList<CorrectionRecord> unfinishedCorrections() const override;
    bool recordRequested(const CorrectionRecord &record) override;
    bool recordDone(const CorrectionRecord &record, qint64 toTicketId, const QDateTime &at) override;

private:
    Journal &m_journal;
};

} // namespace callbridge::journal
