#pragma once

#include <QColor>

namespace neuroio::ui {

// One colour per event type, the same in tiles and charts; chosen to stay apart for the
// common forms of colour blindness (Okabe–Ito).
QColor eventTypeColor(int eventType);

} // namespace neuroio::ui
