// `policy`: the admin policy in force for a device, each value with where it comes from (docs/admin-policy.md).
#include "commands.h"
#include "output.h"
#include "platform/adminpolicy.h"
#include "platform/device.h"

namespace hpr::cli {

int runPolicy(const Arguments &args)
{
    if (!args.positional().empty())
        return usageError("policy: unexpected argument '" + args.positional().front() + "'");
    // Without --device: this machine; where there is no live backend (Linux) that is the policy file alone.
    std::unique_ptr<Device> device;
    if (args.has("--device") || hasLiveBackend()) {
        auto opened = openDevice(args.valueOr("--device", "local"), DeviceOptions{stateDirOf(args)});
        if (!opened)
            return reportError(opened.error(), "policy");
        device = std::move(*opened);
    }
    auto policy = loadAdminPolicy(device.get());
    if (!policy)
        return reportError(policy.error(), "policy");
    if (Status s = writeStdout(policy->toText()); !s)
        return reportError(s.error());
    return ExitReady;
}

} // namespace hpr::cli
