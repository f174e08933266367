#include "fleettablemodel.h"

#include <QColor>
#include <algorithm>

using hpr::fleet::DeviceRow;

QString fleetVerdictText(const std::string &verdict)
{
    if (verdict == "ready")
        return FleetTableModel::tr("Ready");
    if (verdict == "ready_after_fixes")
        return FleetTableModel::tr("Ready after fixes");
    if (verdict == "blocked")
        return FleetTableModel::tr("Blocked");
    return FleetTableModel::tr("Undetermined");
}

FleetTableModel::FleetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FleetTableModel::setData(std::shared_ptr<const hpr::fleet::FleetData> data)
{
    m_data = std::move(data);
    refilter();
}

void FleetTableModel::setFilter(const FleetFilter &filter)
{
    m_filter = filter;
    refilter();
}

std::vector<const DeviceRow *> FleetTableModel::visibleRows() const
{
    std::vector<const DeviceRow *> rows;
    rows.reserve(m_visible.size());
    for (std::uint32_t i : m_visible)
        rows.push_back(&m_data->devices[i]);
    return rows;
}

bool FleetTableModel::accepts(const DeviceRow &row) const
{
    auto is = [](const QString &wanted, const std::string &value) {
        return wanted.isEmpty() || wanted == QString::fromStdString(value);
    };
    if (!is(m_filter.verdict, row.verdict) || !is(m_filter.arch, row.arch) || !is(m_filter.build, row.build))
        return false;
    if (!m_filter.ring.isEmpty() && !is(m_filter.ring, row.ring.empty() ? hpr::fleet::kNoRing : row.ring))
        return false;
    if (!m_filter.category.isEmpty() &&
        std::none_of(row.blockers.begin(), row.blockers.end(), [&](const hpr::fleet::Blocker &b) {
            return m_filter.category == QString::fromStdString(b.category);
        }))
        return false;
    if (!m_filter.text.isEmpty()) {
        const std::string needle = m_filter.text.toLower().toStdString();
        auto has = [&](const std::string &field) {
            return std::search(field.begin(), field.end(), needle.begin(), needle.end(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == b;
                   }) != field.end();
        };
        if (!has(row.hostname) && !has(row.model) && !has(row.manufacturer) && !has(row.serial))
            return false;
    }
    return true;
}

void FleetTableModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    m_mask.assign(m_data ? m_data->devices.size() : 0, false);
    if (m_data) {
        for (std::uint32_t i = 0; i < m_data->devices.size(); ++i) {
            if (accepts(m_data->devices[i])) {
                m_visible.push_back(i);
                m_mask[i] = true;
            }
        }
    }
    endResetModel();
    if (m_sortColumn != Host || m_sortOrder != Qt::AscendingOrder) // the store gives them sorted by host
        sort(m_sortColumn, m_sortOrder);
    Q_EMIT rowsFiltered();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

std::string cell(const DeviceRow &d, int column)
{
    switch (column) {
    case FleetTableModel::Host: return d.hostname;
    case FleetTableModel::Verdict: return d.verdict;
    case FleetTableModel::Blockers: return hpr::fleet::blockersText(d.blockers);
    case FleetTableModel::Arch: return d.arch;
    case FleetTableModel::Build: return d.build;
    case FleetTableModel::Baseline: return d.baseline;
    case FleetTableModel::Edition: return d.edition;
    case FleetTableModel::Model: return d.manufacturer.empty() ? d.model : d.manufacturer + " " + d.model;
    case FleetTableModel::Ring: return d.ring;
    case FleetTableModel::LastReport: return d.generatedAt;
    }
    return {};
}

} // namespace

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_visible.size()))
        return {};
    const DeviceRow &d = m_data->devices[m_visible[static_cast<std::size_t>(index.row())]];
    if (role == Qt::DisplayRole) {
        if (index.column() == Verdict)
            return fleetVerdictText(d.verdict);
        return QString::fromStdString(cell(d, index.column()));
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host: return tr("Host name");
    case Verdict: return tr("Verdict");
    case Blockers: return tr("Blockers");
    case Arch: return tr("Architecture");
    case Build: return tr("Build");
    case Baseline: return tr("Baseline");
    case Edition: return tr("Edition");
    case Model: return tr("Model");
    case Ring: return tr("Ring");
    case LastReport: return tr("Last report (UTC)");
    }
    return {};
}

void FleetTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_data || column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged();
    const auto &devices = m_data->devices;
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int c = cell(devices[a], column).compare(cell(devices[b], column));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    Q_EMIT layoutChanged();
}
