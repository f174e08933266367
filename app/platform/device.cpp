#include "device.h"

#include "evidencedevice.h"
#include "sim/profilecatalog.h"
#include "sim/simdevice.h"

#ifdef HPR_HAVE_WIN32
#include "win32/win32device.h"
#endif

namespace hpr {

bool hasLiveBackend()
{
#ifdef HPR_HAVE_WIN32
    return true;
#else
    return false;
#endif
}

Expected<std::unique_ptr<Device>> openDevice(const std::string &spec, const DeviceOptions &options)
{
    if (spec == "local") {
#ifdef HPR_HAVE_WIN32
        return openWin32Device(options);
#else
        return makeError(ErrorCode::NotSupported,
                         "--device local needs the live Windows backend, which is not part of this build "
                         "(it runs on Windows); use --device sim:PROFILE to practise on a simulated device");
#endif
    }
    if (spec.rfind("sim:", 0) == 0) {
        const std::string target = spec.substr(4);
        if (target.empty())
            return makeError(ErrorCode::BadUsage, "--device sim: needs a profile path or name, e.g. sim:x64-vbs-off");
        auto path = resolveProfile(target);
        if (!path)
            return makeError(ErrorCode::NotFound, "simulated device profile not found: " + target +
                                                      " (not a file, and not a shipped profile name; "
                                                      "see 'hotpatch-ready-cli profiles')");
        auto dev = SimDevice::open(spec, *path, options);
        if (!dev)
            return dev.error();
        return std::unique_ptr<Device>(std::move(*dev));
    }
    if (spec.rfind("evidence:", 0) == 0) {
        if (spec.size() == 9)
            return makeError(ErrorCode::BadUsage,
                             "--device evidence: needs a file or folder, e.g. evidence:msinfo.txt");
        return openEvidenceDevice(spec, spec.substr(9));
    }
    return makeError(ErrorCode::BadUsage,
                     "unknown device spec '" + spec + "' (expected local, sim:PROFILE or evidence:FILE-OR-FOLDER)");
}

} // namespace hpr
