#include "systemattributes.h"

#include <algorithm>
#include <iterator>

namespace callbridge {

bool isLegacySystemAttributeName(const QString &name) {
    static const QLatin1String names[] = {
        QLatin1String("kvsTriggerLambdaResult"), QLatin1String("saveCallRecording"),
        QLatin1String("startStreamingAudioStatus"), QLatin1String("transcribeCall")};
    const QString trimmed = name.trimmed();
    return std::any_of(std::begin(names), std::end(names), [&trimmed](QLatin1String legacy) {
        return trimmed.compare(legacy, Qt::CaseInsensitive) == 0;
    });
}

} // namespace callbridge
