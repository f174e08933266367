// The fleet dashboard on the offscreen platform: a generated fleet imported into a store, the charts' numbers
// compared with the store's own summary, the filter followed by the charts, the export, and a screenshot.
#include "csvparser.h"
#include "fleetdashboard.h"
#include "reportgenerator.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLocale>
#include <QPercentBarSeries>
#include <QPieSeries>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <map>

using namespace hpr::fleet;

namespace {

/// A store with a generated fleet: 300 devices, some with history, every device in a ring.
struct LoadedDashboard
{
    QTemporaryDir dir;
    std::string db;
    Summary summary;
    FleetDashboard board;

    LoadedDashboard()
    {
        REQUIRE(dir.isValid());
        const std::string root = dir.path().toStdString();
        REQUIRE(hpr::bench::generateFleet(root + "/reports", {300, 40, 11, root + "/rings.csv"}));
        db = root + "/fleet.sqlite";
        auto store = FleetStore::open(db, true);
        REQUIRE(store);
        ImportOptions options;
        options.ringsCsv = root + "/rings.csv";
        REQUIRE(store->import(root + "/reports", options));
        auto s = store->summary();
        REQUIRE(s);
        summary = *s;

        board.resize(1280, 860);
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        QSignalSpy loaded(&board, &FleetDashboard::loaded);
        board.openStore(QString::fromStdString(db));
        // While the store is read, the window says so with a busy bar.
        auto *progress = find<QProgressBar>("progress");
        CHECK(progress->isVisible());
        CHECK(find<QLabel>("status")->text().contains(QString::fromStdString(db)));
        REQUIRE(loaded.wait(20000));
        REQUIRE(loaded.front().at(0).toBool());
        CHECK_FALSE(progress->isVisible());
    }

    template <class T> T *find(const char *name)
    {
        T *w = board.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }

    void choose(const char *combo, const QString &value)
    {
        auto *box = find<QComboBox>(combo);
        const int i = box->findData(value);
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
    }
};

template <class S> S *seriesOf(QChart *chart)
{
    REQUIRE(chart != nullptr);
    REQUIRE(chart->series().size() == 1);
    auto *s = qobject_cast<S *>(chart->series().front());
    REQUIRE(s != nullptr);
    return s;
}

/// Verdict counts per category of a stacked or percent bar chart.
std::map<std::string, std::int64_t> barTotals(QChart *chart, int onlySet = -1)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().front());
    REQUIRE(series != nullptr);
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(a))
            axis = categories;
    }
    REQUIRE(axis != nullptr);
    std::map<std::string, std::int64_t> totals;
    for (int c = 0; c < axis->count(); ++c) {
        double sum = 0;
        for (int s = 0; s < series->count(); ++s) {
            if (onlySet < 0 || s == onlySet)
                sum += series->barSets().at(s)->at(c);
        }
        totals[axis->at(c).toStdString()] = static_cast<std::int64_t>(sum);
    }
    return totals;
}

/// What the charts show must be what the summary says.
void checkChartsShow(FleetDashboard &board, const Summary &expected)
{
    // Verdicts: one slice per verdict present, its value the count.
    auto *pie = seriesOf<QPieSeries>(board.chart(QStringLiteral("verdicts")));
    std::int64_t sliced = 0;
    for (QPieSlice *slice : pie->slices()) {
        const std::string verdict = slice->property("verdict").toString().toStdString();
        INFO(verdict);
        CHECK(static_cast<std::int64_t>(slice->value()) == expected.byVerdict.at(verdict));
        // The count beside the slice, the verdict's name in the legend.
        CHECK(slice->label() == QLocale().toString(static_cast<qlonglong>(slice->value())));
        CHECK(slice->isLabelVisible());
        sliced += static_cast<std::int64_t>(slice->value());
    }
    const auto markers = board.chart(QStringLiteral("verdicts"))->legend()->markers(pie);
    REQUIRE(markers.size() == pie->count());
    for (int i = 0; i < markers.size(); ++i)
        CHECK(markers[i]->label() ==
              fleetVerdictText(pie->slices().at(i)->property("verdict").toString().toStdString()));
    CHECK(sliced == expected.devices);

    // Top blockers: each bar is the devices blocked by that check.
    QChart *blockers = board.chart(QStringLiteral("blockers"));
    auto *bars = seriesOf<QHorizontalBarSeries>(blockers);
    auto *checks = qobject_cast<QBarCategoryAxis *>(blockers->axes(Qt::Vertical).front());
    REQUIRE(checks != nullptr);
    CHECK(checks->count() == static_cast<int>(std::min<std::size_t>(8, expected.byBlocker.size())));
    for (int i = 0; i < checks->count(); ++i)
        CHECK(static_cast<std::int64_t>(bars->barSets().front()->at(i)) ==
              expected.byBlocker.at(checks->at(i).toStdString()));

    // By architecture: the stacked verdicts add up to the devices of each architecture.
    CHECK(barTotals(board.chart(QStringLiteral("architectures"))) == expected.byArch);
    // Rings: devices per ring, and the first set (ready) per ring.
    std::map<std::string, std::int64_t> ringDevices, ringReady;
    for (const auto &[ring, r] : expected.byRing) {
        ringDevices[ring] = r.devices;
        ringReady[ring] = r.ready;
    }
    CHECK(barTotals(board.chart(QStringLiteral("rings"))) == ringDevices);
    CHECK(barTotals(board.chart(QStringLiteral("rings")), 0) == ringReady);
    // Builds (the six biggest): each bar's total is the devices on that build.
    for (const auto &[label, n] : barTotals(board.chart(QStringLiteral("builds")))) {
        const std::string build = label.substr(0, label.find(' '));
        INFO(label);
        CHECK(n == expected.byBuild.at(build));
    }
    // Over time: the last month counts every shown device seen by then.
    REQUIRE_FALSE(board.shownMonths().empty());
    CHECK(board.shownMonths().back().devices == expected.devices);
}

} // namespace

TEST_CASE("dashboard: the charts show the store's summary and follow the filter, the table exports", "[dashboard]")
{
    LoadedDashboard d;
    FleetDashboard &board = d.board;
    CHECK(board.model()->rowCount() == d.summary.devices);
    // Where the opening's time went: every phase measured, and they fit in the whole.
    const auto &times = board.openTimes();
    CHECK(times.read >= 0);
    CHECK(times.table >= 0);
    CHECK(times.charts >= 0);
    CHECK(board.openMilliseconds() >= times.read + times.table + times.charts - 2); // each rounded down
    Summary shown = board.shownSummary();
    shown.reports = d.summary.reports;
    CHECK(shown == d.summary);
    checkChartsShow(board, d.summary);

    SECTION("a screenshot of the whole fleet for the docs")
    {
#ifdef HPR_SCREENSHOT_DIR
        QDir().mkpath(QStringLiteral(HPR_SCREENSHOT_DIR));
        QTest::qWait(300); // the charts lay out their axes in the event loop
        CHECK(board.grab().save(QStringLiteral(HPR_SCREENSHOT_DIR "/13-fleet-dashboard.png")));
#endif
    }

    SECTION("filtering by verdict and ring: the charts recount, the export has just those devices")
    {
        d.choose("verdictFilter", QStringLiteral("blocked"));
        CHECK(board.model()->rowCount() == d.summary.byVerdict.at("blocked"));
        d.choose("ringFilter", QStringLiteral("2-early"));
        // What the store's rows say for the same filter, counted here independently.
        auto store = FleetStore::open(d.db, false);
        REQUIRE(store);
        auto data = store->load();
        REQUIRE(data);
        std::vector<DeviceRow> matching;
        for (std::uint32_t i = 0; i < data->size(); ++i) {
            DeviceRow row = data->row(i);
            if (row.verdict == "blocked" && row.ring == "2-early")
                matching.push_back(std::move(row));
        }
        std::vector<const DeviceRow *> expectedRows;
        for (const DeviceRow &row : matching)
            expectedRows.push_back(&row);
        REQUIRE_FALSE(expectedRows.empty());
        const Summary expected = summarize(expectedRows);
        CHECK(board.model()->rowCount() == static_cast<int>(expectedRows.size()));
        CHECK(board.shownSummary() == expected);
        checkChartsShow(board, expected);
        CHECK(board.shownSummary().byVerdict.at("ready") == 0);

        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("devices.csv"));
        REQUIRE(board.exportCsv(csv));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto rows = hpr::test::parseCsv(file.readAll().toStdString());
        REQUIRE(rows.size() == expectedRows.size() + 1);
        CHECK(rows[0][0] == "hostname");
        for (std::size_t i = 1; i < rows.size(); ++i) {
            CHECK(rows[i][4] == "blocked");
            CHECK(rows[i][10] == "2-early");
        }
    }

    SECTION("every label of the readiness-over-time axis fits under its point")
    {
        QTest::qWait(300); // the axes lay out in the event loop
        QChart *overTime = board.chart(QStringLiteral("overTime"));
        auto *months = qobject_cast<QBarCategoryAxis *>(overTime->axes(Qt::Horizontal).value(0));
        REQUIRE(months != nullptr);
        REQUIRE(months->count() == static_cast<int>(board.shownMonths().size()));
        REQUIRE(months->count() >= 2);
        // The generated fleet spans June to November 2026: the year once, as the axis title.
        CHECK(months->titleText() == QStringLiteral("2026"));
        const QFontMetricsF metrics(months->labelsFont());
        const qreal slot = overTime->plotArea().width() / months->count();
        for (const QString &label : months->categories()) {
            INFO(label.toStdString() << " in " << slot << " px");
            CHECK_FALSE(label.contains(QStringLiteral("2026")));
            CHECK(metrics.horizontalAdvance(label) + 8 < slot);
        }
    }

    SECTION("sorting a column orders the rows by its text, and a filter keeps the order")
    {
        auto *table = d.find<QTableView>("devices");
        table->sortByColumn(FleetTableModel::Build, Qt::DescendingOrder);
        FleetTableModel *model = board.model();
        auto cellText = [&](int row, int column) { return model->index(row, column).data().toString(); };
        for (int r = 1; r < model->rowCount(); ++r)
            REQUIRE(cellText(r - 1, FleetTableModel::Build) >= cellText(r, FleetTableModel::Build));
        table->sortByColumn(FleetTableModel::Model, Qt::AscendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            REQUIRE(cellText(r - 1, FleetTableModel::Model) <= cellText(r, FleetTableModel::Model));
        d.choose("archFilter", QStringLiteral("x64"));
        REQUIRE(model->rowCount() == d.summary.byArch.at("x64"));
        for (int r = 1; r < model->rowCount(); ++r) {
            REQUIRE(cellText(r, FleetTableModel::Arch) == QStringLiteral("x64"));
            REQUIRE(cellText(r - 1, FleetTableModel::Model) <= cellText(r, FleetTableModel::Model));
        }
        // The export follows the table: the shown devices, in the shown order.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("sorted.csv"));
        REQUIRE(board.exportCsv(csv));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto rows = hpr::test::parseCsv(file.readAll().toStdString());
        REQUIRE(static_cast<int>(rows.size()) == model->rowCount() + 1);
        for (int r = 0; r < model->rowCount(); ++r)
            REQUIRE(rows[static_cast<std::size_t>(r) + 1][0] == cellText(r, FleetTableModel::Host).toStdString());
    }

    SECTION("searching for a site's host names")
    {
        QTest::keyClicks(d.find<QLineEdit>("search"), QStringLiteral("pc-ber"));
        const auto &rows = board.model()->visibleDevices();
        REQUIRE_FALSE(rows.empty());
        CHECK(static_cast<std::int64_t>(rows.size()) < d.summary.devices);
        for (std::uint32_t row : rows)
            CHECK(board.model()->fleet()->hostname[row].substr(0, 7) == "PC-BER-");
        CHECK(board.shownSummary().devices == static_cast<std::int64_t>(rows.size()));
        checkChartsShow(board, board.shownSummary());
    }
}

TEST_CASE("dashboard: a store that is not there is said so, not shown empty", "[dashboard]")
{
    FleetDashboard board;
    QSignalSpy loaded(&board, &FleetDashboard::loaded);
    board.openStore(QStringLiteral("/nonexistent/fleet.sqlite"));
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(loaded.front().at(0).toBool());
    CHECK(loaded.front().at(1).toString().contains(QStringLiteral("/nonexistent/fleet.sqlite")));
    CHECK(board.model()->rowCount() == 0);
}
