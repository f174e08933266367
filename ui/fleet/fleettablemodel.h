#pragma once
// The devices of a fleet store as a table, with the filter the dashboard's charts follow: the charts are
// computed from visibleDevices(), so the table and the charts cannot disagree. The table reads the store's
// columns (hpr::fleet::FleetData) directly: a row becomes text only when the view paints it.

#include "fleet/fleetstore.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

/// What the dashboard filters on; an empty field matches everything.
struct FleetFilter
{
    QString text;    ///< part of the host name, model, manufacturer or serial (case-insensitive)
    QString verdict; ///< "ready", ...
    QString arch;
    QString ring;     ///< hpr::fleet::kNoRing for devices without one
    QString category; ///< a blocker category
    QString build;    ///< "26100.8875"
};

class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Host, Verdict, Blockers, Arch, Build, Baseline, Edition, Model, Ring, LastReport, ColumnCount };

    explicit FleetTableModel(QObject *parent = nullptr);

    /// Takes the loaded store (shared with the worker that loaded it) and shows every device.
    void setData(std::shared_ptr<const hpr::fleet::FleetData> data);
    void setFilter(const FleetFilter &filter);
    const FleetFilter &filter() const { return m_filter; }

    std::shared_ptr<const hpr::fleet::FleetData> fleet() const { return m_data; }
    /// The devices that pass the filter (indices into fleet()), in the table's order.
    const std::vector<std::uint32_t> &visibleDevices() const { return m_visible; }
    /// Whether a device (index into fleet()) passes the filter.
    bool isVisible(std::uint32_t device) const { return device < m_mask.size() && m_mask[device]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The visible rows changed (new data or a new filter).
    void rowsFiltered();

private:
    void refilter();

    std::shared_ptr<const hpr::fleet::FleetData> m_data;
    FleetFilter m_filter;
    std::vector<std::uint32_t> m_visible; ///< indices into m_data, in the table's order
    std::vector<bool> m_mask;             ///< by device index
    int m_sortColumn = Host;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/// A verdict for people ("Ready after fixes").
QString fleetVerdictText(const std::string &verdict);
