// neuroio-iconrender SVG OUTPUT_DIR NAME SIZE...: the SVG icon drawn at each size, as
// OUTPUT_DIR/SIZExSIZE/apps/NAME.png, the hicolor theme's layout. Run by the build, so the
// PNGs always match the one SVG in the repository; never installed.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: neuroio-iconrender SVG OUTPUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "neuroio-iconrender: " << args.at(1) << " is not an SVG image it can draw\n";
        return 1;
    }
    for (const QString &text : args.mid(4)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << "neuroio-iconrender: \"" << text << "\" is not a size from 1 to 1024\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString path = folder + QLatin1Char('/') + args.at(3) + QStringLiteral(".png");
        if (!QDir().mkpath(folder) || !image.save(path, "PNG")) {
            err << "neuroio-iconrender: could not write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
