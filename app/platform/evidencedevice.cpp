#include "evidencedevice.h"

#include "engine/durablefile.h"
#include "engine/evidence.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace hpr {

namespace fs = std::filesystem;

namespace {

Error notHere(const char *what)
{
    return makeError(ErrorCode::NotSupported,
                     std::string(what) + " is not possible on an evidence device: it is only files describing a PC; "
                                         "run the tool on that PC to change it");
}

class EvidenceDevice : public Device
{
public:
    EvidenceDevice(std::string spec, std::string key, DeviceFacts facts, Text summary)
        : m_spec(std::move(spec))
        , m_key(std::move(key))
        , m_facts(std::move(facts))
        , m_summary(std::move(summary))
    {
    }
    std::string spec() const override { return m_spec; }
    Text descriptionText() const override { return m_summary; }
    std::string stateKey() const override { return m_key; }
    Expected<DeviceFacts> probe() override { return m_facts; }
    std::int64_t now() const override
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
    Fact<std::optional<RegValue>> readRegistry(const std::string &, const std::string &) override
    {
        return Fact<std::optional<RegValue>>::unknown(UnknownReason::NotSupported, "evidence files have no registry");
    }
    Status scheduleRestart(const RestartRequest &) override { return notHere("Scheduling a restart"); }
    Status cancelRestart() override { return notHere("Cancelling a restart"); }
    Status registerResume(const std::string &) override { return notHere("Registering the verification"); }
    Status unregisterResume() override { return notHere("Removing the verification"); }

protected:
    Status doWriteRegistry(const std::string &, const std::string &, const RegValue &) override
    {
        return notHere("Changing the registry");
    }
    Status doDeleteRegistry(const std::string &, const std::string &) override
    {
        return notHere("Changing the registry");
    }

private:
    std::string m_spec, m_key;
    DeviceFacts m_facts;
    Text m_summary;
};

/// The next line of a multi-line description, indented under the first (layout, not words: not translated).
Text withLine(Text lines, Text line)
{
    return Text("%1\n  %2", {std::move(lines), std::move(line)});
}

} // namespace

Expected<std::unique_ptr<Device>> openEvidenceDevice(const std::string &spec, const std::string &path)
{
    std::error_code ec;
    std::vector<fs::path> paths;
    if (fs::is_directory(path, ec)) {
        for (const auto &e : fs::directory_iterator(path, ec))
            if (e.is_regular_file())
                paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        if (paths.empty())
            return makeError(ErrorCode::BadInput, path + ": the folder has no evidence files");
    } else if (fs::is_regular_file(path, ec)) {
        paths.push_back(path);
    } else {
        return makeError(ErrorCode::NotFound, "evidence not found: " + path + " (expected a file or a folder)");
    }
    std::vector<EvidenceText> files;
    for (const auto &p : paths) {
        auto bytes = readWholeFile(p.string());
        if (!bytes)
            return bytes.error();
        files.push_back(decodeEvidence(p.filename().string(), *bytes));
    }
    EvidenceNotes notes;
    auto facts = factsFromEvidence(files, &notes);
    if (!facts)
        return facts.error();
    std::string key =
        "evidence-" + (facts->hostname.isKnown() ? facts->hostname.value() : fs::path(path).stem().string());
    for (auto &c : key)
        if (!std::isalnum((unsigned char)c) && c != '-' && c != '_')
            c = '_';
    // One line each: what was read from every file, where files disagree, what was not understood. The lines'
    // contents are the evidence reader's (file names, formats, fact IDs, values: shown as they are).
    Text summary(QT_TRANSLATE_NOOP("hpr::engine", "Evidence files: %1 file(s) from %2"),
                 {std::to_string(paths.size()), path});
    for (const auto &f : notes.formatTexts)
        summary = withLine(std::move(summary), Text(QT_TRANSLATE_NOOP("hpr::engine", "read %1"), {f}));
    for (const auto &d : notes.disagreementTexts)
        summary = withLine(std::move(summary), Text(QT_TRANSLATE_NOOP("hpr::engine", "disagreement: %1"), {d}));
    for (const auto &u : notes.unreadTexts)
        summary = withLine(std::move(summary), Text(QT_TRANSLATE_NOOP("hpr::engine", "not understood: %1"), {u}));
    return std::unique_ptr<Device>(std::make_unique<EvidenceDevice>(spec, key, std::move(*facts), summary));
}

} // namespace hpr
