#include "ui/output/chartimage.h"

#include "core/api/wholefile.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace neuroio::ui {

ApiError saveWidgetAsPng(QWidget *widget, const QString &path)
{
    const qreal scale = 2.0;
    QPixmap pixmap(widget->size() * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::white);
    widget->render(&pixmap);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!pixmap.save(&buffer, "PNG"))
        return ApiError::writeFailed(path, QObject::tr("the picture could not be encoded as PNG"));
    return writeWholeFile(path, bytes);
}

ApiError saveWidgetAsSvg(QWidget *widget, const QString &path, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(title);
    svg.setDescription(QObject::tr("NeuroIO Billing"));
    QPainter painter(&svg);
    widget->render(&painter);
    painter.end();
    return writeWholeFile(path, bytes);
}

void addSaveImageMenu(QWidget *widget, const QString &title, std::function<QString()> baseName)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(QObject::tr("Save as PNG…"), widget);
    auto *svg = new QAction(QObject::tr("Save as SVG…"), widget);
    const auto save = [widget, title, baseName = std::move(baseName)](bool asSvg) {
        const QString suffix = asSvg ? QStringLiteral("svg") : QStringLiteral("png");
        const QString path = QFileDialog::getSaveFileName(
            widget, QObject::tr("Save %1").arg(title), baseName() + QLatin1Char('.') + suffix,
            asSvg ? QObject::tr("SVG pictures (*.svg)") : QObject::tr("PNG pictures (*.png)"));
        if (path.isEmpty())
            return;
        const ApiError error
            = asSvg ? saveWidgetAsSvg(widget, path, title) : saveWidgetAsPng(widget, path);
        if (!error.isOk())
            QMessageBox::warning(widget, QObject::tr("Not saved"), error.userMessage());
    };
    QObject::connect(png, &QAction::triggered, widget, [save] { save(false); });
    QObject::connect(svg, &QAction::triggered, widget, [save] { save(true); });
    widget->addAction(png);
    widget->addAction(svg);
}

} // namespace neuroio::ui
