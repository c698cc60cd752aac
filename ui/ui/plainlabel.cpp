#include "plainlabel.h"

#include <QLabel>

namespace callbridge::ui {

QLabel *plainLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace callbridge::ui
