#include "ui/output/reportwriter.h"

#include "core/api/wholefile.h"

#include "core/api/eventtype.h"
#include "core/api/numbertext.h"
#include "ui/dashboard/breakdownchart.h"
#include "ui/dashboard/monthlytrendmodel.h"
#include "ui/dashboard/spacebreakdownmodel.h"
#include "ui/dashboard/trendcharts.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QStyle>

namespace neuroio::ui {

namespace {

// Paper is white whatever the screen's palette: charts in a report draw as on a light screen.
QPalette paperPalette()
{
    return QApplication::style()->standardPalette();
}

constexpr int kDpi = 96;
constexpr int kRowHeight = 20;

// Renders a widget (laid out offscreen at the given size) into rect.
void renderWidget(QPainter &painter, QWidget *widget, const QRect &rect)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(rect.size());
    widget->show();
    widget->ensurePolished();
    if (widget->layout())
        widget->layout()->activate();
    // Charts place their labels in deferred updates: let those run before drawing.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Through an image at twice the resolution: drawn straight into the PDF painter, Qt Charts
    // clips the label of the top bar.
    constexpr qreal kScale = 2.0;
    QImage image(rect.size() * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    widget->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.drawImage(rect, image);
    widget->hide();
}

class Page
{
public:
    Page(QPainter &painter, const QRect &area)
        : m_painter(&painter)
        , m_area(area)
        , m_y(area.top())
    {}

    int y() const { return m_y; }
    int left() const { return m_area.left(); }
    int width() const { return m_area.width(); }
    int remaining() const { return m_area.bottom() - 28 - m_y; }
    // What a page holds below its top, above the footer.
    int height() const { return m_area.bottom() - 28 - m_area.top(); }
    void skip(int pixels) { m_y += pixels; }

    void text(const QString &text, qreal pointSize, bool bold = false,
              const QColor &color = Qt::black)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        m_painter->setFont(font);
        m_painter->setPen(color);
        const QRect bounds
            = m_painter->boundingRect(QRect(left(), m_y, width(), 1000), Qt::TextWordWrap, text);
        m_painter->drawText(bounds, Qt::TextWordWrap, text);
        m_y += bounds.height() + 4;
    }

    // A finding: its label in a column of its own, its text wrapped beside it.
    int findingHeight(const ReportContent::Finding &finding, int labelWidth)
    {
        return findingRects(finding, labelWidth).both.height() + 3;
    }

    void finding(const ReportContent::Finding &finding, int labelWidth)
    {
        const FindingRects rects = findingRects(finding, labelWidth);
        m_painter->setPen(QColor(70, 70, 70));
        m_painter->drawText(rects.label, Qt::TextWordWrap, finding.label);
        m_painter->setPen(Qt::black);
        m_painter->drawText(rects.text, Qt::TextWordWrap, finding.text);
        m_y += rects.both.height() + 3;
    }

    // A table row: the first column left-aligned, numbers right-aligned.
    void row(const QStringList &cells, const QList<int> &widths, bool header)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        font.setBold(header);
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        // A heading's words wrap rather than lose their end (German and Russian run long); a
        // cell of the table stays on one line.
        int height = kRowHeight;
        if (header) {
            for (int i = 0; i < cells.size(); ++i) {
                const QRect need = m_painter->boundingRect(QRect(0, 0, widths[i] - 8, 1000),
                                                           Qt::TextWordWrap, cells[i]);
                height = std::max(height, need.height() + 6);
            }
        }
        int x = left();
        for (int i = 0; i < cells.size(); ++i) {
            const QRect cell(x + 4, m_y, widths[i] - 8, height);
            const int align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            if (header) {
                m_painter->drawText(cell, align | Qt::TextWordWrap, cells[i]);
            } else {
                m_painter->drawText(
                    cell, align,
                    m_painter->fontMetrics().elidedText(cells[i], Qt::ElideRight, cell.width()));
            }
            x += widths[i];
        }
        m_painter->setPen(QPen(header ? Qt::black : QColor(190, 190, 190), header ? 1.2 : 0.6));
        m_painter->drawLine(left(), m_y + height, left() + width(), m_y + height);
        m_y += height;
    }

private:
    struct FindingRects
    {
        QRect both; // the two columns: the height the finding takes
        QRect label;
        QRect text;
    };

    FindingRects findingRects(const ReportContent::Finding &finding, int labelWidth)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        m_painter->setFont(font);
        const QRect label = m_painter->boundingRect(QRect(left(), m_y, labelWidth - 8, 1000),
                                                    Qt::TextWordWrap, finding.label);
        const QRect text
            = m_painter->boundingRect(QRect(left() + labelWidth, m_y, width() - labelWidth, 1000),
                                      Qt::TextWordWrap, finding.text);
        return {QRect(left(), m_y, width(), std::max(label.height(), text.height())), label, text};
    }

    QPainter *m_painter;
    QRect m_area;
    int m_y;
};

void footer(QPainter &painter, const QRect &area, const ReportContent &content, int page, int pages)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(80, 80, 80));
    const QRect line(area.left(), area.bottom() - 16, area.width(), 16);
    painter.drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("neuroio::ui::ReportWriter", "NeuroIO usage · %1 · %2")
            .arg(content.scope, content.range.toString()));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("neuroio::ui::ReportWriter", "Page %1 of %2")
                         .arg(page)
                         .arg(pages));
}

} // namespace

ApiError ReportWriter::write(const ReportContent &content, const QString &path, int *pageCount)
{
    const UsageAggregator empty;
    const UsageAggregator &aggregator = content.aggregator ? *content.aggregator : empty;
    const QList<int> &types = content.eventTypes;
    if (types.isEmpty())
        return ApiError::invalidInput(tr("the report has no event type to show"));

    // Lays the report out on writer; returns the pages used. Run twice: first to count the
    // pages, then to print "Page n of N".
    // pages == 0 is the counting pass: the layout is the same, the charts are not drawn.
    const auto render = [&](QPdfWriter &writer, int pages) -> int {
        const bool drawCharts = pages > 0;
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(content.documentTitle());
        writer.setCreator(QStringLiteral("NeuroIO Billing " NEUROIO_VERSION));
        const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
        const QRect area = paint.translated(-paint.topLeft());
        QPainter painter;
        if (!painter.begin(&writer))
            return 0;

        int pageNumber = 1;
        Page page(painter, area);
        const auto nextPage = [&] {
            footer(painter, area, content, pageNumber++, pages);
            writer.newPage();
            page = Page(painter, area);
        };

        // What this is, and the totals.
        page.text(content.title, 20, true);
        page.text(tr("Scope: %1").arg(content.scope), 11);
        page.text(tr("Months: %1 (%2 months)")
                      .arg(content.range.toString())
                      .arg(content.range.monthCount()),
                  11);
        page.text(tr("Filters: %1").arg(content.filters), 11);
        page.text(tr("Made: %1").arg(content.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm t"))),
                  9, false, QColor(80, 80, 80));
        page.skip(10);
        page.text(tr("Totals per event type"), 13, true);
        const int w = page.width();
        const QList<int> widths{w * 22 / 100, w * 18 / 100, w * 20 / 100, w * 21 / 100,
                                w * 19 / 100};
        page.row({tr("Event type"), tr("Total over the range"), tr("Unit of the total"),
                  tr("Latest month"), tr("Monthly average")},
                 widths, true);
        for (const UsageTotal &t : content.totals) {
            const int type = t.eventType.value_or(0);
            const LevelSummary months = content.monthly.value(type);
            page.row(
                {eventTypeDisplayName(type),
                 t.quantity ? localeNumber(*t.quantity) : tr("not given"), eventTypeTotalUnit(type),
                 months.isValid()
                     ? tr("%1 (%2)", "a number (its month)")
                           .arg(localeNumber(months.latest), months.latestMonth.toString())
                     : QStringLiteral("–"),
                 months.isValid() ? localeNumber(std::round(months.average)) : QStringLiteral("–")},
                widths, false);
        }
        page.text(tr("API calls are a flow: the total is the calls made over the range. "
                     "Storage and licences are levels, counted each month: the total endpoint "
                     "adds the months up, in unit-months (a person stored for 12 months is "
                     "12 person-months). How many are kept is the latest month's level."),
                  9, false, QColor(80, 80, 80));

        // Each type's changes, forecast, budgets and cost, as ReportContent words them.
        page.skip(12);
        page.text(content.findingsTitle, 13, true);
        const int labelWidth = page.width() * 26 / 100;
        for (int type : types) {
            const QList<ReportContent::Finding> findings = content.findings.value(type);
            if (findings.isEmpty())
                continue;
            // A type's findings stay together, under its name, where a page holds them.
            int height = 24;
            for (const ReportContent::Finding &finding : findings)
                height += page.findingHeight(finding, labelWidth);
            if (page.remaining() < height && height < page.height())
                nextPage();
            page.text(eventTypeDisplayName(type), 10, true);
            for (const ReportContent::Finding &finding : findings) {
                if (page.remaining() < page.findingHeight(finding, labelWidth))
                    nextPage();
                page.finding(finding, labelWidth);
            }
            page.skip(6);
        }

        // The trend, on this page when it has room to be read, else at the top of the next.
        constexpr int kTrendHeightAtLeast = 300;
        constexpr int kTrendHeightAtMost = 480;
        page.skip(10);
        if (page.remaining() < kTrendHeightAtLeast + 30)
            nextPage();
        page.text(tr("Monthly trend (each event type on its own scale)"), 13, true);
        const int trendHeight = std::min(kTrendHeightAtMost, page.remaining());
        if (drawCharts) {
            MonthlyTrendModel trendModel;
            // The month open by the server's clock is partial: no forecast from it, and never
            // an unusual month; the forecast drawn is the one the findings put in words.
            trendModel.setOpenMonth(content.openMonth.isValid() ? content.openMonth
                                                                : Month::openAt(content.madeAt));
            QMap<int, QList<MonthlyPoint>> series;
            for (int type : types)
                series.insert(type, aggregator.monthly(type));
            trendModel.setSeries(types, series);
            TrendCharts trend(&trendModel);
            trend.setPalette(paperPalette());
            renderWidget(painter, &trend, QRect(page.left(), page.y(), page.width(), trendHeight));
        }
        page.skip(trendHeight + 16);

        // The breakdown of the first event type, and every space.
        constexpr int kChartHeight = 330;
        if (page.remaining() < kChartHeight + 40 + 3 * kRowHeight)
            nextPage();
        SpaceBreakdownModel breakdownModel;
        breakdownModel.setBreakdown(aggregator.breakdown(types.first()));
        page.text(tr("By space: %1").arg(breakdownModel.basisText()), 13, true);
        if (drawCharts) {
            BreakdownChart chart(&breakdownModel);
            chart.setPalette(paperPalette());
            chart.hideDetail();
            renderWidget(painter, &chart, QRect(page.left(), page.y(), page.width(), kChartHeight));
        }
        page.skip(kChartHeight + 10);
        // The table's heading stays with a few of its rows.
        if (page.remaining() < 40 + 4 * kRowHeight)
            nextPage();
        page.text(tr("Every space (API calls: total over the range; storage and "
                     "licences: their level in the last month)"),
                  11, true);
        QList<int> spaceWidths{page.width() - 120 * static_cast<int>(types.size())};
        QStringList header{tr("Space")};
        for (int type : types) {
            spaceWidths.append(120);
            header.append(eventTypeDisplayName(type));
        }
        page.row(header, spaceWidths, true);
        for (const ReportContent::SpaceRow &space : content.spaces) {
            if (page.remaining() < kRowHeight) {
                nextPage();
                page.text(tr("Every space (continued)"), 11, true);
                page.row(header, spaceWidths, true);
            }
            QStringList cells{space.name};
            for (int type : types) {
                cells.append(space.values.contains(type) ? localeNumber(space.values.value(type))
                                                         : QStringLiteral("–"));
            }
            page.row(cells, spaceWidths, false);
        }
        footer(painter, area, content, pageNumber, pages);
        painter.end();
        return pageNumber;
    };

    int pages = 0;
    {
        QBuffer dryRun;
        dryRun.open(QIODevice::WriteOnly);
        QPdfWriter counter(&dryRun);
        pages = render(counter, 0);
    }
    if (pages == 0)
        return ApiError::writeFailed(path, tr("the PDF could not be started"));
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        render(writer, pages);
    }
    if (pageCount)
        *pageCount = pages;

    return writeWholeFile(path, pdf.data());
}

} // namespace neuroio::ui
