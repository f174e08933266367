// hpr-dashboard-bench DB: how long the fleet dashboard takes to open a store, from creating the window to
// the first complete rendering of the charts and the table (offscreen). Prints milliseconds.
#include "fleetdashboard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: hpr-dashboard-bench DB\n");
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    FleetDashboard board;
    board.resize(1280, 860);
    board.show();
    int code = 0;
    QObject::connect(&board, &FleetDashboard::loaded, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "hpr-dashboard-bench: %s\n", qPrintable(message));
            code = 4;
        } else {
            QCoreApplication::processEvents(); // the charts lay out their axes
            board.grab();                      // paints every chart and the visible table rows
            std::printf("dashboard: %lld devices shown in %lld ms (store read and charts built: %lld ms)\n",
                        static_cast<long long>(board.model()->rowCount()), static_cast<long long>(timer.elapsed()),
                        static_cast<long long>(board.openMilliseconds()));
        }
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    board.openStore(QString::fromLocal8Bit(argv[1]));
    app.exec();
    return code;
}
