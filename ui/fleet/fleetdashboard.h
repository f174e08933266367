#pragma once
// The fleet dashboard: charts over the latest report of every device in a fleet store, a filterable device
// table the charts follow, and CSV export of the filtered table. Open it with openStore(): the window is there at
// once with a busy bar; the store is read on a worker thread as compact columns, and the charts are built from
// counts over them.

#include "fleettablemodel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

/// The one entry point for the rest of the GUI (a start-page button, `hotpatch-ready --dashboard`).
class FleetDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit FleetDashboard(QWidget *parent = nullptr);

    /// Loads a store (an SQLite file or a postgresql:// URI) off the UI thread; emits loaded() when done.
    void openStore(const QString &location);
    /// The default store: fleet.sqlite in the state folder, where `hotpatch-ready-cli fleet import` writes.
    static QString defaultStoreLocation();

    FleetTableModel *model() const { return m_model; }
    /// The counts the charts show now (over the filtered devices).
    const hpr::fleet::Summary &shownSummary() const { return m_shown; }
    /// The points of the readiness-over-time chart now.
    const std::vector<hpr::fleet::MonthPoint> &shownMonths() const { return m_months; }
    /// Where the time of the last openStore() went, in milliseconds (-1 until it is known).
    struct OpenTimes
    {
        qint64 read = -1;   ///< worker thread: opening the store and reading its columns
        qint64 table = -1;  ///< the table model taking the columns (and the first filter)
        qint64 charts = -1; ///< counting and building the six charts, the filter choices
        qint64 total = -1;  ///< from openStore() until the charts and the table hold the store (before painting)
    };
    const OpenTimes &openTimes() const { return m_times; }
    /// Milliseconds from openStore() until the charts and the table held the store.
    qint64 openMilliseconds() const { return m_times.total; }
    /// Writes the filtered table as CSV; an error names the file.
    hpr::Status exportCsv(const QString &path) const;
    /// The charts, by object name ("verdicts", "blockers", "architectures", "builds", "overTime", "rings").
    QChart *chart(const QString &name) const;

Q_SIGNALS:
    /// The store was read (ok), or could not be (the message says why).
    void loaded(bool ok, const QString &message);

private:
    void onLoaded();
    void updateCharts();
    void fillFilterChoices();
    void applyFilter();
    void exportClicked();

    FleetTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_verdict, *m_arch, *m_ring, *m_category, *m_build;
    QLabel *m_status;
    QPushButton *m_export;
    QTableView *m_table;
    std::vector<QChart *> m_charts;
    QProgressBar *m_progress;
    /// The store's columns and how long reading them took.
    using Read = std::pair<hpr::Expected<hpr::fleet::FleetData>, qint64>;
    QFutureWatcher<Read> m_watcher;
    QElapsedTimer m_timer;
    QString m_location;
    hpr::fleet::Summary m_shown;
    std::vector<hpr::fleet::MonthPoint> m_months;
    OpenTimes m_times;
    qint64 m_chartMs = 0; ///< building the charts, summed over the updates of one open
};
