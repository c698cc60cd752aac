#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace callbridge {

// The number a `tel:` or `callto:` argument asks to dial ("tel:+44 20 7123 4567", "callto://+442071234567",
// "tel:%2B442071234567;phone-context=…"), as the caller wrote it minus the scheme, percent-decoding and
// parameters. Nothing for any other argument, or when what is left is not a plausible number (digits,
// spaces and + ( ) - . only, 3 to 32 digits).
std::optional<QString> dialRequestFromArgument(const QString &argument);

// The first dial request among command-line arguments, if any.
std::optional<QString> dialRequestFromArguments(const QStringList &arguments);

} // namespace callbridge
