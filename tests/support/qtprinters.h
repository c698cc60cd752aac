#pragma once

#include <QString>
#include <ostream>

// Lets GoogleTest print QStrings as text in failure messages (it finds PrintTo by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}
