#pragma once

#include "core/api/apierror.h"
#include "core/api/month.h"

#include <QChar>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace neuroio {

// How usage is written to a file. The same options serve the dashboard and the command line.
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(neuroio::ExportOptions)

public:
    enum class Format { Csv, Json };
    enum class Numbers { Plain, Locale };

    Format format = Format::Csv;
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = false;
    Numbers numbers = Numbers::Plain;
    QLocale locale = QLocale::c();

    // Empty when the options can be used; otherwise a sentence saying what clashes.
    ApiError check() const;
    // "csv" or "json".
    QString fileSuffix() const;
    static QString delimiterName(QChar delimiter);
};

// A file name that says what is in it: neuroio-usage_account-12_2024-01_2024-06.csv
QString defaultExportFileName(const QString &kind, std::optional<qint64> accountId,
                              std::optional<Month> from, std::optional<Month> to,
                              const QString &suffix);

} // namespace neuroio
