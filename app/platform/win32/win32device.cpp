#include "win32device.h"

#include "platform/factcollector.h"
#include "win32systemsource.h"

namespace hpr {

namespace {

class Win32Device : public Device
{
public:
    explicit Win32Device(DeviceOptions options) : m_options(std::move(options)) {}
    std::string spec() const override { return "local"; }
    std::string description() const override
    {
        return win32::runningUnderWine() ? "This computer (running under Wine)" : "This computer";
    }
    Expected<DeviceFacts> probe() override { return collectFacts(m_source); }

private:
    DeviceOptions m_options;
    win32::Win32SystemSource m_source;
};

} // namespace

Expected<std::unique_ptr<Device>> openWin32Device(const DeviceOptions &options)
{
    return std::unique_ptr<Device>(std::make_unique<Win32Device>(options));
}

} // namespace hpr
