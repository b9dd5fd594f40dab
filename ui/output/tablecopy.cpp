#include "ui/output/tablecopy.h"

#include "core/api/numbertext.h"
#include "ui/widgets/modelroles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMap>
#include <QSet>

namespace neuroio::ui {

QString selectionAsTsv(const QItemSelectionModel *selection)
{
    QMap<int, QMap<int, QModelIndex>> cells; // row -> column -> index
    QSet<int> columns;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        cells[index.row()][index.column()] = index;
        columns.insert(index.column());
    }
    QList<int> orderedColumns(columns.cbegin(), columns.cend());
    std::sort(orderedColumns.begin(), orderedColumns.end());
    QStringList lines;
    for (const auto &row : cells) {
        QStringList fields;
        for (int column : orderedColumns) {
            const QModelIndex index = row.value(column);
            QString text;
            if (index.isValid()) {
                const QVariant raw = index.data(RawValueRole);
                // Quantities are doubles; an event type's number stays its name.
                if (raw.typeId() == QMetaType::Double) {
                    text = plainNumber(raw.toDouble());
                } else {
                    text = index.data(Qt::DisplayRole).toString();
                }
            }
            text.replace(QLatin1Char('\t'), QLatin1Char(' '));
            text.replace(QLatin1Char('\r'), QLatin1Char(' '));
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            fields.append(text);
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void addCopyAction(QAbstractItemView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("neuroio::ui::TableCopy", "Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        if (view->selectionModel())
            QGuiApplication::clipboard()->setText(selectionAsTsv(view->selectionModel()));
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace neuroio::ui
