#pragma once

#include <QString>

namespace callbridge {

// Attributes that older contact flows (the legacy real-time speech analysis) set for their own machinery:
// kvsTriggerLambdaResult, saveCallRecording, startStreamingAudioStatus, transcribeCall. They say nothing
// about the call to whoever reads the ticket, so they are never written to tickets.
bool isLegacySystemAttributeName(const QString &name);

} // namespace callbridge
