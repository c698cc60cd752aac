#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace callbridge::ui {

// A word-wrapped label that shows `text` as plain text, never as markup (it may hold what someone typed).
QLabel *plainLabel(const QString &text, QWidget *parent);

} // namespace callbridge::ui
