#include "fleettablemodel.h"

#include <algorithm>
#include <unordered_map>

using hpr::fleet::Field;
using hpr::fleet::FleetData;

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

void FleetTableModel::setData(std::shared_ptr<const FleetData> data)
{
    m_data = std::move(data);
    refilter();
}

void FleetTableModel::setFilter(const FleetFilter &filter)
{
    m_filter = filter;
    refilter();
}

namespace {

bool containsNoCase(std::string_view field, const std::string &lowerNeedle)
{
    return std::search(field.begin(), field.end(), lowerNeedle.begin(), lowerNeedle.end(),
                       [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }) != field.end();
}

/// Per value of a field, whether it passes one filter choice (empty: every value does).
std::vector<char> choice(const FleetData &data, Field field, const QString &wanted)
{
    const auto &values = data.field(field).values;
    std::vector<char> pass(values.size(), wanted.isEmpty());
    if (!wanted.isEmpty()) {
        const std::string want = wanted.toStdString();
        for (std::size_t i = 0; i < values.size(); ++i) {
            // Devices without a ring are chosen as "(no ring)".
            const std::string &value =
                field == Field::Ring && values[i].empty() ? std::string(hpr::fleet::kNoRing) : values[i];
            pass[i] = value == want;
        }
    }
    return pass;
}

} // namespace

void FleetTableModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    m_mask.assign(m_data ? m_data->size() : 0, false);
    if (m_data) {
        const FleetData &data = *m_data;
        // Each filter decided once per distinct value; a device is then a few table look-ups.
        const std::vector<char> verdict = choice(data, Field::Verdict, m_filter.verdict);
        const std::vector<char> arch = choice(data, Field::Arch, m_filter.arch);
        const std::vector<char> build = choice(data, Field::Build, m_filter.build);
        const std::vector<char> ring = choice(data, Field::Ring, m_filter.ring);
        std::vector<char> category(data.blockerSets.size(), m_filter.category.isEmpty());
        if (!m_filter.category.isEmpty()) {
            const std::string want = m_filter.category.toStdString();
            for (std::size_t i = 0; i < category.size(); ++i)
                category[i] = std::any_of(data.blockerSets[i].begin(), data.blockerSets[i].end(),
                                          [&](const hpr::fleet::Blocker &b) { return b.category == want; });
        }
        const std::string needle = m_filter.text.toLower().toStdString();
        std::vector<char> manufacturer, model;
        if (!needle.empty()) {
            for (const std::string &v : data.field(Field::Manufacturer).values)
                manufacturer.push_back(containsNoCase(v, needle));
            for (const std::string &v : data.field(Field::Model).values)
                model.push_back(containsNoCase(v, needle));
        }
        m_visible.reserve(data.size());
        for (std::uint32_t i = 0; i < data.size(); ++i) {
            if (!verdict[data.id(Field::Verdict, i)] || !arch[data.id(Field::Arch, i)] ||
                !build[data.id(Field::Build, i)] || !ring[data.id(Field::Ring, i)] ||
                !category[data.id(Field::Blockers, i)])
                continue;
            if (!needle.empty() && !containsNoCase(data.hostname[i], needle) && !model[data.id(Field::Model, i)] &&
                !manufacturer[data.id(Field::Manufacturer, i)] && !containsNoCase(data.serial[i], needle))
                continue;
            m_visible.push_back(i);
            m_mask[i] = true;
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

/// The coded field a column shows, if it shows one.
bool codedField(int column, Field &field)
{
    switch (column) {
    case FleetTableModel::Verdict: field = Field::Verdict; return true;
    case FleetTableModel::Blockers: field = Field::Blockers; return true;
    case FleetTableModel::Arch: field = Field::Arch; return true;
    case FleetTableModel::Build: field = Field::Build; return true;
    case FleetTableModel::Baseline: field = Field::Baseline; return true;
    case FleetTableModel::Edition: field = Field::Edition; return true;
    case FleetTableModel::Ring: field = Field::Ring; return true;
    }
    return false;
}

std::string modelText(const FleetData &data, std::uint32_t d)
{
    const std::string &maker = data.value(Field::Manufacturer, d);
    return maker.empty() ? data.value(Field::Model, d) : maker + " " + data.value(Field::Model, d);
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= static_cast<int>(m_visible.size()))
        return {};
    const FleetData &data = *m_data;
    const std::uint32_t d = m_visible[static_cast<std::size_t>(index.row())];
    Field field;
    switch (index.column()) {
    case Host: return text(data.hostname[d]);
    case Verdict: return fleetVerdictText(data.value(Field::Verdict, d));
    case Model: return text(modelText(data, d));
    case LastReport: return text(data.generatedAt[d]);
    default: return codedField(index.column(), field) ? text(data.value(field, d)) : QVariant();
    }
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
    const FleetData &data = *m_data;
    const bool up = order == Qt::AscendingOrder;
    auto sortBy = [&](auto less) {
        std::stable_sort(m_visible.begin(), m_visible.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return up ? less(a, b) : less(b, a); });
    };
    Field field;
    if (column == Host) {
        sortBy([&](std::uint32_t a, std::uint32_t b) { return data.hostname[a] < data.hostname[b]; });
    } else if (column == LastReport) {
        sortBy([&](std::uint32_t a, std::uint32_t b) { return data.generatedAt[a] < data.generatedAt[b]; });
    } else if (column == Model) { // by the text shown, "manufacturer model"
        const std::uint64_t models = data.field(Field::Model).values.size();
        std::unordered_map<std::uint64_t, std::uint32_t> pairs; // manufacturer * models + model -> label
        hpr::fleet::Dictionary shown;
        std::vector<std::uint32_t> labelOf(data.size(), 0); // by device
        for (std::uint32_t d : m_visible) {
            const auto [it, added] =
                pairs.try_emplace(data.id(Field::Manufacturer, d) * models + data.id(Field::Model, d),
                                  static_cast<std::uint32_t>(shown.values.size()));
            if (added)
                shown.values.push_back(modelText(data, d));
            labelOf[d] = it->second;
        }
        const auto rank = shown.ranks();
        sortBy([&](std::uint32_t a, std::uint32_t b) { return rank[labelOf[a]] < rank[labelOf[b]]; });
    } else if (codedField(column, field)) { // by the stored text (the verdict too, as before)
        const auto rank = data.field(field).ranks();
        sortBy([&](std::uint32_t a, std::uint32_t b) { return rank[data.id(field, a)] < rank[data.id(field, b)]; });
    }
    Q_EMIT layoutChanged();
}
