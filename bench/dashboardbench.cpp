// hpr-dashboard-bench DB [PNG]: how long the fleet dashboard takes to open a store. "Open" is measured from the
// start of main() (before QApplication) until the window has painted the six charts with the store's counts
// and the first rows of the device table (offscreen; grab() paints the whole window as a screen would).
// Prints the total and where it went; exits 4 when the store cannot be read or the window shows nothing. With
// PNG, the painted frame is saved there (to look at what 100,000 devices look like).
#include "fleetdashboard.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: hpr-dashboard-bench DB [PNG]\n");
        return 3;
    }
    const qint64 appMs = sinceMain.elapsed();
    FleetDashboard board;
    board.resize(1280, 860);
    board.show();
    const qint64 windowMs = sinceMain.elapsed();
    int code = 0;
    QObject::connect(&board, &FleetDashboard::loaded, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "hpr-dashboard-bench: %s\n", qPrintable(message));
            code = 4;
        } else {
            const qint64 heldMs = sinceMain.elapsed();
            QCoreApplication::processEvents();  // the charts lay out their axes
            const QPixmap frame = board.grab(); // paints every chart and the visible table rows
            const qint64 paintedMs = sinceMain.elapsed();
            // What the frame shows: rows in the table's viewport, series in the charts.
            auto *table = board.findChild<QTableView *>(QStringLiteral("devices"));
            const int firstRow = table ? table->rowAt(0) : -1;
            const int lastRow = table ? table->rowAt(table->viewport()->height() - 1) : -1;
            int charts = 0;
            for (const char *name : {"verdicts", "blockers", "architectures", "builds", "overTime", "rings"}) {
                QChart *c = board.chart(QString::fromLatin1(name));
                charts += c && !c->series().isEmpty();
            }
            if (frame.isNull() || firstRow != 0 || charts != 6) {
                std::fprintf(stderr, "hpr-dashboard-bench: the window shows %d charts and table rows from %d\n", charts,
                             firstRow);
                code = 4;
            }
            if (argc == 3 && !frame.save(QString::fromLocal8Bit(argv[2]))) {
                std::fprintf(stderr, "hpr-dashboard-bench: cannot write %s\n", argv[2]);
                code = 4;
            }
            // Resident memory now: the store file mapped by SQLite counts as RssFile (shared page cache).
            QFile statusFile(QStringLiteral("/proc/self/status"));
            QString memory;
            if (statusFile.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : statusFile.readAll().split('\n')) {
                    if (line.startsWith("VmHWM") || line.startsWith("RssAnon") || line.startsWith("RssFile"))
                        memory += QString::fromLatin1(line.simplified()) + QStringLiteral("; ");
                }
            }
            const auto &t = board.openTimes();
            std::printf("dashboard: %lld devices; charts (%d) and table rows %d-%d painted %lld ms after main()\n",
                        static_cast<long long>(board.model()->rowCount()), charts, firstRow + 1,
                        (lastRow < 0 ? board.model()->rowCount() : lastRow + 1), static_cast<long long>(paintedMs));
            std::printf("  QApplication %lld ms, window shown %lld ms, store read (worker) %lld ms, table %lld ms, "
                        "charts %lld ms, first paint %lld ms\n",
                        static_cast<long long>(appMs), static_cast<long long>(windowMs - appMs),
                        static_cast<long long>(t.read), static_cast<long long>(t.table),
                        static_cast<long long>(t.charts), static_cast<long long>(paintedMs - heldMs));
            std::printf("  memory: %s\n", qPrintable(memory));
        }
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    board.openStore(QString::fromLocal8Bit(argv[1]));
    app.exec();
    return code;
}
