#include "fleetdashboard.h"

#include "engine/durablefile.h"
#include "engine/statedir.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPercentBarSeries>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace hpr::fleet;

namespace {

/// Colours that stay apart for colour-blind readers (Okabe-Ito); every slice and bar is also labelled.
QColor verdictColour(const std::string &verdict)
{
    if (verdict == "ready")
        return QColor(0x00, 0x9E, 0x73);
    if (verdict == "ready_after_fixes")
        return QColor(0x56, 0xB4, 0xE9);
    if (verdict == "blocked")
        return QColor(0xD5, 0x5E, 0x00);
    return QColor(0x99, 0x99, 0x99);
}

/// Verdict counts per category of a chart (architecture, build, ring).
using CrossTab = std::map<std::string, std::array<qreal, 4>>;

/// The counts of verdictsBy() under the names the chart shows (two values may share a name).
CrossTab crossTab(const FleetData &data, Field field, const std::vector<std::uint32_t> &devices,
                  std::string (*name)(const std::string &))
{
    CrossTab tab;
    const auto counts = verdictsBy(data, field, devices);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i][0] + counts[i][1] + counts[i][2] + counts[i][3] == 0)
            continue;
        auto &row = tab[name(data.field(field).values[i])];
        for (std::size_t v = 0; v < 4; ++v)
            row[v] += qreal(counts[i][v]);
    }
    return tab;
}

/// Verdicts per build, named with its baseline ("26100.8875 (current)").
CrossTab buildTab(const FleetData &data, const std::vector<std::uint32_t> &devices)
{
    const std::size_t baselines = data.field(Field::Baseline).values.size();
    std::vector<std::array<qreal, 4>> counts(data.field(Field::Build).values.size() * baselines, {0, 0, 0, 0});
    for (std::uint32_t d : devices)
        counts[data.id(Field::Build, d) * baselines + data.id(Field::Baseline, d)]
              [std::min<std::uint32_t>(data.id(Field::Verdict, d), 3)] += 1;
    CrossTab tab;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i][0] + counts[i][1] + counts[i][2] + counts[i][3] == 0)
            continue;
        const std::string &baseline = data.field(Field::Baseline).values[i % baselines];
        const QString build = QString::fromStdString(data.field(Field::Build).values[i / baselines]);
        const QString named =
            baseline == "current_baseline"  ? QCoreApplication::translate("FleetDashboard", "%1 (current)").arg(build)
            : baseline == "behind_baseline" ? QCoreApplication::translate("FleetDashboard", "%1 (behind)").arg(build)
                                            : build;
        auto &row = tab[named.toStdString()];
        for (std::size_t v = 0; v < 4; ++v)
            row[v] += counts[i][v];
    }
    return tab;
}

std::string asIs(const std::string &value)
{
    return value;
}
std::string ringName(const std::string &ring)
{
    return ring.empty() ? kNoRing : ring;
}

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A category axis and a value axis for one series; returns the value axis.
QValueAxis *attachAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
                       Qt::Alignment categorySide, Qt::Alignment valueSide, const QString &valueFormat)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, categorySide);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(valueFormat);
    chart->addAxis(valueAxis, valueSide);
    series->attachAxis(valueAxis);
    return valueAxis;
}

/// Stacked (or percent) bars of verdicts per category, the biggest categories first (at most limit).
enum class Bars { Stacked, Horizontal, Percent };

/// Verdicts per category as stacked bars (the biggest categories first, at most limit; horizontal for long
/// names), or as percent bars in category order.
void showVerdictBars(QChart *chart, const CrossTab &tab, Bars kind, std::size_t limit)
{
    const bool percent = kind == Bars::Percent;
    resetChart(chart);
    std::vector<std::pair<std::string, std::array<qreal, 4>>> rows(tab.begin(), tab.end());
    auto total = [](const std::array<qreal, 4> &c) { return c[0] + c[1] + c[2] + c[3]; };
    if (!percent)
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const auto &a, const auto &b) { return total(a.second) > total(b.second); });
    if (rows.size() > limit)
        rows.resize(limit);
    QAbstractBarSeries *series = nullptr;
    if (kind == Bars::Percent)
        series = new QPercentBarSeries;
    else if (kind == Bars::Horizontal)
        series = new QHorizontalStackedBarSeries;
    else
        series = new QStackedBarSeries;
    if (kind == Bars::Horizontal)
        std::reverse(rows.begin(), rows.end()); // the biggest at the top
    QStringList categories;
    for (const auto &row : rows)
        categories << QString::fromStdString(row.first);
    for (std::size_t v = 0; v < std::size(kVerdictOrder); ++v) {
        auto *set = new QBarSet(fleetVerdictText(kVerdictOrder[v]));
        set->setColor(verdictColour(kVerdictOrder[v]));
        for (const auto &row : rows)
            *set << row.second[v];
        series->append(set);
    }
    const bool across = kind == Bars::Horizontal;
    QValueAxis *y =
        attachAxes(chart, series, categories, across ? Qt::AlignLeft : Qt::AlignBottom,
                   across ? Qt::AlignBottom : Qt::AlignLeft, percent ? QStringLiteral("%d%%") : QStringLiteral("%d"));
    if (!percent)
        y->applyNiceNumbers();
}

QComboBox *filterCombo(const QString &name, const QString &all)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void refill(QComboBox *box, const std::map<std::string, std::int64_t> &values, QString (*text)(const std::string &))
{
    const QSignalBlocker block(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[value, count] : values)
        //: A filter entry: %1 the value (a verdict, a model, ...), %2 how many devices have it.
        box->addItem(QCoreApplication::translate("FleetDashboard", "%1 (%2)")
                         .arg(text(value), QLocale().toString(qlonglong(count))),
                     QString::fromStdString(value));
}

std::vector<std::uint32_t> everyDevice(const FleetData &data)
{
    std::vector<std::uint32_t> all(data.size());
    for (std::uint32_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

QString plain(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

FleetDashboard::FleetDashboard(QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetTableModel(this))
{
    setWindowTitle(tr("Hotpatch Ready: fleet dashboard"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Host name, model or serial"));
    m_search->setClearButtonEnabled(true);
    m_verdict = filterCombo(QStringLiteral("verdictFilter"), tr("All verdicts"));
    m_arch = filterCombo(QStringLiteral("archFilter"), tr("All architectures"));
    m_build = filterCombo(QStringLiteral("buildFilter"), tr("All builds"));
    m_ring = filterCombo(QStringLiteral("ringFilter"), tr("All rings"));
    m_category = filterCombo(QStringLiteral("categoryFilter"), tr("All blocker categories"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setEnabled(false);
    m_status = new QLabel(tr("No store loaded."));
    m_status->setObjectName(QStringLiteral("status"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy: a store read has no steps to count
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Reading the fleet store"));
    m_progress->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    for (QComboBox *box : {m_verdict, m_arch, m_build, m_ring, m_category})
        filters->addWidget(box);
    filters->addWidget(m_export);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    const std::pair<const char *, QString> names[] = {
        {"verdicts", tr("Verdicts")},
        {"blockers", tr("Top blockers (devices)")},
        {"architectures", tr("Readiness by architecture")},
        {"builds", tr("Readiness by build (baseline)")},
        {"overTime", tr("Devices ready over time (%)")},
        {"rings", tr("Pilot-ring progress")},
    };
    int i = 0;
    for (const auto &[name, title] : names) {
        auto *chart = new QChart;
        chart->setObjectName(QString::fromLatin1(name));
        chart->setTitle(title);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setVisible(false);
        chart->setMargins(QMargins(2, 2, 2, 2));
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 190);
        grid->addWidget(view, i / 3, i % 3);
        m_charts.push_back(chart);
        ++i;
    }

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("devices"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::Host, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from sample texts: sizing to contents would read every one of 100,000 rows.
    const std::pair<int, const char *> widths[] = {{FleetTableModel::Host, "PC-BER-000000-X"},
                                                   {FleetTableModel::Verdict, "Ready after fixes"},
                                                   {FleetTableModel::Blockers, "HP-SECUREBOOT:firmware_setting"},
                                                   {FleetTableModel::Arch, "Architecture"},
                                                   {FleetTableModel::Build, "26100.32690"},
                                                   {FleetTableModel::Baseline, "current_baseline"},
                                                   {FleetTableModel::Edition, "EnterpriseS"},
                                                   {FleetTableModel::Model, "Dell Inc. Latitude 7440"},
                                                   {FleetTableModel::Ring, "0-canary"}};
    for (const auto &[column, sample] : widths)
        m_table->setColumnWidth(column, fontMetrics().horizontalAdvance(QString::fromLatin1(sample)) + 16);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    layout->addLayout(status);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FleetDashboard::onLoaded);
    connect(m_model, &FleetTableModel::rowsFiltered, this, &FleetDashboard::updateCharts);
    connect(m_search, &QLineEdit::textChanged, this, &FleetDashboard::applyFilter);
    for (QComboBox *box : {m_verdict, m_arch, m_build, m_ring, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &FleetDashboard::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &FleetDashboard::exportClicked);
}

QString FleetDashboard::defaultStoreLocation()
{
    return QString::fromStdString(hpr::defaultStateDir() + "/" + kFleetStoreFile);
}

void FleetDashboard::openStore(const QString &location)
{
    m_location = location;
    m_times = {};
    m_status->setText(tr("Reading the fleet store %1…").arg(location));
    m_progress->show();
    m_timer.start();
    m_watcher.setFuture(QtConcurrent::run([where = location.toStdString()]() -> Read {
        QElapsedTimer read;
        read.start();
        auto store = FleetStore::open(where, false);
        if (!store)
            return {store.error(), read.elapsed()};
        auto data = store->load();
        return {std::move(data), read.elapsed()};
    }));
}

void FleetDashboard::onLoaded()
{
    Read result = m_watcher.result();
    m_progress->hide();
    m_times.read = result.second;
    if (!result.first) {
        const QString why = QString::fromStdString(result.first.error().detail);
        m_status->setText(tr("The fleet store could not be read: %1").arg(why));
        Q_EMIT loaded(false, why);
        return;
    }
    QElapsedTimer phase;
    phase.start();
    m_chartMs = 0;
    m_model->setData(std::make_shared<const FleetData>(std::move(*result.first))); // builds the charts too
    m_times.table = phase.elapsed() - m_chartMs;
    phase.restart();
    fillFilterChoices();
    m_times.charts = m_chartMs + phase.elapsed();
    m_export->setEnabled(true);
    m_times.total = m_timer.elapsed();
    Q_EMIT loaded(true, {});
}

void FleetDashboard::fillFilterChoices()
{
    // The choices count the whole fleet: the charts' counts when nothing is filtered yet.
    const auto &fleet = *m_model->fleet();
    const Summary all =
        m_model->visibleDevices().size() == fleet.size() ? m_shown : summarize(fleet, everyDevice(fleet));
    std::map<std::string, std::int64_t> rings;
    for (const auto &[name, r] : all.byRing)
        rings[name] = r.devices;
    refill(m_verdict, all.byVerdict, fleetVerdictText);
    refill(m_arch, all.byArch, plain);
    refill(m_build, all.byBuild, plain);
    refill(m_ring, rings, plain);
    refill(m_category, all.byBlockerCategory, plain);
}

void FleetDashboard::applyFilter()
{
    FleetFilter f;
    f.text = m_search->text().trimmed();
    f.verdict = m_verdict->currentData().toString();
    f.arch = m_arch->currentData().toString();
    f.build = m_build->currentData().toString();
    f.ring = m_ring->currentData().toString();
    f.category = m_category->currentData().toString();
    m_model->setFilter(f);
}

QChart *FleetDashboard::chart(const QString &name) const
{
    for (QChart *c : m_charts) {
        if (c->objectName() == name)
            return c;
    }
    return nullptr;
}

void FleetDashboard::updateCharts()
{
    if (!m_model->fleet())
        return;
    QElapsedTimer timer;
    timer.start();
    const std::vector<std::uint32_t> &rows = m_model->visibleDevices();
    const FleetData &fleet = *m_model->fleet();
    m_shown = summarize(fleet, rows);
    m_months = readinessByMonth(fleet, [this](std::uint32_t device) { return m_model->isVisible(device); });
    m_status->setText(tr("%1 of %n device(s) shown (latest report of each) from %2", nullptr, int(fleet.size()))
                          .arg(rows.size())
                          .arg(m_location));

    // Verdicts: one labelled slice each.
    QChart *verdicts = chart(QStringLiteral("verdicts"));
    resetChart(verdicts);
    auto *pie = new QPieSeries;
    for (const char *v : kVerdictOrder) {
        const auto n = m_shown.byVerdict.at(v);
        if (n == 0)
            continue;
        // The count beside its slice, the verdict in the legend: "Ready after fixes: 22253" in one legend
        // entry was cut in a third of the window.
        QPieSlice *slice = pie->append(QLocale().toString(qlonglong(n)), double(n));
        slice->setColor(verdictColour(v));
        slice->setProperty("verdict", QString::fromLatin1(v));
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.1);
    }
    pie->setPieSize(0.62);
    verdicts->legend()->setVisible(true);
    verdicts->legend()->setAlignment(Qt::AlignBottom);
    verdicts->addSeries(pie);
    const auto markers = verdicts->legend()->markers(pie);
    for (int i = 0; i < markers.size() && i < pie->count(); ++i)
        markers[i]->setLabel(fleetVerdictText(pie->slices().at(i)->property("verdict").toString().toStdString()));

    // Top blockers: devices blocked by each check.
    QChart *blockers = chart(QStringLiteral("blockers"));
    resetChart(blockers);
    std::vector<std::pair<std::string, std::int64_t>> top(m_shown.byBlocker.begin(), m_shown.byBlocker.end());
    std::stable_sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (top.size() > 8)
        top.resize(8);
    std::reverse(top.begin(), top.end()); // the biggest at the top of a horizontal chart
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Devices"));
    set->setColor(verdictColour("blocked"));
    QStringList checks;
    for (const auto &[check, n] : top) {
        *set << double(n);
        checks << QString::fromStdString(check);
    }
    bars->append(set);
    // The count after each bar (inside, a short bar cut it), with room for the longest one's.
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(palette().color(QPalette::WindowText)); // white (the default) is on the bar only
    QValueAxis *count = attachAxes(blockers, bars, checks, Qt::AlignLeft, Qt::AlignBottom, QStringLiteral("%d"));
    count->setRange(0, top.empty() ? 1.0 : 1.25 * double(top.back().second));
    count->applyNiceNumbers();

    showVerdictBars(chart(QStringLiteral("architectures")), crossTab(fleet, Field::Arch, rows, asIs), Bars::Stacked, 6);
    showVerdictBars(chart(QStringLiteral("builds")), buildTab(fleet, rows), Bars::Horizontal, 6);
    showVerdictBars(chart(QStringLiteral("rings")), crossTab(fleet, Field::Ring, rows, ringName), Bars::Percent, 8);
    chart(QStringLiteral("rings"))->legend()->setVisible(true);
    chart(QStringLiteral("rings"))->legend()->setAlignment(Qt::AlignBottom);

    // Readiness over time: the share of devices whose latest report by the end of the month says ready.
    QChart *overTime = chart(QStringLiteral("overTime"));
    resetChart(overTime);
    auto *line = new QLineSeries;
    line->setColor(verdictColour("ready"));
    line->setPointsVisible(true);
    QStringList months;
    int firstYear = 0, lastYear = 0;
    for (std::size_t m = 0; m < m_months.size(); ++m) {
        const MonthPoint &p = m_months[m];
        // Whole tenths of a percent, so the point labels stay short.
        line->append(double(m), p.devices ? std::round(1000.0 * double(p.ready) / double(p.devices)) / 10.0 : 0.0);
        // The month's short name alone ("Aug"): "Aug 2026" is cut to "Aug ..." under six points in a third of the
        // window. The year is the axis title; a month of a later year carries its year too ("Jan 27").
        const QDate date = QDate::fromString(QString::fromStdString(p.month), QStringLiteral("yyyy-MM"));
        if (m == 0)
            firstYear = date.year();
        months << QLocale().toString(date, date.year() == lastYear || m == 0 ? QStringLiteral("MMM")
                                                                             : QStringLiteral("MMM yy"));
        lastYear = date.year();
    }
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    line->setPointLabelsClipping(false);
    attachAxes(overTime, line, months, Qt::AlignBottom, Qt::AlignLeft, QStringLiteral("%d%%"))->setRange(0, 100);
    if (auto *axis = overTime->axes(Qt::Horizontal).value(0)) {
        axis->setTitleText(firstYear == lastYear ? QString::number(firstYear)
                                                 : tr("%1 to %2").arg(firstYear).arg(lastYear));
        QFont font = axis->titleFont();
        font.setPointSizeF(axis->labelsFont().pointSizeF());
        font.setBold(false);
        axis->setTitleFont(font);
    }
    m_chartMs += timer.elapsed();
}

hpr::Status FleetDashboard::exportCsv(const QString &path) const
{
    if (!m_model->fleet())
        return hpr::makeError(hpr::ErrorCode::Failed,
                              "no fleet store is loaded, nothing to export to " + path.toStdString());
    return hpr::writeFileDurably(path.toStdString(), devicesToCsv(*m_model->fleet(), m_model->visibleDevices()));
}

void FleetDashboard::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the shown devices"),
                                                      QStringLiteral("fleet-devices.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (hpr::Status s = exportCsv(path); !s)
        QMessageBox::warning(this, windowTitle(),
                             tr("The devices could not be exported: %1").arg(QString::fromStdString(s.error().detail)));
    else
        m_status->setText(tr("%n device(s) exported to %1", nullptr, m_model->rowCount()).arg(path));
}
