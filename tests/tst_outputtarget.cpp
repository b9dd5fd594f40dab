#include "core/api/outputtarget.h"
#include "core/api/wholefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace neuroio;

class TestOutputTarget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whatIsAStream_data();
    void whatIsAStream();
    void wholeFileToADeviceKeepsTheDevice();
    void wholeFileToAFullDeviceSaysWhy();
    void aPipeWithoutAReaderIsRefusedAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestOutputTarget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile existing(m_dir.filePath(QStringLiteral("existing.csv")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600),
             0);
}

void TestOutputTarget::whatIsAStream_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("descriptor");
    QTest::newRow("-") << "-" << true << 1;
    QTest::newRow("/dev/stdout") << "/dev/stdout" << true << 1;
    QTest::newRow("/dev/fd/1") << "/dev/fd/1" << true << 1;
    QTest::newRow("/proc/self/fd/1") << "/proc/self/fd/1" << true << 1;
    QTest::newRow("/dev/stderr") << "/dev/stderr" << true << 2;
    QTest::newRow("/dev/null") << "/dev/null" << true << -1;
    QTest::newRow("/dev/full") << "/dev/full" << true << -1;
    QTest::newRow("a shell's >(gzip)") << "/dev/fd/63" << true << 63;
    QTest::newRow("/dev/./null, written oddly") << "/dev/./null" << true << -1;
    QTest::newRow("a named pipe") << m_dir.filePath(QStringLiteral("pipe")) << true << -1;
    QTest::newRow("a new file") << m_dir.filePath(QStringLiteral("new.csv")) << false << -1;
    QTest::newRow("an existing file")
        << m_dir.filePath(QStringLiteral("existing.csv")) << false << -1;
    QTest::newRow("a relative new file") << "relative-out.csv" << false << -1;
    // Where a file is does not make it a stream: a regular file under /dev is replaced.
    QTest::newRow("a new file in /dev/shm") << "/dev/shm/neuroio-test-new.csv" << false << -1;
}

void TestOutputTarget::whatIsAStream()
{
    QFETCH(QString, path);
    QFETCH(bool, stream);
    QFETCH(int, descriptor);
    const OutputTarget target = OutputTarget::of(path);
    QCOMPARE(target.isStream(), stream);
    QCOMPARE(target.descriptor, descriptor);
}

void TestOutputTarget::wholeFileToADeviceKeepsTheDevice()
{
    const ApiError written = writeWholeFile(QStringLiteral("/dev/null"), "a picture\n");
    QVERIFY2(written.isOk(), qPrintable(written.userMessage()));
    struct stat status
    {
    };
    QCOMPARE(::stat("/dev/null", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
}

void TestOutputTarget::wholeFileToAFullDeviceSaysWhy()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    const ApiError written = writeWholeFile(QStringLiteral("/dev/full"), QByteArray(1000, 'x'));
    QCOMPARE(written.kind, ApiError::Kind::WriteFailed);
    QVERIFY2(written.message.contains(QStringLiteral("No space left on device")),
             qPrintable(written.message));
}

void TestOutputTarget::aPipeWithoutAReaderIsRefusedAtOnce()
{
    // A blocking open would wait for a reader forever, deaf to Ctrl+C; this gives up after its
    // few seconds of grace, saying why.
    const QString pipe = m_dir.filePath(QStringLiteral("pipe"));
    const ApiError written = writeWholeFile(pipe, "a picture\n");
    QCOMPARE(written.kind, ApiError::Kind::WriteFailed);
    QVERIFY2(written.message.contains(QStringLiteral("no program is reading this named pipe")),
             qPrintable(written.message));
}

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_outputtarget.moc"
