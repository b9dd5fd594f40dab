#include "ui/widgets/eventtypestyle.h"

namespace neuroio::ui {

QColor eventTypeColor(int eventType)
{
    switch (eventType) {
    case 1:
        return QColor(0x00, 0x72, 0xB2); // blue
    case 2:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case 3:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case 4:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    default:
        return QColor(0x66, 0x66, 0x66);
    }
}

} // namespace neuroio::ui
