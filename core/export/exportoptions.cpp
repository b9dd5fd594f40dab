#include "core/export/exportoptions.h"

namespace neuroio {

ApiError ExportOptions::check() const
{
    if (format == Format::Json)
        return {};
    if (delimiter != QLatin1Char(',') && delimiter != QLatin1Char(';')
        && delimiter != QLatin1Char('\t')) {
        return ApiError::invalidInput(tr("the delimiter must be a comma, a semicolon or a tab"));
    }
    if (numbers == Numbers::Locale && locale.decimalPoint() == QString(delimiter)) {
        return ApiError::invalidInput(
            tr("%1 is the decimal separator in %2; choose another delimiter or "
               "plain numbers")
                .arg(delimiterName(delimiter), locale.name()));
    }
    return {};
}

QString ExportOptions::fileSuffix() const
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

QString ExportOptions::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("a comma");
    if (delimiter == QLatin1Char(';'))
        return tr("a semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("a tab");
    return tr("\"%1\"", "a delimiter character, quoted").arg(delimiter);
}

QString defaultExportFileName(const QString &kind, std::optional<qint64> accountId,
                              std::optional<Month> from, std::optional<Month> to,
                              const QString &suffix)
{
    QString name
        = QStringLiteral("neuroio-") + kind + QLatin1Char('_')
          + (accountId ? QStringLiteral("account-%1").arg(*accountId) : QStringLiteral("my-usage"));
    name += QLatin1Char('_') + (from ? from->toString() : QStringLiteral("start"));
    name += QLatin1Char('_') + (to ? to->toString() : QStringLiteral("now"));
    return name + QLatin1Char('.') + suffix;
}

} // namespace neuroio
