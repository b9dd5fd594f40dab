#include "ui/output/chartimage.h"

#include "core/api/wholefile.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
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
        return ApiError::writeFailed(
            path, QCoreApplication::translate("neuroio::ui::ChartImage",
                                              "the picture could not be encoded as PNG"));
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
    svg.setDescription(QCoreApplication::translate("neuroio::ui::ChartImage", "NeuroIO Billing"));
    QPainter painter(&svg);
    widget->render(&painter);
    painter.end();
    return writeWholeFile(path, bytes);
}

void addSaveImageMenu(QWidget *widget, const QString &title, std::function<QString()> baseName)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(QCoreApplication::translate("neuroio::ui::ChartImage", "Save as PNG…"),
                            widget);
    auto *svg = new QAction(QCoreApplication::translate("neuroio::ui::ChartImage", "Save as SVG…"),
                            widget);
    const auto save = [widget, title, baseName = std::move(baseName)](bool asSvg) {
        const QString suffix = asSvg ? QStringLiteral("svg") : QStringLiteral("png");
        const QString path = QFileDialog::getSaveFileName(
            widget, QCoreApplication::translate("neuroio::ui::ChartImage", "Save %1").arg(title),
            baseName() + QLatin1Char('.') + suffix,
            asSvg ? QCoreApplication::translate("neuroio::ui::ChartImage", "SVG pictures (*.svg)")
                  : QCoreApplication::translate("neuroio::ui::ChartImage", "PNG pictures (*.png)"));
        if (path.isEmpty())
            return;
        const ApiError error
            = asSvg ? saveWidgetAsSvg(widget, path, title) : saveWidgetAsPng(widget, path);
        if (!error.isOk())
            QMessageBox::warning(
                widget, QCoreApplication::translate("neuroio::ui::ChartImage", "Not saved"),
                error.userMessage());
    };
    QObject::connect(png, &QAction::triggered, widget, [save] { save(false); });
    QObject::connect(svg, &QAction::triggered, widget, [save] { save(true); });
    widget->addAction(png);
    widget->addAction(svg);
}

} // namespace neuroio::ui
